/**
 * Named structural checks a rule can ask for with `validate:`. A checksum proves the value was
 * minted by the issuer (its failure lowers confidence: it may still be a hand-edited real token);
 * a structure check proves the value is what the regex guessed (its failure drops the match).
 */
import { base64PrivateKeyState, basicCredential, basicCredentialParts, basicCredentialWeak, decodeBase64Loose, nkeySeed, ntlmAuthenticate, wholeDerSequence, } from './decoders.js';
export const VALIDATOR_NAMES = [
    'crc32-base62',
    'crc32-gitlab',
    'crc32-grafana',
    'bech32',
    'pem-der',
    'jwt',
    'base64',
    'base64-credential',
    'basic-auth',
    'ntlm-authenticate',
    'base64-private-key',
    'nkey-seed',
    'aws-sts-token',
];
const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const CRC_TABLE = (() => {
    const table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
        let c = n;
        for (let k = 0; k < 8; k++)
            c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
        table[n] = c >>> 0;
    }
    return table;
})();
export function crc32(value) {
    let crc = 0xffffffff;
    for (let i = 0; i < value.length; i++) {
        crc = CRC_TABLE[(crc ^ value.charCodeAt(i)) & 0xff] ^ (crc >>> 8);
    }
    return (crc ^ 0xffffffff) >>> 0;
}
export function base62(n, width) {
    let out = '';
    let rest = n;
    while (rest > 0) {
        out = BASE62[rest % 62] + out;
        rest = Math.floor(rest / 62);
    }
    return out.padStart(width, '0');
}
/**
 * GitHub (`ghp_` and kin) and npm (`npm_`) tokens end in six base62 digits of the CRC32 of the
 * random body between the `_` and the checksum.
 */
function crc32Base62(secret) {
    const underscore = secret.indexOf('_');
    const body = secret.slice(underscore + 1, -6);
    if (body.length < 6)
        return false;
    return base62(crc32(body), 6) === secret.slice(-6);
}
/**
 * Grafana service account tokens (glsa_<32>_<8 hex>): the hex is the CRC32 (IEEE) of everything
 * before the last underscore, its four bytes little-endian (Grafana's satokengen).
 */
function crc32Grafana(secret) {
    const cut = secret.lastIndexOf('_');
    if (cut < 0)
        return false;
    const checksum = crc32(secret.slice(0, cut));
    const littleEndian = [checksum & 0xff, (checksum >>> 8) & 0xff, (checksum >>> 16) & 0xff, checksum >>> 24];
    return littleEndian.map((b) => b.toString(16).padStart(2, '0')).join('') === secret.slice(cut + 1).toLowerCase();
}
/**
 * GitLab routable tokens (<prefix><base64url payload>.<version>.<length><crc>): the last 7
 * characters are the CRC32 of everything before them, in base36, zero-padded (GitLab's
 * Authn::TokenField::Generator::RoutableToken). Legacy 20-character tokens carry no checksum.
 */
function crc32Gitlab(secret) {
    if (!/\.[0-9a-z]{2}\.[0-9a-z]{9}$/.test(secret))
        return true;
    return crc32(secret.slice(0, -7)).toString(36).padStart(7, '0') === secret.slice(-7);
}
const BECH32_CHARSET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
/** BIP-173 bech32 checksum (age secret keys are bech32 with the HRP AGE-SECRET-KEY-, upper case). */
function bech32(secret) {
    const lower = secret.toLowerCase();
    const separator = lower.lastIndexOf('1');
    if (separator < 1 || lower.length - separator < 7)
        return false;
    const hrp = lower.slice(0, separator);
    const values = [];
    for (const ch of lower.slice(separator + 1)) {
        const value = BECH32_CHARSET.indexOf(ch);
        if (value < 0)
            return false;
        values.push(value);
    }
    const generators = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
    let checksum = 1;
    const expanded = [...[...hrp].map((c) => c.charCodeAt(0) >> 5), 0, ...[...hrp].map((c) => c.charCodeAt(0) & 31), ...values];
    for (const value of expanded) {
        const top = checksum >>> 25;
        checksum = ((checksum & 0x1ffffff) << 5) ^ value;
        for (let i = 0; i < 5; i++)
            if ((top >>> i) & 1)
                checksum ^= generators[i];
    }
    return checksum === 1;
}
/**
 * A PEM private key whose body decodes to one whole DER SEQUENCE: a real key, not a truncated,
 * elided (`MIIE...`) or hand-typed one. The body may carry string escapes and quotes from the
 * source it is embedded in.
 */
function pemDer(secret) {
    return wholeDerSequence(secret.replace(/-----(?:BEGIN|END) [A-Z ]+-----/g, ''));
}
function awsStsToken(secret) {
    const bytes = decodeBase64Loose(secret);
    if (!bytes)
        return false;
    const header = bytes.subarray(0, 16).toString('latin1');
    return bytes.length >= 80 && (header.includes('er/aws') || header.includes('origin_ec'));
}
/** base64 of `user:password`, the form of Docker's and HTTP Basic credentials. */
function base64Credential(secret) {
    return basicCredentialParts(secret) !== undefined;
}
function decodeBase64Url(part) {
    if (!/^[A-Za-z0-9_-]+={0,2}$/.test(part))
        return undefined;
    return Buffer.from(part.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('utf8');
}
function decodesToJsonObject(part) {
    const text = decodeBase64Url(part);
    if (text === undefined)
        return undefined;
    try {
        const parsed = JSON.parse(text);
        return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? parsed : undefined;
    }
    catch {
        return undefined;
    }
}
/** A JWT's header is base64url JSON naming its algorithm or type. */
function jwt(secret) {
    const header = decodesToJsonObject(secret.split('.')[0] ?? '');
    return header !== undefined && ('alg' in header || 'typ' in header);
}
/**
 * A JWT whose header was mangled (no longer JSON) but whose payload still decodes: an edited
 * copy. A header that is JSON without `alg` or `typ` is some other signed document instead.
 */
function jwtEdited(secret) {
    const [header, payload] = secret.split('.');
    return decodesToJsonObject(header ?? '') === undefined && decodesToJsonObject(payload ?? '') !== undefined;
}
/**
 * A JWT without a signature (`header.payload` or `alg: none` with an empty third part) carries
 * no secret of its own: anyone can write one. It is reported at low: its claims may still be
 * worth a look, and a server that accepts `none` would honour it.
 */
function jwtUnsigned(secret) {
    const parts = secret.split('.');
    return parts.length < 3 || parts[2] === '';
}
const REGISTERED_CLAIMS = ['iss', 'sub', 'aud', 'exp', 'nbf', 'iat', 'jti'];
/**
 * A JWT that carries none of the registered claims (RFC 7519: iss, sub, aud, exp, nbf, iat, jti)
 * in its payload or header, and only one or two others or one-letter ones, is a library's example
 * (`{"some": "payload"}`, `{"a":1,"b":2,"c":3}`); issued tokens carry at least one.
 */
function jwtWithoutClaims(secret) {
    const [header, payload] = secret.split('.').map((part) => decodeBase64Url(part));
    try {
        const claims = JSON.parse(payload ?? '');
        if (typeof claims !== 'object' || claims === null)
            return true;
        const headerClaims = JSON.parse(header ?? '{}');
        if (REGISTERED_CLAIMS.some((claim) => claim in claims || claim in headerClaims))
            return false;
        // No registered claim: an example when it is tiny or made of one-letter keys ({"a":1,"b":2}).
        const keys = Object.keys(claims);
        return keys.length <= 2 || keys.every((key) => key.length === 1);
    }
    catch {
        return true;
    }
}
/** Valid base64 whose decoded bytes are not mostly printable text (a key, not a sentence). */
function base64(secret) {
    if (!/^[A-Za-z0-9+/]+={0,2}$/.test(secret) || secret.length % 4 === 1)
        return false;
    const bytes = Buffer.from(secret, 'base64');
    let printable = 0;
    for (const byte of bytes)
        if (byte >= 0x20 && byte < 0x7f)
            printable++;
    return bytes.length > 0 && printable / bytes.length < 0.95;
}
export const VALIDATORS = {
    'crc32-base62': { onFail: 'downgrade', check: crc32Base62 },
    'crc32-gitlab': { onFail: 'downgrade', check: crc32Gitlab },
    'crc32-grafana': { onFail: 'downgrade', check: crc32Grafana },
    bech32: { onFail: 'downgrade', check: bech32 },
    'pem-der': { onFail: 'downgrade', check: pemDer, provesStructure: true },
    'base64-credential': { onFail: 'drop', check: base64Credential },
    jwt: { onFail: 'drop', check: jwt, weak: (secret) => jwtUnsigned(secret) || jwtWithoutClaims(secret), edited: jwtEdited },
    base64: { onFail: 'drop', check: base64 },
    // HTTP Basic: decodes to user:password whose password is not a placeholder; weak ones are low.
    'basic-auth': { onFail: 'drop', check: basicCredential, weak: basicCredentialWeak },
    'ntlm-authenticate': { onFail: 'drop', check: ntlmAuthenticate, provesStructure: true },
    // base64 of a PEM private key (or of a DER key): a truncated or damaged one is low.
    'base64-private-key': {
        onFail: 'drop',
        check: (secret) => base64PrivateKeyState(secret) === 'key',
        edited: (secret) => base64PrivateKeyState(secret) === 'damaged',
        provesStructure: true,
    },
    'nkey-seed': { onFail: 'low', check: nkeySeed },
    // AWS STS session tokens: base64 opening with their header (\x17\n\x06er/aws, !\n\torigin_ec).
    'aws-sts-token': { onFail: 'drop', check: awsStsToken, provesStructure: true },
};
