import { inflateRawSync } from 'node:zlib';
import { ArchiveFormatError } from './entry.js';
/**
 * A zip reader over bytes in memory (zip, jar): the central directory is read from the end
 * record, each entry is located through its local header, stored and deflated entries are
 * taken out. Inflation is capped at `maxEntryBytes` (the declared size can lie: a zip bomb
 * declares small sizes), so no entry can grow past the limit in memory.
 */
const END_RECORD = 0x06054b50;
const CENTRAL_HEADER = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const END_RECORD_SIZE = 22;
const MAX_COMMENT = 0xffff;
export function* zipEntries(bytes, maxEntryBytes) {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const end = findEndRecord(buffer);
    const count = buffer.readUInt16LE(end + 10);
    const directoryOffset = buffer.readUInt32LE(end + 16);
    if (count === 0xffff || directoryOffset === 0xffffffff)
        throw new ArchiveFormatError('ZIP64 archives are not supported');
    let offset = directoryOffset;
    for (let i = 0; i < count; i++) {
        if (offset + 46 > buffer.length || buffer.readUInt32LE(offset) !== CENTRAL_HEADER)
            throw new ArchiveFormatError('damaged zip central directory');
        const flags = buffer.readUInt16LE(offset + 8);
        const method = buffer.readUInt16LE(offset + 10);
        const compressedSize = buffer.readUInt32LE(offset + 20);
        const size = buffer.readUInt32LE(offset + 24);
        const nameLength = buffer.readUInt16LE(offset + 28);
        const extraLength = buffer.readUInt16LE(offset + 30);
        const commentLength = buffer.readUInt16LE(offset + 32);
        const localOffset = buffer.readUInt32LE(offset + 42);
        // Bit 11: the name is UTF-8; otherwise CP437, which is ASCII for the names that matter here.
        const name = buffer.toString(flags & 0x800 ? 'utf8' : 'latin1', offset + 46, offset + 46 + nameLength);
        offset += 46 + nameLength + extraLength + commentLength;
        if (name.endsWith('/'))
            continue; // a folder
        if (flags & 1) {
            yield { name, skip: 'encrypted' };
            continue;
        }
        const limit = maxEntryBytes();
        if (size > limit) {
            yield { name, skip: `${size} bytes`, tooLarge: true };
            continue;
        }
        const data = localData(buffer, localOffset, compressedSize);
        if (method === 0)
            yield { name, data };
        else if (method === 8)
            yield inflate(name, data, limit);
        else
            yield { name, skip: `compression method ${method} is not supported` };
    }
}
function inflate(name, data, limit) {
    try {
        return { name, data: inflateRawSync(data, { maxOutputLength: Math.max(1, limit) }) };
    }
    catch (error) {
        const code = error.code;
        if (code === 'ERR_BUFFER_TOO_LARGE')
            return { name, skip: 'inflates past the size limit', tooLarge: true };
        return { name, skip: `damaged entry (${code ?? error.message})` };
    }
}
function findEndRecord(buffer) {
    const lowest = Math.max(0, buffer.length - END_RECORD_SIZE - MAX_COMMENT);
    for (let at = buffer.length - END_RECORD_SIZE; at >= lowest; at--) {
        if (buffer.readUInt32LE(at) === END_RECORD)
            return at;
    }
    throw new ArchiveFormatError('not a zip archive (no end of central directory)');
}
function localData(buffer, localOffset, compressedSize) {
    if (localOffset + 30 > buffer.length || buffer.readUInt32LE(localOffset) !== LOCAL_HEADER)
        throw new ArchiveFormatError('damaged zip entry header');
    const start = localOffset + 30 + buffer.readUInt16LE(localOffset + 26) + buffer.readUInt16LE(localOffset + 28);
    if (start + compressedSize > buffer.length)
        throw new ArchiveFormatError('truncated zip archive');
    return buffer.subarray(start, start + compressedSize);
}
