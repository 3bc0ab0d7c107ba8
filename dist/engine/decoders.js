import { filterVerdict } from './filters.js';
import { scoreSlotValue } from './generic.js';
/**
 * Checks for credentials that are wrapped in an encoding: HTTP Basic (`base64(user:password)`),
 * NTLM authenticate messages, private keys in base64 (PEM text or bare DER), NATS NKEY seeds
 * (base32 with a CRC-16). Each decodes the captured value and judges what is inside; the
 * finding stays at the original (encoded) position.
 */
/** Decodes standard base64 (line breaks, `\n` escapes and string quotes removed); undefined if not base64. */
export function decodeBase64Loose(value) {
    const clean = value.replace(/\\[nr]/g, '').replace(/[\s"']/g, '');
    if (!/^[A-Za-z0-9+/]+={0,2}$/.test(clean) || clean.length % 4 === 1)
        return undefined;
    return Buffer.from(clean, 'base64');
}
/** Decoded text, when every character is printable (UTF-8, no control characters). */
function printableText(text) {
    if (text.length === 0 || text.includes('\ufffd'))
        return undefined;
    // eslint-disable-next-line no-control-regex
    if (/[\x00-\x1f\x7f]/.test(text))
        return undefined;
    return text;
}
/**
 * `user:password` inside base64 (an HTTP Basic credential, a Docker registry `auth`), when it
 * decodes to one.
 */
export function basicCredentialParts(secret) {
    if (!/^[A-Za-z0-9+/]+={0,2}$/.test(secret))
        return undefined;
    // `echo user:pass | base64` encodes the shell's newline too.
    const text = printableText(Buffer.from(secret, 'base64').toString('utf8').replace(/\r?\n$/, ''));
    if (text === undefined)
        return undefined;
    const colon = text.indexOf(':');
    if (colon < 0 || colon === text.length - 1)
        return undefined;
    if (/^[{[]/.test(text))
        return undefined; // JSON (a JWT part), not user:password
    return { user: text.slice(0, colon), password: text.slice(colon + 1) };
}
/**
 * An HTTP Basic credential (`Authorization: Basic <base64>`): it decodes to printable
 * `user:password`, and the password is a password: not a placeholder naming the field
 * (`user:password`), a reference (`${PASS}`), a mask, nor the user name repeated.
 */
export function basicCredential(secret) {
    const parts = basicCredentialParts(secret);
    if (!parts)
        return false;
    if (parts.password === parts.user)
        return false;
    return filterVerdict(parts.password, 'slot')?.action !== 'drop';
}
/**
 * A Basic credential whose password is hand-made or a word (`user:pass`, `test1:test1111`,
 * `Aladdin:open sesame`), or short and unremarkable: a fixture or a weak password, reported at low.
 */
export function basicCredentialWeak(secret) {
    const parts = basicCredentialParts(secret);
    if (!parts)
        return true;
    if (filterVerdict(parts.password, 'slot'))
        return true;
    const scored = scoreSlotValue(parts.password);
    if (scored === 'high' || scored === 'medium')
        return false;
    // A long password that nothing marks as hand-made is generated, whatever its alphabet (hex).
    return !(scored === 'low' && parts.password.length >= 16 && !/\s/.test(parts.password));
}
/**
 * An NTLM AUTHENTICATE (type 3) message: `NTLMSSP\0`, message type 3, and a non-empty NT
 * challenge response (the crackable proof of the password; an anonymous message has none).
 * Negotiate (1) and challenge (2) messages carry no credential.
 */
export function ntlmAuthenticate(secret) {
    const bytes = decodeBase64Loose(secret);
    if (!bytes || bytes.length < 28)
        return false;
    if (bytes.subarray(0, 8).toString('latin1') !== 'NTLMSSP\0')
        return false;
    if (bytes.readUInt32LE(8) !== 3)
        return false;
    const ntLength = bytes.readUInt16LE(20);
    const ntOffset = bytes.readUInt32LE(24);
    return ntLength > 0 && ntOffset + ntLength <= bytes.length;
}
/** Whether base64 (bare, possibly with line breaks or escapes) decodes to one whole DER SEQUENCE. */
export function wholeDerSequence(base64) {
    const body = base64.replace(/\\[nr]/g, '').replace(/[^A-Za-z0-9+/=]/g, '');
    const der = Buffer.from(body, 'base64');
    if (der.length < 4 || der[0] !== 0x30)
        return false;
    const first = der[1];
    let total;
    if (first < 0x80)
        total = 2 + first;
    else if (first === 0x81)
        total = 3 + der[2];
    else if (first === 0x82)
        total = 4 + ((der[2] << 8) | der[3]);
    else if (first === 0x83)
        total = 5 + ((der[2] << 16) | (der[3] << 8) | der[4]);
    else
        return false;
    return der.length >= total && der.length <= total + 2;
}
/**
 * The base64 openings of DER private keys: PKCS#1 RSA (`MIIEpAIBAAKCAQEA`), PKCS#8
 * (`MIIEvQIBADANBgkqhkiG9w0BAQEFAASC`, EC `MIGHAgEAMBMGByqGSM49AgE`, Ed25519 `MC4CAQAwBQYDK2Vw`),
 * SEC1 EC (`MHcCAQEEI`), DSA (`MIIBuwIBAAKBgQ`), PKCS#12 (`MIIKlgIBAzCC`).
 */
export const DER_PRIVATE_KEY_OPENING = /^(?:MII[A-Za-z0-9+/]{3}IBAAK[BC]|MI[GI][A-Za-z0-9+/]{1,3}(?:AgEA|IBAD)(?:MB[AM]GByqGSM49AgE|ANBgkqhkiG9w0BAQEFAAS)|MC4CAQAwBQYDK2Vw|MHcCAQEEI|MIG[A-Za-z0-9+/]AgEBBD|MII[A-Za-z0-9+/]{3}IBAzCC)/;
const PEM_PRIVATE_KEY = /-----BEGIN ((?:[A-Z0-9]+ )*)PRIVATE KEY(?: BLOCK)?-----([\s\S]*?)(?:-----END [A-Z0-9 ]+-----|$)/;
/** What a base64-wrapped private key decodes to: a whole key, a damaged one, or no key. */
export function base64PrivateKeyState(secret) {
    const bytes = decodeBase64Loose(secret);
    if (!bytes)
        return undefined;
    const text = bytes.toString('latin1');
    const pem = PEM_PRIVATE_KEY.exec(text);
    if (pem) {
        const kind = pem[1].trim();
        const complete = /-----END [A-Z0-9 ]+-----/.test(pem[0]);
        if (!complete)
            return 'damaged';
        // OpenSSH, PGP and encrypted PEM bodies are not one bare DER SEQUENCE.
        if (/OPENSSH|PGP|ENCRYPTED|SSH2/.test(kind) || /Proc-Type:/.test(pem[2]))
            return 'key';
        return wholeDerSequence(pem[2]) ? 'key' : 'damaged';
    }
    // base64 of base64: a DER key encoded twice.
    const inner = text.replace(/\s+/g, '');
    if (DER_PRIVATE_KEY_OPENING.test(inner) && /^[A-Za-z0-9+/]+={0,2}$/.test(inner))
        return wholeDerSequence(inner) ? 'key' : 'damaged';
    return undefined;
}
const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
function decodeBase32(value) {
    let bits = 0;
    let buffer = 0;
    const out = [];
    for (const ch of value.replace(/=+$/, '')) {
        const index = BASE32.indexOf(ch);
        if (index < 0)
            return undefined;
        buffer = (buffer << 5) | index;
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            out.push((buffer >>> bits) & 0xff);
        }
    }
    return Buffer.from(out);
}
/** CRC-16/XMODEM (polynomial 0x1021, initial value 0), as NATS nkeys use it. */
export function crc16Xmodem(bytes) {
    let crc = 0;
    for (const byte of bytes) {
        crc ^= byte << 8;
        for (let i = 0; i < 8; i++)
            crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
    }
    return crc;
}
/**
 * A NATS NKEY seed (`SU...`, `SA...`, `SO...`): base32 of two prefix bytes (seed, then the key
 * type), the 32-byte Ed25519 seed and a little-endian CRC-16/XMODEM of what precedes it.
 */
export function nkeySeed(secret) {
    const bytes = decodeBase32(secret);
    if (!bytes || bytes.length !== 36)
        return false;
    if (bytes[0] >> 3 !== 18)
        return false; // 18 << 3 is the seed prefix: base32 `S`
    const expected = crc16Xmodem(bytes.subarray(0, 34));
    return bytes.readUInt16LE(34) === expected;
}
