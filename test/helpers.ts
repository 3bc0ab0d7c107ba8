import { randomBytes } from 'node:crypto';
import { base62, crc32 } from '../src/engine/validators.js';
import { RuleSchema, type Rule, type RuleInput } from '../src/rules/schema.js';

/** A validated rule from a partial definition, with examples filled in so tests stay short. */
export function makeRule(input: Partial<RuleInput> & Pick<RuleInput, 'id' | 'keywords'>): Rule {
  return RuleSchema.parse({ description: `test rule ${input.id}`, ...input });
}

const ALPHANUMERIC = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** Random characters from an alphabet (fake secrets are generated, never real). */
export function randomFrom(alphabet: string, length: number): string {
  const bytes = randomBytes(length);
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[bytes[i]! % alphabet.length];
  return out;
}

export function randomAlphanumeric(length: number): string {
  return randomFrom(ALPHANUMERIC, length);
}

/** A fake GitHub-classic-format token with a valid CRC32 checksum. */
export function fakeChecksummedToken(prefix: string): string {
  const body = randomAlphanumeric(30);
  return `${prefix}${body}${base62(crc32(body), 6)}`;
}

/** A fake AWS access key id (AKIA + 16 base32 characters). */
export function fakeAwsKeyId(): string {
  return `AKIA${randomFrom('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`;
}
