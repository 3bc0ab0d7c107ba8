import type { StringExpr } from './syntax.js';
/**
 * HCL string values as Terraform sees them: rules must judge the value, not its source form,
 * so `"p\u0040ss"` is `p@ss` and a `<<-EOT` body loses its common indentation.
 */
/** Unescapes a quoted HCL string body: `\n \r \t \" \\ \uXXXX \UXXXXXXXX`, `$${` and `%%{`. */
export declare function unescapeQuoted(raw: string): string;
/** Heredoc bodies take no backslash escapes; only the template escapes `$${` and `%%{` apply. */
export declare function unescapeHeredoc(raw: string): string;
/**
 * `<<-` heredocs: the smallest indentation of the non-blank lines is removed from every line
 * (spaces and tabs count one each, as in HCL).
 */
export declare function stripHeredocIndent(body: string): string;
/**
 * A heredoc without templates as a string expression, from its offsets: the value runs from the
 * line after the opening marker (`openingEnd`, or -1 for none) to the start of the closing
 * marker's line (`closingStart`, or -1), de-indented for `<<-`; `valueSpan` points at the text
 * itself, not the indentation or trailing blank lines around it.
 */
export declare function heredocString(text: string, start: number, end: number, openingEnd: number, closingStart: number, indented: boolean): StringExpr;
