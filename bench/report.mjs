// Report and suppression benchmark: what the CI gate adds after the scan. A synthetic result
// of N findings (real engine findings from generated fake secrets, spread over files), then
// each report format, and suppression by a baseline and by a .leakgateignore of N entries.
// The reference, measured in the same run, is the versioned JSON report of the same result.
import { randomBytes } from 'node:crypto';
import { fmt, printTable } from './lib.mjs';

export async function benchReport(_target, { runs = 5, findings: wanted = 20000 } = {}) {
  const lib = await import('../dist/index.js');
  const { sortFindings } = await import('../dist/sources/tree.js');
  const result = syntheticResult(lib, sortFindings, wanted);
  const n = result.findings.length;
  console.log(`${n} findings in ${result.stats.files} files (median of ${runs} runs after a warm-up)\n`);

  const time = (fn) => {
    fn();
    const samples = [];
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      fn();
      samples.push(performance.now() - started);
    }
    return samples.sort((a, b) => a - b)[Math.floor(runs / 2)];
  };
  const rules = lib.createRuleCatalog();
  const options = { color: false, rules, now: new Date() };
  const rows = [];
  const reference = time(() => lib.formatReport('json', result, options));
  for (const format of lib.FORMAT_NAMES) {
    const ms = format === 'json' ? reference : time(() => lib.formatReport(format, result, options));
    const size = lib.formatReport(format, result, options).length;
    rows.push([`format ${format}`, fmt(ms, 1), fmt(ms / reference, 2), fmt(size / 1048576, 1)]);
  }

  const baseline = lib.createBaseline(result.findings);
  const ignore = lib.parseIgnoreFile(result.findings.map((f) => f.fingerprint).join('\n'), '.leakgateignore');
  const half = { entries: baseline.entries.filter((_, i) => i % 2 === 0) };
  const cases = [
    ['baseline: all suppressed', { baseline }],
    ['baseline: half suppressed', { baseline: half }],
    ['.leakgateignore: all suppressed', { ignore }],
    ['write baseline (create + format)', null],
  ];
  for (const [name, suppress] of cases) {
    const ms = suppress ? time(() => lib.applySuppressions(result.findings, suppress)) : time(() => lib.formatBaseline(lib.createBaseline(result.findings)));
    rows.push([name, fmt(ms, 1), fmt(ms / reference, 2), '-']);
  }
  printTable(['step', 'ms', 'x json report', 'MiB'], rows);
  const check = lib.applySuppressions(result.findings, { baseline });
  if (check.findings.length !== 0) throw new Error('baseline did not suppress every finding');
  console.log(`\nreference: the json report of the same ${n} findings, ${fmt(reference, 1)} ms`);
}

function syntheticResult(lib, sortFindings, wanted) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  const fakeKey = () => {
    const bytes = randomBytes(16);
    let key = 'AKIA';
    for (const b of bytes) key += alphabet[b % 32];
    return key;
  };
  const findings = [];
  const perFile = 20;
  let files = 0;
  while (findings.length < wanted) {
    const lines = [];
    for (let i = 0; i < perFile; i++) lines.push(`const key${i} = '${fakeKey()}'; // config line ${i}`);
    findings.push(...lib.scanText(lines.join('\n'), { path: `src/module-${files}/config ${files}.js`, origin: 'worktree' }));
    files += 1;
  }
  findings.length = Math.min(findings.length, wanted);
  sortFindings(findings);
  return { findings, stats: { files, bytes: 0, durationMs: 1000, findings: findings.length, skipped: [], warnings: [] } };
}
