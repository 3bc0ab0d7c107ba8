import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
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
    // 23 Terraform files: enough to start the workers, which scan their content while the main thread analyses them.
    const args = ['scan', '--no-config', '--format', 'json', '--min-confidence', 'low', 'fixtures/terraform'];
    const one = runCli([...args, '--threads', '1']);
    const two = runCli([...args, '--threads', '2']);
    const [a, b] = [JSON.parse(one.stdout), JSON.parse(two.stdout)];
    expect(a.findings.length).toBeGreaterThan(10);
    expect(b.findings).toEqual(a.findings);
    expect(b.stats.warnings).toEqual(a.stats.warnings);
    expect(two.stderr).toBe(one.stderr);
  });
});
