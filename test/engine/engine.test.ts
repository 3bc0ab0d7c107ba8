import { describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine/engine.js';
import { fingerprintOf } from '../../src/engine/fingerprint.js';
import { fakeAwsKeyId, fakeChecksummedToken, makeRule, randomAlphanumeric, randomFrom } from '../helpers.js';

const tokenRule = makeRule({
  id: 'test-token',
  regex: '\\b(?<secret>tkn_[A-Za-z0-9]{24})\\b',
  keywords: ['tkn_'],
});
const engine = new Engine([tokenRule]);
const token = () => `tkn_${randomAlphanumeric(24)}`;

describe('Engine.scanText', () => {
  it('reports exact 1-based positions of the secret, not of the match', () => {
    const secret = token();
    const text = `first line\n  const a = "${secret}";\nlast`;
    const [finding] = engine.scanText(text, { path: 'src/a.ts' });
    expect(finding).toMatchObject({ ruleId: 'test-token', file: 'src/a.ts', line: 2, column: 14, endLine: 2, endColumn: 14 + secret.length });
  });

  it('counts columns in UTF-16 code units after non-ASCII text and handles CRLF', () => {
    const secret = token();
    const text = `é\r\n€ 😀 ${secret}\r\n`;
    const [finding] = engine.scanText(text);
    // "€ 😀 " is 1 + 1 + 2 (surrogate pair) + 1 code units.
    expect(finding).toMatchObject({ line: 2, column: 6, endColumn: 6 + secret.length });
  });

  it('redacts by default and returns the raw secret only when asked', () => {
    const secret = token();
    const [redacted] = engine.scanText(`x = ${secret}`);
    expect(redacted!.secret).toBe(`${secret.slice(0, 6)}****`);
    expect(redacted!.snippet).not.toContain(secret);
    const [raw] = engine.scanText(`x = ${secret}`, { redact: false });
    expect(raw!.secret).toBe(secret);
  });

  it('fingerprints by rule and secret: same across positions and files, different across rules', () => {
    const secret = token();
    const a = engine.scanText(`a = ${secret}`, { path: 'a.txt' })[0]!;
    const b = engine.scanText(`\n\n   b: "${secret}"`, { path: 'other/b.yaml' })[0]!;
    expect(a.fingerprint).toBe(b.fingerprint);
    expect(a.fingerprint).toBe(fingerprintOf('test-token', secret));
    expect(fingerprintOf('other-rule', secret)).not.toBe(a.fingerprint);
  });

  it('does not run a rule whose keyword is absent (the prefilter gates the regex)', () => {
    const gated = makeRule({ id: 'gated', regex: 'ref (?<secret>[A-Z]{3}-\\d{6})', keywords: ['orderkey'] });
    const gatedEngine = new Engine([gated]);
    expect(gatedEngine.scanText('ref ABC-804162')).toEqual([]);
    expect(gatedEngine.scanText('orderkey ref ABC-804162')).toHaveLength(1);
  });

  it('matches keywords case-insensitively', () => {
    const upper = makeRule({ id: 'upper', regex: '(?<secret>ZZKEY_[0-9]{8})', keywords: ['zzkey_'] });
    expect(new Engine([upper]).scanText('ZZKEY_73920518')).toHaveLength(1);
  });

  it('applies the entropy gate to the captured secret', () => {
    const rule = makeRule({ id: 'entropic', regex: '\\b(?<secret>ent_[a-z]{16})\\b', keywords: ['ent_'], entropy: 3.5 });
    const gate = new Engine([rule]);
    expect(gate.scanText('ent_aaaabbbbaaaabbbb')).toEqual([]);
    expect(gate.scanText('ent_qwhdkrmzplvtbsnj')).toHaveLength(1);
  });

  it('drops secrets matched by rule allow regexes, rule stopwords, global allow regexes and global stopwords', () => {
    const rule = makeRule({ id: 'allowing', regex: '\\b(?<secret>ak_[A-Za-z0-9]{16})\\b', keywords: ['ak_'], allow: ['^ak_Demo'], stopwords: ['sandbox'] });
    const scoped = new Engine([rule], { allowRegexes: ['Global$'], stopwords: ['fixture'] });
    expect(scoped.scanText('ak_DemoQ3v7Lm2Xp9Rt4')).toEqual([]);
    expect(scoped.scanText('ak_q3SandBoxv7Lm2Xp9')).toEqual([]);
    expect(scoped.scanText('ak_Q3v7Lm2Xp9RtGlobal')).toEqual([]);
    expect(scoped.scanText('ak_Q3v7FixtureLm2Xp9')).toEqual([]);
    expect(scoped.scanText('ak_Q3v7Lm2Xp9Rt4Wz8')).toHaveLength(1);
  });

  it('honours leakgate:allow on the line and leakgate:allow-next-line above it', () => {
    expect(engine.scanText(`a = "${token()}" // leakgate:allow`)).toEqual([]);
    expect(engine.scanText(`# leakgate:allow-next-line\na = "${token()}"`)).toEqual([]);
    expect(engine.scanText(`# leakgate:allow-next-line\n\na = "${token()}"`)).toHaveLength(1);
    expect(engine.scanText(`# leakgate:allow\na = "${token()}"`)).toHaveLength(1);
  });

  it('redacts every secret on a line in the snippet', () => {
    const first = token();
    const second = token();
    const findings = engine.scanText(`pair = ["${first}", "${second}"]`);
    expect(findings).toHaveLength(2);
    for (const finding of findings) {
      expect(finding.snippet).not.toContain(first);
      expect(finding.snippet).not.toContain(second);
      expect(finding.snippet).toContain(finding.secret);
    }
  });

  it('finds secrets inside minified code longer than the window limit', () => {
    const secret = token();
    const filler = 'var a=1;'.repeat(4000);
    const [finding] = engine.scanText(`${filler}x="${secret}";${filler}`);
    expect(finding).toMatchObject({ line: 1, column: filler.length + 4 });
    expect(finding!.snippet!.length).toBeLessThan(200);
  });

  it('sees the lines after a keyword when the rule asks for a window (multi-line formats)', () => {
    const pem = makeRule({
      id: 'pem',
      regex: '-----BEGIN TEST KEY-----[\\s\\S]{10,2000}?-----END TEST KEY-----',
      keywords: ['-----begin test key'],
      window: { after: 20 },
    });
    const body = Array.from({ length: 5 }, () => randomAlphanumeric(64)).join('\n');
    const text = `a\n-----BEGIN TEST KEY-----\n${body}\n-----END TEST KEY-----\n`;
    const [finding] = new Engine([pem]).scanText(text);
    expect(finding).toMatchObject({ line: 2, column: 1, endLine: 8, endColumn: 23 });
  });

  it('lowers confidence when a checksum does not verify, and keeps it when it does', () => {
    const rule = makeRule({ id: 'checksummed', regex: '\\b(?<secret>ghp_[A-Za-z0-9]{36})\\b', keywords: ['ghp_'], validate: 'crc32-base62' });
    const checked = new Engine([rule]);
    const valid = fakeChecksummedToken('ghp_');
    expect(checked.scanText(valid)[0]!.confidence).toBe('high');
    const broken = `${valid.slice(0, -1)}${valid.endsWith('A') ? 'B' : 'A'}`;
    expect(checked.scanText(broken, { minConfidence: 'low' })[0]!.confidence).toBe('medium');
  });

  it('drops a match whose structure validator fails', () => {
    const rule = makeRule({ id: 'jwt-ish', regex: '\\b(?<secret>ey[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,})', keywords: ['ey'], validate: 'jwt' });
    const jwtEngine = new Engine([rule]);
    const header = Buffer.from('{"alg":"HS256","typ":"JWT"}').toString('base64url');
    const payload = Buffer.from('{"sub":"42"}').toString('base64url');
    expect(jwtEngine.scanText(`${header}.${payload}.${randomAlphanumeric(43)}`)).toHaveLength(1);
    expect(jwtEngine.scanText(`eyeglassesAreNice.${payload}.${randomAlphanumeric(43)}`)).toEqual([]);
  });

  it('keeps the specific rule where a generic rule overlaps it', () => {
    const generic = makeRule({
      id: 'generic-test',
      regex: '(?:token)[\\w.-]{0,20}\\s*[:=]\\s*["\']?(?<secret>[^"\'\\s]{8,})',
      keywords: ['token'],
      detector: 'generic',
      confidence: 'medium',
    });
    const both = new Engine([generic, tokenRule]);
    const secret = token();
    const findings = both.scanText(`api_token = "${secret}"`, { minConfidence: 'low' });
    expect(findings.map((f) => f.ruleId)).toEqual(['test-token']);
  });

  it('filters by minimum confidence', () => {
    const low = makeRule({ id: 'low-rule', regex: '\\b(?<secret>lw_[A-Za-z0-9]{20})\\b', keywords: ['lw_'], confidence: 'low' });
    const lowEngine = new Engine([low]);
    const text = `lw_${randomAlphanumeric(20)}`;
    expect(lowEngine.scanText(text)).toEqual([]);
    expect(lowEngine.scanText(text, { minConfidence: 'low' })).toHaveLength(1);
  });

  it('drops placeholders, template references and documented examples for every rule', () => {
    const keyRule = makeRule({ id: 'key-id', regex: '\\b(?<secret>AKIA[A-Z0-9]{16})\\b', keywords: ['akia'] });
    const keys = new Engine([keyRule]);
    expect(keys.scanText('AKIAIOSFODNN7EXAMPLE')).toEqual([]);
    expect(keys.scanText('AKIAXXXXXXXXXXXXXXXX')).toEqual([]);
    expect(keys.scanText(fakeAwsKeyId())).toHaveLength(1);
    const quoted = makeRule({ id: 'quoted', regex: 'pw_value\\s*=\\s*"(?<secret>[^"]+)"', keywords: ['pw_value'] });
    const quotes = new Engine([quoted]);
    for (const value of ['changeme', '<your-token>', '${DB_PASSWORD}', '{{ .Values.password }}', 'process.env.DB_PASSWORD', 'xxxxxxxx', 'your_api_key_here']) {
      expect(quotes.scanText(`pw_value = "${value}"`), value).toEqual([]);
    }
    expect(quotes.scanText('pw_value = "Xk9#mP2qW7"')).toHaveLength(1);
  });

  it('sets origin and leaves file empty for a bare text scan', () => {
    const [finding] = engine.scanText(token(), { origin: 'staged' });
    expect(finding).toMatchObject({ origin: 'staged', file: '' });
  });
});

describe('Engine overlap resolution and gates', () => {
  const value = `acme_${randomAlphanumeric(30)}`;

  it('lets the declared priority decide between two rules with the same span', () => {
    const low = makeRule({ id: 'aa-first-in-order', regex: '(?<secret>acme_[A-Za-z0-9]{30})', keywords: ['acme_'] });
    const high = makeRule({ id: 'zz-preferred', regex: '(?<secret>acme_[A-Za-z0-9]{30})', keywords: ['acme_'], priority: 1 });
    expect(new Engine([low, high]).scanText(value).map((f) => f.ruleId)).toEqual(['zz-preferred']);
    expect(new Engine([high, low]).scanText(value).map((f) => f.ruleId)).toEqual(['zz-preferred']);
  });

  it('prefers the more specific rule (longer keyword) whatever the rule order', () => {
    const broad = makeRule({ id: 'broad', regex: '(?<secret>ac[a-z]{2}_[A-Za-z0-9]{30})', keywords: ['ac'] });
    const specific = makeRule({ id: 'specific', regex: '(?<secret>acme_[A-Za-z0-9]{30})', keywords: ['acme_'] });
    expect(new Engine([broad, specific]).scanText(value).map((f) => f.ruleId)).toEqual(['specific']);
    expect(new Engine([specific, broad]).scanText(value).map((f) => f.ruleId)).toEqual(['specific']);
  });

  it('runs a rule only where all its `requires` literals occur', () => {
    const gated = makeRule({ id: 'gated', regex: '(?<secret>acme_[A-Za-z0-9]{30})', keywords: ['acme_'], requires: ['deploy'] });
    expect(new Engine([gated]).scanText(value)).toEqual([]);
    expect(new Engine([gated]).scanText(`DEPLOY ${value}`)).toHaveLength(1);
  });

  it('lowers a provider format with a hand-made body to low confidence', () => {
    const rule = makeRule({ id: 'acme', regex: '(?<secret>acme_[a-z0-9]{16})', keywords: ['acme_'] });
    const [finding] = new Engine([rule]).scanText('acme_abcd1234abcd1234', { minConfidence: 'low' });
    expect(finding?.confidence).toBe('low');
  });

  it('scores the value alone for detector: value', () => {
    const rule = makeRule({ id: 'url', regex: '://[a-z]+:(?<secret>[^@\\s]{6,64})@', keywords: ['://'], detector: 'value' });
    const urlEngine = new Engine([rule]);
    // A fixed generated-looking value: about one random 18-character string in 800 reads as words.
    expect(urlEngine.scanText('https://deploy:dK3x9QmZ2vLp7RtW4n@git.example.com')).toHaveLength(1);
    expect(urlEngine.scanText('https://user:password@git.example.com')).toEqual([]);
  });

  it('reports a hand-made value in a provider format at low even below the rule\'s entropy gate', () => {
    const rule = makeRule({ id: 'acme', regex: '\\b(?<secret>ACME[A-Z2-7]{16})\\b', keywords: ['acme'], entropy: 3.0 });
    const findings = new Engine([rule]).scanText('key = ACMEZZZZZZZZZZZZZZZZ', { minConfidence: 'low' });
    expect(findings.map((f) => f.confidence)).toEqual(['low']);
    // Hidden at the default threshold.
    expect(new Engine([rule]).scanText('key = ACMEZZZZZZZZZZZZZZZZ')).toEqual([]);
    // Low entropy without a hand-made shape is still dropped by the gate.
    expect(new Engine([rule]).scanText('key = ACMEMACEAMCEECAMACEM', { minConfidence: 'low' })).toEqual([]);
  });

  it('reports a candidate that misses the rule\'s exact format at low', () => {
    const rule = makeRule({ id: 'acme', regex: '\\b(?<secret>acme_[A-Za-z0-9]{20,40})\\b', exact: 'acme_[a-f0-9]{32}', keywords: ['acme_'] });
    const acme = new Engine([rule]);
    const hex = randomFrom('0123456789abcdef', 32);
    expect(acme.scanText(`acme_${hex}`, { minConfidence: 'low' }).map((f) => f.confidence)).toEqual(['high']);
    expect(acme.scanText(`acme_${randomAlphanumeric(26)}`, { minConfidence: 'low' }).map((f) => f.confidence)).toEqual(['low']);
  });

  it('lets a generic assignment with a better score win over an off-format provider candidate', () => {
    const provider = makeRule({ id: 'acme', regex: '\\b(?<secret>acme-[A-Za-z0-9]{20,40})\\b', exact: 'acme-[a-f0-9]{32}', keywords: ['acme-'] });
    const generic = makeRule({
      id: 'generic',
      assignment: { name: 'token', value: '[A-Za-z0-9-]{8,64}' },
      keywords: ['token'],
      detector: 'generic',
    });
    const value = `acme-${randomAlphanumeric(30)}`;
    const findings = new Engine([provider, generic]).scanText(`API_TOKEN="${value}"`, { minConfidence: 'low' });
    expect(findings.map((f) => `${f.ruleId}:${f.confidence}`)).toEqual(['generic:high']);
    // On its exact format the provider rule wins, as always.
    const exact = `acme-${randomFrom('0123456789abcdef', 32)}`;
    expect(new Engine([provider, generic]).scanText(`API_TOKEN="${exact}"`).map((f) => f.ruleId)).toEqual(['acme']);
  });

  it('checks the case of keywords a rule wants exact', () => {
    const rule = makeRule({ id: 'b64', regex: '(?<secret>MTIz[A-Za-z0-9]{20})', keywords: ['MTIz'], exactKeywords: true });
    const b64 = new Engine([rule]);
    expect(b64.scanText(`MTIz${randomAlphanumeric(20)}`)).toHaveLength(1);
    // The same letters in another case never reach the regex (which would accept them with the i flag).
    const insensitive = new Engine([{ ...rule, flags: 'i' }]);
    expect(insensitive.scanText(`mtiz${randomAlphanumeric(20)}`)).toEqual([]);
  });

  it('reports an edited JWT (mangled header, payload intact) at low and drops a non-JWT', () => {
    const rule = makeRule({ id: 'jwt', regex: '(?<secret>eyJ[A-Za-z0-9_-]{10,}\\.eyJ[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{16,})', keywords: ['eyj'], validate: 'jwt' });
    const jwt = new Engine([rule]);
    const payload = Buffer.from(JSON.stringify({ sub: 'svc', iat: 1767225600 })).toString('base64url');
    const signature = randomAlphanumeric(43);
    expect(jwt.scanText(`eyJhbGciOieeeiIsInR5cCI6IkpXVCJ9.${payload}.${signature}`, { minConfidence: 'low' }).map((f) => f.confidence)).toEqual(['low']);
    const notJwt = Buffer.from(JSON.stringify({ name: 'leakgate' })).toString('base64url');
    expect(jwt.scanText(`${notJwt}.${payload}.${signature}`, { minConfidence: 'low' })).toEqual([]);
  });
});
