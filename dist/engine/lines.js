/**
 * Maps string offsets to 1-based line and column. Built lazily, only for texts that have
 * findings, with one pass collecting line starts and a binary search per lookup.
 */
export class LineIndex {
    text;
    starts;
    constructor(text) {
        this.text = text;
    }
    lineStarts() {
        if (this.starts)
            return this.starts;
        const starts = [0];
        let at = this.text.indexOf('\n');
        while (at !== -1) {
            starts.push(at + 1);
            at = this.text.indexOf('\n', at + 1);
        }
        this.starts = Int32Array.from(starts);
        return this.starts;
    }
    /** 0-based line number holding `offset`. */
    lineOf(offset) {
        const starts = this.lineStarts();
        let low = 0;
        let high = starts.length - 1;
        while (low < high) {
            const mid = (low + high + 1) >> 1;
            if (starts[mid] <= offset)
                low = mid;
            else
                high = mid - 1;
        }
        return low;
    }
    /** 1-based line and column of `offset`. */
    position(offset) {
        const line = this.lineOf(offset);
        return { line: line + 1, column: offset - this.lineStarts()[line] + 1 };
    }
    /** Start and end (exclusive, before `\r\n`) offsets of a 0-based line. */
    lineBounds(line) {
        const starts = this.lineStarts();
        const start = starts[line] ?? this.text.length;
        let end = line + 1 < starts.length ? starts[line + 1] - 1 : this.text.length;
        if (end > start && this.text.charCodeAt(end - 1) === 13)
            end -= 1;
        return { start, end };
    }
}
