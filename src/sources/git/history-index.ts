/**
 * What the history walk remembers: every blob, path and commit once (interned to numbers), and
 * every change as a row of typed-array columns (commit, path, new blob, old blobs), so a history
 * of hundreds of thousands of changes costs a few MiB, and attribution needs no second walk.
 */

export class Interner {
  private readonly ids = new Map<string, number>();
  readonly values: string[] = [];

  intern(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.ids.set(value, id);
      this.values.push(value);
    }
    return id;
  }

  get(value: string): number | undefined {
    return this.ids.get(value);
  }

  get size(): number {
    return this.values.length;
  }
}

export class IntColumn {
  private data = new Int32Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }

  at(index: number): number {
    return this.data[index]!;
  }
}

/** One change of one path in one commit. `newBlob` is -1 for a deletion; `oldBlobs` has one entry per parent, -1 where absent. */
export interface ChangeEvent {
  commit: number;
  path: number;
  newBlob: number;
  oldBlobs: number[];
}

export class HistoryIndex {
  readonly blobs = new Interner();
  readonly paths = new Interner();
  readonly commits = new Interner();
  private readonly commitCol = new IntColumn();
  private readonly pathCol = new IntColumn();
  private readonly newCol = new IntColumn();
  private readonly oldStartCol = new IntColumn();
  private readonly oldCountCol = new IntColumn();
  private readonly olds = new IntColumn();

  addEvent(event: ChangeEvent): void {
    this.commitCol.push(event.commit);
    this.pathCol.push(event.path);
    this.newCol.push(event.newBlob);
    this.oldStartCol.push(this.olds.length);
    this.oldCountCol.push(event.oldBlobs.length);
    for (const old of event.oldBlobs) this.olds.push(old);
  }

  get eventCount(): number {
    return this.commitCol.length;
  }

  newBlobOf(index: number): number {
    return this.newCol.at(index);
  }

  commitOf(index: number): number {
    return this.commitCol.at(index);
  }

  event(index: number): ChangeEvent {
    const start = this.oldStartCol.at(index);
    const count = this.oldCountCol.at(index);
    const oldBlobs: number[] = [];
    for (let i = 0; i < count; i++) oldBlobs.push(this.olds.at(start + i));
    return { commit: this.commitCol.at(index), path: this.pathCol.at(index), newBlob: this.newCol.at(index), oldBlobs };
  }
}
