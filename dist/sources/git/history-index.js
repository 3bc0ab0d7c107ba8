/**
 * What the history walk remembers: every blob, path and commit once (interned to numbers), and
 * every change as a row of typed-array columns (commit, path, new blob, old blobs), so a history
 * of hundreds of thousands of changes costs a few MiB, and attribution needs no second walk.
 */
export class Interner {
    ids = new Map();
    values = [];
    intern(value) {
        let id = this.ids.get(value);
        if (id === undefined) {
            id = this.values.length;
            this.ids.set(value, id);
            this.values.push(value);
        }
        return id;
    }
    get(value) {
        return this.ids.get(value);
    }
    get size() {
        return this.values.length;
    }
}
export class IntColumn {
    data = new Int32Array(1024);
    length = 0;
    push(value) {
        if (this.length === this.data.length) {
            const bigger = new Int32Array(this.data.length * 2);
            bigger.set(this.data);
            this.data = bigger;
        }
        this.data[this.length++] = value;
    }
    at(index) {
        return this.data[index];
    }
}
export class HistoryIndex {
    blobs = new Interner();
    paths = new Interner();
    commits = new Interner();
    commitCol = new IntColumn();
    pathCol = new IntColumn();
    newCol = new IntColumn();
    oldStartCol = new IntColumn();
    oldCountCol = new IntColumn();
    olds = new IntColumn();
    addEvent(event) {
        this.commitCol.push(event.commit);
        this.pathCol.push(event.path);
        this.newCol.push(event.newBlob);
        this.oldStartCol.push(this.olds.length);
        this.oldCountCol.push(event.oldBlobs.length);
        for (const old of event.oldBlobs)
            this.olds.push(old);
    }
    get eventCount() {
        return this.commitCol.length;
    }
    newBlobOf(index) {
        return this.newCol.at(index);
    }
    commitOf(index) {
        return this.commitCol.at(index);
    }
    event(index) {
        const start = this.oldStartCol.at(index);
        const count = this.oldCountCol.at(index);
        const oldBlobs = [];
        for (let i = 0; i < count; i++)
            oldBlobs.push(this.olds.at(start + i));
        return { commit: this.commitCol.at(index), path: this.pathCol.at(index), newBlob: this.newCol.at(index), oldBlobs };
    }
}
