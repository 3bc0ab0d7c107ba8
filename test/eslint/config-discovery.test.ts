import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Linter } from 'eslint';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import plugin from '../../src/eslint/index.js';
import { scanSetupFor } from '../../src/eslint/scan-setup.js';
import { fingerprintOf } from '../../src/engine/fingerprint.js';
import { fakeAwsKeyId, fakeChecksummedToken } from '../helpers.js';

/** The rule finds the CLI's config from the linted file's folder, and notices when it changes. */
let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'leakgate-eslint-'));
  mkdirSync(join(root, '.git'));
  mkdirSync(join(root, 'src', 'deep'), { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const AWS = fakeAwsKeyId();
const GHP = fakeChecksummedToken('ghp_');
const code = `const accessKeyId = "${AWS}";\nconst gh = "${GHP}";\n`;

function lint(file: string, options?: unknown): string[] {
  const linter = new Linter({ cwd: root });
  const rule = options === undefined ? 'error' : ['error', options];
  const messages = linter.verify(code, [{ plugins: { leakgate: plugin }, rules: { 'leakgate/no-secrets': rule as Linter.RuleEntry } }], join(root, file));
  return messages.map((m) => (m.messageId === 'secret' ? /\(([a-z0-9-]+)\) hardcoded here/.exec(m.message)![1]! : `${m.messageId}: ${m.message}`));
}

function writeConfig(path: string, config: unknown, mtime?: number): void {
  writeFileSync(join(root, path), JSON.stringify(config));
  if (mtime !== undefined) utimesSync(join(root, path), mtime, mtime);
}

describe('leakgate/no-secrets config', () => {
  it('uses the built-in rules when there is no config', () => {
    expect(lint('src/app.js')).toEqual(['aws-access-key-id', 'github-pat']);
  });

  it('honours the nearest .leakgateignore like the CLI, and reports a broken one as one problem', () => {
    writeFileSync(join(root, '.leakgateignore'), `${fingerprintOf('aws-access-key-id', AWS)} # test fixture\n`);
    expect(lint('src/deep/app.js')).toEqual(['github-pat']);
    writeFileSync(join(root, '.leakgateignore'), 'not-a-fingerprint\n');
    expect(lint('src/app.js')).toEqual([expect.stringMatching(/^configError: leakgate cannot scan this file: .*expected a finding fingerprint/)]);
  });

  it('finds the nearest config from the linted file\'s folder up to the repository root', () => {
    writeConfig('leakgate.config.json', { disabledRules: ['github-pat'] });
    writeConfig('src/deep/.leakgaterc.json', { disabledRules: ['aws-access-key-id'] });
    expect(lint('src/app.js')).toEqual(['aws-access-key-id']);
    expect(lint('src/deep/app.js')).toEqual(['github-pat']);
  });

  it('reads the leakgate key of package.json and skips a package.json without one', () => {
    writeFileSync(join(root, 'package.json'), JSON.stringify({ name: 'app', leakgate: { disabledRules: ['aws-access-key-id'] } }));
    writeFileSync(join(root, 'src', 'package.json'), JSON.stringify({ name: 'inner' }));
    expect(lint('src/app.js')).toEqual(['github-pat']);
  });

  it('applies the config\'s exclude globs, relative to the config\'s folder', () => {
    writeConfig('leakgate.config.json', { exclude: ['src/deep/'] });
    expect(lint('src/deep/app.js')).toEqual([]);
    expect(lint('src/app.js')).toEqual(['aws-access-key-id', 'github-pat']);
  });

  it('reloads a config file when it changes, and reuses the compiled engine while it does not', () => {
    writeConfig('leakgate.config.json', { disabledRules: ['github-pat'] }, 1_000_000);
    const first = scanSetupFor(join(root, 'src'), root, undefined);
    expect(scanSetupFor(join(root, 'src', 'deep'), root, undefined)).toBe(first);
    expect(lint('src/app.js')).toEqual(['aws-access-key-id']);
    writeConfig('leakgate.config.json', { disabledRules: ['aws-access-key-id'] }, 2_000_000);
    expect(lint('src/app.js')).toEqual(['github-pat']);
    expect(scanSetupFor(join(root, 'src'), root, undefined)).not.toBe(first);
  });

  it('reports a broken config file once per linted file, and recovers when it is fixed', () => {
    writeFileSync(join(root, 'leakgate.config.json'), '{ "disabledRules": [1] }');
    utimesSync(join(root, 'leakgate.config.json'), 1_000_000, 1_000_000);
    const [problem, ...rest] = lint('src/app.js');
    expect(rest).toEqual([]);
    expect(problem).toBe('configError: leakgate cannot scan this file: leakgate.config.json: disabledRules[0]: Invalid input: expected string, received number');
    writeConfig('leakgate.config.json', {}, 2_000_000);
    expect(lint('src/app.js')).toEqual(['aws-access-key-id', 'github-pat']);
  });

  it('takes an explicit config file, relative to the cwd, instead of discovery', () => {
    writeConfig('leakgate.config.json', { disabledRules: ['github-pat'] });
    mkdirSync(join(root, 'security'));
    writeConfig('security/secrets.json', { disabledRules: ['aws-access-key-id'] });
    expect(lint('src/app.js', { config: 'security/secrets.json' })).toEqual(['github-pat']);
    expect(lint('src/app.js', { config: false })).toEqual(['aws-access-key-id', 'github-pat']);
  });

  it('rejects unknown options through the rule schema', () => {
    expect(() => lint('src/app.js', { configFile: 'x.json' })).toThrow(/should NOT have additional properties/);
  });
});
