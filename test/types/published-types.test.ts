import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers.js';

/**
 * The published declarations (dist/*.d.ts, from `npm run build`) compile in a strict project
 * that has no Node typings (`types: []`): no `NodeJS.*`, `Buffer` or `node:` imports reachable
 * from the package's entry points, since `@types/node` is not a dependency.
 */
const project = mkdtempSync(join(tmpdir(), 'leakgate-consumer-'));
afterAll(() => rmSync(project, { recursive: true, force: true }));

describe('published type declarations', () => {
  it('compile in a strict consumer without @types/node', { timeout: 180_000 }, () => {
    mkdirSync(join(project, 'node_modules'));
    symlinkSync(repoRoot, join(project, 'node_modules', 'leakgate'), 'dir');
    writeFileSync(join(project, 'package.json'), JSON.stringify({ type: 'module', private: true }));
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { strict: true, noEmit: true, skipLibCheck: false, types: [], target: 'es2022', module: 'nodenext', moduleResolution: 'nodenext' },
        files: ['consumer.ts'],
      }),
    );
    writeFileSync(
      join(project, 'consumer.ts'),
      [
        "import * as leakgate from 'leakgate';",
        "import plugin, { type NoSecretsOptions } from 'leakgate/eslint';",
        "import type { Finding, ScanResult, ScanHistoryOptions, ScanStagedOptions, ScanPathsOptions, ResolvedConfig } from 'leakgate';",
        "const findings: Finding[] = leakgate.scanText('const a = 1;');",
        "const history: ScanHistoryOptions = { env: { HOME: '/home/me' }, range: 'main..HEAD' };",
        'const staged: ScanStagedOptions = { env: {} };',
        'const paths: ScanPathsOptions = { threads: 1 };',
        'const options: NoSecretsOptions = { config: false };',
        'export async function run(config: ResolvedConfig): Promise<ScanResult[]> {',
        '  return Promise.all([leakgate.scanPaths(["."], { ...paths, config }), leakgate.scanHistory(history), leakgate.scanStaged(staged)]);',
        '}',
        'export { findings, plugin, options };',
        '',
      ].join('\n'),
    );
    const result = spawnSync(process.execPath, [join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', project], { encoding: 'utf8' });
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});
