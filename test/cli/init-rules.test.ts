import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigSchema } from '../../src/config/schema.js';
import { loadBuiltinRules } from '../../src/rules/load.js';
import { runCli } from '../helpers.js';

const tmp = mkdtempSync(join(tmpdir(), 'leakgate-init-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const folder = (name: string) => mkdtempSync(join(tmp, `${name}-`));

describe('leakgate init', () => {
  it('writes a starter config that validates and changes no default, and says how to add the hook', () => {
    const cwd = folder('fresh');
    const { code, stdout } = runCli(['init'], { cwd });
    expect(code).toBe(0);
    const config = JSON.parse(readFileSync(join(cwd, 'leakgate.config.json'), 'utf8'));
    // minConfidence is spelled out at its default (medium), so the file shows where to change it.
    expect(ConfigSchema.parse(config)).toEqual({ ...ConfigSchema.parse({}), minConfidence: 'medium' });
    expect(stdout).toContain('leakgate install-hook');
    expect(runCli(['scan', '.'], { cwd }).code).toBe(0);
  });

  it('never overwrites a config: one line, exit 2, the file untouched', () => {
    const cwd = folder('existing');
    writeFileSync(join(cwd, '.leakgaterc.yaml'), 'exclude: [vendor/]\n');
    const { code, stderr } = runCli(['init'], { cwd });
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toEqual(['leakgate: .leakgaterc.yaml already configures leakgate here; init never overwrites a config (edit it, or delete it first)']);
    expect(readFileSync(join(cwd, '.leakgaterc.yaml'), 'utf8')).toBe('exclude: [vendor/]\n');
    writeFileSync(join(cwd, 'package.json'), '{"name":"x","leakgate":{}}');
    rmSync(join(cwd, '.leakgaterc.yaml'));
    expect(runCli(['init'], { cwd }).stderr).toContain('package.json ("leakgate" key)');
  });

  it('points $schema at the installed package when there is one', () => {
    const cwd = folder('schema');
    const schemaDir = join(cwd, 'node_modules', 'leakgate', 'schema');
    mkdirSync(schemaDir, { recursive: true });
    writeFileSync(join(schemaDir, 'config.schema.json'), '{}');
    expect(runCli(['init'], { cwd }).code).toBe(0);
    expect(JSON.parse(readFileSync(join(cwd, 'leakgate.config.json'), 'utf8')).$schema).toBe('./node_modules/leakgate/schema/config.schema.json');
  });
});

describe('leakgate rules', () => {
  const builtin = loadBuiltinRules();

  it('lists every built-in rule as JSON: id, severity, confidence, tags, description', () => {
    const { code, stdout } = runCli(['rules', '--format', 'json']);
    expect(code).toBe(0);
    const listed = JSON.parse(stdout) as Array<Record<string, unknown>>;
    expect(listed.map((rule) => rule['id'])).toEqual(builtin.map((rule) => rule.id));
    const pat = builtin.find((rule) => rule.id === 'github-pat')!;
    expect(listed.find((rule) => rule['id'] === 'github-pat')).toEqual({ id: pat.id, severity: pat.severity, confidence: pat.confidence, tags: pat.tags, description: pat.description });
  });

  it('prints one aligned line per rule as text', () => {
    const { code, stdout } = runCli(['rules']);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(builtin.length + 1);
    expect(lines.find((line) => line.startsWith('github-pat '))).toMatch(/^github-pat +critical +GitHub personal access token \(classic\) \[github, vcs\]$/);
    expect(lines.at(-1)).toBe(`${builtin.length} built-in rules (leakgate rules --format json for the full list as data)`);
  });

  it('rejects an unknown format with exit 2', () => {
    expect(runCli(['rules', '--format', 'xml']).code).toBe(2);
  });
});
