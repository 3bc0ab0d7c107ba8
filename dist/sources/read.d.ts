import type { Skip } from '../types.js';
/** Git's heuristic: a NUL byte in the first 8 KiB means binary. */
export declare const BINARY_SNIFF_BYTES = 8192;
export declare function isBinary(bytes: Uint8Array): boolean;
/** Bytes to text: UTF-8, BOM dropped, invalid sequences replaced (the scan goes on). */
export declare function decodeText(bytes: Uint8Array): string;
export type ReadResult = {
    text: string;
    bytes: number;
} | {
    skip: Omit<Skip, 'file'>;
};
/**
 * Reads a file for scanning with one open: size checked on the descriptor before reading (a
 * huge file is never loaded), then the binary sniff. Never throws; failures become skips.
 */
export declare function readTextFile(path: string, maxFileSize: number): ReadResult;
