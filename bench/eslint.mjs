// ESLint benchmark: a generated 10k-line UI-style TypeScript file linted with ESLint +
// @typescript-eslint/parser and no rule (the reference), with leakgate/no-secrets, and with
// eslint-plugin-no-secrets, all in the same run. In process (ESLint's Linter, warm, as an editor
// lints on every keystroke) with the variants interleaved so load on the machine hits all alike,
// then whole `eslint` processes (cold start included, as in CI).
//
// eslint-plugin-no-secrets is not a project dependency: it is installed on demand into .bench/
// (gitignored). Pass --no-install to skip it when offline.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fmt, printTable, repoRoot, runOnce } from './lib.mjs';
import { generateUiSource } from './ui-source.mjs';

const PEER_PLUGIN = 'eslint-plugin-no-secrets@2.3.3';
const benchDir = join(repoRoot, '.bench');
const workDir = join(benchDir, 'eslint');
const noSecretsPrefix = join(benchDir, 'no-secrets');
const eslintBin = join(repoRoot, 'node_modules', 'eslint', 'bin', 'eslint.js');

export async function benchEslint(_target, { runs = 5, install = true } = {}) {
  mkdirSync(workDir, { recursive: true });
  const { text, secrets } = generateUiSource();
  const file = join(workDir, 'ui.ts');
  writeFileSync(file, text);
  const lineCount = text.split('\n').length - 1;
  console.log(`file: ${file}: ${lineCount} lines, ${fmt(text.length / 1024, 0)} KiB, ${Object.keys(secrets).length} planted fake secrets`);

  const noSecrets = loadNoSecrets(install);
  const { Linter } = await import('eslint');
  const tsParser = (await import('@typescript-eslint/parser')).default;
  const leakgate = (await import('../dist/eslint/index.js')).default;

  const base = { files: ['**/*.ts'], languageOptions: { parser: tsParser } };
  const variants = [
    { name: 'parser only (reference)', config: [base] },
    { name: 'leakgate/no-secrets', rule: 'leakgate/no-secrets', config: [base, leakgate.configs.recommended] },
  ];
  if (noSecrets) {
    variants.push({ name: 'no-secrets/no-secrets', rule: 'no-secrets/no-secrets', config: [base, { plugins: { 'no-secrets': noSecrets }, rules: { 'no-secrets/no-secrets': 'error' } }] });
  }

  // In process: two warm-up rounds, then `rounds` rounds, each linting once per variant in turn.
  const linter = new Linter({ cwd: workDir });
  const rounds = Math.max(runs, 15);
  const samples = variants.map(() => []);
  const reports = [];
  for (let round = -2; round < rounds; round++) {
    // Rotate the order each round, so no variant always runs after another's garbage.
    for (let k = 0; k < variants.length; k++) {
      const i = (k + Math.max(round, 0)) % variants.length;
      globalThis.gc?.();
      const started = performance.now();
      const messages = linter.verify(text, variants[i].config, { filename: file });
      const ms = performance.now() - started;
      if (round >= 0) samples[i][round] = ms;
      reports[i] = messages;
    }
  }
  const medians = samples.map(median);
  const mins = samples.map((list) => Math.min(...list));
  // Under load, rounds differ more than variants do: the ratio within each round, then its median.
  const paired = (i, j) => median(samples[i].map((ms, round) => ms / samples[j][round]));

  // ESLint's own per-rule timing (stats), in separate runs so its wrappers do not skew the above.
  const ruleMs = variants.map((variant) => {
    if (!variant.rule) return undefined;
    const times = [];
    for (let i = 0; i < 7; i++) {
      // Stats are collected by verifyAndFix (which counts passes); a fresh Linter starts them at zero.
      const timed = new Linter({ cwd: workDir });
      timed.verifyAndFix(text, variant.config, { filename: file, fix: false, stats: true });
      times.push(timed.getTimes().passes[0]?.rules?.[variant.rule]?.total ?? 0);
    }
    return median(times);
  });

  console.log(`\nin process (ESLint Linter, warm), ${rounds} interleaved rounds:`);
  printTable(
    ['variant', 'median ms', 'min ms', 'vs reference (paired median)', 'rule ms (ESLint stats)', 'reports'],
    variants.map((variant, i) => [
      variant.name,
      fmt(medians[i], 1),
      fmt(mins[i], 1),
      i === 0 ? '-' : percent(paired(i, 0), 1),
      ruleMs[i] === undefined ? '-' : fmt(ruleMs[i], 2),
      reports[i].length,
    ]),
  );
  const leakgateFound = reports[1].filter((m) => m.ruleId === 'leakgate/no-secrets');
  const printsSecret = (m) => Object.values(secrets).some((s) => m.message.includes(s));
  console.log(`leakgate reports at ${leakgateFound.map((m) => `${m.line}:${m.column}`).join(', ')} (${Object.keys(secrets).length} planted); messages with a secret in full: ${leakgateFound.filter(printsSecret).length}`);
  if (noSecrets) console.log(`no-secrets reports: ${reports[2].length}; messages with a planted secret in full: ${reports[2].filter(printsSecret).length}`);
  console.log(`\nratio: lint with leakgate / reference lint: ${percent(paired(1, 0), 1)} (paired median), ${percent(mins[1], mins[0])} (minimums); leakgate's rule time is ${fmt((ruleMs[1] / medians[0]) * 100, 1)}% of the reference lint (target: at most +15%)`);
  if (noSecrets) {
    console.log(`ratio: rule time, no-secrets / leakgate: ${fmt(ruleMs[2] / ruleMs[1], 1)}x by ESLint stats (target: at least 5x)`);
    console.log(`ratio: whole lint, no-secrets / leakgate: ${fmt(paired(2, 1), 2)}x (paired median), ${fmt(mins[2] / mins[1], 2)}x (minimums); parsing dominates both`);
  }

  // Whole processes: the eslint CLI on the same file, one config per variant, interleaved.
  const configs = writeCliConfigs(Boolean(noSecrets));
  const names = Object.keys(configs);
  const wall = Object.fromEntries(names.map((name) => [name, []]));
  const counts = {};
  for (let round = -1; round < runs; round++) {
    for (let k = 0; k < names.length; k++) {
      const name = names[(k + Math.max(round, 0)) % names.length];
      const run = runOnce(process.execPath, [eslintBin, '--no-config-lookup', '--config', configs[name], '--format', 'json', file], { cwd: workDir });
      if (round >= 0) wall[name][round] = run.seconds;
      counts[name] = JSON.parse(run.stdout || '[]')[0]?.messages.length ?? '-';
    }
  }
  console.log(`\nwhole eslint process (cold start), ${runs} interleaved rounds after a warm-up:`);
  printTable(
    ['variant', 'median s', 'min s', 'reports'],
    names.map((name) => [name, fmt(median(wall[name]), 3), fmt(Math.min(...wall[name]), 3), counts[name]]),
  );
  const ratio = (a, b) => `${fmt(median(wall[a].map((s, round) => s / wall[b][round])), 2)}x (paired median), ${fmt(Math.min(...wall[a]) / Math.min(...wall[b]), 2)}x (minimums)`;
  console.log(`ratio: eslint with leakgate / reference: ${ratio('leakgate', 'reference')}`);
  if (wall['no-secrets']) console.log(`ratio: eslint with no-secrets / with leakgate: ${ratio('no-secrets', 'leakgate')}`);
}

function median(list) {
  return [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
}

function percent(value, reference) {
  const delta = (value / reference - 1) * 100;
  return `${delta >= 0 ? '+' : ''}${fmt(delta, 1)}%`;
}

/** eslint-plugin-no-secrets from .bench/, installed there on first use. */
function loadNoSecrets(install) {
  const entry = join(noSecretsPrefix, 'node_modules', 'eslint-plugin-no-secrets', 'package.json');
  if (!existsSync(entry)) {
    if (!install) {
      console.log('eslint-plugin-no-secrets: not installed (--no-install); skipping it');
      return undefined;
    }
    console.log(`installing ${PEER_PLUGIN} into ${noSecretsPrefix} (benchmark only, not a project dependency)`);
    mkdirSync(noSecretsPrefix, { recursive: true });
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const result = spawnSync(npm, ['install', '--prefix', noSecretsPrefix, '--no-save', '--no-package-lock', '--legacy-peer-deps', '--no-audit', '--no-fund', PEER_PLUGIN], { stdio: 'inherit' });
    if (result.status !== 0) {
      console.log('eslint-plugin-no-secrets: install failed; skipping it');
      return undefined;
    }
  }
  return createRequire(entry)('eslint-plugin-no-secrets');
}

function writeCliConfigs(withNoSecrets) {
  const files = {};
  const write = (name, body) => {
    const path = join(workDir, `eslint.${name}.config.mjs`);
    writeFileSync(path, `import tsParser from '@typescript-eslint/parser';\n${body}`);
    files[name] = path;
  };
  const base = "{ files: ['**/*.ts'], languageOptions: { parser: tsParser } }";
  write('reference', `export default [${base}];\n`);
  write('leakgate', `import leakgate from 'leakgate/eslint';\nexport default [${base}, leakgate.configs.recommended];\n`);
  if (withNoSecrets) {
    const entry = JSON.stringify(join(noSecretsPrefix, 'node_modules', 'eslint-plugin-no-secrets', 'dist', 'index.js'));
    write('no-secrets', `import noSecrets from ${entry};\nexport default [${base}, { plugins: { 'no-secrets': noSecrets }, rules: { 'no-secrets/no-secrets': 'error' } }];\n`);
  }
  return files;
}
