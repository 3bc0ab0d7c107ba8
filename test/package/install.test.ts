import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeAwsKeyId, fakeChecksummedToken, repoRoot } from '../helpers.js';

/**
 * Installing leakgate as a newcomer does, from a fresh clone of the committed branch, without
 * the network: npm works offline from its cache, with a lockfile made from leakgate's own for
 * the runtime dependencies. Slow (about 25 s); the installs from a git URL and through the
 * pre-commit framework take minutes (npm and pre-commit install the devDependencies of a git
 * checkout first), so they run only with LEAKGATE_SLOW_TESTS=1.
 */
const SLOW = process.env['LEAKGATE_SLOW_TESTS'] === '1';
const TIMEOUT = 120_000;
const tmp = mkdtempSync(join(tmpdir(), 'leakgate-install-'));
const clone = join(tmp, 'clone');
let tarball: string;

/** npm offline, quiet, never reading the user's or this repository's npm settings beyond the cache. */
function npm(args: string[], cwd: string): string {
  return execFileSync('npm', [...args, '--offline', '--no-audit', '--no-fund', '--loglevel=error'], { cwd, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' } });
}

/** An empty project that has a `.gitignore`-less tree, a lockfile for leakgate's runtime dependencies, and planted secrets. */
function emptyProject(name: string): { dir: string; planted: string[] } {
  const dir = join(tmp, name);
  mkdirSync(join(dir, 'src'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name, version: '1.0.0', private: true }));
  const lock = JSON.parse(readFileSync(join(repoRoot, 'package-lock.json'), 'utf8')) as { packages: Record<string, { dev?: boolean; devOptional?: boolean }> };
  const runtime = Object.entries(lock.packages).filter(([path, entry]) => path.startsWith('node_modules/') && !entry.dev && !entry.devOptional);
  const packages = { '': { name, version: '1.0.0' }, ...Object.fromEntries(runtime) };
  writeFileSync(join(dir, 'package-lock.json'), JSON.stringify({ name, version: '1.0.0', lockfileVersion: 3, requires: true, packages }));
  writeFileSync(join(dir, 'src', 'config.js'), `export const aws = '${fakeAwsKeyId()}';\nexport const github = "${fakeChecksummedToken('ghp_')}";\n`);
  return { dir, planted: ['src/config.js:1 aws-access-key-id', 'src/config.js:2 github-pat'] };
}

function scan(dir: string, args: string[] = []): { code: number | null; found: string[] } {
  const result = spawnSync(join(dir, 'node_modules', '.bin', 'leakgate'), ['.', '--format', 'json', ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, CI: '1' } });
  const report = JSON.parse(result.stdout) as { findings: Array<{ file: string; line: number; ruleId: string }> };
  return { code: result.status, found: report.findings.map((f) => `${f.file}:${f.line} ${f.ruleId}`).sort() };
}

function hasCommand(command: string): boolean {
  return spawnSync(command, ['--version'], { encoding: 'utf8' }).status === 0;
}

beforeAll(() => {
  execFileSync('git', ['clone', '--quiet', repoRoot, clone]);
  // A fresh clone, no node_modules and no build step: what a git install gets.
  const packed = npm(['pack', '--pack-destination', tmp, '--json'], clone);
  tarball = join(tmp, (JSON.parse(packed) as Array<{ filename: string }>)[0]!.filename);
}, TIMEOUT);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('installing leakgate', () => {
  it('packs a package without source maps, the conformance tool, rule sources or install scripts, with a LICENSE', () => {
    const files = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).split('\n').filter(Boolean);
    expect(files.filter((file) => file.endsWith('.map') || file.startsWith('package/dist/conformance/') || file.startsWith('package/rules/'))).toEqual([]);
    expect(files).toContain('package/LICENSE');
    expect(files).toContain('package/dist/grammars/tree-sitter-terraform.wasm');
    const manifest = JSON.parse(execFileSync('tar', ['-xzOf', tarball, 'package/package.json'], { encoding: 'utf8' })) as Record<string, Record<string, string>>;
    expect(Object.keys(manifest['dependencies']!)).not.toContain('js-tiktoken');
    expect(Object.keys(manifest['dependencies']!)).not.toContain('@tree-sitter-grammars/tree-sitter-hcl');
    // Where it comes from, for npm's page and `npm bugs` (issue 12.9).
    expect(manifest['repository']!['url']).toMatch(/^git\+https:\/\/github\.com\/[\w.-]+\/[\w.-]+\.git$/);
    expect(manifest['homepage']).toMatch(/^https:\/\/github\.com\//);
    expect(manifest['bugs']!['url']).toMatch(/^https:\/\/github\.com\/.+\/issues$/);
    // Nothing runs on install, from the registry or from git (npm runs `prepare` for git installs).
    expect(Object.keys(manifest['scripts']!).filter((name) => ['preinstall', 'install', 'postinstall', 'prepare'].includes(name))).toEqual([]);
  });

  it('has README and docs links that resolve inside the package', () => {
    const files = new Set(execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).split('\n').filter(Boolean).map((file) => file.replace(/^package\//, '')));
    const broken: string[] = [];
    for (const doc of [...files].filter((file) => file === 'README.md' || /^docs\/[^/]+\.md$/.test(file))) {
      const text = readFileSync(join(clone, doc), 'utf8');
      for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^[a-z]+:/.test(target!) || target!.startsWith('#')) continue;
        const resolved = posix.normalize(posix.join(posix.dirname(doc), target!.split('#')[0]!));
        if (!files.has(resolved)) broken.push(`${doc}: ${target}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('from the packed tarball, into an empty project with no .gitignore: finds only the planted secrets', () => {
    const { dir, planted } = emptyProject('from-tarball');
    npm(['install', tarball], dir);
    expect(scan(dir)).toEqual({ code: 1, found: planted });
    // Even with node_modules scanned, leakgate's own package adds nothing.
    expect(scan(dir, ['--no-gitignore']).found.filter((finding) => finding.startsWith('node_modules/leakgate/'))).toEqual([]);
    expect(readdirSync(join(dir, 'node_modules'))).not.toContain('js-tiktoken');
  }, TIMEOUT);

  it('from a git checkout (npm install <folder>): a working leakgate without devDependencies', () => {
    const { dir, planted } = emptyProject('from-checkout');
    npm(['install', '--install-links', clone], dir);
    expect(scan(dir)).toEqual({ code: 1, found: planted });
  }, TIMEOUT);

  it.skipIf(!SLOW)('from a git URL (npm install git+file://...)', () => {
    const { dir, planted } = emptyProject('from-git-url');
    npm(['install', `git+file://${clone}`], dir);
    expect(scan(dir)).toEqual({ code: 1, found: planted });
  }, 600_000);

  it.skipIf(!SLOW)('through the pre-commit framework (pre-commit try-repo)', (ctx) => {
    if (!hasCommand('pre-commit')) {
      console.warn('skipped: pre-commit is not installed (pip install pre-commit)');
      ctx.skip();
    }
    const repo = join(tmp, 'hooked');
    mkdirSync(repo);
    execFileSync('git', ['init', '--quiet'], { cwd: repo });
    writeFileSync(join(repo, 'clean.txt'), 'nothing to see\n');
    execFileSync('git', ['add', '.'], { cwd: repo });
    const env = { ...process.env, npm_config_prefer_offline: 'true', PRE_COMMIT_HOME: join(tmp, 'pre-commit-home') };
    const clean = spawnSync('pre-commit', ['try-repo', clone, 'leakgate', '--all-files'], { cwd: repo, env, encoding: 'utf8' });
    expect(clean.status, clean.stdout + clean.stderr).toBe(0);
    writeFileSync(join(repo, 'config.js'), `const key = '${fakeAwsKeyId()}';\n`);
    execFileSync('git', ['add', '.'], { cwd: repo });
    const dirty = spawnSync('pre-commit', ['try-repo', clone, 'leakgate', '--all-files'], { cwd: repo, env, encoding: 'utf8' });
    expect(dirty.status, dirty.stdout + dirty.stderr).toBe(1);
    expect(dirty.stdout).toContain('aws-access-key-id');
  }, 600_000);
});
