/** Bytes from a number or a size such as `5MiB`, `500k`, `2MB`; undefined when it is not a size. */
export declare function parseSize(value: number | string): number | undefined;
