import { BULK_READ_CONFIG, spawnGit } from './process.js';
const LF = 0x0a;
/** The frame parser, separate from the process so it can be fed any chunking in tests. */
export class BatchOutputParser {
    onObject;
    maxSize;
    header;
    current;
    /** Bytes of the current object still to come, its trailing LF included. */
    remaining = 0;
    filled = 0;
    constructor(onObject, maxSize = Number.POSITIVE_INFINITY) {
        this.onObject = onObject;
        this.maxSize = maxSize;
    }
    push(chunk) {
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
            const type = parts[1];
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
    get idle() {
        return !this.current && !this.header;
    }
    consumeBody(chunk, offset) {
        const current = this.current;
        const take = Math.min(this.remaining, chunk.length - offset);
        if (current.buffer) {
            const copy = Math.min(take, current.size - this.filled);
            if (copy > 0)
                chunk.copy(current.buffer, this.filled, offset, offset + copy);
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
export class ObjectReader {
    proc;
    queue = [];
    failure;
    closed = false;
    constructor(options) {
        this.proc = spawnGit([...(options.capCaches ? BULK_READ_CONFIG : []), 'cat-file', '--batch'], options);
        const parser = new BatchOutputParser((object) => this.deliver(object), options.maxSize);
        this.proc.stdout.on('data', (chunk) => {
            try {
                parser.push(chunk);
            }
            catch (error) {
                this.fail(error);
            }
        });
        this.proc.done.then(() => this.fail(new Error('git cat-file --batch exited early')), (error) => this.fail(error));
    }
    /**
     * Reads objects in order, calling `onObject` synchronously for each as it arrives (the Buffer
     * may be a view into git's output: copy it to keep it past the call). Reads may overlap; each
     * is answered in the order it was asked.
     */
    read(oids, onObject) {
        if (this.failure)
            return Promise.reject(this.failure);
        if (this.closed)
            return Promise.reject(new Error('object reader is closed'));
        if (oids.length === 0)
            return Promise.resolve();
        return new Promise((resolve, reject) => {
            this.queue.push({ left: oids.length, onObject, resolve, reject });
            this.proc.child.stdin.write(`${oids.join('\n')}\n`);
        });
    }
    /** One object's bytes, or undefined when it is missing (or too large). */
    async readOne(oid) {
        let found;
        await this.read([oid], (object) => {
            found = { ...object, content: object.content ? Buffer.from(object.content) : undefined };
        });
        return found;
    }
    /** Ends git's input and waits for it to exit. */
    async close() {
        if (this.closed)
            return;
        this.closed = true;
        this.proc.child.stdin.end();
        try {
            await this.proc.done;
        }
        catch (error) {
            if (!this.failure)
                throw error;
        }
    }
    deliver(object) {
        const head = this.queue[0];
        if (!head)
            throw new Error(`git cat-file sent an object nobody asked for: ${object.oid}`);
        head.onObject(object);
        head.left -= 1;
        if (head.left === 0) {
            this.queue.shift();
            head.resolve();
        }
    }
    fail(error) {
        if (this.closed && this.queue.length === 0)
            return;
        this.failure ??= error;
        for (const pending of this.queue.splice(0))
            pending.reject(this.failure);
    }
}
