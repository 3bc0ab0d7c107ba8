import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { noSecrets } from '../../src/eslint/no-secrets.js';
import { fakeAwsKeyId, fakeChecksummedToken, repoRoot } from '../helpers.js';

/**
 * The rule's "read it from the environment" suggestions, applied to a TypeScript file, must leave
 * `tsc --strict` passing: `process.env.X` alone is `string | undefined` where the literal was a
 * `string` (TS2322), and a const assertion on it is TS1355.
 */
const work = mkdtempSync(join(tmpdir(), 'leakgate-strict-ts-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const AWS = fakeAwsKeyId();
const GHP = fakeChecksummedToken('ghp_');

const SAMPLE = `interface Client {
  apiKey: string;
  region: string;
}
function login(token: string): string {
  return token;
}
export const client: Client = { apiKey: "${AWS}", region: "eu-west-1" };
export const session: string = login("${GHP}");
export class Api {
  private readonly token: string = \`${GHP}\`;
  read(): string {
    return this.token;
  }
}
export const pinned = "${GHP}" as const;
export const asserted = <const>"${AWS}";
export const header: string = "Bearer ${GHP}";
export let rotated: string = "unset";
rotated = "${AWS}";
export const keys: string[] = ["${AWS}"];
`;

/** Lints `code` as `file` and applies every suggestion (one per finding, none overlapping). */
function applySuggestions(code: string, file: string): { output: string; applied: number } {
  const linter = new Linter({ configType: 'flat' });
  const messages = linter.verify(
    code,
    [{ files: ['**/*.ts'], languageOptions: { parser: tsParser }, plugins: { leakgate: { rules: { 'no-secrets': noSecrets } } }, rules: { 'leakgate/no-secrets': ['error', { config: false }] } }],
    file,
  );
  const fixes = messages.flatMap((message) => (message.suggestions ?? []).map((suggestion) => suggestion.fix));
  fixes.sort((a, b) => b.range[0] - a.range[0]);
  let output = code;
  for (const fix of fixes) output = output.slice(0, fix.range[0]) + fix.text + output.slice(fix.range[1]);
  return { output, applied: fixes.length };
}

function typecheck(source: string): { status: number | null; output: string } {
  writeFileSync(join(work, 'sample.ts'), source);
  writeFileSync(
    join(work, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: { strict: true, noEmit: true, target: 'es2022', module: 'nodenext', moduleResolution: 'nodenext', types: ['node'], typeRoots: [join(repoRoot, 'node_modules', '@types')] },
      files: ['sample.ts'],
    }),
  );
  const result = spawnSync(process.execPath, [join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', work], { encoding: 'utf8' });
  return { status: result.status, output: result.stdout + result.stderr };
}

describe('ESLint suggestions in TypeScript', () => {
  it('leave tsc --strict passing once applied, without inventing a fallback value', { timeout: 180_000 }, () => {
    const { output, applied } = applySuggestions(SAMPLE, 'src/sample.ts');
    expect(applied).toBe(8);
    expect(output).not.toContain(AWS);
    expect(output).not.toContain(GHP);
    expect(output).not.toMatch(/\?\?/);
    expect(output).toContain('apiKey: process.env.API_KEY!,');
    expect(output).toContain('export const pinned = process.env.PINNED!;');
    expect(output).toContain('`Bearer ${process.env.GITHUB_PAT}`');
    expect(typecheck(output)).toEqual({ status: 0, output: '' });
  });
});
