import { charsPerToken } from './bpe.js';
import { shannonEntropy } from './entropy.js';
import { patternReason, placeholderReason } from './filters.js';
/**
 * Scoring for generic assignments (`password = "..."`, `api_key: ...`): the assignee's name must
 * really name a secret, the file must be one where secrets are written by hand, and the value
 * must look generated rather than written. Returns the confidence, or undefined when the value
 * is not a secret. How confidence is decided is documented in README.md ("Confidence").
 */
/** Name components that mean "this holds a secret" on their own. */
const SECRET_WORDS = new Set([
    'password', 'passwd', 'pwd', 'pass', 'passphrase', 'secret', 'secrets', 'token', 'apikey', 'credential',
    'credentials', 'creds', 'pw', 'privatekey', 'accesskey', 'secretkey', 'authkey', 'clientsecret', 'secrete',
    'passcode', 'passkey', 'apitoken', 'authtoken', 'accesstoken', 'bearer',
]);
/** Components that, before `key` (or `token`), make a secret name: `api_key`, `signing_key`. */
const KEY_QUALIFIERS = new Set([
    'api', 'access', 'secret', 'private', 'auth', 'client', 'encryption', 'signing', 'master', 'app',
    'service', 'account', 'admin', 'shared', 'session', 'license', 'subscription', 'storage', 'sas', 'hmac', 'jwt',
    'iam', 'cloud', 'consumer', 'webhook', 'decryption', 'validation', 'crypt', 'cipher', 'aes', 'sl', 'slapi',
]);
/**
 * Components that, after the secret word, turn the name into metadata about the secret:
 * `password_file`, `token_url`, `secretName`, `passwordMinLength`.
 */
const METADATA_WORDS = new Set([
    'url', 'uri', 'urls', 'endpoint', 'path', 'file', 'filename', 'dir', 'name', 'names', 'type', 'types', 'length',
    'len', 'size', 'count', 'id', 'ids', 'field', 'fields', 'label', 'prompt', 'hint', 'placeholder', 'pattern',
    'regex', 'policy', 'policies', 'expiry', 'expires', 'expiration', 'ttl', 'version', 'header', 'param', 'params',
    'env', 'var', 'mode', 'format', 'algorithm', 'alg', 'provider', 'source', 'ref', 'store', 'manager', 'service',
    'public', 'pub', 'hash', 'hashed', 'digest', 'sha', 'checksum', 'reset', 'forgot', 'confirm', 'confirmation',
    'min', 'max', 'minimum', 'maximum', 'required', 'enabled', 'disabled', 'rotation', 'arn', 'location', 'index',
    'prefix', 'suffix', 'input', 'button', 'error', 'message', 'text', 'title', 'class', 'keyid',
    'strength', 'validator', 'validation', 'check', 'changed', 'updated', 'created', 'at', 'date', 'time',
    'kind', 'key', 'keys', 'list', 'map', 'set', 'callback', 'handler', 'getter', 'setter', 'builder', 'factory',
    'parser', 'lexer', 'stream', 'reader', 'writer', 'encoder', 'decoder', 'regexp', 're', 'visible', 'visibility',
    'icon', 'color', 'style', 'width', 'height', 'selector', 'element', 'component', 'dialog', 'modal', 'form',
    'page', 'view', 'route', 'screen', 'step', 'widget', 'tooltip', 'description', 'desc', 'help', 'doc', 'docs',
    'option', 'options', 'flag', 'flags', 'config', 'settings', 'spec', 'schema', 'template', 'count', 'number',
    'start', 'end', 'pos', 'position', 'offset', 'char', 'chars', 'kinds', 'info', 'data', 'entropy', 'generator',
    'counter', 'limit', 'limits', 'timeout', 'interval', 'lifetime', 'age', 'cache', 'storage', 'state', 'status',
    'request', 'response', 'req', 'res', 'result', 'results', 'exists', 'valid', 'invalid', 'expired', 'sent',
    'usage', 'scope', 'scopes', 'audience', 'issuer', 'claim', 'claims', 'owner', 'holder', 'user', 'username',
    'login', 'email', 'mail', 'host', 'hostname', 'port', 'region', 'bucket', 'table', 'column', 'db', 'database', 'mgr', 'md5', 'sha1', 'sha2',
    'sha256', 'sha384', 'sha512', 'bcrypt', 'crypt', 'encryption', 'encoder', 'hasher', 'hashing', 'method', 'strategy',
    'complexity', 'salt', 'iterations', 'arg', 'args', 'argument', 'last', 'used',
]);
/**
 * Components that, before the secret word, name something that is not a credential: a CSRF
 * token is per session, a page token is a cursor, a public key is public, a lexer token is syntax.
 */
const NON_CREDENTIAL_QUALIFIERS = new Set([
    'public', 'pub', 'csrf', 'xsrf', 'page', 'next', 'prev', 'previous', 'continuation', 'cursor', 'sync', 'cancellation',
    'cancel', 'lexer', 'parser', 'syntax', 'ast', 'current', 'last', 'first', 'end', 'start', 'eof',
    'verification', 'idempotency', 'nonce', 'request', 'correlation', 'pagination', 'resume', 'upload', 'device',
    'registration', 'push', 'fcm', 'apns', 'forgot', 'reset', 'new', 'old', 'confirm',
    'hashed', 'hash', 'sha1', 'sha256', 'sha512', 'md5', 'bcrypt', 'encrypted', 'masked', 'store', 'vault', 'authenticity', 'sample', 'example', 'dummy', 'fake', 'mock', 'test', 'default', 'empty',
    'invalid', 'expired', 'bad', 'wrong', 'missing', 'unknown', 'max', 'min', 'is', 'has', 'show', 'hide', 'toggle',
    'no', 'without', 'use', 'uses', 'enable', 'disable', 'allow', 'require', 'requires', 'need', 'needs', 'get', 'set',
    'update', 'delete', 'create', 'list', 'describe', 'rotate', 'import', 'put', 'remove', 'generate', 'revoke', 'validate',
]);
/**
 * Before `token`: what the token does in a protocol, not whom it authenticates. API references
 * (AWS, Azure, Google) name pagination, concurrency and idempotency tokens this way.
 */
const PROTOCOL_TOKEN_QUALIFIERS = new Set([
    'change', 'lock', 'client', 'starting', 'lifecycle', 'action', 'update', 'export', 'copy', 'product', 'unit', 'policy',
    'marker', 'batch', 'job', 'task', 'sequence', 'commit', 'transaction', 'execution', 'operation', 'retry', 'delete',
    'continue', 'paging', 'deployment', 'notification', 'subscription', 'invitation', 'confirmation', 'validation', 'identity',
    'captcha', 'recaptcha', 'hcaptcha', 'turnstile',
]);
/** Components anywhere before the secret word that say the value is not a real credential. */
const NOT_REAL_WORDS = new Set([
    'non', 'not', 'invalid', 'wrong', 'bad', 'fake', 'mock', 'mocked', 'dummy', 'sample', 'example', 'expired', 'revoked',
    'malformed', 'bogus', 'placeholder', 'stub', 'redacted', 'masked', 'obfuscated', 'hashed', 'encrypted',
]);
/** Extensions of languages where a secret is a quoted literal; unquoted values there are code. */
const CODE_EXTENSIONS = new Set([
    'js', 'jsx', 'mjs', 'cjs', 'ts', 'tsx', 'mts', 'cts', 'py', 'pyi', 'rb', 'go', 'java', 'kt', 'kts', 'scala', 'cs', 'php',
    'rs', 'swift', 'c', 'h', 'cc', 'cpp', 'hpp', 'm', 'mm', 'dart', 'lua', 'groovy', 'vue', 'svelte', 'ex', 'exs', 'clj',
    'tf', 'hcl', 'json', 'cls', 'r', 'pl', 'pm', 'jl', 'fs', 'vb',
]);
/** Languages where a single-quoted literal is one character, so `'...'` is never a string secret. */
const C_FAMILY_EXTENSIONS = new Set(['c', 'h', 'cc', 'cpp', 'hpp', 'cs', 'm', 'mm']);
/**
 * Files where generic assignments are not hand-written configuration: lockfiles and checksum
 * databases (integrity hashes under `resolved`/`integrity` keys), translation catalogs (prose
 * under keys such as `password_hint`), source maps and minified bundles.
 */
const NOT_CONFIG_PATH = /(?:^|\/)(?:package-lock\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.yaml|bun\.lock|go\.sum|go\.mod|Cargo\.lock|poetry\.lock|Pipfile\.lock|composer\.lock|Gemfile\.lock|mix\.lock|pubspec\.lock|Podfile\.lock|packages\.lock\.json|gradle\.lockfile|[^/]+\.lock)$|\.(?:po|pot|xlf|xliff|strings|stringsdict|map)$|\.min\.(?:js|css)$|(?:^|\/)(?:locales?|i18n|l10n|translations?|lang)\//;
export function splitIdentifier(name) {
    return name
        .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
        .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
        .toLowerCase()
        .split(/[^a-z0-9]+/)
        .filter(Boolean);
}
/**
 * Whether an assignee name (`DB_PASSWORD`, `stripeApiKey`, `client-secret`) names a secret: it
 * holds a secret word that no later component turns into metadata (`password_file`) and no
 * earlier one into a non-credential (`csrf_token`, `publicKey`).
 */
export function namesSecret(name) {
    return secretWordOf(name) !== undefined;
}
/**
 * Answers by name and mode (lifecycle, list), bounded: the same names come back on every line of
 * a config and for every argument of a Terraform module, and splitting them was a visible share
 * of a scan.
 */
const secretWords = [new Map(), new Map(), new Map(), new Map()];
const SECRET_WORD_CACHE_SIZE = 4096;
/**
 * The secret word that makes a name name a secret (`password` in `DB_PASSWORD`), if it does.
 * `list`: the name is bound to a list of literals, where a plural (`tokens`, `API_KEYS`) names its
 * elements; elsewhere a plural is prose or a collection (`access tokens: dckr_pat_`, `sort_keys`).
 */
export function secretWordOf(name, lifecycle = false, list = false) {
    const cache = secretWords[(lifecycle ? 1 : 0) | (list ? 2 : 0)];
    const known = cache.get(name);
    if (known !== undefined)
        return known ?? undefined;
    const word = findSecretWord(name, lifecycle, list);
    if (cache.size >= SECRET_WORD_CACHE_SIZE)
        cache.clear();
    cache.set(name, word ?? null);
    return word;
}
function findSecretWord(name, lifecycle, list) {
    // A trailing number numbers a password field (`password1`, `password2`), it does not change it;
    // a plural bound to a list holds several of the same (`API_KEYS = [...]`, `Tokens: []string{...}`).
    const parts = splitIdentifier(name).map((part) => {
        const unnumbered = part.replace(/(?<=[a-z])\d+$/, '');
        if (PASSWORD_WORDS.has(unnumbered))
            return unnumbered;
        return (list && PLURAL_SECRET_WORDS.get(part)) || part;
    });
    // A public key or token (`publicKeyToken`, `pub_key_secret_id`) is published by design.
    const publicAt = parts.findIndex((part) => part === 'public' || part === 'pub');
    for (let i = parts.length - 1; i >= 0; i--) {
        // Lower-case compounds end in the password or secret word: PGPASSWORD, mysqlrootpwd, appsecret.
        const compound = COMPOUND_SECRET.exec(parts[i]);
        const part = compound ? compound[1] : parts[i];
        const isSecret = SECRET_WORDS.has(part) || ((part === 'key' || part === 'token') && i > 0 && KEY_QUALIFIERS.has(parts[i - 1]));
        if (!isSecret)
            continue;
        const prefix = compound ? parts[i].slice(0, -part.length) : '';
        const kept = (qualifier) => lifecycle && PASSWORD_WORDS.has(part) && PASSWORD_LIFECYCLE.has(qualifier);
        if ((NON_CREDENTIAL_QUALIFIERS.has(prefix) && !kept(prefix)) || NOT_REAL_WORDS.has(prefix))
            return undefined; // resetpassword, fakepassword
        if (parts.slice(i + 1).some((later) => METADATA_WORDS.has(later)))
            return undefined;
        // A token named for what it does to a request is a cursor, a lock or an idempotency key:
        // ChangeToken, LockToken, ClientToken, --starting-token, LifecycleActionToken.
        if (part === 'token' && i > 0 && PROTOCOL_TOKEN_QUALIFIERS.has(parts[i - 1]))
            return undefined;
        const qualifierAt = part === 'key' || (part === 'token' && KEY_QUALIFIERS.has(parts[i - 1] ?? '')) ? i - 2 : i - 1;
        if (qualifierAt >= 0 && NON_CREDENTIAL_QUALIFIERS.has(parts[qualifierAt]) && !kept(parts[qualifierAt]))
            return undefined;
        if (parts.slice(0, i).some((earlier) => NOT_REAL_WORDS.has(earlier)))
            return undefined;
        if (publicAt >= 0 && publicAt < i)
            return undefined;
        return part;
    }
    return undefined;
}
/**
 * Before a password word, where in its life the password is (`new_password`, `oldPassword`,
 * `default_password`, `test_password`; a confirmation repeats another field): a form field's name as often as a password set in code,
 * so such a name alone vouches for less (see scoreGenericSecret).
 */
const PASSWORD_LIFECYCLE = new Set(['new', 'old', 'current', 'default', 'test']);
/** Plurals read as their singular: a list of keys or tokens holds keys or tokens. */
const PLURAL_SECRET_WORDS = new Map([
    ['keys', 'key'], ['tokens', 'token'], ['passwords', 'password'], ['apikeys', 'apikey'],
]);
const COMPOUND_SECRET = /^[a-z]{2,24}?(password|passwd|pwd|secret)$/;
/** Secret words that name something a person chooses: a password is often a word, or words. */
const PASSWORD_WORDS = new Set(['password', 'passwd', 'pwd', 'pass', 'passphrase', 'passcode', 'pw', 'secrete']);
/** Whether a secret word names something a person chooses (`password`, `pwd`, `passphrase`). */
export function isPasswordWord(word) {
    return word !== undefined && PASSWORD_WORDS.has(word);
}
/** The secret word of an assignee, whether assigned to (`DB_PASSWORD = ...`) or set (`setPassword(...)`). */
export function secretWordOfAssignee(name) {
    return secretWordOf(name) ?? secretWordOfSetter(name);
}
/** Whether a name says a person chose its value (`DB_PASSWORD`, `rootPwd`, `DEFAULT_PASS`): weak values count there. */
export function namesPassword(name) {
    // `DEFAULT_PASS`, `new_password`: still where a person's password is written, if a weaker vouch.
    return isPasswordWord(secretWordOfAssignee(name) ?? secretWordOf(name, true));
}
/** A path's extension, lower-cased; a leading dot starts a name (`.npmrc`), not an extension. */
export function extensionOf(path) {
    if (!path)
        return undefined;
    const slash = path.lastIndexOf('/');
    const dot = path.lastIndexOf('.');
    if (dot <= slash + 1)
        return undefined;
    return path.slice(dot + 1).toLowerCase();
}
export function isCodePath(path) {
    const extension = extensionOf(path);
    return extension !== undefined && CODE_EXTENSIONS.has(extension);
}
/** Configuration formats: a password there is a setting someone typed, not a label or prose. */
const CONFIG_EXTENSIONS = new Set([
    'env', 'ini', 'cfg', 'cnf', 'conf', 'properties', 'yaml', 'yml', 'toml', 'json', 'xml', 'config', 'tf', 'tfvars', 'hcl',
]);
/** A configuration file: by extension (`docker-compose.yml` too), or `.env`, `.env.local`, `Dockerfile`. */
export function isConfigPath(path) {
    if (!path)
        return false;
    const base = path.slice(path.lastIndexOf('/') + 1);
    if (/^\.env(?:\..+)?$|^Dockerfile/.test(base))
        return true;
    const extension = extensionOf(path);
    return extension !== undefined && CONFIG_EXTENSIONS.has(extension);
}
/** Lockfiles, checksum databases, translation catalogs, source maps and minified bundles. */
export function isNotConfigPath(path) {
    return path !== undefined && NOT_CONFIG_PATH.test(path);
}
/** A value shaped like code, not data: `config.password`, `getToken()`, `self.secret`, `args[0]`. */
const CODE_REFERENCE = /^(?:[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+|[A-Za-z_$][\w$.]*\(.*|[A-Za-z_$][\w$]*\[.*)$/;
/**
 * Code only if its names read as names: a token such as `hvs.UeledHRZHeDFHzMGL3ZDF2gyjniYpM` has
 * the shape of `a.b` too, but its long random part tokenizes like noise, not like words.
 */
function isCodeReference(value) {
    if (!CODE_REFERENCE.test(value))
        return false;
    const names = value.match(/[A-Za-z_$][\w$]*/g) ?? [];
    // Names are mostly letters: `ce63424bc55028318325caac4f` after a dot is data, not a member.
    return names.every((name) => (name.length < 12 || charsPerToken(name) >= 2.5) && (name.match(/\d/g)?.length ?? 0) / name.length < 0.3);
}
/**
 * Values shaped like names: identifiers in any case style and words joined by `_` or `-`. In
 * code they are names, not secrets; as a password in a configuration file, a person may well
 * have chosen one (`thisIsDog11`, `correct-horse-battery`).
 */
const NAME_SHAPED = [
    /^[_$]*[a-z]+(?:[A-Z][a-z]+)+\d{0,3}$/, // camelCase
    /^[_$]*(?:[A-Z]{2,}|[A-Z][a-z]+)(?:[A-Z][a-z]+)+\d{0,3}$/, // PascalCase, acronyms included (RSAPrivateKey)
    /^[_$]+[A-Za-z]+$/, // private names: _secret, $token
    /^[a-z]+(?:[_-][a-z]+)+$/i, // snake or dashed words
];
/**
 * Values that are references or data, never secrets: constant names (an environment variable's
 * name), dotted or path-like words, paths, URLs, dates, versions, numbers, hashes with their
 * algorithm, base64 images, MIME types, host names, colours, regular expressions.
 */
const NOT_A_SECRET = [
    /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/, // CONSTANT_CASE
    /^[a-z]+(?:[._:/-][a-z]+)*[.:/][a-z]+(?:[._:/-][a-z]+)*$/i, // dotted, colon or path words: db.password, a/b
    /^(?:\.{0,2}\/|~\/|[A-Za-z]:\\)/, // file paths
    /^[a-z][a-z0-9+.-]{1,20}:\/\//i, // URLs: a URL with a password has its own rules
    /^data:[\w/+.-]+;base64,/, // data URIs (images, fonts)
    /^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+Z?)?$/, // dates
    /^(?:[\^~]|[<>]=?)?v?\d+(?:\.\d+){1,3}(?:[-+][\w.]+)?$/, // versions and version ranges (^1.4.6)
    /^[-+]?\d+(?:\.\d+)?$/, // numbers
    /^(?:sha1|sha256|sha384|sha512|md5)[-:][A-Za-z0-9+/=]+$/i, // integrity strings and digests with their algorithm
    /^(?:[\w-]+\.)+(?:com|org|net|io|dev|local|internal|svc|cluster)$/i, // host names
    /^[a-z]+\/[a-z0-9.+-]+$/i, // MIME types
    /^#[0-9a-f]{3,8}$/i, // colours
    /^#[a-z]+$/, // a colour's name, an anchor or a directive: #ansiyellow, #bygroup
    /\(\?[:=!<]|\[\^|\\[dswbDSWB][*+?{]?|%[sd]\b|\{\d*\}|\[[^\]]{2,}\](?:[*+]|\{\d)/, // regular expressions and format strings
    // Password hashes are what a server stores instead of the password: bcrypt, sha-crypt, MD5-crypt,
    // yescrypt, argon2, scrypt, PBKDF2 (Django, Werkzeug), LDAP schemes ({SSHA}, {CRYPT}).
    /^\$(?:2[abxy]?|[156]|apr1|y|7|argon2(?:id|i|d)|scrypt|pbkdf2(?:-sha\d+)?)\$/,
    /^(?:pbkdf2_sha\d+|argon2|bcrypt(?:_sha256)?|scrypt)\$|^pbkdf2:sha\d+:\d+\$|^scrypt:\d+:/,
    /^\{(?:SSHA|SHA|SMD5|MD5|CRYPT|SSHA256|SSHA512|SHA256|SHA512|PBKDF2(?:-SHA\d+)?|ARGON2|BCRYPT)\}/i,
    /^\{?AQAAAB[A-Za-z0-9+/]{20,}={0,2}\}?$/, // Jenkins secrets encrypted with the controller's key
    /^["'\x60]\s*[.+]|[.+]\s*["'\x60]$/, // a piece of a concatenation: '".md5($password)."'
    /^--?[a-z][\w-]*=?$/, // command-line flags: --remote, -W
    /^(?:file|env|fd):|^stdin$/, // where OpenSSL reads a password from: -pass file:/run/key, -passin env:PASS
    /^[A-Za-z][\w.-]*\\[\w.$-]+$/, // a Windows account: DOMAIN\user
    /^[a-z_]+=$/, // a keyword argument's name: help=
    /^[A-Za-z_][\w.]*[({]$/, // an opening call or block: gin.H{
    /^[a-z]+'[a-z]{1,2}$/i, // contractions: don't, it's
    /^scram-sha-\d+$|^(?:md5|sha\d*|bcrypt|pbkdf2|argon2\w*)$/i, // hashing schemes: password_encryption = 'scram-sha-256'
];
/**
 * base64 that decodes to readable text is judged by that text: `YWRtaW46cGFzc3dvcmQ=` is
 * `admin:password`, `bm90IGEgcmVhbCBwYXNzd29yZA==` is `not a real password`.
 */
function decodesToPlaceholder(value) {
    if (value.length < 8 || !/^[A-Za-z0-9+/]+={0,2}$/.test(value))
        return false;
    const decoded = Buffer.from(value, 'base64').toString('latin1');
    if (!/^[\x20-\x7e]+$/.test(decoded))
        return false;
    if (placeholderReason(decoded))
        return true;
    const parts = decoded.split(/[:\s]+/).filter(Boolean);
    if (parts.some((part) => placeholderReason(part)))
        return true;
    return / /.test(decoded) && charsPerToken(decoded) >= 3;
}
/**
 * A name-shaped value made of several words, one of which names a credential field or a header
 * (`password_confirmation`, `new_password`, `auth_token`, `User-Agent`): a field's name, as in an
 * argument list or a form, not a password a person chose.
 */
const FIELD_WORDS = new Set([
    ...SECRET_WORDS, 'key', 'auth', 'confirmation', 'agent', 'type', 'length', 'version', 'name', 'value', 'string', 'example',
    'sample', 'random', 'default', 'dummy', 'fake',
]);
function namesAField(value) {
    const parts = splitIdentifier(value);
    return parts.length >= 2 && parts.some((part) => FIELD_WORDS.has(part));
}
/** UUIDs of versions 1, 2, 3 and 5 are derived (time, MAC, names), not random; version 4 is random. */
const RANDOM_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const DERIVED_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[12350][0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A name or a piece of data (see NAME_SHAPED and NOT_A_SECRET): not a secret by itself. */
export function looksLikeData(value) {
    return isNameShaped(value) || isDataShaped(value);
}
function isNameShaped(value) {
    return NAME_SHAPED.some((pattern) => pattern.test(value));
}
function isDataShaped(value) {
    if (DERIVED_UUID.test(value))
        return true;
    return NOT_A_SECRET.some((pattern) => pattern.test(value));
}
function characterClasses(value) {
    const lower = /[a-z]/.test(value);
    const upper = /[A-Z]/.test(value);
    const digit = /[0-9]/.test(value);
    const symbol = /[^A-Za-z0-9]/.test(value);
    return { lower, upper, digit, symbol, count: Number(lower) + Number(upper) + Number(digit) + Number(symbol) };
}
/** The alphabet a value is drawn from, and its size (what entropy is measured against). */
function alphabetSize(classes, value) {
    // Hex, possibly after a short version or kind prefix (`v1.ce6342...`, `sha1-0a9f...`).
    const body = value.replace(/^[A-Za-z0-9]{1,10}[._:-](?=.{16})/, '');
    if (/^[0-9a-f]+$/.test(body) || /^[0-9A-F]+$/.test(body))
        return 16;
    return (classes.lower ? 26 : 0) + (classes.upper ? 26 : 0) + (classes.digit ? 10 : 0) + (classes.symbol ? 20 : 0);
}
/** Values past 256 characters (a key or certificate in a Kubernetes Secret): generated if dense. */
function scoreLongValue(value) {
    if (value.length > 16384 || patternReason(value.slice(0, 256)))
        return undefined;
    const entropy = shannonEntropy(value);
    const score = { length: value.length, classes: characterClasses(value).count, entropy, entropyRatio: entropy / 6 };
    return entropy >= 4.5 ? { confidence: 'medium', score } : undefined;
}
/** A passphrase: two to twelve words of printable text (`correct horse battery staple`). */
const PASSPHRASE = /^(?=.{8,128}$)[!-~\u00a1-\u00bf]+(?: [!-~\u00a1-\u00bf]+){1,11}$/;
/**
 * Scores a value alone (no name, no path): undefined when it is data, a name or a word;
 * `low` when built by hand.
 */
export function scoreValue(value, options = {}) {
    const words = options.wordsArePasswords === true;
    // A weak password: reported at low; its entropy says nothing more, so the ratio is not computed.
    const weak = () => ({ confidence: 'low', score: { length: value.length, classes: characterClasses(value).count, entropy: shannonEntropy(value), entropyRatio: 0 } });
    if (!/[A-Za-z0-9]/.test(value))
        return undefined; // punctuation only: a separator line, a mask
    if (/\s/.test(value))
        return (options.passphrases ?? words) && PASSPHRASE.test(value) ? weak() : undefined;
    // Four characters can be a person's password (`root`, `gorm`); a generated secret is longer.
    if (value.length < (words ? 4 : 6))
        return undefined;
    if (value.length > 256)
        return scoreLongValue(value);
    // Six digits or more chosen as a password are a PIN-like password (`121212`), not a number.
    if (words && /^\d{6,16}$/.test(value))
        return weak();
    if (isDataShaped(value) || isCodeReference(value))
        return undefined;
    if (isNameShaped(value))
        return words && !namesAField(value) ? weak() : undefined;
    if (decodesToPlaceholder(value))
        return undefined;
    const classes = characterClasses(value);
    const entropy = shannonEntropy(value);
    const maxEntropy = Math.log2(Math.min(value.length, Math.max(2, alphabetSize(classes, value))));
    const score = { length: value.length, classes: classes.count, entropy, entropyRatio: entropy / maxEntropy };
    if (RANDOM_UUID.test(value))
        return { confidence: 'medium', score }; // 122 random bits, a common API key form
    if (classes.count === 1 && (classes.lower || classes.upper) && value.length < 20)
        return words ? weak() : undefined; // a word
    // Built by hand (abcd1234abcd1234, a keyboard row): a weak secret or a fixture, not a random one.
    if (patternReason(value))
        return { confidence: 'low', score };
    if (score.entropyRatio < 0.7)
        return undefined; // few distinct characters for its length
    // Long values with a rich alphabet and near-maximal entropy are generated: no need for the tokenizer.
    if (value.length >= 20 && classes.count >= 3 && score.entropyRatio >= 0.85)
        return { confidence: 'high', score };
    score.charsPerToken = charsPerToken(value);
    if (score.charsPerToken >= 3)
        return words ? weak() : undefined; // words, identifiers, well-known passwords
    if (classes.count === 1 && classes.digit)
        return { confidence: 'low', score }; // PINs, ids, timestamps
    if (value.length >= 16 && classes.count >= 2 && score.charsPerToken <= 2.2 && entropy >= 3.5)
        return { confidence: 'high', score };
    if (value.length >= 8 && classes.count >= 2 && score.charsPerToken <= 2.0)
        return { confidence: 'medium', score };
    if (value.length >= 6 && classes.count >= 3 && score.charsPerToken <= 1.6)
        return { confidence: 'medium', score };
    return { confidence: 'low', score };
}
/**
 * A value in a slot that holds a credential by construction (the password of a URL, a `curl -u`
 * argument, a Kubernetes Secret's data), scored alone. Generated-looking values get their score;
 * anything else that is not data or code is still a password there (`user:pass@host`,
 * `admin:Summer2024`, base64 of `admin:password`): `low`.
 */
export function scoreSlotValue(value) {
    const scored = scoreValue(value);
    if (scored)
        return scored.confidence;
    if (value.length > 256)
        return undefined; // long values were judged as keys or documents
    if (!/[A-Za-z0-9]/.test(value))
        return undefined; // `...`, `***`: elided or masked
    if (looksLikeData(value) || isCodeReference(value))
        return undefined;
    return 'low';
}
/** Read-only tokens made to be published: README badge URLs (Codecov's graph token). */
const BADGE_CONTEXT = /\/badge(?:\.svg)?\?(?:[\w-]+=[^&\s]*&)*$/i;
/**
 * An unquoted value followed by more words is a word of prose: `the --password flag may be
 * used`, `Password: whatever you set`, `DOMAIN_PASSWORD= WebLogic admin username`.
 */
const PROSE_AFTER = /^[ \t]+[A-Za-z][a-z]+(?:[ \t]+[A-Za-z(`]|[.,;:!?]?[ \t]*$)/;
/** Between a name and the first element of its list: `= ["`, `: []string{"`, `= new String[]{"`. */
const LIST_BETWEEN = /[[{][ \t]*["'\x60]$/;
/** Only quotes and a comma between name and value: a list or positional arguments (`"password", "x"`). */
const POSITIONAL = /^["'\x60]?[ \t]*,[ \t]*["'\x60]?$/;
/**
 * The secret word of a call's name, when the call sets a secret: `setPassword("v")`,
 * `withApiKey("v")`, a builder's `.password("v")`; not `checkPassword("v")` or `hashPassword("v")`.
 */
function secretWordOfSetter(name) {
    const callee = name.slice(name.lastIndexOf('.') + 1);
    const parts = splitIdentifier(callee);
    const setter = parts[0] === 'set' || parts[0] === 'with';
    // A capitalised callee is a constructor (`AccessToken("key", "secret")`): its arguments are not named.
    if (!setter && /^[A-Z]/.test(callee))
        return undefined;
    const rest = setter ? parts.slice(1) : parts;
    if (rest.length === 0 || rest.length > (setter ? 3 : 2))
        return undefined;
    if (!setter && rest.length === 2 && !KEY_QUALIFIERS.has(rest[0]))
        return undefined;
    return secretWordOf(rest.join('_'));
}
export function scoreGenericSecret({ name, before, between, value, after, quoted, quote, path }) {
    // A type's qualified name (`"AWS::ApiGateway::ApiKey": "<hash>"`, `Net::HTTP::Token`) is not a variable.
    if (before !== undefined && /::$/.test(before))
        return undefined;
    // The name of an interpolation (`${DB_PASSWORD:?message}`, `${TOKEN:-}`) names a reference;
    // what follows its operator is a message or a default, not an assigned value.
    if (before !== undefined && /\$\{$/.test(before))
        return undefined;
    // An interpolated string (f"{registry}:{token}", $"{user}") is built from references.
    if (between !== undefined && /[fF$]["']$/.test(between) && /\{[^{}]+\}/.test(value))
        return undefined;
    const isCall = between !== undefined && /^[ \t]*\(/.test(between);
    const list = between !== undefined && LIST_BETWEEN.test(between);
    let secretWord = isCall ? secretWordOfSetter(name) : secretWordOf(name, false, list);
    // `new_password = "..."`: a password still, but the name also names form fields, so the name
    // vouches for `low` only (the ranker weighs the rest of the evidence).
    const lifecycle = !secretWord && !isCall ? secretWordOf(name, true, list) : undefined;
    secretWord ??= lifecycle;
    if (!secretWord)
        return undefined;
    if (before && BADGE_CONTEXT.test(before))
        return undefined;
    if (isNotConfigPath(path))
        return undefined;
    const extension = extensionOf(path);
    if (quote === "'" && extension !== undefined && C_FAMILY_EXTENSIONS.has(extension))
        return undefined;
    // Unquoted in code is an expression (`password = getPassword()`), not a literal.
    if (!quoted && isCodePath(path))
        return undefined;
    if (!quoted && after !== undefined && PROSE_AFTER.test(after))
        return undefined;
    // A value ending in a closing bracket it never opened was cut from code or a filter: `@token)`, `A*))`.
    if (!quoted && /[)\]}]$/.test(value) && count(value, /[)\]}]/g) > count(value, /[([{]/g))
        return undefined;
    // Unquoted, a sigil makes a variable: Ruby's @token, PHP's and the shell's $adminPassword.
    if (!quoted && /^[@$][A-Za-z_]\w*$/.test(value))
        return undefined;
    // A password is chosen by a person, in any file: a word there is a weak password (`low`). A
    // spaced value is a passphrase only in a configuration file; in code it is more often prose.
    // In a list of names or positional arguments a word is another name (`["login", "password", "remember"]`).
    const wordsArePasswords = PASSWORD_WORDS.has(secretWord) && !(between !== undefined && POSITIONAL.test(between));
    const passphrases = wordsArePasswords && isConfigPath(path);
    const confidence = scoreValue(value, { wordsArePasswords, passphrases })?.confidence;
    return lifecycle && confidence ? 'low' : confidence;
}
function count(value, pattern) {
    return value.match(pattern)?.length ?? 0;
}
