import { describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine/engine.js';
import { isDocumentationExample, rankCandidate, rankerFeatures, type RankerInput, type RankerModel } from '../../src/engine/ranker.js';
import { loadBuiltinRules } from '../../src/rules/load.js';
import { makeRule } from '../helpers.js';

const candidate = (overrides: Partial<RankerInput> = {}): RankerInput => ({
  detector: 'generic',
  ruleId: 'generic-secret-assignment',
  value: 'tulipgarden',
  name: 'DB_PASSWORD',
  quoted: false,
  between: '=',
  path: 'deploy/.env',
  line: 'DB_PASSWORD=tulipgarden',
  base: 'low',
  handMade: undefined,
  ...overrides,
});

/** A model that says the same probability for everything. */
const always = (logit: number): RankerModel => ({ weights: {}, bias: logit, thresholds: { high: 0.9, medium: 0.7, low: 0.2 } });

describe('the evidence ranker', () => {
  it('names the facts it weighs', () => {
    const features = rankerFeatures(candidate());
    expect(features).toEqual(expect.arrayContaining(['rule:assignment', 'word:password', 'base:low', 'file:config', 'unquoted', 'name:constant']));
    expect(rankerFeatures(candidate({ path: 'test/db.spec.ts', line: 'expect(login(user, pw)).toBe(true)' }))).toEqual(
      expect.arrayContaining(['path:test', 'line:assertion', 'line:user']),
    );
  });

  it('promotes what the value alone left at low to medium, never to high', () => {
    expect(rankCandidate(candidate(), always(6)).confidence).toBe('medium');
    expect(rankCandidate(candidate(), always(0)).confidence).toBe('low');
    expect(rankCandidate(candidate(), always(-6)).confidence).toBeUndefined();
  });

  it('never raises a finding above its rule\'s own confidence', () => {
    // A rule that reports leads at low (an unbound token shape) stays at low, however sure the model is.
    const lead = makeRule({ id: 'lead', regex: 'lead=(?<secret>[A-Za-z0-9]{16,64})', keywords: ['lead='], detector: 'value', confidence: 'low' });
    const text = 'lead=Qm7vX2k9LpT4wZ8rN3cY\n';
    const sure = new Engine([lead], { ranker: always(6) }).scanText(text, { path: 'deploy/app.env', minConfidence: 'low' });
    expect(sure.map((f) => f.confidence)).toEqual(['low']);
    const open = makeRule({ id: 'open', regex: 'lead=(?<secret>[A-Za-z0-9]{16,64})', keywords: ['lead='], detector: 'value' });
    const promoted = new Engine([open], { ranker: always(6) }).scanText(text, { path: 'deploy/app.env', minConfidence: 'low' });
    expect(promoted[0]?.confidence).not.toBe('low');
  });

  it('never takes back or raises what a generated-looking value earned', () => {
    expect(rankCandidate(candidate({ base: 'high', value: 'Xk9#mP2qWv7!zL4r' }), always(-6)).confidence).toBe('high');
    expect(rankCandidate(candidate({ base: 'medium' }), always(6)).confidence).toBe('medium');
  });

  it('keeps stand-ins, samples and documentation examples at low, and never silences them', () => {
    expect(rankCandidate(candidate({ handMade: 'placeholder', value: 'changeme' }), always(6)).confidence).toBe('low');
    expect(rankCandidate(candidate({ handMade: 'placeholder', value: 'changeme' }), always(-6)).confidence).toBe('low');
    // A hand-typed token is a fake; a hand-typed password of 6+ characters is a weak password.
    expect(rankCandidate(candidate({ handMade: 'pattern', name: 'access_token', value: 'sdlfkj452' }), always(6)).confidence).toBe('low');
    expect(rankCandidate(candidate({ handMade: 'pattern', value: 'pass4321' }), always(6)).confidence).toBe('medium');
    expect(rankCandidate(candidate({ path: 'awscli/examples/iam/create-user.rst' }), always(6)).confidence).toBe('low');
  });

  it('tells documentation examples by folder and kind', () => {
    expect(isDocumentationExample('awscli/examples/iam/create-login-profile.rst')).toBe(true);
    expect(isDocumentationExample('botocore/data/rds/2014-10-31/examples-1.json')).toBe(true);
    expect(isDocumentationExample('examples/app/main.go')).toBe(false);
    expect(isDocumentationExample('example.txt')).toBe(false);
  });

  it('lists the evidence that raised the probability, strongest first', () => {
    const model: RankerModel = { weights: { 'word:password': 2, 'file:config': 1, 'path:test': -1 }, bias: 0, thresholds: { high: 0.9, medium: 0.7, low: 0.2 } };
    const ranked = rankCandidate(candidate(), model);
    expect(ranked.evidence).toEqual(['word:password', 'file:config']);
    expect(ranked.probability).toBeCloseTo(1 / (1 + Math.exp(-3)));
  });
});

describe('ranked findings from the engine', () => {
  const rules = loadBuiltinRules();

  it('carry their probability and evidence, and every fact on request', () => {
    const engine = new Engine(rules);
    const [finding] = engine.scanText('      MYSQL_PASSWORD: tulipgarden', { path: 'docker-compose.yml', minConfidence: 'low', explain: true });
    expect(finding?.details?.['probability']).toEqual(expect.any(Number));
    expect(finding?.details?.['evidence']).toEqual(expect.any(Array));
    expect(finding?.details?.['features']).toEqual(expect.arrayContaining(['word:password', 'file:config']));
  });

  it('can be turned off, keeping the rules’ own confidence', () => {
    const engine = new Engine(rules, { ranker: false });
    const [finding] = engine.scanText('      MYSQL_PASSWORD: tulipgarden', { path: 'docker-compose.yml', minConfidence: 'low' });
    expect(finding?.confidence).toBe('low');
    expect(finding?.details).toBeUndefined();
  });

  it('leaves provider formats alone', () => {
    const engine = new Engine(rules);
    const findings = engine.scanText('-----BEGIN OPENSSH PRIVATE KEY-----', { minConfidence: 'low', explain: true });
    for (const finding of findings) expect(finding.details?.['features']).toBeUndefined();
  });
});
