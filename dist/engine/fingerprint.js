import { createHash } from 'node:crypto';
/**
 * A finding's identity: a hash of its rule id and the secret itself, never of its position,
 * so baselines and ignore entries survive edits around it, and one secret pasted into two
 * files is one identity. 16 hex digits (64 bits) keep entries short; note that a hash of a
 * short password can be brute-forced, so baselines are no place for weak secrets either.
 */
export function fingerprintOf(ruleId, secret) {
    return createHash('sha256').update(ruleId).update('\0').update(secret).digest('hex').slice(0, 16);
}
