/**
 * File names are bytes on POSIX systems. Node reads them as UTF-8 by default and turns invalid
 * bytes into U+FFFD, a name that then opens nothing (ENOENT); such names are kept as bytes to
 * open the file, and shown with each invalid byte escaped as `\xNN`.
 */
export declare function isValidUtf8Name(bytes: Uint8Array): boolean;
/** Valid UTF-8 sequences as text, every other byte as `\xNN`. */
export declare function escapeFileName(bytes: Uint8Array): string;
