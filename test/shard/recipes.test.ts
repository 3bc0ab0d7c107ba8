import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { repoRoot } from '../helpers.js';

/** The sharding recipes users copy: they must parse, and wire shards, artifacts and merge together. */
const recipes = join(repoRoot, 'docs', 'recipes');
const read = (name: string) => readFileSync(join(recipes, name), 'utf8');

function onPath(tool: string): boolean {
  return spawnSync(tool, ['--version'], { encoding: 'utf8' }).status === 0;
}

describe('GitHub Actions matrix workflow', () => {
  const text = read('github-actions-sharded.yml');
  const workflow = parse(text) as {
    jobs: Record<string, { needs?: string; strategy?: { matrix: { shard: number[] } }; steps: { uses?: string; run?: string; with?: Record<string, unknown> }[] }>;
  };

  it('runs one job per shard and merges their reports into one SARIF upload', () => {
    const shards = workflow.jobs['shard']!.strategy!.matrix.shard;
    expect(shards).toEqual(Array.from({ length: shards.length }, (_, i) => i + 1));
    const scan = workflow.jobs['shard']!.steps.find((step) => step.run?.includes('--shard'))!;
    expect(scan.run).toContain(`--shard "\${{ matrix.shard }}/${shards.length}"`);
    expect(workflow.jobs['shard']!.steps.some((step) => step.uses?.startsWith('actions/upload-artifact@'))).toBe(true);
    const merge = workflow.jobs['merge']!;
    expect(merge.needs).toBe('shard');
    expect(merge.steps.some((step) => step.run?.includes('leakgate merge') && step.run.includes('--format sarif'))).toBe(true);
    expect(merge.steps.some((step) => step.uses?.startsWith('github/codeql-action/upload-sarif@'))).toBe(true);
  });

  it.runIf(onPath('actionlint'))('passes actionlint', () => {
    const lint = spawnSync('actionlint', ['-'], { input: text, encoding: 'utf8' });
    expect(lint.stdout + lint.stderr).toBe('');
    expect(lint.status).toBe(0);
  });
});

describe('Kubernetes Indexed Job', () => {
  const job = parse(read('kubernetes-indexed-job.yaml')) as {
    kind: string;
    spec: { completionMode: string; completions: number; template: { spec: { containers: { env: { name: string; value: string }[]; args: string[] }[] } } };
  };

  it('takes its shard from JOB_COMPLETION_INDEX, one shard per completion', () => {
    expect(job.kind).toBe('Job');
    expect(job.spec.completionMode).toBe('Indexed');
    const container = job.spec.template.spec.containers[0]!;
    expect(Number(container.env.find((e) => e.name === 'SHARDS')!.value)).toBe(job.spec.completions);
    const script = container.args.join('\n');
    expect(script).toContain('K=$((JOB_COMPLETION_INDEX + 1))');
    expect(script).toContain('--shard "$K/$SHARDS"');
  });
});

describe('org-wide recipe', () => {
  it('is a valid shell script that ends in one merged report', () => {
    const check = spawnSync('sh', ['-n', join(recipes, 'org-scan.sh')], { encoding: 'utf8' });
    expect(check.status).toBe(0);
    expect(read('org-scan.sh')).toMatch(/leakgate merge .*--format sarif/);
  });
});
