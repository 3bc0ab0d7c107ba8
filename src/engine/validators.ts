/**
 * Named structural checks a rule can ask for with `validate:`. A checksum proves the value was
 * minted by the issuer (its failure lowers confidence: it may still be a hand-edited real token);
 * a structure check proves the value is what the regex guessed (its failure drops the match).
 */

export const VALIDATOR_NAMES = ['crc32-base62', 'jwt', 'base64'] as const;
export type ValidatorName = (typeof VALIDATOR_NAMES)[number];

export interface Validator {
  /** What a failed check means for the finding. */
  onFail: 'drop' | 'downgrade';
  check(secret: string): boolean;
}

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(value: string): number {
  let crc = 0xffffffff;
  for (let i = 0; i < value.length; i++) {
    crc = CRC_TABLE[(crc ^ value.charCodeAt(i)) & 0xff]! ^ (crc >>> 8);
  }
  return (crc ^ 0xffffffff) >>> 0;
}

export function base62(n: number, width: number): string {
  let out = '';
  let rest = n;
  while (rest > 0) {
    out = BASE62[rest % 62]! + out;
    rest = Math.floor(rest / 62);
  }
  return out.padStart(width, '0');
}

/**
 * GitHub (`ghp_` and kin) and npm (`npm_`) tokens end in six base62 digits of the CRC32 of the
 * random body between the `_` and the checksum.
 */
function crc32Base62(secret: string): boolean {
  const underscore = secret.indexOf('_');
  const body = secret.slice(underscore + 1, -6);
  if (body.length < 6) return false;
  return base62(crc32(body), 6) === secret.slice(-6);
}

function decodeBase64Url(part: string): string | undefined {
  if (!/^[A-Za-z0-9_-]+={0,2}$/.test(part)) return undefined;
  return Buffer.from(part.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('utf8');
}

/** A JWT's header is base64url JSON naming its algorithm or type. */
function jwt(secret: string): boolean {
  const header = decodeBase64Url(secret.split('.')[0] ?? '');
  if (header === undefined) return false;
  try {
    const parsed: unknown = JSON.parse(header);
    return typeof parsed === 'object' && parsed !== null && ('alg' in parsed || 'typ' in parsed);
  } catch {
    return false;
  }
}

/** Valid base64 whose decoded bytes are not mostly printable text (a key, not a sentence). */
function base64(secret: string): boolean {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(secret) || secret.length % 4 === 1) return false;
  const bytes = Buffer.from(secret, 'base64');
  let printable = 0;
  for (const byte of bytes) if (byte >= 0x20 && byte < 0x7f) printable++;
  return bytes.length > 0 && printable / bytes.length < 0.95;
}

export const VALIDATORS: Record<ValidatorName, Validator> = {
  'crc32-base62': { onFail: 'downgrade', check: crc32Base62 },
  jwt: { onFail: 'drop', check: jwt },
  base64: { onFail: 'drop', check: base64 },
};
