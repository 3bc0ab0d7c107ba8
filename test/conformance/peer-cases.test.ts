import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/config/load.js';
import {
  caseId,
  holdsFloors,
  loadExceptions,
  loadPeerCases,
  markContradictions,
  REGRESSION_FLOORS,
  runCase,
  staleExceptions,
  summarize,
  type CaseResult,
  type PeerCase,
} from '../../src/conformance/peer-cases.js';
import { loadBuiltinRules } from '../../src/rules/load.js';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const casesDir = join(repoRoot, '..', 'shared', 'peer-cases');
const engine = createEngine({ rules: loadBuiltinRules(), allow: { regexes: [], stopwords: [] } });

const FLOORS = REGRESSION_FLOORS;

function peerCase(partial: Partial<PeerCase> & Pick<PeerCase, 'text' | 'expect'>): PeerCase {
  const base = { file: 'peer.jsonl', line: 1, source: 'peer', rule: 'r', ...partial };
  return { ...base, id: caseId(base.file, base.text, base.path) };
}

const result = (partial: Partial<CaseResult> & Pick<CaseResult, 'peerCase'>): CaseResult => ({ flagged: false, flaggedByDefault: false, findings: [], ...partial });

describe('conformance bookkeeping', () => {
  it('computes recall and flag rate at low and at medium, without exceptions', () => {
    const results: CaseResult[] = [
      result({ peerCase: peerCase({ text: 'a', expect: 'secret' }), flagged: true, flaggedByDefault: true }),
      result({ peerCase: peerCase({ text: 'b', expect: 'secret' }), flagged: true }),
      result({ peerCase: peerCase({ text: 'c', expect: 'secret' }) }),
      result({ peerCase: peerCase({ text: 'd', expect: 'clean' }), flagged: true }),
      result({ peerCase: peerCase({ text: 'e', expect: 'clean' }) }),
      result({ peerCase: peerCase({ text: 'f', expect: 'secret' }), exception: { id: 'x', rule: 'r', reason: 'why' } }),
    ];
    const [summary] = summarize(results);
    expect(summary).toMatchObject({ total: 6, secret: 3, clean: 2, exceptions: 1 });
    expect(summary!.low).toMatchObject({ recall: 2 / 3, flagRate: 0.5 });
    expect(summary!.medium).toMatchObject({ recall: 1 / 3, flagRate: 0 });
    expect(summary!.low.misses.map((r) => r.peerCase.text)).toEqual(['c']);
    expect(summary!.medium.misses.map((r) => r.peerCase.text)).toEqual(['b', 'c']);
  });

  it('holds a source to its floors at both thresholds and to the exception budget', () => {
    const results = [result({ peerCase: peerCase({ text: 'a', expect: 'secret' }), flagged: true })];
    const [summary] = summarize(results);
    const floors = { low: { recall: 1, flagRate: 0 }, medium: { recall: 0, flagRate: 1 } };
    expect(holdsFloors(summary!, floors)).toBe(true);
    expect(holdsFloors(summary!, { ...floors, medium: { recall: 1, flagRate: 1 } })).toBe(false);
    const withException = summarize([...results, result({ peerCase: peerCase({ text: 'b', expect: 'secret' }), exception: { id: 'x', rule: 'r', reason: 'why' } })]);
    expect(holdsFloors(withException[0]!, floors)).toBe(false); // one exception in two cases is over 2%
  });

  it('does not count a clean case that the same peer also lists as a secret', () => {
    const results: CaseResult[] = [
      result({ peerCase: peerCase({ text: 'same', expect: 'secret', rule: 'one' }), flagged: true }),
      result({ peerCase: peerCase({ text: 'same', expect: 'clean', rule: 'other' }), flagged: true }),
    ];
    markContradictions(results);
    expect(summarize(results)[0]).toMatchObject({ secret: 1, clean: 0, contradicted: 1 });
  });

  it('counts neither side of a text that one peer rule lists both as a secret and as clean', () => {
    const results: CaseResult[] = [
      result({ peerCase: peerCase({ text: 'same', expect: 'secret', rule: 'one' }) }),
      result({ peerCase: peerCase({ text: 'same', expect: 'clean', rule: 'one' }), flagged: true }),
      result({ peerCase: peerCase({ text: 'other', expect: 'secret', rule: 'one' }), flagged: true }),
    ];
    markContradictions(results);
    expect(summarize(results)[0]).toMatchObject({ secret: 1, clean: 0, contradicted: 2, low: { recall: 1 } });
  });

  it('keys cases by path and text, and reports stale exceptions', () => {
    expect(caseId('f', 'text', 'a.py')).not.toBe(caseId('f', 'text', 'a.go'));
    const c = peerCase({ text: 'plain words only', expect: 'secret' });
    const exceptions = new Map([[c.id, { id: c.id, rule: 'r', reason: 'why' }], ['peer.jsonl:000000000000', { id: 'peer.jsonl:000000000000', rule: 'r', reason: 'gone' }]]);
    const results = [runCase(engine, c, exceptions)];
    expect(staleExceptions(results, exceptions)).toEqual(['peer.jsonl:000000000000']);
  });

  it('flags a case at low when leakgate reports it only at low', () => {
    const c = peerCase({ text: 'STRIPE_SECRET_KEY=sk_live_AAAAAAAAAAAAAAAAAAAAAAAA', expect: 'secret' });
    const r = runCase(engine, c, new Map());
    expect(r).toMatchObject({ flagged: true, flaggedByDefault: false });
  });
});

describe.skipIf(!existsSync(casesDir))('peer cases (../shared/peer-cases)', () => {
  const exceptions = loadExceptions(join(repoRoot, 'conformance', 'exceptions.json'));
  const cases = existsSync(casesDir) ? loadPeerCases(casesDir) : [];
  const results = cases.map((c) => runCase(engine, c, exceptions));
  markContradictions(results);
  const summaries = summarize(results);

  it('covers every source file', () => {
    expect(summaries.map((s) => s.file).sort()).toEqual(Object.keys(FLOORS).sort());
  });

  for (const [file, floor] of Object.entries(FLOORS)) {
    it(`${file}: at low recall >= ${floor.low.recall} and flag rate <= ${floor.low.flagRate}, at medium recall >= ${floor.medium.recall} and flag rate <= ${floor.medium.flagRate}, exceptions <= 2%`, () => {
      const summary = summaries.find((s) => s.file === file)!;
      expect(summary.low.recall).toBeGreaterThanOrEqual(floor.low.recall);
      expect(summary.low.flagRate).toBeLessThanOrEqual(floor.low.flagRate);
      expect(summary.medium.recall).toBeGreaterThanOrEqual(floor.medium.recall);
      expect(summary.medium.flagRate).toBeLessThanOrEqual(floor.medium.flagRate);
      expect(summary.exceptions / summary.total).toBeLessThanOrEqual(0.02);
    });
  }

  it('has no stale exceptions (each still names a case leakgate disagrees on)', () => {
    expect(staleExceptions(results, exceptions)).toEqual([]);
  });
});

if (!existsSync(casesDir)) {
  describe('peer cases', () => {
    it.skip(`skipped: no peer cases at ${casesDir} (the conformance data lives beside the repository in shared/peer-cases)`, () => {});
  });
}
