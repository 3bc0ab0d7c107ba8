import { type GitOptions } from './process.js';
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
/** The frame parser, separate from the process so it can be fed any chunking in tests. */
export declare class BatchOutputParser {
    private readonly onObject;
    private readonly maxSize;
    private header;
    private current;
    /** Bytes of the current object still to come, its trailing LF included. */
    private remaining;
    private filled;
    constructor(onObject: ObjectHandler, maxSize?: number);
    push(chunk: Buffer): void;
    /** Whether the parser is between objects (nothing half-read). */
    get idle(): boolean;
    private consumeBody;
}
export interface ObjectReaderOptions extends GitOptions {
    /** Objects larger than this are reported `tooLarge` and their bytes are never buffered. */
    maxSize?: number;
    /** Cap git's pack caches (for readers that stream a whole history). */
    capCaches?: boolean;
}
export declare class ObjectReader {
    private readonly proc;
    private readonly queue;
    private failure;
    private closed;
    constructor(options: ObjectReaderOptions);
    /**
     * Reads objects in order, calling `onObject` synchronously for each as it arrives (the Buffer
     * may be a view into git's output: copy it to keep it past the call). Reads may overlap; each
     * is answered in the order it was asked.
     */
    read(oids: readonly string[], onObject: ObjectHandler): Promise<void>;
    /** One object's bytes, or undefined when it is missing (or too large). */
    readOne(oid: string): Promise<GitObject>;
    /** Ends git's input and waits for it to exit. */
    close(): Promise<void>;
    private deliver;
    private fail;
}
