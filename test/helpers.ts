import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc16Xmodem } from '../src/engine/decoders.js';
import { handMadeReason } from '../src/engine/filters.js';
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

/** A fake GitLab routable token: base64url payload, `.01.`, the payload length and the CRC32 in base36. */
export function fakeGitlabRoutableToken(prefix: string): string {
  const payload = randomFrom(`${ALPHANUMERIC}-_`, 38);
  const unchecked = `${prefix}${payload}.01.${payload.length.toString(36).padStart(2, '0')}`;
  return `${unchecked}${crc32(unchecked).toString(36).padStart(7, '0')}`;
}

/** A fake Grafana service account token: 32 alphanumerics, then the CRC32 of the rest as little-endian hex. */
export function fakeGrafanaToken(prefix: string): string {
  const unchecked = `${prefix}${randomAlphanumeric(32)}`;
  const checksum = crc32(unchecked);
  const hex = [checksum & 0xff, (checksum >>> 8) & 0xff, (checksum >>> 16) & 0xff, checksum >>> 24].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${unchecked}_${hex}`;
}

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

function base32(bytes: Uint8Array): string {
  let out = '';
  let bits = 0;
  let buffer = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(buffer >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return bits > 0 ? out + BASE32[(buffer << (5 - bits)) & 31] : out;
}

/**
 * A fake NATS NKEY seed: base32 of the two prefix bytes (`S`, then the key type: the prefix's
 * second character, e.g. `SUA` for a user), 32 random bytes and their CRC-16/XMODEM, little-endian.
 */
export function fakeNkeySeed(prefix: string): string {
  const type = BASE32.indexOf(prefix[1] ?? 'U');
  const bytes = Buffer.alloc(36);
  bytes[0] = (BASE32.indexOf('S') << 3) | (type >> 2);
  bytes[1] = (type & 3) << 6;
  randomBytes(32).copy(bytes, 2);
  bytes.writeUInt16LE(crc16Xmodem(bytes.subarray(0, 34)), 34);
  return base32(bytes);
}

const BECH32 = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';

function bech32Polymod(values: readonly number[]): number {
  const generators = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
  let checksum = 1;
  for (const value of values) {
    const top = checksum >>> 25;
    checksum = ((checksum & 0x1ffffff) << 5) ^ value;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) checksum ^= generators[i]!;
  }
  return checksum;
}

/** A fake bech32 key (age's `AGE-SECRET-KEY-1`): the prefix up to its `1` is the human part, then 32 random bytes and the checksum, in the prefix's case. */
export function fakeBech32Key(prefix: string): string {
  const hrp = prefix.toLowerCase().slice(0, prefix.lastIndexOf('1'));
  const data: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const byte of randomBytes(32)) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      data.push((buffer >>> (bits - 5)) & 31);
      bits -= 5;
    }
  }
  if (bits > 0) data.push((buffer << (5 - bits)) & 31);
  const expanded = [...[...hrp].map((c) => c.charCodeAt(0) >> 5), 0, ...[...hrp].map((c) => c.charCodeAt(0) & 31), ...data, 0, 0, 0, 0, 0, 0];
  const polymod = bech32Polymod(expanded) ^ 1;
  const checksum = Array.from({ length: 6 }, (_, i) => (polymod >>> (5 * (5 - i))) & 31);
  const key = `${hrp}1${[...data, ...checksum].map((v) => BECH32[v]).join('')}`;
  return prefix === prefix.toUpperCase() ? key.toUpperCase() : key;
}

const SHAPE_CLASSES: Record<string, string> = {
  d: '0123456789',
  h: '0123456789abcdef',
  H: '0123456789ABCDEF',
  l: 'abcdefghijklmnopqrstuvwxyz0123456789',
  u: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
  a: ALPHANUMERIC,
};

/**
 * A fake token of a format without a checksum that push protection and other scanners still
 * flag by its shape (Slack, Stripe, PyPI): the shape's literal text, each `[cN]` replaced by N
 * random characters of class c (d digits, h/H hex, l/u lower/upper case and digits, a both).
 */
export function fakeShapedToken(shape: string): string {
  return shape.replace(/\[([dhHlua])(\d+)\]/g, (_, kind: string, count: string) => randomFrom(SHAPE_CLASSES[kind]!, Number(count)));
}

/**
 * One generator per token format, by the name of the validator that checks it (checksummed
 * formats), or `shape` for formats without a checksum (`{{shape:xoxb-[d12]-[a24]}}`).
 */
export const FAKE_TOKEN_GENERATORS: Record<string, (prefix: string) => string> = {
  'crc32-base62': fakeChecksummedToken,
  'crc32-gitlab': fakeGitlabRoutableToken,
  'crc32-grafana': fakeGrafanaToken,
  'nkey-seed': fakeNkeySeed,
  bech32: fakeBech32Key,
  shape: fakeShapedToken,
};

/**
 * Checksummed examples are committed as templates, `{{crc32-base62:ghp_}}` (validator, then the
 * token's prefix; `#2` after the prefix for a second token of the same kind), so no scanner finds
 * a valid token in leakgate's repository. Each call fills them with fresh tokens; the same
 * placeholder in one `values` map (an example's text and its secret) gets the same token.
 */
export function fillTokenTemplates(text: string, values = new Map<string, string>()): string {
  return text.replace(/\{\{([a-z0-9-]+):([^}#]+)(#\d+)?\}\}/g, (placeholder, format: string, prefix: string) => {
    const generate = FAKE_TOKEN_GENERATORS[format];
    if (!generate) throw new Error(`unknown token template ${placeholder}: formats are ${Object.keys(FAKE_TOKEN_GENERATORS).join(', ')}`);
    let value = values.get(placeholder);
    if (value === undefined) values.set(placeholder, (value = generate(prefix)));
    return value;
  });
}

/**
 * A copy of `fixtures/<name>` at `join(parent, name)`, its token templates filled: fixtures hold
 * checksummed tokens as templates like rule examples do, and tests scan the copy. One value per
 * placeholder across the whole fixture, so a token repeated in two files stays the same; the
 * map of placeholders to tokens is returned for the tests' expectations.
 */
export function materializeFixture(name: string, parent: string): { dir: string; tokens: Map<string, string> } {
  const dir = join(parent, name);
  cpSync(join(repoRoot, 'fixtures', name), dir, { recursive: true });
  const tokens = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const bytes = readFileSync(path);
    if (bytes.includes(0) || !bytes.includes('{{')) continue; // binary, or nothing to fill
    writeFileSync(path, fillTokenTemplates(bytes.toString('utf8'), tokens));
  }
  return { dir, tokens };
}

/**
 * A fake AWS access key id (AKIA + 16 base32 characters) that no filter reads as hand-made: about
 * one random body in 17,000 spells a sample marker (`...FAKE...`) and is rightly reported at low
 * only, which would make a test that expects a failing run fail by chance.
 */
export function fakeAwsKeyId(): string {
  for (;;) {
    const key = `AKIA${randomFrom('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`;
    if (handMadeReason(key) === undefined) return key;
  }
}

export const repoRoot = fileURLToPath(new URL('..', import.meta.url));
export const cliBin = join(repoRoot, 'bin', 'leakgate.js');

/**
 * Runs the built CLI as users do: a real process, real streams and exit code. The environment
 * (`baseEnv`, default this process's) is made hermetic (no colour forcing, CI set so no progress
 * line, none of the GitHub or GitLab variables that change formats and report commits), then
 * `env` goes on top. Git tests pass their repository's environment, cleared of GIT_*, as `baseEnv`.
 */
export function runCli(args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; baseEnv?: NodeJS.ProcessEnv; input?: string } = {}) {
  const result = spawnSync(process.execPath, [cliBin, ...args], {
    cwd: options.cwd ?? repoRoot,
    env: {
      ...(options.baseEnv ?? process.env),
      NO_COLOR: '',
      FORCE_COLOR: '',
      CI: '1',
      GITHUB_ACTIONS: '',
      GITHUB_STEP_SUMMARY: '',
      GITHUB_SHA: '',
      CI_COMMIT_SHA: '',
      ...options.env,
    },
    encoding: 'utf8',
    // Without input, stdin is empty (never the test runner's own).
    input: options.input ?? '',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
