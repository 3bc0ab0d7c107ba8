/**
 * Checks for credentials that are wrapped in an encoding: HTTP Basic (`base64(user:password)`),
 * NTLM authenticate messages, private keys in base64 (PEM text or bare DER), NATS NKEY seeds
 * (base32 with a CRC-16). Each decodes the captured value and judges what is inside; the
 * finding stays at the original (encoded) position.
 */
/** Decodes standard base64 (line breaks, `\n` escapes and string quotes removed); undefined if not base64. */
export declare function decodeBase64Loose(value: string): Buffer | undefined;
/**
 * `user:password` inside base64 (an HTTP Basic credential, a Docker registry `auth`), when it
 * decodes to one.
 */
export declare function basicCredentialParts(secret: string): {
    user: string;
    password: string;
} | undefined;
/**
 * An HTTP Basic credential (`Authorization: Basic <base64>`): it decodes to printable
 * `user:password`, and the password is a password: not a placeholder naming the field
 * (`user:password`), a reference (`${PASS}`), a mask, nor the user name repeated.
 */
export declare function basicCredential(secret: string): boolean;
/**
 * A Basic credential whose password is hand-made or a word (`user:pass`, `test1:test1111`,
 * `Aladdin:open sesame`), or short and unremarkable: a fixture or a weak password, reported at low.
 */
export declare function basicCredentialWeak(secret: string): boolean;
/**
 * An NTLM AUTHENTICATE (type 3) message: `NTLMSSP\0`, message type 3, and a non-empty NT
 * challenge response (the crackable proof of the password; an anonymous message has none).
 * Negotiate (1) and challenge (2) messages carry no credential.
 */
export declare function ntlmAuthenticate(secret: string): boolean;
/** Whether base64 (bare, possibly with line breaks or escapes) decodes to one whole DER SEQUENCE. */
export declare function wholeDerSequence(base64: string): boolean;
/**
 * The base64 openings of DER private keys: PKCS#1 RSA (`MIIEpAIBAAKCAQEA`), PKCS#8
 * (`MIIEvQIBADANBgkqhkiG9w0BAQEFAASC`, EC `MIGHAgEAMBMGByqGSM49AgE`, Ed25519 `MC4CAQAwBQYDK2Vw`),
 * SEC1 EC (`MHcCAQEEI`), DSA (`MIIBuwIBAAKBgQ`), PKCS#12 (`MIIKlgIBAzCC`).
 */
export declare const DER_PRIVATE_KEY_OPENING: RegExp;
/** What a base64-wrapped private key decodes to: a whole key, a damaged one, or no key. */
export declare function base64PrivateKeyState(secret: string): 'key' | 'damaged' | undefined;
/** CRC-16/XMODEM (polynomial 0x1021, initial value 0), as NATS nkeys use it. */
export declare function crc16Xmodem(bytes: Uint8Array): number;
/**
 * A NATS NKEY seed (`SU...`, `SA...`, `SO...`): base32 of two prefix bytes (seed, then the key
 * type), the 32-byte Ed25519 seed and a little-endian CRC-16/XMODEM of what precedes it.
 */
export declare function nkeySeed(secret: string): boolean;
