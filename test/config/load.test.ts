import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEngine, DEFAULT_MAX_FILE_SIZE, findConfigFileSync, loadConfigSync } from '../../src/config/load.js';
import { LeakgateError } from '../../src/errors.js';
import { loadBuiltinRules } from '../../src/rules/load.js';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'leakgate-config-'));
  mkdirSync(join(root, '.git'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const customRule = {
  id: 'acme-token',
  description: 'ACME internal token',
  regex: '\\b(?<secret>acme_[a-z0-9]{24})\\b',
  keywords: ['acme_'],
};

function loadError(): string {
  try {
    loadConfigSync({ cwd: root });
  } catch (error) {
    expect(error).toBeInstanceOf(LeakgateError);
    return (error as Error).message;
  }
  throw new Error('expected the config to be rejected');
}

describe('loadConfigSync', () => {
  it('uses the built-in rules and defaults when there is no config', () => {
    const config = loadConfigSync({ cwd: root });
    expect(config.file).toBeUndefined();
    expect(config.rules.length).toBe(loadBuiltinRules().length);
    expect(config.maxFileSize).toBe(DEFAULT_MAX_FILE_SIZE);
    expect(config.minConfidence).toBe('medium');
  });

  it('finds the leakgate key of package.json', () => {
    writeFileSync(join(root, 'package.json'), JSON.stringify({ name: 'x', leakgate: { disabledRules: ['aws-access-key-id'] } }));
    const config = loadConfigSync({ cwd: root });
    expect(config.file).toBe(join(root, 'package.json'));
    expect(config.rules.map((r) => r.id)).not.toContain('aws-access-key-id');
  });

  it('reads YAML .leakgaterc from a parent folder, up to the repository root', () => {
    writeFileSync(join(root, '.leakgaterc'), `rules:\n  - id: acme-token\n    description: ACME internal token\n    regex: '\\b(?<secret>acme_[a-z0-9]{24})\\b'\n    keywords: [acme_]\n`);
    mkdirSync(join(root, 'pkg', 'deep'), { recursive: true });
    const config = loadConfigSync({ cwd: join(root, 'pkg', 'deep') });
    expect(config.baseDir).toBe(root);
    const findings = createEngine(config).scanText('t = acme_q8zt2lw9xv4rm7pn3kc6hb1j');
    expect(findings.map((f) => f.ruleId)).toEqual(['acme-token']);
  });

  it('loads an ES module config', () => {
    writeFileSync(join(root, 'leakgate.config.mjs'), `export default { allow: { stopwords: ['sandbox'] }, maxFileSize: '1MiB' };\n`);
    const config = loadConfigSync({ cwd: root });
    expect(config.allow.stopwords).toEqual(['sandbox']);
    expect(config.maxFileSize).toBe(1024 * 1024);
  });

  it('lets a custom rule replace the built-in rule with the same id', () => {
    writeFileSync(join(root, 'leakgate.config.json'), JSON.stringify({ rules: [{ ...customRule, id: 'aws-access-key-id' }] }));
    const rules = loadConfigSync({ cwd: root }).rules.filter((r) => r.id === 'aws-access-key-id');
    expect(rules).toHaveLength(1);
    expect(rules[0]!.description).toBe('ACME internal token');
  });

  it('runs only custom rules with useDefaultRules: false, and warns about unknown disabled ids', () => {
    writeFileSync(join(root, 'leakgate.config.json'), JSON.stringify({ useDefaultRules: false, rules: [customRule], disabledRules: ['no-such-rule'] }));
    const config = loadConfigSync({ cwd: root });
    expect(config.rules.map((r) => r.id)).toEqual(['acme-token']);
    expect(config.warnings).toEqual(['leakgate.config.json: disabledRules names an unknown rule "no-such-rule"']);
  });

  it('rejects broken JSON, naming the file', () => {
    writeFileSync(join(root, 'leakgate.config.json'), '{ "exclude": [ }');
    expect(loadError()).toMatch(/^config: cannot read config: /);
  });

  it('rejects unknown keys and wrong types with their path', () => {
    writeFileSync(join(root, 'leakgate.config.json'), JSON.stringify({ exlude: ['x'], disabledRules: 'aws' }));
    expect(loadError()).toMatch(/leakgate\.config\.json.*(exlude|disabledRules)/);
  });

  it('rejects an invalid custom regex, naming the rule', () => {
    writeFileSync(join(root, 'leakgate.config.json'), JSON.stringify({ rules: [{ ...customRule, regex: '(?<secret>acme_[a-z' }] }));
    expect(loadError()).toMatch(/^leakgate\.config\.json: rules\[0\]\.regex: invalid regex: /);
  });

  it('rejects a custom regex that would backtrack forever', () => {
    writeFileSync(join(root, 'leakgate.config.json'), JSON.stringify({ rules: [{ ...customRule, regex: 'acme_(?<secret>(\\w+)+)!' }] }));
    expect(loadError()).toMatch(/rules\[0\]\.regex: regex has a nested unbounded quantifier/);
    writeFileSync(join(root, 'leakgate.config.json'), JSON.stringify({ rules: [{ ...customRule, regex: 'acme_(?:a|a)*#' }] }));
    expect(loadError()).toMatch(/rule "acme-token": regex is too slow/);
  });

  it('rejects an allow regex that would backtrack forever', () => {
    writeFileSync(join(root, 'leakgate.config.json'), JSON.stringify({ allow: { regexes: ['^(?:a|a)*$'] } }));
    expect(loadError()).toMatch(/allow\.regexes\[0\]: regex is too slow/);
    writeFileSync(join(root, 'leakgate.config.json'), JSON.stringify({ allow: { regexes: ['^(a+)+$'] } }));
    expect(loadError()).toMatch(/allow\.regexes\[0\]: regex has a nested unbounded quantifier/);
  });

  it('rejects a rule without keywords and a bad size', () => {
    writeFileSync(join(root, 'leakgate.config.json'), JSON.stringify({ rules: [{ ...customRule, keywords: [] }] }));
    expect(loadError()).toMatch(/rules\[0\]\.keywords: a rule needs at least one keyword/);
    writeFileSync(join(root, 'leakgate.config.json'), JSON.stringify({ maxFileSize: 'lots' }));
    expect(loadError()).toMatch(/maxFileSize: not a size: lots/);
  });

  it('fails clearly when an explicit config file is missing', () => {
    expect(() => loadConfigSync({ cwd: root, configFile: 'missing.json' })).toThrow('config file not found: missing.json');
  });

  it('validates an inline config like a file, with excludes relative to the cwd', () => {
    writeFileSync(join(root, 'leakgate.config.json'), JSON.stringify({ disabledRules: ['github-pat'] }));
    const config = loadConfigSync({ cwd: root, inline: { useDefaultRules: false, rules: [customRule], exclude: ['gen/'] } });
    expect(config.file).toBeUndefined();
    expect(config.baseDir).toBe(root);
    expect(config.rules.map((r) => r.id)).toEqual(['acme-token']);
    expect(config.exclude).toContain('gen/');
    expect(() => loadConfigSync({ cwd: root, inline: { disabledRules: 'aws' } })).toThrow(/^inline config: disabledRules: /);
    expect(() => loadConfigSync({ cwd: root, inline: { rules: [{ ...customRule, regex: '(' }] } })).toThrow(/^inline config: rules\[0\]\.regex: invalid regex/);
  });
});

describe('findConfigFileSync', () => {
  it('finds the file discovery would load, nearest first, up to the repository root', () => {
    expect(findConfigFileSync(root)).toBeUndefined();
    mkdirSync(join(root, 'a', 'b'), { recursive: true });
    writeFileSync(join(root, 'leakgate.config.yaml'), 'disabledRules: [github-pat]\n');
    writeFileSync(join(root, 'a', 'package.json'), JSON.stringify({ name: 'no-leakgate-key' }));
    expect(findConfigFileSync(join(root, 'a', 'b'))).toBe(join(root, 'leakgate.config.yaml'));
    writeFileSync(join(root, 'a', 'package.json'), JSON.stringify({ name: 'a', leakgate: {} }));
    expect(findConfigFileSync(join(root, 'a', 'b'))).toBe(join(root, 'a', 'package.json'));
  });

  it('does not run a JavaScript config while looking for it', () => {
    const marker = join(root, 'ran.txt');
    writeFileSync(join(root, 'leakgate.config.mjs'), `import { writeFileSync } from 'node:fs';\nwriteFileSync(${JSON.stringify(marker)}, 'x');\nexport default {};\n`);
    expect(findConfigFileSync(root)).toBe(join(root, 'leakgate.config.mjs'));
    expect(existsSync(marker)).toBe(false);
  });
});
