import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scanPaths } from '../../src/sources/tree.js';
import { TERRAFORM_RULES } from '../../src/terraform/rules.js';
import { copyToTemp, terraformOnlyConfig } from './helpers.js';

/**
 * Every folder under fixtures/terraform is a realistic module with an `expected.json`: for each
 * run (settings, and how the folder is set up), the exact findings as [rule, file, line,
 * severity], the rules it shows staying quiet, and the warnings expected.
 */
interface Run {
  name?: string;
  setup?: 'in-place' | 'copy' | 'git-commit' | 'git-untracked';
  settings?: { assumeStateEncryption?: boolean; showInfo?: boolean };
  findings: Array<[string, string, number, string]>;
  quiet?: string[];
  warnings?: string[];
}

interface Expected {
  description: string;
  runs: Run[];
}

const fixturesDir = fileURLToPath(new URL('../../fixtures/terraform/', import.meta.url));
const fixtures = readdirSync(fixturesDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => ({ name: entry.name, expected: JSON.parse(readFileSync(join(fixturesDir, entry.name, 'expected.json'), 'utf8')) as Expected }));

describe('Terraform fixtures', () => {
  for (const { name, expected } of fixtures) {
    describe(`${name}: ${expected.description}`, () => {
      for (const run of expected.runs) {
        it(run.name ?? 'default settings', async () => {
          const setup = run.setup ?? 'in-place';
          const root = setup === 'in-place' ? join(fixturesDir, name) : copyToTemp(join(fixturesDir, name), setup);
          try {
            const result = await scanPaths(['.'], { cwd: root, threads: 1, config: terraformOnlyConfig(root, run.settings) });
            const found = result.findings.map((f) => [f.ruleId, f.file, f.line, f.severity]);
            expect(found).toEqual(run.findings);
            for (const rule of run.quiet ?? []) expect(found.filter(([id]) => id === rule)).toEqual([]);
            const warnings = result.stats.warnings;
            expect(warnings.length).toBe(run.warnings?.length ?? 0);
            for (const warning of run.warnings ?? []) expect(warnings.some((w) => w.startsWith(warning))).toBe(true);
            for (const finding of result.findings) {
              expect(finding.fingerprint).toMatch(/^[0-9a-f]{16}$/);
              expect(typeof finding.details?.['fix']).toBe('string');
              expect(finding.endLine > finding.line || (finding.endLine === finding.line && finding.endColumn >= finding.column)).toBe(true);
            }
          } finally {
            if (setup !== 'in-place') rmSync(root, { recursive: true, force: true });
          }
        });
      }
    });
  }

  it('show every Terraform rule firing and staying quiet', () => {
    const runs = fixtures.flatMap(({ expected }) => expected.runs);
    for (const rule of TERRAFORM_RULES) {
      expect(runs.some((run) => run.findings.some(([id]) => id === rule.id)), `${rule.id} true positive`).toBe(true);
      expect(runs.some((run) => run.quiet?.includes(rule.id)), `${rule.id} quiet twin`).toBe(true);
    }
  });
});
