// npm run terraform-real [-- --mirrors DIR] [--verbose] [--level low|default]
// Scans the 13 public Terraform repositories of issue 13 (docs/terraform-real.md) with the built
// CLI and prints, per Terraform rule, the findings and their count. The repositories are read
// from `fetch` mirrors (bare git directories, /work/.mirror/<owner>+<name>/repo by default) and
// checked out into a temporary folder; none of their code is committed here. A repository
// without a mirror is skipped with one line; with none at all the script says so and exits 0.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 && args[at + 1] ? args[at + 1] : fallback;
};
const mirrors = resolve(option('--mirrors', process.env.LEAKGATE_MIRRORS ?? '/work/.mirror'));
const level = option('--level', 'default');
const verbose = args.includes('--verbose');

/** owner/name, and the folder scanned inside it (the whole repository unless a part is named). */
const REPOSITORIES = [
  ['terraform-aws-modules/terraform-aws-rds'],
  ['terraform-aws-modules/terraform-aws-rds-aurora'],
  ['terraform-aws-modules/terraform-aws-lambda'],
  ['terraform-aws-modules/terraform-aws-vpc'],
  ['terraform-aws-modules/terraform-aws-iam'],
  ['terraform-aws-modules/terraform-aws-eks'],
  ['cloudposse/terraform-aws-rds-cluster'],
  ['cloudposse/terraform-aws-ecs-web-app'],
  ['terraform-google-modules/terraform-google-sql-db'],
  ['Azure/terraform-azurerm-aks'],
  ['aws-ia/terraform-aws-eks-blueprints'],
  ['hashicorp/learn-terraform-sensitive-variables'],
  // Terratest is a Go library; its Terraform lives in examples/ and test/fixtures/.
  ['gruntwork-io/terratest', ['examples', 'test/fixtures']],
];

/** Files the Terraform analyzer reads; the rest of a repository is not needed for these rules. */
const TERRAFORM_FILE = /(?:\.tf|\.tf\.json|\.tfvars|\.tfvars\.json|\.tfbackend|\.hcl|\.tfstate|\.tfplan)$/i;

/** Files the Terraform analyzer parses (not Packer's `*.pkr.hcl` or Terragrunt's `*.hcl`). */
const ANALYZED_FILE = /(?:\.tf|\.tf\.json|\.tfvars|\.tfvars\.json|\.tfbackend)$/i;

function git(gitDir, ...gitArgs) {
  const result = spawnSync('git', ['--git-dir', gitDir, ...gitArgs], { encoding: 'buffer', maxBuffer: 512 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`git ${gitArgs.join(' ')}: ${result.stderr.toString().trim().split('\n')[0]}`);
  return result.stdout;
}

/** Writes the Terraform files of HEAD under `target`; blobs a snapshot lacks are skipped. */
function checkout(gitDir, target, parts) {
  const listing = git(gitDir, 'ls-tree', '-r', '-z', 'HEAD').toString('utf8').split('\0').filter(Boolean);
  let written = 0;
  for (const entry of listing) {
    const [meta, path] = entry.split('\t');
    const [, type, sha] = meta.split(' ');
    if (type !== 'blob' || !TERRAFORM_FILE.test(path)) continue;
    if (parts && !parts.some((part) => path === part || path.startsWith(`${part}/`))) continue;
    let content;
    try {
      content = git(gitDir, 'cat-file', 'blob', sha);
    } catch {
      continue;
    }
    const file = join(target, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
    written += 1;
  }
  return { commit: git(gitDir, 'rev-parse', 'HEAD').toString().trim(), written };
}

const work = mkdtempSync(join(tmpdir(), 'leakgate-terraform-real-'));
const perRule = new Map();
let scanned = 0;
try {
  for (const [name, parts] of REPOSITORIES) {
    const gitDir = join(mirrors, name.replace('/', '+'), 'repo');
    if (!existsSync(gitDir)) {
      console.log(`skipped ${name}: not fetched (no mirror at ${gitDir})`);
      continue;
    }
    const target = join(work, name.replace('/', '+'));
    mkdirSync(target, { recursive: true });
    const { commit, written } = checkout(gitDir, target, parts);
    const output = join(work, `${name.replace('/', '+')}.json`);
    const scanArgs = [join(repoRoot, 'bin', 'leakgate.js'), 'scan', '.', '--format', 'json', '--output', output, '--no-config'];
    if (level === 'low') scanArgs.push('--min-confidence', 'low');
    const started = process.hrtime.bigint();
    const scan = spawnSync(process.execPath, scanArgs, { cwd: target, encoding: 'utf8' });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    if (scan.status !== 0 && scan.status !== 1) {
      console.error(`leakgate terraform-real: the scan of ${name} failed (exit ${scan.status}): ${(scan.stderr || '').trim().split('\n')[0]}`);
      process.exit(2);
    }
    scanned += 1;
    const report = JSON.parse(readFileSync(output, 'utf8'));
    // Terraform rules, and engine rules where they fire in Terraform files (literals the
    // engine's detectors own are reported under the engine's rule id).
    const findings = (report.findings ?? []).filter((f) => f.ruleId.startsWith('terraform-') || ANALYZED_FILE.test(f.file));
    console.log(`\n== ${name} @ ${commit.slice(0, 12)}: ${written} files, ${findings.length} Terraform findings, ${seconds.toFixed(2)} s`);
    for (const f of findings) {
      perRule.set(f.ruleId, (perRule.get(f.ruleId) ?? 0) + 1);
      console.log(`  ${f.ruleId} ${f.severity}/${f.confidence} ${f.file}:${f.line} ${verbose ? f.message : f.secret}`);
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
if (scanned === 0) {
  console.log(`leakgate terraform-real: skipped, none of the ${REPOSITORIES.length} repositories is fetched under ${mirrors}`);
  process.exit(0);
}
console.log(`\nper rule (level ${level}, ${scanned} of ${REPOSITORIES.length} repositories):`);
for (const [rule, count] of [...perRule].sort()) console.log(`  ${rule.padEnd(36)} ${count}`);
