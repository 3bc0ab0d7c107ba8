import { BULK_READ_CONFIG, spawnGit, type GitOptions, type GitProcess } from './process.js';

/**
 * A long-lived `git cat-file --batch` process: object ids go in on stdin, framed objects come
 * back on stdout (`<oid> <type> <size>\n<bytes>\n`, or `<oid> missing\n`), parsed straight from
 * Buffers. One process serves any number of reads, so a history scan pays git's start-up once.
 */

export interface GitObject {
  oid: string;
  /** `blob`, `tree`, …; empty when the object is missing. */
  type: string;
  size: number;
  /** The object's bytes; undefined when missing or larger than the reader's `maxSize`. */
  content: Buffer | undefined;
  missing: boolean;
  /** True when the object exists but was larger than `maxSize`, so its bytes were skipped. */
  tooLarge: boolean;
}

export type ObjectHandler = (object: GitObject) => void;

const LF = 0x0a;

/** The frame parser, separate from the process so it can be fed any chunking in tests. */
export class BatchOutputParser {
  private header: Buffer | undefined;
  private current: { oid: string; type: string; size: number; buffer: Buffer | undefined } | undefined;
  /** Bytes of the current object still to come, its trailing LF included. */
  private remaining = 0;
  private filled = 0;

  constructor(
    private readonly onObject: ObjectHandler,
    private readonly maxSize = Number.POSITIVE_INFINITY,
  ) {}

  push(chunk: Buffer): void {
    let offset = 0;
    while (offset < chunk.length) {
      if (this.current) {
        offset = this.consumeBody(chunk, offset);
        continue;
      }
      const newline = chunk.indexOf(LF, offset);
      if (newline === -1) {
        const rest = chunk.subarray(offset);
        this.header = this.header ? Buffer.concat([this.header, rest]) : Buffer.from(rest);
        return;
      }
      let line = chunk.toString('latin1', offset, newline);
      if (this.header) {
        line = this.header.toString('latin1') + line;
        this.header = undefined;
      }
      offset = newline + 1;
      const parts = line.split(' ');
      const oid = parts[0] ?? '';
      if (parts.length !== 3) {
        // `<oid> missing`, `<oid> ambiguous`: no body follows.
        this.onObject({ oid, type: '', size: 0, content: undefined, missing: true, tooLarge: false });
        continue;
      }
      const size = Number(parts[2]);
      const type = parts[1]!;
      const available = chunk.length - offset;
      if (size <= this.maxSize && available >= size + 1) {
        // The common case: the whole object is in this chunk, so hand out a view, no copy.
        this.onObject({ oid, type, size, content: chunk.subarray(offset, offset + size), missing: false, tooLarge: false });
        offset += size + 1;
        continue;
      }
      this.current = { oid, type, size, buffer: size <= this.maxSize ? Buffer.allocUnsafe(size) : undefined };
      this.remaining = size + 1;
      this.filled = 0;
    }
  }

  /** Whether the parser is between objects (nothing half-read). */
  get idle(): boolean {
    return !this.current && !this.header;
  }

  private consumeBody(chunk: Buffer, offset: number): number {
    const current = this.current!;
    const take = Math.min(this.remaining, chunk.length - offset);
    if (current.buffer) {
      const copy = Math.min(take, current.size - this.filled);
      if (copy > 0) chunk.copy(current.buffer, this.filled, offset, offset + copy);
      this.filled += Math.max(copy, 0);
    }
    this.remaining -= take;
    if (this.remaining === 0) {
      this.current = undefined;
      this.onObject({
        oid: current.oid,
        type: current.type,
        size: current.size,
        content: current.buffer,
        missing: false,
        tooLarge: current.buffer === undefined,
      });
    }
    return offset + take;
  }
}

interface PendingRead {
  left: number;
  onObject: ObjectHandler;
  resolve: () => void;
  reject: (error: Error) => void;
}

export interface ObjectReaderOptions extends GitOptions {
  /** Objects larger than this are reported `tooLarge` and their bytes are never buffered. */
  maxSize?: number;
  /** Cap git's pack caches (for readers that stream a whole history). */
  capCaches?: boolean;
}

export class ObjectReader {
  private readonly proc: GitProcess;
  private readonly queue: PendingRead[] = [];
  private failure: Error | undefined;
  private closed = false;

  constructor(options: ObjectReaderOptions) {
    this.proc = spawnGit([...(options.capCaches ? BULK_READ_CONFIG : []), 'cat-file', '--batch'], options);
    const parser = new BatchOutputParser((object) => this.deliver(object), options.maxSize);
    this.proc.stdout.on('data', (chunk: Buffer) => {
      try {
        parser.push(chunk);
      } catch (error) {
        this.fail(error as Error);
      }
    });
    this.proc.done.then(
      () => this.fail(new Error('git cat-file --batch exited early')),
      (error: Error) => this.fail(error),
    );
  }

  /**
   * Reads objects in order, calling `onObject` synchronously for each as it arrives (the Buffer
   * may be a view into git's output: copy it to keep it past the call). Reads may overlap; each
   * is answered in the order it was asked.
   */
  read(oids: readonly string[], onObject: ObjectHandler): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    if (this.closed) return Promise.reject(new Error('object reader is closed'));
    if (oids.length === 0) return Promise.resolve();
    return new Promise((resolve, reject) => {
      this.queue.push({ left: oids.length, onObject, resolve, reject });
      this.proc.child.stdin.write(`${oids.join('\n')}\n`);
    });
  }

  /** One object's bytes, or undefined when it is missing (or too large). */
  async readOne(oid: string): Promise<GitObject> {
    let found: GitObject | undefined;
    await this.read([oid], (object) => {
      found = { ...object, content: object.content ? Buffer.from(object.content) : undefined };
    });
    return found!;
  }

  /** Ends git's input and waits for it to exit. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.proc.child.stdin.end();
    try {
      await this.proc.done;
    } catch (error) {
      if (!this.failure) throw error;
    }
  }

  private deliver(object: GitObject): void {
    const head = this.queue[0];
    if (!head) throw new Error(`git cat-file sent an object nobody asked for: ${object.oid}`);
    head.onObject(object);
    head.left -= 1;
    if (head.left === 0) {
      this.queue.shift();
      head.resolve();
    }
  }

  private fail(error: Error): void {
    if (this.closed && this.queue.length === 0) return;
    this.failure ??= error;
    for (const pending of this.queue.splice(0)) pending.reject(this.failure);
  }
}
