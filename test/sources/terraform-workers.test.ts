import { describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { convertHclTree, parseHcl, parseHclTree } from '../../src/terraform/hcl.js';
import { repoRoot, runCli } from '../helpers.js';

/**
 * The Terraform parse split over threads (tree-sitter in the scan workers, conversion in the
 * analyzer) must give exactly what the one-thread parse gives.
 */
describe('Terraform parsing on the scan workers', () => {
  it('converts a tree that crossed threads (structured clone) into the same syntax tree', async () => {
    const dir = join(repoRoot, 'fixtures', 'terraform');
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.tf') || file.endsWith('.tfvars'));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const text = readFileSync(join(dir, file), 'utf8');
      const tree = await parseHclTree(text);
      expect(tree, file).toBeDefined();
      expect(convertHclTree(text, structuredClone(tree!)), file).toEqual(await parseHcl(text));
    }
  });

  it('reports the same findings and warnings with workers as on one thread', () => {
    // The Terraform fixtures and enough other files to start the workers (256), which scan every
    // file's content while the main thread analyses the Terraform ones.
    const root = mkdtempSync(join(tmpdir(), 'leakgate-tf-workers-'));
    cpSync(join(repoRoot, 'fixtures', 'terraform'), join(root, 'terraform'), { recursive: true });
    mkdirSync(join(root, 'notes'));
    for (let i = 0; i < 300; i++) writeFileSync(join(root, 'notes', `note${i}.txt`), `note ${i}\n`);
    const args = ['scan', '--no-config', '--format', 'json', '--min-confidence', 'low', '.'];
    const one = runCli([...args, '--threads', '1'], { cwd: root });
    const two = runCli([...args, '--threads', '2'], { cwd: root });
    rmSync(root, { recursive: true, force: true });
    const [a, b] = [JSON.parse(one.stdout), JSON.parse(two.stdout)];
    expect(a.findings.length).toBeGreaterThan(10);
    expect(b.findings).toEqual(a.findings);
    expect(b.stats.warnings).toEqual(a.stats.warnings);
    expect(two.stderr).toBe(one.stderr);
  });
});
