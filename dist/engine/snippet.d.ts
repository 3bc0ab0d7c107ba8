import type { LineIndex } from './lines.js';
/** A span of the text: UTF-16 offsets, end exclusive. */
export interface TextSpan {
    start: number;
    end: number;
}
/** The finding's first line with every secret starting on it masked, clipped around the secret. */
export declare function snippetFor(text: string, lines: LineIndex, line: number, finding: TextSpan, onLine: readonly TextSpan[]): string;
