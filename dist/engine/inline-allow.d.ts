import type { LineIndex } from './lines.js';
/**
 * Inline suppression, shared by every analyzer that reports positions in a text: `leakgate:allow`
 * on the finding's line, or `leakgate:allow-next-line` on the line above (any comment syntax).
 */
export declare const INLINE_ALLOW = "leakgate:allow";
export declare const INLINE_ALLOW_NEXT = "leakgate:allow-next-line";
export declare function isAllowedInline(text: string, lines: LineIndex, offset: number): boolean;
