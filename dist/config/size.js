const UNITS = {
    '': 1,
    b: 1,
    k: 1024,
    kb: 1000,
    kib: 1024,
    m: 1024 ** 2,
    mb: 1000 ** 2,
    mib: 1024 ** 2,
    g: 1024 ** 3,
    gb: 1000 ** 3,
    gib: 1024 ** 3,
};
/** Bytes from a number or a size such as `5MiB`, `500k`, `2MB`; undefined when it is not a size. */
export function parseSize(value) {
    if (typeof value === 'number')
        return Number.isInteger(value) && value > 0 ? value : undefined;
    const match = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(value);
    if (!match)
        return undefined;
    const unit = UNITS[match[2].toLowerCase()];
    if (unit === undefined)
        return undefined;
    const bytes = Math.round(Number(match[1]) * unit);
    return bytes > 0 ? bytes : undefined;
}
