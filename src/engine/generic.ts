import type { Confidence } from '../types.js';
import { shannonEntropy } from './entropy.js';

/**
 * Scoring for generic assignments (`password = "..."`, `api_key: ...`): the assignee's name must
 * really name a secret, and the value must look like one. Returns the confidence, or undefined
 * when the value is not a secret.
 */

/** Name components that mean "this holds a secret" on their own. */
const SECRET_WORDS = new Set([
  'password', 'passwd', 'pwd', 'pass', 'passphrase', 'secret', 'secrets', 'token', 'apikey', 'credential',
  'credentials', 'creds', 'pw', 'privatekey', 'accesskey', 'secretkey', 'authkey', 'clientsecret',
]);

/** Components that, before `key` (or `token`), make a secret name: `api_key`, `signing_key`. */
const KEY_QUALIFIERS = new Set([
  'api', 'access', 'secret', 'private', 'auth', 'client', 'encryption', 'signing', 'master', 'app',
  'service', 'account', 'admin', 'shared', 'session', 'license', 'subscription', 'storage', 'sas', 'hmac', 'jwt',
]);

/** Components that turn a secret-looking name into metadata about the secret. */
const METADATA_WORDS = new Set([
  'url', 'uri', 'urls', 'endpoint', 'path', 'file', 'filename', 'dir', 'name', 'names', 'type', 'types', 'length',
  'len', 'size', 'count', 'id', 'ids', 'field', 'fields', 'label', 'prompt', 'hint', 'placeholder', 'pattern',
  'regex', 'policy', 'policies', 'expiry', 'expires', 'expiration', 'ttl', 'version', 'header', 'param', 'params',
  'env', 'var', 'mode', 'format', 'algorithm', 'alg', 'provider', 'source', 'ref', 'store', 'manager', 'service',
  'public', 'pub', 'hash', 'hashed', 'digest', 'sha', 'checksum', 'reset', 'forgot', 'confirm', 'confirmation',
  'min', 'max', 'minimum', 'maximum', 'required', 'enabled', 'disabled', 'rotation', 'arn', 'location', 'index',
  'prefix', 'suffix', 'input', 'button', 'error', 'message', 'text', 'title', 'class', 'key_id', 'keyid', 'ref',
  'strength', 'validator', 'validation', 'check', 'changed', 'updated', 'created', 'at', 'date', 'time',
]);

/** Extensions of languages where a secret is a quoted literal; unquoted values there are code. */
const CODE_EXTENSIONS = new Set([
  'js', 'jsx', 'mjs', 'cjs', 'ts', 'tsx', 'mts', 'cts', 'py', 'rb', 'go', 'java', 'kt', 'kts', 'scala', 'cs', 'php',
  'rs', 'swift', 'c', 'h', 'cc', 'cpp', 'hpp', 'm', 'mm', 'dart', 'lua', 'groovy', 'vue', 'svelte', 'ex', 'exs', 'clj',
  'tf', 'hcl', 'json',
]);

export function splitIdentifier(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** Whether an assignee name (`DB_PASSWORD`, `stripeApiKey`, `client-secret`) names a secret. */
export function namesSecret(name: string): boolean {
  const parts = splitIdentifier(name);
  if (parts.length === 0) return false;
  const last = parts[parts.length - 1]!;
  if (METADATA_WORDS.has(last)) return false;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (SECRET_WORDS.has(part)) return true;
    if ((part === 'key' || part === 'token') && i > 0 && KEY_QUALIFIERS.has(parts[i - 1]!)) return true;
  }
  return false;
}

export function isCodePath(path: string | undefined): boolean {
  if (!path) return false;
  const dot = path.lastIndexOf('.');
  if (dot < 0 || dot < path.lastIndexOf('/')) return false;
  return CODE_EXTENSIONS.has(path.slice(dot + 1).toLowerCase());
}

/** A value that is code, not data: `config.password`, `getToken()`, `self.secret`. */
const CODE_REFERENCE = /^(?:[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+|[A-Za-z_$][\w$.]*\(.*|[A-Za-z_$][\w$]*\[.*)$/;

interface CharacterClasses {
  lower: boolean;
  upper: boolean;
  digit: boolean;
  symbol: boolean;
}

function characterClasses(value: string): CharacterClasses {
  return {
    lower: /[a-z]/.test(value),
    upper: /[A-Z]/.test(value),
    digit: /[0-9]/.test(value),
    symbol: /[^A-Za-z0-9]/.test(value),
  };
}

export interface GenericCandidate {
  name: string;
  value: string;
  quoted: boolean;
  path?: string;
}

export function scoreGenericSecret({ name, value, quoted, path }: GenericCandidate): Confidence | undefined {
  if (!namesSecret(name)) return undefined;
  if (value.length < 6 || value.length > 256) return undefined;
  if (!quoted && (isCodePath(path) || CODE_REFERENCE.test(value))) return undefined;
  if (/\s/.test(value)) return undefined;

  const classes = characterClasses(value);
  const classCount = Number(classes.lower) + Number(classes.upper) + Number(classes.digit) + Number(classes.symbol);
  const entropy = shannonEntropy(value);
  if (classCount === 1 && !classes.digit && entropy < 3.5) return undefined; // a plain word or identifier
  if (/^[a-z]+(?:[_-][a-z]+)+$/.test(value)) return undefined; // kebab or snake words

  if (value.length >= 16 && entropy >= 3.5 && classCount >= 2) return 'high';
  if (value.length >= 8 && classCount >= 3 && entropy >= 2.5) return 'medium';
  if (value.length >= 12 && classCount >= 2 && entropy >= 3.0) return 'medium';
  return 'low';
}
