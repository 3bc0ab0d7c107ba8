/**
 * Bytes to text for every source (files on disk, git blobs, archive entries): UTF-8 by default,
 * UTF-16 LE/BE when a BOM says so or when the NUL bytes fall the way UTF-16 text puts them
 * (PowerShell, .NET and Windows tools write it, often without a BOM). Anything else with a NUL
 * byte in its first 8 KiB is binary, git's heuristic.
 */
/** Git's sniff window. */
export const BINARY_SNIFF_BYTES = 8192;
/**
 * Without a BOM, UTF-16 is accepted when at least this share of the sampled code units has a
 * NUL in one byte position and none in the other: Latin text in UTF-16 puts a NUL in nearly
 * every unit, while binary formats have NULs at both parities (and `00 00` units).
 */
const MIN_NUL_SHARE = 0.3;
const utf8 = new TextDecoder('utf-8');
const utf16le = new TextDecoder('utf-16le');
/** How the bytes should be read as text, or `binary` when they should not. */
export function sniffEncoding(bytes) {
    if (bytes.length >= 2) {
        if (bytes[0] === 0xff && bytes[1] === 0xfe)
            return bytes[2] === 0 && bytes[3] === 0 ? 'binary' : 'utf-16le'; // FF FE 00 00 is UTF-32
        if (bytes[0] === 0xfe && bytes[1] === 0xff)
            return 'utf-16be';
    }
    const end = Math.min(bytes.length, BINARY_SNIFF_BYTES);
    if (bytes.subarray(0, end).indexOf(0) === -1)
        return 'utf-8';
    let evenNuls = 0;
    let oddNuls = 0;
    const units = end >> 1;
    for (let i = 0; i + 1 < end; i += 2) {
        const even = bytes[i] === 0;
        const odd = bytes[i + 1] === 0;
        if (even && odd)
            return 'binary';
        if (even)
            evenNuls++;
        else if (odd)
            oddNuls++;
    }
    if (evenNuls === 0 && oddNuls >= units * MIN_NUL_SHARE)
        return 'utf-16le';
    if (oddNuls === 0 && evenNuls >= units * MIN_NUL_SHARE)
        return 'utf-16be';
    return 'binary';
}
/** Bytes to text in the given encoding; a BOM is dropped and invalid sequences are replaced (the scan goes on). */
export function decodeAs(bytes, encoding) {
    if (encoding === 'utf-8')
        return utf8.decode(bytes);
    if (encoding === 'utf-16le')
        return utf16le.decode(bytes);
    // Big-endian is swapped into a copy and read as little-endian: not every Node build's ICU has a UTF-16BE decoder.
    const even = bytes.length & ~1;
    const swapped = Buffer.from(bytes.subarray(0, even));
    swapped.swap16();
    return utf16le.decode(swapped) + (even < bytes.length ? '\ufffd' : '');
}
/** Sniffs and decodes: the text, or undefined for binary bytes. */
export function decodeBytes(bytes) {
    const encoding = sniffEncoding(bytes);
    if (encoding === 'binary')
        return undefined;
    return { text: decodeAs(bytes, encoding), encoding };
}
