import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
/** Git's heuristic: a NUL byte in the first 8 KiB means binary. */
export const BINARY_SNIFF_BYTES = 8192;
const decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });
export function isBinary(bytes) {
    const end = Math.min(bytes.length, BINARY_SNIFF_BYTES);
    for (let i = 0; i < end; i++)
        if (bytes[i] === 0)
            return true;
    return false;
}
/** Bytes to text: UTF-8, BOM dropped, invalid sequences replaced (the scan goes on). */
export function decodeText(bytes) {
    return decoder.decode(bytes);
}
/**
 * Reads a file for scanning with one open: size checked on the descriptor before reading (a
 * huge file is never loaded), then the binary sniff. Never throws; failures become skips.
 */
export function readTextFile(path, maxFileSize) {
    let fd;
    try {
        fd = openSync(path, 'r');
    }
    catch (error) {
        return { skip: { reason: 'unreadable', detail: errorCode(error) } };
    }
    try {
        const stat = fstatSync(fd);
        if (!stat.isFile())
            return { skip: { reason: 'unreadable', detail: 'not a regular file' } };
        const size = stat.size;
        if (size > maxFileSize)
            return { skip: { reason: 'too-large', detail: `${size} bytes` } };
        const buffer = Buffer.allocUnsafe(size);
        let read = 0;
        while (read < size) {
            const n = readSync(fd, buffer, read, size - read, read);
            if (n === 0)
                break;
            read += n;
        }
        const bytes = buffer.subarray(0, read);
        if (isBinary(bytes))
            return { skip: { reason: 'binary' } };
        return { text: decodeText(bytes), bytes: read };
    }
    catch (error) {
        return { skip: { reason: 'unreadable', detail: errorCode(error) } };
    }
    finally {
        closeSync(fd);
    }
}
function errorCode(error) {
    const code = error.code;
    return code ?? error.message;
}
