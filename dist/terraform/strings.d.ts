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
