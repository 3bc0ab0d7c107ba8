import { closeSync, constants, fstatSync, lstatSync, openSync, readSync } from 'node:fs';
import { constants as bufferConstants } from 'node:buffer';
import { BINARY_SNIFF_BYTES, decodeAs, decodeBytes, sniffEncoding } from './decode.js';
export { BINARY_SNIFF_BYTES } from './decode.js';
/**
 * Opened without blocking: opening a FIFO for reading waits for a writer forever; with
 * O_NONBLOCK it returns at once and fstat then says what it is (no stat-then-open race).
 */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);
/** What a path that is not a regular file is, for the skip line. */
export function specialFileKind(stat) {
    if (stat.isFile())
        return undefined;
    if (stat.isFIFO())
        return 'a named pipe (FIFO), never opened';
    if (stat.isSocket())
        return 'a socket, never opened';
    if (stat.isCharacterDevice() || stat.isBlockDevice())
        return 'a device, never read';
    return 'not a regular file';
}
function openRegularFile(path, maxFileSize) {
    let fd;
    try {
        fd = openSync(path, OPEN_FLAGS);
    }
    catch (error) {
        // A socket cannot be opened at all (ENXIO): say what it is rather than the errno.
        const kind = safeKind(path);
        return { skip: { reason: 'unreadable', detail: kind ?? errorCode(error) } };
    }
    let skip;
    try {
        const stat = fstatSync(fd);
        const kind = specialFileKind(stat);
        if (kind)
            skip = { reason: 'unreadable', detail: kind };
        else if (stat.size > maxFileSize)
            skip = { reason: 'too-large', detail: `${stat.size} bytes` };
        else
            return { fd, size: stat.size, mtimeMs: stat.mtimeMs };
    }
    catch (error) {
        skip = { reason: 'unreadable', detail: errorCode(error) };
    }
    closeSync(fd);
    return { skip };
}
function safeKind(path) {
    try {
        return specialFileKind(lstatSync(path));
    }
    catch {
        return undefined;
    }
}
function readAt(fd, buffer, position) {
    let read = 0;
    while (read < buffer.length) {
        const n = readSync(fd, buffer, read, buffer.length - read, position + read);
        if (n === 0)
            break;
        read += n;
    }
    return read;
}
/**
 * Reads a file for scanning with one open: type and size checked on the descriptor before
 * reading (a FIFO is never waited on, a huge file is never loaded), then the encoding sniff.
 * Never throws; failures become skips.
 */
export function readTextFile(path, maxFileSize) {
    const read = readFileBytes(path, maxFileSize);
    if ('skip' in read)
        return read;
    const decoded = decodeBytes(read.bytes);
    if (!decoded)
        return { skip: { reason: 'binary' } };
    return { text: decoded.text, bytes: read.bytes.length, mtimeMs: read.mtimeMs };
}
/** Raw bytes of a regular file within the size limit (archives are read this way). */
export function readFileBytes(path, maxFileSize) {
    const opened = openRegularFile(path, maxFileSize);
    if ('skip' in opened)
        return opened;
    try {
        return { bytes: readWhole(opened.fd, opened.size), mtimeMs: opened.mtimeMs };
    }
    catch (error) {
        return { skip: { reason: 'unreadable', detail: errorCode(error) } };
    }
    finally {
        closeSync(opened.fd);
    }
}
function readWhole(fd, size) {
    const buffer = Buffer.allocUnsafe(size);
    return buffer.subarray(0, readAt(fd, buffer, 0));
}
/**
 * Files read only to be decoded go through one buffer per thread, grown to the largest such file
 * (up to SCRATCH_LIMIT): a fresh buffer per file made the garbage collector run after every few
 * MiB of reads. The bytes are only valid until the next read.
 */
const SCRATCH_LIMIT = 8 * 1024 * 1024;
let scratch = Buffer.allocUnsafe(0);
function readWholeToDecode(fd, size) {
    if (size > SCRATCH_LIMIT)
        return readWhole(fd, size);
    if (scratch.length < size)
        scratch = Buffer.allocUnsafe(Math.min(SCRATCH_LIMIT, Math.max(size, 2 * scratch.length, 64 * 1024)));
    return scratch.subarray(0, readAt(fd, scratch.subarray(0, size), 0));
}
/**
 * V8 cannot hold a string longer than ~512 Mi characters; files above a quarter of that are
 * read in chunks anyway, which also keeps memory flat. The overlap is far wider than any rule's
 * match window (multi-line rules look a few lines around a keyword; a PEM key is a few KiB).
 */
export const DEFAULT_CHUNKING = {
    chunkBytes: 32 * 1024 * 1024,
    overlapBytes: 256 * 1024,
    wholeUpTo: Math.min(bufferConstants.MAX_STRING_LENGTH, 128 * 1024 * 1024),
};
const LF = 0x0a;
/**
 * Reads a file for scanning, handing its text to `onText` once, or in overlapping chunks when
 * it is too large to be one string. Chunks are cut at line starts so columns stay exact;
 * each chunk answers for the lines of its owned part only, so a finding in an overlap is
 * reported once, by the chunk that owns its first line.
 */
export function readTextInChunks(path, maxFileSize, onText, chunking = DEFAULT_CHUNKING) {
    const opened = openRegularFile(path, maxFileSize);
    if ('skip' in opened)
        return opened;
    const { fd, size, mtimeMs } = opened;
    try {
        if (size <= chunking.wholeUpTo) {
            const bytes = readWholeToDecode(fd, size);
            const decoded = decodeBytes(bytes);
            if (!decoded)
                return { skip: { reason: 'binary' } };
            onText({ text: decoded.text, lineOffset: 0, ownedLines: [1, Number.MAX_SAFE_INTEGER] });
            return { bytes: bytes.length, mtimeMs };
        }
        const head = Buffer.allocUnsafe(Math.min(size, BINARY_SNIFF_BYTES));
        const encoding = sniffEncoding(head.subarray(0, readAt(fd, head, 0)));
        if (encoding === 'binary')
            return { skip: { reason: 'binary' } };
        if (encoding !== 'utf-8') {
            // Two bytes a character: UTF-16 up to ~1 GiB is still one string.
            if (size / 2 > bufferConstants.MAX_STRING_LENGTH) {
                return { skip: { reason: 'too-large', detail: `${size} bytes of ${encoding.toUpperCase()}: more than one string can hold` } };
            }
            const bytes = readWholeToDecode(fd, size);
            onText({ text: decodeAs(bytes, encoding), lineOffset: 0, ownedLines: [1, Number.MAX_SAFE_INTEGER] });
            return { bytes: bytes.length, mtimeMs };
        }
        scanChunks(fd, size, chunking, onText);
        return { bytes: size, mtimeMs };
    }
    catch (error) {
        return { skip: { reason: 'unreadable', detail: errorCode(error) } };
    }
    finally {
        closeSync(fd);
    }
}
function scanChunks(fd, size, chunking, onText) {
    const { chunkBytes, overlapBytes } = chunking;
    let ownStart = 0;
    /** Line breaks before ownStart, counted as the owned parts go by. */
    let breaksBeforeOwn = 0;
    let atLineStart = true;
    while (ownStart < size) {
        const atEnd = ownStart + chunkBytes >= size;
        // The owned part ends on a line start; a line longer than a chunk is cut (its columns then count from the cut).
        const lineStart = atEnd ? size : nextLineStart(fd, ownStart + chunkBytes, size, chunkBytes);
        const ownEnd = lineStart === -1 ? ownStart + chunkBytes : lineStart;
        const readStart = atLineStart ? Math.max(0, ownStart - overlapBytes) : ownStart;
        const buffer = Buffer.allocUnsafe(Math.min(size, ownEnd + overlapBytes) - readStart);
        const bytes = buffer.subarray(0, readAt(fd, buffer, readStart));
        // Text starts on a line start, so columns are exact: the partial line at the head of the overlap is dropped.
        const from = readStart === ownStart ? 0 : bytes.indexOf(LF) + 1;
        const breaksBeforeOwnInText = countLines(bytes, from, ownStart - readStart);
        const breaksOwned = countLines(bytes, ownStart - readStart, ownEnd - readStart);
        const firstOwned = 1 + breaksBeforeOwnInText;
        onText({
            text: decodeAs(bytes.subarray(from), 'utf-8'),
            lineOffset: breaksBeforeOwn - breaksBeforeOwnInText,
            ownedLines: [firstOwned, ownEnd >= size ? Number.MAX_SAFE_INTEGER : firstOwned + breaksOwned],
        });
        breaksBeforeOwn += breaksOwned;
        atLineStart = lineStart !== -1;
        ownStart = ownEnd;
    }
}
/** The first line start at or after `position` (or the end), looking at most `limit` bytes ahead (-1 if none). */
function nextLineStart(fd, position, size, limit) {
    const block = Buffer.allocUnsafe(64 * 1024);
    for (let at = position - 1; at < Math.min(size, position + limit); at += block.length) {
        const n = readAt(fd, block, at);
        const lf = block.subarray(0, n).indexOf(LF);
        if (lf !== -1)
            return at + lf + 1;
        if (at + n >= size)
            return size; // the last line runs to the end: it is read whole
    }
    return -1;
}
function countLines(bytes, start, end) {
    let count = 0;
    for (let i = bytes.indexOf(LF, start); i !== -1 && i < end; i = bytes.indexOf(LF, i + 1))
        count++;
    return count;
}
function errorCode(error) {
    const code = error.code;
    return code ?? error.message;
}
