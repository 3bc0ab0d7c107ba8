import type { LineIndex } from './lines.js';
import { type TextSpan } from './redact.js';
export type { TextSpan } from './redact.js';
/**
 * The finding's first line, redacted by the one redactor (every secret starting on it, every
 * other secret-shaped span the engine saw there, high-entropy tokens), clipped around the finding.
 */
export declare function snippetFor(text: string, lines: LineIndex, line: number, finding: TextSpan, onLine: readonly TextSpan[], secretShaped?: readonly TextSpan[]): string;
