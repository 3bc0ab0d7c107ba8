import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
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

/** One generator per checksummed format, by the name of the validator that checks it. */
export const FAKE_TOKEN_GENERATORS: Record<string, (prefix: string) => string> = {
  'crc32-base62': fakeChecksummedToken,
  'crc32-gitlab': fakeGitlabRoutableToken,
  'crc32-grafana': fakeGrafanaToken,
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

/** A fake AWS access key id (AKIA + 16 base32 characters). */
export function fakeAwsKeyId(): string {
  return `AKIA${randomFrom('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`;
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
