/**
 * The one redactor: a short prefix of the secret, then `****`. The prefix grows with the secret
 * (a quarter of it, at most 6 characters) so a known token prefix such as `ghp_` stays
 * recognisable while a short password shows almost nothing; the mask does not reveal length.
 */
export const MASK = '****';
export function redact(secret) {
    const keep = Math.min(6, Math.floor(secret.length / 4));
    return secret.slice(0, keep) + MASK;
}
