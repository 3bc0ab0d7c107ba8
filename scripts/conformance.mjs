// npm run conformance [-- --verbose] [--cases DIR]
// Runs the peers' own true/false-positive examples (../shared/peer-cases) through the engine
// and prints, per source file and at two confidence thresholds, recall on `secret` cases and
// flag rate on `clean` cases: at `low` (everything leakgate reports; the peers have no tiers, so
// the target is judged here) and at `medium` (the CLI's default). Then every miss and false flag
// at `low`; --verbose adds the cases reported only at low and the exceptions with their reasons.
// It exits 1 when a source regresses below its floor at either threshold (REGRESSION_FLOORS,
// which the test asserts too), exceeds its exception budget, or an exception has gone stale.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createEngine, loadBuiltinRules } from '../dist/index.js';
import {
  DEFAULT_CONFIDENCE,
  REGRESSION_FLOORS,
  TARGET,
  TARGET_CONFIDENCE,
  holdsFloors,
  loadExceptions,
  loadPeerCases,
  markContradictions,
  meetsTarget,
  runCase,
  staleExceptions,
  summarize,
} from '../dist/conformance/peer-cases.js';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const casesFlag = args.indexOf('--cases');
const casesDir = casesFlag >= 0 ? resolve(args[casesFlag + 1]) : join(repoRoot, '..', 'shared', 'peer-cases');
const verbose = args.includes('--verbose');

if (!existsSync(casesDir)) {
  console.error(`leakgate conformance: no peer cases at ${casesDir}`);
  process.exit(2);
}
const exceptions = loadExceptions(join(repoRoot, 'conformance', 'exceptions.json'));
const engine = createEngine({ rules: loadBuiltinRules(), allow: { regexes: [], stopwords: [] } });
const cases = loadPeerCases(casesDir);
const started = performance.now();
const results = cases.map((c) => runCase(engine, c, exceptions));
const seconds = (performance.now() - started) / 1000;
markContradictions(results);
const summaries = summarize(results);

const oneLine = (text, max = 150) => {
  const flat = text.replace(/\n/g, '\\n');
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
};
const pad = (s, n) => String(s).padEnd(n);
console.log(`leakgate conformance: ${cases.length} peer cases from ${casesDir} (${seconds.toFixed(2)} s)`);
console.log('flagged = any finding at the threshold, whatever the rule; exceptions and contradicted cases are not counted\n');

let failed = false;
for (const [threshold, label] of [
  [TARGET_CONFIDENCE, 'the target is judged here: everything leakgate reports (--min-confidence low)'],
  [DEFAULT_CONFIDENCE, "the CLI's default (medium and above)"],
]) {
  console.log(`at ${threshold}: ${label}`);
  console.log(`${pad('source', 26)}${pad('secret', 8)}${pad('recall', 8)}${pad('clean', 7)}${pad('flagged', 9)}${pad('contradicted', 14)}exceptions`);
  for (const s of summaries) {
    const figures = s[threshold];
    const floor = (REGRESSION_FLOORS[s.file] ?? { [threshold]: TARGET })[threshold];
    const share = s.exceptions / s.total;
    const regressed = figures.recall < floor.recall || figures.flagRate > floor.flagRate || share > TARGET.exceptionShare;
    const mark = regressed ? '  REGRESSED' : threshold === TARGET_CONFIDENCE && !meetsTarget(s) ? '  below target' : '';
    console.log(
      `${pad(s.file, 26)}${pad(s.secret, 8)}${pad(figures.recall.toFixed(3), 8)}${pad(s.clean, 7)}${pad(figures.flagRate.toFixed(3), 9)}${pad(s.contradicted, 14)}${s.exceptions} (${(share * 100).toFixed(1)}%)${mark}`,
    );
  }
  console.log('');
}

for (const s of summaries) {
  if (!holdsFloors(s, REGRESSION_FLOORS[s.file])) failed = true;
  const { misses, falseFlags } = s.low;
  if (misses.length + falseFlags.length === 0) continue;
  console.log(`${s.file} at low: ${misses.length} missed, ${falseFlags.length} clean flagged`);
  for (const r of misses) console.log(`  miss  ${r.peerCase.rule}${r.peerCase.path ? ` [${r.peerCase.path}]` : ''}: ${oneLine(r.peerCase.text)}`);
  for (const r of falseFlags) console.log(`  flag  ${r.peerCase.rule}${r.peerCase.path ? ` [${r.peerCase.path}]` : ''} -> ${r.findings.join(', ')}: ${oneLine(r.peerCase.text)}`);
  console.log('');
}
if (verbose) {
  for (const s of summaries) {
    const lowOnly = s.medium.misses.filter((r) => r.flagged);
    if (lowOnly.length === 0) continue;
    console.log(`${s.file}: ${lowOnly.length} secret cases reported at low only (hidden by default)`);
    for (const r of lowOnly) console.log(`  low   ${r.peerCase.rule} -> ${r.findings.join(', ')}: ${oneLine(r.peerCase.text, 110)}`);
    console.log('');
  }
  console.log('exceptions:');
  for (const r of results.filter((x) => x.exception)) console.log(`  ${r.peerCase.id} ${r.peerCase.rule} (${r.peerCase.expect}): ${r.exception.reason}`);
  console.log('');
}
const stale = staleExceptions(results, exceptions);
if (stale.length > 0) {
  failed = true;
  console.log(`stale exceptions (no such case, or leakgate now agrees with the peer at low): ${stale.join(', ')}\n`);
}
const belowTarget = summaries.filter((s) => !meetsTarget(s)).map((s) => s.file);
console.log(
  `target (at ${TARGET_CONFIDENCE}): recall >= ${TARGET.recall}, clean flag rate <= ${TARGET.flagRate}, exceptions <= ${TARGET.exceptionShare * 100}% per source: ${belowTarget.length ? `not met by ${belowTarget.join(', ')}` : 'met'}`,
);
console.log(`regression floors at low and medium (test/conformance/peer-cases.test.ts): ${failed ? 'BROKEN' : 'held'}`);
process.exitCode = failed ? 1 : 0;
