import { spawnSync } from 'node:child_process';
import { accessSync, chmodSync, constants, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

/**
 * The two independent checks a SARIF log must pass: the SARIF 2.1.0 JSON Schema as Microsoft's
 * SARIF SDK ships it (in the multitool's npm package), and the SARIF multitool's `validate`,
 * which adds the spec's own rules and GitHub code scanning's ingestion rules (GH*, GHAS*).
 */
const require = createRequire(import.meta.url);
const multitoolPackage = dirname(require.resolve('@microsoft/sarif-multitool-linux/package.json'));
export const SARIF_SCHEMA_FILE = join(multitoolPackage, 'sarif-2.1.0.json');
const MULTITOOL = require('@microsoft/sarif-multitool') as string;

/** The package's postinstall makes the binary executable; installs that skip scripts do not. */
function ensureExecutable(file: string): void {
  try {
    accessSync(file, constants.X_OK);
  } catch {
    chmodSync(file, 0o755);
  }
}

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;
let compiled: ReturnType<Ajv2020['compile']> | undefined;

export function schemaErrors(log: unknown): string[] {
  if (!compiled) {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv);
    compiled = ajv.compile(JSON.parse(readFileSync(SARIF_SCHEMA_FILE, 'utf8')));
  }
  return compiled(log) ? [] : (compiled.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}

export interface MultitoolIssue {
  ruleId: string;
  level: string;
  where: string;
}

/** Runs `Sarif.Multitool validate` with the SARIF, GitHub and GitHub Advanced Security rule kinds. */
export function multitoolIssues(sarifText: string): MultitoolIssue[] {
  ensureExecutable(MULTITOOL);
  const dir = mkdtempSync(join(tmpdir(), 'leakgate-sarif-'));
  try {
    const input = join(dir, 'input.sarif');
    const output = join(dir, 'validation.sarif');
    writeFileSync(input, sarifText);
    const run = spawnSync(MULTITOOL, ['validate', input, '--rule-kind', 'Sarif;Gh;Ghas', '--output', output, '--log', 'ForceOverwrite'], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    if (run.error || run.status !== 0) throw new Error(`the SARIF multitool did not run: ${run.error?.message ?? run.stderr ?? run.stdout}`);
    const validation = JSON.parse(readFileSync(output, 'utf8')) as {
      runs: { results?: { ruleId: string; level?: string; message: { arguments?: string[] } }[] }[];
    };
    return (validation.runs[0]?.results ?? []).map((r) => ({ ruleId: r.ruleId, level: r.level ?? 'warning', where: r.message.arguments?.[0] ?? '' }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
