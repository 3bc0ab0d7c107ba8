import { ArchiveFormatError } from './entry.js';
/**
 * A tar reader over bytes in memory: POSIX ustar and GNU headers, GNU long names (`L`) and pax
 * `path` records (`x`). Only regular files are returned; links, folders and devices carry no
 * text of their own. Every header's checksum is verified, so a file that merely ends in `.tar`
 * is reported as not a tar instead of being read as garbage.
 */
const BLOCK = 512;
export function* tarEntries(bytes, maxEntryBytes) {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let offset = 0;
    let longName;
    let paxPath;
    while (offset + BLOCK <= buffer.length) {
        const header = buffer.subarray(offset, offset + BLOCK);
        if (isZeroBlock(header))
            return; // the end-of-archive marker
        if (!checksumMatches(header))
            throw new ArchiveFormatError(`not a tar archive (bad header checksum at byte ${offset})`);
        const size = readSize(header);
        const type = String.fromCharCode(header[156]);
        const dataStart = offset + BLOCK;
        const dataEnd = dataStart + size;
        if (dataEnd > buffer.length)
            throw new ArchiveFormatError('truncated tar archive');
        const data = buffer.subarray(dataStart, dataEnd);
        offset = dataStart + Math.ceil(size / BLOCK) * BLOCK;
        if (type === 'L') {
            longName = cString(data, 0, data.length);
            continue;
        }
        if (type === 'x') {
            paxPath = paxRecord(data, 'path');
            continue;
        }
        if (type === 'g')
            continue;
        const name = paxPath ?? longName ?? headerName(header);
        longName = undefined;
        paxPath = undefined;
        if (type !== '0' && type !== '\0' && type !== '7')
            continue;
        yield size > maxEntryBytes() ? { name, skip: `${size} bytes`, tooLarge: true } : { name, data };
    }
}
function isZeroBlock(block) {
    for (let i = 0; i < block.length; i++)
        if (block[i] !== 0)
            return false;
    return true;
}
/** The checksum field is summed as if it were eight spaces. */
function checksumMatches(header) {
    const stored = parseInt(cString(header, 148, 8).trim() || 'x', 8);
    let sum = 0;
    for (let i = 0; i < BLOCK; i++)
        sum += i >= 148 && i < 156 ? 0x20 : header[i];
    return stored === sum;
}
/** Octal, or base-256 with the high bit set (GNU, for sizes beyond 8 GiB). */
function readSize(header) {
    if (header[124] & 0x80) {
        let size = 0;
        for (let i = 125; i < 136; i++)
            size = size * 256 + header[i];
        return size;
    }
    const size = parseInt(cString(header, 124, 12).trim() || '0', 8);
    if (!Number.isFinite(size) || size < 0)
        throw new ArchiveFormatError('bad tar entry size');
    return size;
}
function headerName(header) {
    const name = cString(header, 0, 100);
    const isUstar = header.toString('latin1', 257, 262) === 'ustar';
    const prefix = isUstar ? cString(header, 345, 155) : '';
    return prefix ? `${prefix}/${name}` : name;
}
function cString(buffer, start, length) {
    const end = buffer.indexOf(0, start);
    return buffer.toString('utf8', start, end === -1 || end > start + length ? start + length : end);
}
/** A pax record's value: records are `<length> <key>=<value>\n`. */
function paxRecord(data, key) {
    let offset = 0;
    let value;
    while (offset < data.length) {
        const space = data.indexOf(0x20, offset);
        if (space === -1)
            break;
        const length = Number(data.toString('latin1', offset, space));
        if (!Number.isInteger(length) || length <= 0)
            break;
        const record = data.toString('utf8', space + 1, offset + length - 1);
        const equals = record.indexOf('=');
        if (record.slice(0, equals) === key)
            value = record.slice(equals + 1);
        offset += length;
    }
    return value;
}
