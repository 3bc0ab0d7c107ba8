/**
 * Bytes to text for every source (files on disk, git blobs, archive entries): UTF-8 by default,
 * UTF-16 LE/BE when a BOM says so or when the NUL bytes fall the way UTF-16 text puts them
 * (PowerShell, .NET and Windows tools write it, often without a BOM). Anything else with a NUL
 * byte in its first 8 KiB is binary, git's heuristic.
 */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';
/** Git's sniff window. */
export declare const BINARY_SNIFF_BYTES = 8192;
/** How the bytes should be read as text, or `binary` when they should not. */
export declare function sniffEncoding(bytes: Uint8Array): TextEncoding | 'binary';
/** Bytes to text in the given encoding; a BOM is dropped and invalid sequences are replaced (the scan goes on). */
export declare function decodeAs(bytes: Uint8Array, encoding: TextEncoding): string;
/** Sniffs and decodes: the text, or undefined for binary bytes. */
export declare function decodeBytes(bytes: Uint8Array): {
    text: string;
    encoding: TextEncoding;
} | undefined;
