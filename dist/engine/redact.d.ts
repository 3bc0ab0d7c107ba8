/**
 * The one redactor. A secret shows as a short prefix, then `****`: the prefix grows with the
 * secret (a quarter of it, at most 6 characters) so a known token prefix such as `ghp_` stays
 * recognisable while a short password shows almost nothing; the mask does not reveal length.
 * `redactLine` applies it to a whole source line for snippets, in every output format.
 */
export declare const MASK = "****";
export declare function redact(secret: string): string;
/** A span of a text: UTF-16 offsets, end exclusive. */
export interface TextSpan {
    start: number;
    end: number;
}
export interface RedactedLine {
    text: string;
    /** Where each reported span (in the order given) starts in `text`. */
    reportedAt: number[];
}
/**
 * A line with nothing secret left in it: every reported span shows as `redact(secret)`, every
 * other secret-shaped span (what the engine's rules captured before any gate: dropped, demoted,
 * path-limited values) is redacted too, and in what is left a high-entropy token is masked as a
 * backstop. Spans are offsets in `line`; they may overlap each other or run past its end.
 * An empty reported span is not masked; it only marks a position to report in `reportedAt`.
 */
export declare function redactLine(line: string, reported: readonly TextSpan[], secretShaped?: readonly TextSpan[]): RedactedLine;
/**
 * The backstop for values no rule captures: a run of 16+ token characters with letters and
 * digits and at least 3 bits of entropy per character (random keys, hashes, UUIDs), or 32+
 * mixed-case characters at 4.3 bits (a digit-free random string; identifiers stay below).
 */
export declare function maskHighEntropyTokens(text: string): string;
