import type { LineIndex } from './lines.js';
import { type TextSpan } from './redact.js';
export type { TextSpan } from './redact.js';
/**
 * How far around a finding to look for other secret-shaped spans on its line: past the redacted
 * part, so a value whose name lies just outside it is still captured by its rule.
 */
export declare const SECRET_SHAPED_MARGIN: number;
/** Every span some rule's regex captures in `text[from, to)`, ungated (`Engine.secretShapedSpans`). */
export type SecretShapedSpans = (text: string, from: number, to: number) => TextSpan[];
/** Where on `line` the secret-shaped spans a snippet of `finding` needs are looked for. */
export declare function secretShapedReach(lines: LineIndex, line: number, finding: TextSpan): TextSpan;
/**
 * The finding's first line, redacted by the one redactor (every secret starting on it, every
 * other secret-shaped span the engine saw there, high-entropy tokens), clipped around the finding.
 */
export declare function snippetFor(text: string, lines: LineIndex, line: number, finding: TextSpan, onLine: readonly TextSpan[], secretShaped?: readonly TextSpan[]): string;
