import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEngine, createExcludeMatcher, DEFAULT_MAX_FILE_SIZE, findConfigFileSync, loadConfigSync } from '../../src/config/load.js';
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
    expect(loadError()).toBe('leakgate.config.json:1:16: invalid JSON: expected a value');
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

describe('config syntax and errors (issue 12.4)', () => {
  it('reads .json as strict JSON: a missing bracket names file, line and column', () => {
    writeFileSync(join(root, 'leakgate.config.json'), '{\n  "exclude": ["test/"\n}\n');
    expect(loadError()).toBe('leakgate.config.json:3:1: invalid JSON: expected "," or the end of the list');
  });

  it('rejects trailing commas and comments in .json, and accepts both in .jsonc', () => {
    writeFileSync(join(root, 'leakgate.config.json'), '{\n  "exclude": ["test/"],\n}\n');
    expect(loadError()).toBe('leakgate.config.json:3:1: invalid JSON: trailing comma (not allowed in JSON; name the file .jsonc to allow it)');
    writeFileSync(join(root, 'leakgate.config.json'), '{\n  // why\n  "exclude": ["test/"]\n}\n');
    expect(loadError()).toMatch(/^leakgate\.config\.json:2:3: invalid JSON: comments are not allowed in JSON/);
    rmSync(join(root, 'leakgate.config.json'));
    writeFileSync(join(root, 'leakgate.config.jsonc'), '{\n  // generated code is checked elsewhere\n  "exclude": ["gen/",],\n}\n');
    const config = loadConfigSync({ cwd: root });
    expect(config.file).toBe(join(root, 'leakgate.config.jsonc'));
    expect(config.exclude).toContain('gen/');
  });

  it('reads package.json as JSON, naming it', () => {
    writeFileSync(join(root, 'package.json'), '{ "name": "x", "leakgate": { "exclude": ["a/",] } }');
    expect(loadError()).toMatch(/^package\.json:1:\d+: invalid JSON: trailing comma/);
  });

  it('reads an extensionless .leakgaterc as JSON when it starts with {, else as YAML', () => {
    writeFileSync(join(root, '.leakgaterc'), '{ "exclude": ["a/"], }');
    expect(loadError()).toMatch(/^\.leakgaterc:1:\d+: invalid JSON: trailing comma/);
    writeFileSync(join(root, '.leakgaterc'), 'exclude:\n  - a/\n');
    expect(loadConfigSync({ cwd: root }).exclude).toContain('a/');
  });

  it('names the file, line and column of a YAML error', () => {
    writeFileSync(join(root, 'leakgate.config.yaml'), 'exclude:\n  - [a\n');
    expect(loadError()).toMatch(/^leakgate\.config\.yaml:3:1: invalid YAML: /);
  });

  it('suggests the key meant for an unknown key, at any depth', () => {
    writeFileSync(join(root, 'leakgate.config.json'), JSON.stringify({ exlude: ['x'] }));
    expect(loadError()).toBe('leakgate.config.json: unknown key "exlude", did you mean "exclude"?');
    writeFileSync(join(root, 'leakgate.config.json'), JSON.stringify({ allow: { stopword: ['x'] } }));
    expect(loadError()).toBe('leakgate.config.json: allow: unknown key "stopword", did you mean "stopwords"?');
    writeFileSync(join(root, 'leakgate.config.json'), JSON.stringify({ rules: [{ ...customRule, keyword: ['x'] }] }));
    expect(loadError()).toMatch(/rules\[0\]: unknown key "keyword", did you mean "keywords"\?/);
    writeFileSync(join(root, 'leakgate.config.json'), JSON.stringify({ zzz: 1 }));
    expect(loadError()).toMatch(/^leakgate\.config\.json: unknown key "zzz" \(known keys: useDefaultRules, rules, /);
  });
});

describe('config belongs to the tree it sits in (issue 12.3)', () => {
  it('is searched from the scanned path, not the cwd, and errors name it from the cwd', () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'leakgate-elsewhere-'));
    try {
      mkdirSync(join(root, 'src'));
      writeFileSync(join(root, '.leakgaterc'), 'exclude: [test/]\n');
      const config = loadConfigSync({ cwd: elsewhere, from: join(root, 'src') });
      expect(config.file).toBe(join(root, '.leakgaterc'));
      expect(config.baseDir).toBe(root);
      expect(loadConfigSync({ cwd: elsewhere }).file).toBeUndefined();
      writeFileSync(join(root, '.leakgaterc'), 'exclude: [test/\n');
      expect(() => loadConfigSync({ cwd: root, from: join(root, 'src') })).toThrow(/^\.leakgaterc:2:1: invalid YAML/);
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });

  it("applies a config's globs only inside its folder; the built-in defaults apply everywhere", () => {
    writeFileSync(join(root, 'leakgate.config.json'), JSON.stringify({ exclude: ['test/', '*.snap'] }));
    const excluded = createExcludeMatcher(loadConfigSync({ cwd: root }));
    expect(excluded(join(root, 'test', 'a.js'))).toBe(true);
    expect(excluded(join(root, 'src', 'b.snap'))).toBe(true);
    const outside = join(tmpdir(), 'another-project');
    expect(excluded(join(outside, 'test', 'a.js'))).toBe(false);
    expect(excluded(join(outside, 'b.snap'))).toBe(false);
    expect(excluded(join(outside, 'package-lock.json'))).toBe(true);
  });
});
