// npm run train-ranker [-- --root DIR] [--dry-run]
// Trains the evidence ranker (src/engine/ranker.ts) on the CredData development split
// (../shared/realworld, built under /tmp; never committed) and writes its weights to
// src/engine/ranker-model.ts. Every candidate the generic and slot rules report at `low` is an
// example; it is positive when it covers a row labelled T in a credential category. The model
// is an L2-regularised logistic regression over the ranker's named features; its strength and
// the confidence thresholds are chosen by cross-validation grouped by repository, so the
// figures printed are for repositories the model did not see. The thresholds aim at the
// product's contract: `low` as many credentials as it can at good precision, `medium` (the
// default, what fails a build) at a precision of at least 0.95.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Engine, loadBuiltinRules } from '../dist/index.js';
import { DEFAULT_MAX_FILE_SIZE } from '../dist/config/load.js';
import { walk } from '../dist/sources/walk.js';
import { readTextFile } from '../dist/sources/read.js';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const rootAt = args.indexOf('--root');
const root = resolve(rootAt >= 0 ? args[rootAt + 1] : process.env.LEAKGATE_REALWORLD ?? '/tmp/creddata-dev');
const dryRun = args.includes('--dry-run');
const NEUTRAL = new Set(['UUID', 'Nonce', 'Salt', 'Firebase Domain', 'AWS S3 Bucket', 'Tencent WeChat API App ID']);
const DEFAULT_PRECISION = 0.935;
const MAX_LOW_THRESHOLD = 0.2;

let labels;
try {
  labels = JSON.parse(readFileSync(join(root, 'labels.json'), 'utf8'));
} catch {
  console.log(`train-ranker: no labelled split at ${root} (build it: ../shared/realworld/README.md)`);
  process.exit(0);
}

// --- Candidates: everything the rules report at low, with the ranker's features. ---
const rowsByFile = new Map();
for (const row of labels.rows) {
  if (!rowsByFile.has(row.file)) rowsByFile.set(row.file, []);
  rowsByFile.get(row.file).push(row);
}
const everything = { weights: {}, bias: 0, thresholds: { high: 2, medium: 2, low: 0 } };
const engine = new Engine(loadBuiltinRules(), { ranker: everything });

const ranked = []; // { repo, file, line, endLine, features, positive }
const fixed = []; // pattern findings: { repo, file, line, endLine, confidence }
// The CLI's own walker and reader (binary sniff, size limit, decoding), so training sees what a scan sees.
for (const { absolutePath, displayPath: file } of walk(['data'], { cwd: root }).files) {
  const read = readTextFile(absolutePath, DEFAULT_MAX_FILE_SIZE);
  if (!('text' in read)) continue;
  const findings = engine.scanText(read.text, { path: file, minConfidence: 'low', explain: true });
  const repo = file.split('/')[1];
  for (const f of findings) {
    const base = { repo, file, line: f.line, endLine: f.endLine };
    if (f.details?.features) ranked.push({ ...base, features: f.details.features });
    else fixed.push({ ...base, confidence: f.confidence });
  }
}

/** The rows a finding covers, as the scorer reads them: any overlap of lines. */
function rowsOf(finding) {
  return (rowsByFile.get(finding.file) ?? []).filter((row) => row.lineStart <= finding.endLine && row.lineEnd >= finding.line);
}
const isNeutral = (row) => row.categories.every((c) => NEUTRAL.has(c));
const isTrue = (row) => row.gt === 'T' && !isNeutral(row);
for (const candidate of ranked) {
  // Hand-made values and documentation examples never rise above low (src/engine/ranker.ts).
  const short = ['len:0'].some((f) => candidate.features.includes(f));
  const weakPassword = candidate.features.includes('made:pattern') && !short && candidate.features.includes('word:password');
  const sample = candidate.features.includes('path:doc-example') && !candidate.features.includes('word:slot');
  candidate.capped = sample || candidate.features.some((f) => f.startsWith('made:') && !weakPassword);
  const rows = rowsOf(candidate);
  candidate.positive = rows.some(isTrue);
  candidate.neutral = !candidate.positive && rows.length > 0 && rows.every(isNeutral);
}
const examples = ranked.filter((c) => !c.neutral);
console.log(`train-ranker: ${examples.length} ranked candidates (${examples.filter((c) => c.positive).length} positive), ${fixed.length} provider-format findings`);

// --- Logistic regression over binary features. ---
const featureIndex = new Map();
for (const c of examples) for (const f of c.features) if (!featureIndex.has(f)) featureIndex.set(f, featureIndex.size);
const encode = (c) => [...new Set(c.features.map((f) => featureIndex.get(f)).filter((i) => i !== undefined))];
for (const c of examples) c.x = encode(c);

function train(set, lambda, epochs = 300) {
  const w = new Float64Array(featureIndex.size);
  let b = 0;
  const n = set.length;
  const rate = 0.5;
  for (let epoch = 0; epoch < epochs; epoch++) {
    const grad = new Float64Array(w.length);
    let gradB = 0;
    for (const c of set) {
      let z = b;
      for (const i of c.x) z += w[i];
      const error = 1 / (1 + Math.exp(-z)) - (c.positive ? 1 : 0);
      for (const i of c.x) grad[i] += error;
      gradB += error;
    }
    for (let i = 0; i < w.length; i++) w[i] -= (rate * (grad[i] / n + lambda * w[i]));
    b -= rate * (gradB / n);
  }
  return { w, b };
}
const predict = (model, c) => {
  let z = model.b;
  for (const i of c.x) z += model.w[i];
  return 1 / (1 + Math.exp(-z));
};

// --- Scoring as the CredData scorer does: TP rows hit, FP per F/X row or unlabelled line. ---
const trueRows = labels.rows.filter(isTrue);
function score(findings) {
  const hitTrue = new Set();
  const falseRows = new Set();
  const falseLines = new Set();
  for (const f of findings) {
    const rows = rowsOf(f);
    const trues = rows.filter(isTrue);
    if (trues.length) for (const r of trues) hitTrue.add(r.id);
    else if (rows.length && rows.every(isNeutral)) continue;
    else if (rows.length) for (const r of rows) if (!isNeutral(r)) falseRows.add(r.id);
    else falseLines.add(`${f.file}:${f.line}`);
  }
  const tp = hitTrue.size;
  const fp = falseRows.size + falseLines.size;
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp / trueRows.length;
  return { tp, fp, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}
// The engine's policy (src/engine/ranker.ts): what the value alone made medium or high stays;
// what it left at low is kept at a level when its probability reaches that level's threshold.
const atLevel = (probabilities, threshold, fixedLevels) => [
  ...fixed.filter((f) => fixedLevels.includes(f.confidence)),
  ...ranked.filter(
    (c) =>
      !c.neutral &&
      (!c.features.includes('base:low') ||
        (fixedLevels.includes('low') && c.features.some((f) => f.startsWith('made:'))) ||
        (probabilities.get(c) >= threshold && (fixedLevels.includes('low') || !c.capped))),
  ),
];

// --- Cross-validation grouped by repository: out-of-fold probabilities for every candidate. ---
const repos = [...new Set(examples.map((c) => c.repo))].sort();
const FOLDS = 5;
const foldOf = new Map(repos.map((repo, i) => [repo, i % FOLDS]));
function outOfFold(lambda) {
  const probabilities = new Map();
  for (let fold = 0; fold < FOLDS; fold++) {
    const model = train(examples.filter((c) => foldOf.get(c.repo) !== fold), lambda);
    for (const c of examples) if (foldOf.get(c.repo) === fold) probabilities.set(c, predict(model, c));
  }
  return probabilities;
}
function chooseThresholds(probabilities) {
  const grid = Array.from({ length: 99 }, (_, i) => (i + 1) / 100);
  let low = { f1: -1 };
  for (const t of grid) {
    const s = score(atLevel(probabilities, t, ['low', 'medium', 'high']));
    if (s.f1 > low.f1) low = { ...s, t };
  }
  let medium = { f1: -1 };
  for (const t of grid) {
    const s = score(atLevel(probabilities, t, ['medium', 'high']));
    if (s.precision >= DEFAULT_PRECISION && s.f1 > medium.f1) medium = { ...s, t };
  }
  if (medium.f1 < 0) medium = { ...score(atLevel(probabilities, 0.99, ['medium', 'high'])), t: 0.99 };
  return { low, medium };
}

let best;
for (const lambda of [0.0003, 0.001, 0.003, 0.01, 0.03]) {
  const probabilities = outOfFold(lambda);
  const { low, medium } = chooseThresholds(probabilities);
  const line = `lambda ${lambda}: cross-validated low F1 ${low.f1.toFixed(3)} (P ${low.precision.toFixed(3)} R ${low.recall.toFixed(3)} at ${low.t}), default F1 ${medium.f1.toFixed(3)} (P ${medium.precision.toFixed(3)} R ${medium.recall.toFixed(3)} at ${medium.t})`;
  console.log(line);
  if (!best || low.f1 + medium.f1 > best.low.f1 + best.medium.f1) best = { lambda, low, medium };
}

// --- The final model: all repositories, the chosen strength and thresholds. ---
const model = train(examples, best.lambda);
const weights = {};
for (const [feature, i] of featureIndex) if (Math.abs(model.w[i]) >= 0.005) weights[feature] = Math.round(model.w[i] * 1000) / 1000;
// `low` is everything leakgate believes may be a credential: the ranker weeds out only the
// least likely there, whatever threshold would maximise F1 on this one split.
const thresholds = { high: Math.max(best.medium.t, 0.9), medium: best.medium.t, low: Math.min(best.low.t, MAX_LOW_THRESHOLD) };
const sorted = Object.fromEntries(Object.entries(weights).sort(([a], [b]) => a.localeCompare(b)));
const source = `// Written by scripts/train-ranker.mjs: do not edit by hand. Trained on the CredData development
// split (${examples.length} candidates from ${repos.length} repositories); L2 strength ${best.lambda}, chosen with
// cross-validation grouped by repository (out-of-fold: low F1 ${best.low.f1.toFixed(3)}, default F1 ${best.medium.f1.toFixed(3)} at
// precision ${best.medium.precision.toFixed(3)}). Each weight is the log-odds a named fact adds (src/engine/ranker.ts).
import type { RankerModel } from './ranker.js';

export const RANKER_MODEL: RankerModel = {
  weights: ${JSON.stringify(sorted, null, 4).replace(/\n}/, '\n  }').replace(/\n {4}/g, '\n    ')},
  bias: ${Math.round(model.b * 1000) / 1000},
  thresholds: ${JSON.stringify(thresholds).replace(/"/g, '').replace(/,/g, ', ').replace(/:/g, ': ').replace('{', '{ ').replace(/}$/, ' }')},
  trainedOn: 'CredData development split, ${examples.length} candidates, ${repos.length} repositories',
};
`;
console.log(`chosen: lambda ${best.lambda}, thresholds ${JSON.stringify(thresholds)}, ${Object.keys(weights).length} weights`);
if (!dryRun) {
  writeFileSync(join(repoRoot, 'src', 'engine', 'ranker-model.ts'), source);
  console.log('wrote src/engine/ranker-model.ts (rebuild to use it)');
}
