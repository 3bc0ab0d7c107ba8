import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { relative, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { materializeFixture, repoRoot, runCli } from '../helpers.js';

/**
 * The plugin as users run it: the real `eslint` CLI in its own process, loading the fixture
 * project's eslint.config.mjs (which imports `leakgate/eslint` through the package's exports),
 * compared with the `leakgate` CLI run on the same folder. The project is a copy of
 * fixtures/eslint-project with its token templates filled, made inside the repository (in the
 * git-ignored fixtures/.generated/) so that `leakgate/eslint` and the TypeScript parser resolve
 * from leakgate's own package and node_modules.
 */
let project: string;
let copies: string;
beforeAll(() => {
  mkdirSync(join(repoRoot, 'fixtures', '.generated'), { recursive: true });
  copies = mkdtempSync(join(repoRoot, 'fixtures', '.generated', 'eslint-'));
  project = materializeFixture('eslint-project', copies).dir;
});
afterAll(() => rmSync(copies, { recursive: true, force: true }));
const { FORCE_COLOR: _forceColor, ...inherited } = process.env;
const env = { ...inherited, NO_COLOR: '1', CI: '1' };

interface EslintMessage {
  ruleId: string | null;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  suggestions?: { desc: string; fix: { range: [number, number]; text: string } }[];
}
interface EslintResult {
  filePath: string;
  messages: EslintMessage[];
  suppressedMessages: EslintMessage[];
}

function runEslint(): EslintResult[] {
  const result = spawnSync(process.execPath, [join(repoRoot, 'node_modules', 'eslint', 'bin', 'eslint.js'), '--format', 'json', '.'], { cwd: project, env, encoding: 'utf8' });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(1);
  return JSON.parse(result.stdout) as EslintResult[];
}

function runLeakgate() {
  const result = runCli(['.', '--format', 'json'], { cwd: project });
  expect(result.code).toBe(1);
  return JSON.parse(result.stdout) as { findings: { file: string; line: number; column: number; endLine: number; endColumn: number; ruleId: string; secret: string; message: string }[] };
}

/** file:line:column-endLine:endColumn ruleId redacted, from an ESLint message. */
function eslintKey(file: string, m: EslintMessage): string {
  const parsed = /\(([a-z0-9-]+)\) hardcoded here: (\S+)\. /.exec(m.message);
  if (!parsed) throw new Error(`unexpected message: ${m.message}`);
  return `${file}:${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${parsed[1]} ${parsed[2]}`;
}

describe('the eslint CLI on a project using leakgate/eslint', () => {
  let results: EslintResult[];
  let cli: ReturnType<typeof runLeakgate>;
  let byFile: Map<string, EslintResult>;
  beforeAll(() => {
    results = runEslint();
    cli = runLeakgate();
    byFile = new Map(results.map((r) => [relative(project, r.filePath).split('\\').join('/'), r]));
  });

  it('reports exactly the leakgate CLI findings, minus the one an eslint-disable comment hides', () => {
    const fromEslint = [...byFile].flatMap(([file, r]) => r.messages.map((m) => eslintKey(file, m))).sort();
    const fromCli = cli.findings.map((f) => `${f.file}:${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.ruleId} ${f.secret}`).sort();
    const disabled = byFile.get('src/suppressed.ts')!.suppressedMessages.map((m) => eslintKey('src/suppressed.ts', m));
    expect(disabled).toHaveLength(1);
    expect(fromCli.length).toBe(11);
    expect(fromEslint).toEqual(fromCli.filter((key) => !disabled.includes(key)));
    // The custom rule and the exclude globs of the project's leakgate.config.json apply to both.
    expect(fromEslint.some((key) => key.includes(' acme-token '))).toBe(true);
    expect(byFile.get('generated/client.ts')?.messages).toEqual([]);
  });

  it('lints TypeScript, TSX and plain JavaScript, every report from leakgate/no-secrets', () => {
    for (const file of ['src/api.ts', 'src/view.tsx', 'src/legacy.js']) {
      const messages = byFile.get(file)!.messages;
      expect(messages.length).toBeGreaterThan(0);
      expect(new Set(messages.map((m) => m.ruleId))).toEqual(new Set(['leakgate/no-secrets']));
    }
  });

  it('never puts a secret in a message, and offers process.env rewrites where code allows', () => {
    const all = results.flatMap((r) => r.messages);
    for (const m of all) expect(m.message).toMatch(/hardcoded here: \S{0,6}\*\*\*\*\./);
    const api = byFile.get('src/api.ts')!.messages;
    const suggestions = api.flatMap((m) => (m.suggestions ?? []).map((s) => `${m.line}: ${s.desc} -> ${s.fix.text}`));
    // A TypeScript file: whole literals become `process.env.X!`, still a string under tsc --strict.
    expect(suggestions).toEqual([
      '9: Replace with process.env.ACCESS_KEY_ID -> process.env.ACCESS_KEY_ID!',
      '10: Replace with process.env.AWS_SECRET_ACCESS_KEY -> process.env.AWS_SECRET_ACCESS_KEY!',
      '13: Replace with process.env.TOKEN -> process.env.TOKEN!',
      '18: Replace with process.env.GITHUB_PAT -> ${process.env.GITHUB_PAT}',
      '21: Replace with process.env.X_ACME_TOKEN -> process.env.X_ACME_TOKEN!',
    ]);
  });
});
