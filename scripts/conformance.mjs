// npm run conformance [-- --verbose] [--cases DIR]
// Runs the peers' own true/false-positive examples (../shared/peer-cases) through the engine
// and prints, per source file, recall on `secret` cases and flag rate on `clean` cases, then
// every miss and false flag. It reports each source against the target (recall >= 0.98, clean
// flag rate <= 0.03, exceptions <= 2% of its cases) and exits 1 when a source regresses below its
// floor (REGRESSION_FLOORS, the figures the test asserts) or an exception has gone stale.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createEngine, loadBuiltinRules } from '../dist/index.js';
import {
  FLAG_CONFIDENCE,
  REGRESSION_FLOORS,
  TARGET,
  loadExceptions,
  loadPeerCases,
  markContradictions,
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
console.log(`leakgate conformance: ${cases.length} peer cases from ${casesDir}, flagged = any finding at confidence >= ${FLAG_CONFIDENCE} (${seconds.toFixed(2)} s)\n`);
const pad = (s, n) => String(s).padEnd(n);
console.log(`${pad('source', 26)}${pad('secret', 8)}${pad('recall', 8)}${pad('clean', 7)}${pad('flagged', 9)}${pad('contradicted', 14)}exceptions`);
let failed = false;
const belowTarget = [];
for (const s of summaries) {
  const total = s.secret + s.clean + s.exceptions + s.contradicted;
  const share = s.exceptions / total;
  const floor = REGRESSION_FLOORS[s.file] ?? TARGET;
  const regressed = s.recall < floor.recall || s.flagRate > floor.flagRate || share > TARGET.exceptionShare;
  if (regressed) failed = true;
  if (s.recall < TARGET.recall || s.flagRate > TARGET.flagRate) belowTarget.push(s.file);
  const mark = regressed ? '  REGRESSED' : s.recall < TARGET.recall || s.flagRate > TARGET.flagRate ? '  below target' : '';
  console.log(
    `${pad(s.file, 26)}${pad(s.secret, 8)}${pad(s.recall.toFixed(3), 8)}${pad(s.clean, 7)}${pad(s.flagRate.toFixed(3), 9)}${pad(s.contradicted, 14)}${s.exceptions} (${(share * 100).toFixed(1)}%)${mark}`,
  );
}
for (const s of summaries) {
  if (s.misses.length + s.falseFlags.length === 0) continue;
  console.log(`\n${s.file}: ${s.misses.length} missed, ${s.falseFlags.length} clean flagged`);
  for (const r of s.misses) console.log(`  miss  ${r.peerCase.rule}${r.peerCase.path ? ` [${r.peerCase.path}]` : ''}: ${oneLine(r.peerCase.text)}`);
  for (const r of s.falseFlags) console.log(`  flag  ${r.peerCase.rule}${r.peerCase.path ? ` [${r.peerCase.path}]` : ''} -> ${r.findings.join(', ')}: ${oneLine(r.peerCase.text)}`);
}
if (verbose) {
  console.log('\nexceptions:');
  for (const r of results.filter((x) => x.exception)) console.log(`  ${r.peerCase.id} ${r.peerCase.rule} (${r.peerCase.expect}): ${r.exception.reason}`);
}
const stale = staleExceptions(results, exceptions);
if (stale.length > 0) {
  failed = true;
  console.log(`\nstale exceptions (no such case, or leakgate now agrees with the peer): ${stale.join(', ')}`);
}
console.log(`\ntarget: recall >= ${TARGET.recall}, clean flag rate <= ${TARGET.flagRate}, exceptions <= ${TARGET.exceptionShare * 100}% per source: ${belowTarget.length ? `not met by ${belowTarget.join(', ')}` : 'met'}`);
console.log(`regression floors (test/conformance/peer-cases.test.ts): ${failed ? 'BROKEN' : 'held'}`);
process.exitCode = failed ? 1 : 0;
