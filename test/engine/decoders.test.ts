import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { crc16Xmodem, nkeySeed } from '../../src/engine/decoders.js';
import { Engine } from '../../src/engine/engine.js';
import { VALIDATORS } from '../../src/engine/validators.js';
import { loadBuiltinRules } from '../../src/rules/load.js';
import { fakeNkeySeed, randomAlphanumeric } from '../helpers.js';

const b64 = (text: string | Buffer) => Buffer.from(text).toString('base64');

/** An NTLM AUTHENTICATE message with the given NT response length. */
function ntlmType3(ntLength: number): string {
  const payload = [randomBytes(24), randomBytes(ntLength), Buffer.from('FIXTURE', 'utf16le'), Buffer.from('leakgate', 'utf16le'), Buffer.from('WS01', 'utf16le'), Buffer.alloc(0)];
  const header = Buffer.alloc(64);
  header.write('NTLMSSP\0', 0, 'latin1');
  header.writeUInt32LE(3, 8);
  let offset = 64;
  payload.forEach((part, index) => {
    header.writeUInt16LE(part.length, 12 + index * 8);
    header.writeUInt16LE(part.length, 14 + index * 8);
    header.writeUInt32LE(offset, 16 + index * 8);
    offset += part.length;
  });
  return Buffer.concat([header, ...payload]).toString('base64');
}

describe('decoding validators', () => {
  it('judges HTTP Basic credentials by the decoded password', () => {
    const basic = VALIDATORS['basic-auth'];
    const strong = b64(`deploy:${randomAlphanumeric(20)}`);
    expect(basic.check(strong)).toBe(true);
    expect(basic.weak?.(strong)).toBe(false);
    expect(basic.check(b64('ci:test1234'))).toBe(true);
    expect(basic.weak?.(b64('ci:test1234'))).toBe(true); // hand-made: low
    expect(basic.check(b64('user:pass'))).toBe(true);
    expect(basic.weak?.(b64('user:pass'))).toBe(true); // a stand-in word in a slot: low
    expect(basic.check(b64('user:password'))).toBe(false); // names the field
    expect(basic.check(b64('user:${PASSWORD}'))).toBe(false); // a reference
    expect(basic.check(b64('guest:guest'))).toBe(false); // the user repeated
    expect(basic.check(b64('no colon here'))).toBe(false);
    expect(basic.check(b64(randomBytes(24)))).toBe(false); // not text
  });

  it('accepts NTLM authenticate messages with an NT response only', () => {
    const ntlm = VALIDATORS['ntlm-authenticate'];
    expect(ntlm.check(ntlmType3(24))).toBe(true);
    expect(ntlm.check(ntlmType3(0))).toBe(false); // anonymous
    expect(ntlm.check('TlRMTVNTUAABAAAAB4IIogAAAAAAAAAAAAAAAAAAAAA=')).toBe(false); // negotiate
  });

  it('checks NATS NKEY seeds by their CRC-16/XMODEM', () => {
    const user = fakeNkeySeed('SUA');
    expect(user.startsWith('SUA')).toBe(true);
    expect(user).toHaveLength(58);
    expect(nkeySeed(user)).toBe(true);
    expect(nkeySeed(fakeNkeySeed('SAA'))).toBe(true); // account: SA
    const flipped = user.slice(0, 20) + (user[20] === 'B' ? 'C' : 'B') + user.slice(21);
    expect(nkeySeed(flipped)).toBe(false);
    expect(crc16Xmodem(Buffer.from('123456789'))).toBe(0x31c3); // the CRC catalogue's check value
  });

  it('finds private keys wrapped in base64, and only private keys', () => {
    const keys = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const pem = keys.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const der = keys.privateKey.export({ type: 'pkcs8', format: 'der' }).toString('base64');
    const publicPem = keys.publicKey.export({ type: 'spki', format: 'pem' }).toString();
    const state = VALIDATORS['base64-private-key'];
    expect(state.check(b64(pem))).toBe(true);
    expect(state.check(b64(der))).toBe(true); // DER, base64 twice
    expect(state.check(b64(publicPem))).toBe(false);
    expect(state.check(b64(pem).slice(0, 120))).toBe(false);
    expect(state.edited?.(b64(pem).slice(0, 120))).toBe(true); // truncated: low

    const engine = new Engine(loadBuiltinRules());
    const scan = (text: string) => engine.scanText(text, { path: 'config.php', redact: false, minConfidence: 'low' });
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey;
    const pkcs1 = rsa.export({ type: 'pkcs1', format: 'der' }).toString('base64');
    const found = scan(`'rsa_private_key' => '${pkcs1}',`);
    expect(found.map((f) => [f.ruleId, f.confidence, f.secret])).toEqual([['der-private-key-base64', 'high', pkcs1]]);
    expect(scan(`KEY_B64=${b64(pem)}`).map((f) => f.ruleId)).toEqual(['base64-encoded-private-key']);
    expect(scan(`PUB_B64=${b64(publicPem)}`)).toEqual([]);
  });
});
