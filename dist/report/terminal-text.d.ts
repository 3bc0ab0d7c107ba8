/**
 * Making untrusted text safe and measurable on a terminal: file names, skip details and code
 * snippets come from the scanned tree, so an escape sequence in them must be shown, not run.
 */
/** Every control character as a visible escape: `\e`, `\r`, `\x07`, `\u202e`. */
export declare function escapeControls(text: string): string;
/** Columns a code point takes on a terminal: 0 for combining marks and joiners, 2 for East Asian wide and emoji. */
export declare function codePointWidth(char: string): number;
export declare function displayWidth(text: string): number;
/** The longest start of `text` that fits in `columns`. */
export declare function headToWidth(text: string, columns: number): string;
/** The longest end of `text` that fits in `columns`. */
export declare function tailToWidth(text: string, columns: number): string;
/**
 * Words laid out in lines of at most `columns`, the first line after `firstIndent` columns of
 * text already printed and the others indented by `indent`; a word is never split.
 */
export declare function wrapWords(words: readonly string[], columns: number, firstIndent: number, indent: number): string[];
