import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/config/load.js';
import {
  caseId,
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

describe('conformance bookkeeping', () => {
  it('computes recall on secret cases and flag rate on clean ones, without exceptions', () => {
    const results: CaseResult[] = [
      { peerCase: peerCase({ text: 'a', expect: 'secret' }), flagged: true, findings: [] },
      { peerCase: peerCase({ text: 'b', expect: 'secret' }), flagged: false, findings: [] },
      { peerCase: peerCase({ text: 'c', expect: 'clean' }), flagged: true, findings: [] },
      { peerCase: peerCase({ text: 'd', expect: 'clean' }), flagged: false, findings: [] },
      { peerCase: peerCase({ text: 'e', expect: 'secret' }), flagged: false, findings: [], exception: { id: 'x', rule: 'r', reason: 'why' } },
    ];
    const [summary] = summarize(results);
    expect(summary).toMatchObject({ secret: 2, clean: 2, recall: 0.5, flagRate: 0.5, exceptions: 1 });
    expect(summary!.misses.map((r) => r.peerCase.text)).toEqual(['b']);
  });

  it('does not count a clean case that the same peer also lists as a secret', () => {
    const results: CaseResult[] = [
      { peerCase: peerCase({ text: 'same', expect: 'secret', rule: 'one' }), flagged: true, findings: [] },
      { peerCase: peerCase({ text: 'same', expect: 'clean', rule: 'other' }), flagged: true, findings: [] },
    ];
    markContradictions(results);
    expect(summarize(results)[0]).toMatchObject({ clean: 0, flagRate: 0, contradicted: 1 });
  });

  it('keys cases by path and text, and reports stale exceptions', () => {
    expect(caseId('f', 'text', 'a.py')).not.toBe(caseId('f', 'text', 'a.go'));
    const c = peerCase({ text: 'plain words only', expect: 'secret' });
    const exceptions = new Map([[c.id, { id: c.id, rule: 'r', reason: 'why' }], ['peer.jsonl:000000000000', { id: 'peer.jsonl:000000000000', rule: 'r', reason: 'gone' }]]);
    const results = [runCase(engine, c, exceptions)];
    expect(staleExceptions(results, exceptions)).toEqual(['peer.jsonl:000000000000']);
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
    it(`${file}: recall >= ${floor.recall}, clean flag rate <= ${floor.flagRate}, exceptions <= 2%`, () => {
      const summary = summaries.find((s) => s.file === file)!;
      expect(summary.recall).toBeGreaterThanOrEqual(floor.recall);
      expect(summary.flagRate).toBeLessThanOrEqual(floor.flagRate);
      expect(summary.exceptions / cases.filter((c) => c.file === file).length).toBeLessThanOrEqual(0.02);
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
