/**
 * The one redactor: a short prefix of the secret, then `****`. The prefix grows with the secret
 * (a quarter of it, at most 6 characters) so a known token prefix such as `ghp_` stays
 * recognisable while a short password shows almost nothing; the mask does not reveal length.
 */
export declare const MASK = "****";
export declare function redact(secret: string): string;
