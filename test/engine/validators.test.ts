import { describe, expect, it } from 'vitest';
import { VALIDATORS, crc32 } from '../../src/engine/validators.js';
import { randomAlphanumeric } from '../helpers.js';

function grafanaToken(): string {
  const body = `glsa_${randomAlphanumeric(32)}`;
  const c = crc32(body);
  return `${body}_${[c & 0xff, (c >>> 8) & 0xff, (c >>> 16) & 0xff, c >>> 24].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}

describe('validators', () => {
  it('checks Grafana service account tokens by their little-endian CRC32', () => {
    const token = grafanaToken();
    expect(VALIDATORS['crc32-grafana'].check(token)).toBe(true);
    expect(VALIDATORS['crc32-grafana'].check(`${token.slice(0, -1)}${token.endsWith('0') ? '1' : '0'}`)).toBe(false);
  });

  it('checks GitLab routable tokens by their base36 CRC32, and lets legacy tokens through', () => {
    const body = `glpat-${Buffer.from(randomAlphanumeric(24)).toString('base64url')}.01.20`;
    const token = `${body}${crc32(body).toString(36).padStart(7, '0')}`;
    expect(VALIDATORS['crc32-gitlab'].check(token)).toBe(true);
    expect(VALIDATORS['crc32-gitlab'].check(`${body}0000000`)).toBe(false);
    expect(VALIDATORS['crc32-gitlab'].check(`glpat-${randomAlphanumeric(20)}`)).toBe(true);
  });

  it('checks bech32 (age secret keys)', () => {
    // Generated once by a separate bech32 encoder: hrp age-secret-key-, 52 data characters,
    // 6-character checksum. Kept as a known answer, written in two parts so that no scanner
    // reads a checksum-valid key in this file (test/rules/no-valid-tokens.test.ts).
    const valid = ['AGE-SECRET-KEY-1', 'U4XAJ2V4GFTK089FV72C5FES0FHYFKC33HRNL2VFKEQKH2F9S2AS8558FJ'].join('');
    expect(VALIDATORS.bech32.check(valid)).toBe(true);
    expect(VALIDATORS.bech32.check(valid.replace('U4XA', 'U4XB'))).toBe(false);
    expect(VALIDATORS.bech32.check(`AGE-SECRET-KEY-1${'Q'.repeat(58)}`)).toBe(false);
  });

  it('checks that a PEM body is one whole DER SEQUENCE', () => {
    const der = Buffer.concat([Buffer.from([0x30, 0x82, 0x01, 0x00]), Buffer.alloc(256, 7)]).toString('base64');
    const pem = (body: string) => `-----BEGIN PRIVATE KEY-----\n${body.match(/.{1,64}/g)!.join('\n')}\n-----END PRIVATE KEY-----`;
    expect(VALIDATORS['pem-der'].check(pem(der))).toBe(true);
    expect(VALIDATORS['pem-der'].check(pem(der.slice(0, 200)))).toBe(false); // truncated
    expect(VALIDATORS['pem-der'].check(pem(der).replace(/\n/g, '\\n'))).toBe(true); // embedded with \n escapes
  });

  it('checks base64 user:password credentials', () => {
    expect(VALIDATORS['base64-credential'].check(Buffer.from('deploy:Xk9mP2qW7z').toString('base64'))).toBe(true);
    expect(VALIDATORS['base64-credential'].check(Buffer.from('no colon here').toString('base64'))).toBe(false);
  });

  it('calls a JWT without registered claims an example (weak)', () => {
    const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const header = part({ alg: 'HS256', typ: 'JWT' });
    expect(VALIDATORS.jwt.weak!(`${header}.${part({ some: 'payload' })}.sig`)).toBe(true);
    expect(VALIDATORS.jwt.weak!(`${header}.${part({ a: 1, b: 2, c: 3 })}.sig`)).toBe(true);
    expect(VALIDATORS.jwt.weak!(`${header}.${part({ sub: 'u-42', exp: 1900000000 })}.sig`)).toBe(false);
  });
});
