/**
 * File names are bytes on POSIX systems. Node reads them as UTF-8 by default and turns invalid
 * bytes into U+FFFD, a name that then opens nothing (ENOENT); such names are kept as bytes to
 * open the file, and shown with each invalid byte escaped as `\xNN`.
 */
const strict = new TextDecoder('utf-8', { fatal: true });
export function isValidUtf8Name(bytes) {
    try {
        strict.decode(bytes);
        return true;
    }
    catch {
        return false;
    }
}
/** Valid UTF-8 sequences as text, every other byte as `\xNN`. */
export function escapeFileName(bytes) {
    let out = '';
    let i = 0;
    while (i < bytes.length) {
        const length = sequenceLength(bytes[i]);
        if (length > 0 && i + length <= bytes.length) {
            const sequence = bytes.subarray(i, i + length);
            if (isValidUtf8Name(sequence)) {
                out += strict.decode(sequence);
                i += length;
                continue;
            }
        }
        out += `\\x${bytes[i].toString(16).padStart(2, '0')}`;
        i += 1;
    }
    return out;
}
function sequenceLength(lead) {
    if (lead < 0x80)
        return 1;
    if (lead >= 0xc2 && lead <= 0xdf)
        return 2;
    if (lead >= 0xe0 && lead <= 0xef)
        return 3;
    if (lead >= 0xf0 && lead <= 0xf4)
        return 4;
    return 0;
}
