/**
 * Maps string offsets to 1-based line and column. Built lazily, only for texts that have
 * findings, with one pass collecting line starts and a binary search per lookup.
 */
export declare class LineIndex {
    private readonly text;
    private starts;
    constructor(text: string);
    private lineStarts;
    /** 0-based line number holding `offset`. */
    lineOf(offset: number): number;
    /** 1-based line and column of `offset`. */
    position(offset: number): {
        line: number;
        column: number;
    };
    /** Start and end (exclusive, before `\r\n`) offsets of a 0-based line. */
    lineBounds(line: number): {
        start: number;
        end: number;
    };
}
