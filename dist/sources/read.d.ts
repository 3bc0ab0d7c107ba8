import { type PathLike, type Stats } from 'node:fs';
import type { Skip } from '../types.js';
export { BINARY_SNIFF_BYTES } from './decode.js';
/** `mtimeMs` is the file's as it was read (the incremental cache compares it on the next run). */
export type ReadResult = {
    text: string;
    bytes: number;
    mtimeMs: number;
} | {
    skip: Omit<Skip, 'file'>;
};
/** What a path that is not a regular file is, for the skip line. */
export declare function specialFileKind(stat: Stats): string | undefined;
/**
 * Reads a file for scanning with one open: type and size checked on the descriptor before
 * reading (a FIFO is never waited on, a huge file is never loaded), then the encoding sniff.
 * Never throws; failures become skips.
 */
export declare function readTextFile(path: string, maxFileSize: number): ReadResult;
/** Raw bytes of a regular file within the size limit (archives are read this way). */
export declare function readFileBytes(path: PathLike, maxFileSize: number): {
    bytes: Buffer;
    mtimeMs: number;
} | {
    skip: Omit<Skip, 'file'>;
};
/** One piece of a file scanned in chunks. */
export interface TextChunk {
    text: string;
    /** Lines before the chunk's first line (add to a 1-based line in the chunk). */
    lineOffset: number;
    /** 1-based lines of the chunk, in the chunk's own numbering, that this chunk answers for: [from, to). */
    ownedLines: [number, number];
}
export interface Chunking {
    /** Bytes a chunk answers for (its owned part). */
    chunkBytes: number;
    /** Bytes read on each side of the owned part, so a match near a boundary is seen whole with its context. */
    overlapBytes: number;
    /** Files up to this size are read as one string. */
    wholeUpTo: number;
}
/**
 * V8 cannot hold a string longer than ~512 Mi characters; files above a quarter of that are
 * read in chunks anyway, which also keeps memory flat. The overlap is far wider than any rule's
 * match window (multi-line rules look a few lines around a keyword; a PEM key is a few KiB).
 */
export declare const DEFAULT_CHUNKING: Chunking;
/**
 * Reads a file for scanning, handing its text to `onText` once, or in overlapping chunks when
 * it is too large to be one string. Chunks are cut at line starts so columns stay exact;
 * each chunk answers for the lines of its owned part only, so a finding in an overlap is
 * reported once, by the chunk that owns its first line.
 */
export declare function readTextInChunks(path: PathLike, maxFileSize: number, onText: (chunk: TextChunk) => void, chunking?: Chunking): {
    bytes: number;
    mtimeMs: number;
} | {
    skip: Omit<Skip, 'file'>;
};
