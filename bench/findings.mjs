// Findings on real code at both confidence thresholds: what a default scan reports (medium and
// above) and what an audit with --min-confidence low adds. Real code without secrets should
// yield almost nothing at the default (target: at most 1 finding per 20 MiB); every finding is
// listed so each can be explained. No timing: `npm run bench -- findings DIR [DIR...]`.
import { fmt, leakgateBin, mib, runOnce } from './lib.mjs';

export async function benchFindings(targets) {
  const rows = [];
  let totalMiB = 0;
  const totals = { default: 0, low: 0 };
  const lines = [];
  for (const target of targets) {
    const run = runOnce(process.execPath, [leakgateBin, target, '--no-config', '--format', 'json', '--min-confidence', 'low']);
    if (run.status !== 0 && run.status !== 1) throw new Error(`leakgate failed on ${target}: ${run.stderr}`);
    const report = JSON.parse(run.stdout);
    const scanned = mib(report.stats.bytes);
    const byDefault = report.findings.filter((f) => f.confidence !== 'low');
    totalMiB += scanned;
    totals.default += byDefault.length;
    totals.low += report.findings.length;
    rows.push([target, fmt(scanned), byDefault.length, report.findings.length]);
    for (const f of report.findings) lines.push(`  ${f.confidence.padEnd(6)} ${f.ruleId} ${f.file}:${f.line}  ${(f.snippet ?? '').trim().slice(0, 100)}`);
  }
  const per = (n) => (n === 0 ? 'none' : `1 per ${fmt(totalMiB / n)} MiB`);
  console.log(['folder', 'MiB', 'medium+ (default)', 'all (low)'].join('  |  '));
  for (const row of rows) console.log(row.join('  |  '));
  console.log(`\ntotal ${fmt(totalMiB)} MiB: ${totals.default} at the default threshold (${per(totals.default)}; target: at most 1 per 20 MiB), ${totals.low} at low (${per(totals.low)})`);
  for (const line of lines) console.log(line);
}
