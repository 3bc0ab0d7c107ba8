/**
 * False-positive filters every rule's captured secret goes through, and the one place that
 * decides what their verdict means: dropped (never reported) or demoted (reported at `low`).
 *
 * Dropped, whatever the rule: values that are certainly not secrets.
 * - `documented-example`: keys and tokens that vendors and RFCs publish in their docs;
 * - `template`: a reference to a value kept elsewhere (`${VAR}`, `{{ x }}`, `process.env.X`);
 * - `placeholder`: the whole value stands for "put the real secret here": a stand-in word
 *   (`changeme`), a wrapper around a name (`<your-token>`, `[REDACTED]`), a phrase
 *   (`your_api_key_here`, `REPLACE_WITH_TOKEN`), or nothing but a mask (`xxxxxxxx`, `****`).
 *
 * - `mask`: a value whose body is typed over with the conventional mask characters (x, X, *, •,
 *   #, dots, dashes, underscores) after any prefix: `AKIAXXXXXXXXXXXXXXXX`, `AP6xxxxxxxxxx`,
 *   `ghp_xxxxxxxxxxxxxxxxxxxx`. People type these to hide a value or to leave it to be filled;
 *   no generated token looks like that, so a provider format does not make it a secret.
 *
 * Hand-made values, judged by the evidence around them (`Evidence`):
 * - `repeat`: runs of one other character in a value that has more to it
 *   (`AKIAZZZZZZZZZZZZZZZZ`, `sk_live_0000...`, `tskey-api-AAAA...`): a fixture, most likely;
 * - `marker`: a value that calls itself a sample (`...EXAMPLE`, `abc12fake`, `dummy`, `mock`);
 * - `pattern`: built by hand rather than generated (`abcd1234abcd1234`, `12345678-ABCD-ABCD-...`,
 *   a keyboard row, an alphabet run).
 * In a provider's exact format or in a slot that holds a credential by construction (the
 * password of a URL, a Kubernetes Secret's data) these are reported at `low` (a fixture, most
 * likely, but the shape is the real one: visible with `--min-confidence low`). A value that is
 * only bound to a secret-looking name is dropped when masked or marked as a sample, and reported
 * at `low` when hand-made (`password: abcd1234` is a weak password, not a placeholder). A
 * stand-in word captured by a provider's format or a slot is a password there too
 * (`user:pass@host`, `admin:changeme@host`): `low`, unless it names the field
 * (`user:password@host` writes the syntax); bound only to a name, it is dropped
 * (`password = "changeme"`).
 */
/** Whole values that stand for "put the real secret here". */
const PLACEHOLDER_WORDS = new Set([
    'changeme', 'change_me', 'change-me', 'changeit', 'change_it', 'changethis', 'change_this', 'replaceme', 'replace_me',
    'password', 'passwd', 'secret', 'token', 'apikey', 'api_key', 'api-key', 'key', 'example', 'sample', 'dummy', 'placeholder',
    'redacted', 'removed', 'hidden', 'masked', 'notset', 'not_set', 'unset', 'none', 'null', 'nil', 'undefined', 'empty',
    'true', 'false', 'yes', 'no', 'todo', 'tbd', 'fixme', 'foo', 'bar', 'baz', 'foobar', 'test', 'testing', 'default',
    'secret123', 'password123', 'password1', 'pass123', 'admin', 'root', 'guest', 'user', 'username', 'pass', 'pwd',
    'mypassword', 'mysecret', 'mytoken', 'yourpassword', 'yoursecret', 'yourtoken', 'xxx', 'abc123', 'qwerty', 'letmein',
    'fake', 'invalid', 'mock', 'stub', 'string', 'value', 'required', 'optional', 'omitted', 'n/a', 'na', 'insert',
    'p@ssw0rd', 'passw0rd', 'p@ssword', 'hunter2', 'secretkey', 'secret_key', 'supersecret', 'topsecret',
    // JavaScript's typeof names: `typeof password === 'function'`.
    'function', 'object', 'number', 'boolean', 'symbol', 'bigint',
]);
/**
 * Stand-in words that are also passwords people really set: vendors' defaults (RabbitMQ's
 * `guest`, Java keystores' `changeit`, `admin`, `root`) and the weakest choices. Bound to a
 * password-named key they are weak credentials (`low`), not placeholders; the other stand-ins
 * (`none`, `placeholder`, `redacted`, `true`, field names such as `password`) stay quiet.
 */
const WEAK_PASSWORD_WORDS = new Set([
    'changeme', 'change_me', 'change-me', 'changeit', 'change_it', 'changethis', 'guest', 'secret123', 'password123',
    'password1', 'pass123', 'mypassword', 'qwerty', 'letmein', 'p@ssw0rd', 'passw0rd', 'p@ssword', 'hunter2', 'supersecret',
    'topsecret',
]);
/** Phrases that ask for the real value wherever they appear in it: the value is a stand-in. */
const PLACEHOLDER_PHRASE = /(?:your|insert|enter|replace|put|add|paste)[_ -]?(?:own[_ -]?)?(?:real[_ -]?)?(?:api[_ -]?)?(?:access[_ -]?)?(?:key|token|secret|password|pass|pwd|credential|value)|(?:key|token|secret|password)[_ -]?here|replace[_ -]?(?:with|me|this)|changeme|change[_-]me|placeholder|redacted|not[_-]?a[_-]?real|do[_-]?not[_-]?use/i;
/**
 * Words by which a value calls itself a sample. Alone they make a value a stand-in; inside a
 * provider's format (`sk-ant-admin01-abc12fake-...`) they mark a fixture that has the real shape.
 */
const SAMPLE_MARKER = /dummy|fake|example[_-]?(?:key|token|secret|password)|(?:my|test|sample|mock)[_-]?(?:key|token|secret|password)|EXAMPLE/i;
/** `<your-token>`, `[REDACTED]`, `{{ secret }}`-like wrappers around the whole value. */
const WRAPPED = /^(?:<([^<>]*)>|\[([^[\]]*)\]|\{([^{}]*)\}|\(([^()]*)\))$/;
/**
 * A wrapper marks a placeholder when what it wraps reads as a name (`<your-token>`, `{password}`,
 * `[REDACTED]`, `<API KEY>`); `{ZqL5kVrX1n8tA2}` wraps a value, and the value is what counts.
 */
function wrapsAName(secret) {
    const match = WRAPPED.exec(secret);
    if (!match)
        return false;
    const inner = match[1] ?? match[2] ?? match[3] ?? match[4] ?? '';
    // A value is one run of token characters with letters and digits; anything else (words,
    // separators, an expression such as `{base64(user:password)}`) is a name.
    return !(inner.length >= 8 && /^[A-Za-z0-9+/=]+$/.test(inner) && /[0-9]/.test(inner) && /[A-Za-z]/.test(inner));
}
/**
 * References to a value kept elsewhere: interpolation, environment, config lookups. Each must be
 * well formed (closed, with expression characters inside): `${e]nob(ody` is not a reference.
 */
const TEMPLATE_REFERENCE = [
    /\$\{\{?\s*[\w.:\-/ '"[\]|?!=+*,@$#%^]*\}\}?/, // ${VAR}, ${VAR:-x}, ${VAR:=$2}, ${VAR#prefix}, ${{ secrets.X }}, ${var.x}
    /\{\{[^{}]*\}\}/, // {{ .Values.x }}, {{ secret }}
    /\$\([\w .:/'"|$-]*\)/, // $(command), $(VAR)
    /^\$[A-Za-z_][A-Za-z0-9_]*(?:$|[/\\])/, // $VAR, $HOME/path
    /^\$env:[A-Za-z_]\w*$/i, // PowerShell $env:VAR
    /^(?:[^%\s]{0,3}%[A-Za-z_][\w.]*%)+[^%\s]{0,3}$/, // %VAR%, %DB.ROLE%, %RANDOM%@%RANDOM% (Windows, Ant replace tokens)
    /^(?:#{2,}|@{1,2}|_{1,2})[A-Z][A-Z0-9_.]*(?:#{2,}|@{1,2}|_{1,2})$/, // ###ORACLE_PWD###, @DB_PASS@, __SECRET__ (filled at build or deploy)
    /#\{[\w.:'"[\]() -]*\}/, // #{ruby}, #{SecureRandom.hex(64)}, #{Octopus.Variable}
    /<%=?[^%]*%>/, // <%= erb %>
    /\bprocess\.env\b/,
    /\bimport\.meta\.env\b/,
    /\bos\.(?:environ|getenv)\b/,
    /\bENV\s*\[/,
    /\bSystem\.getenv\b/,
    /\bEnvironment\.GetEnvironmentVariable\b/,
    /^(?:var|local|data|module|ephemeral)\.[A-Za-z_][\w.-]*$/, // Terraform references
    /^secrets\.[A-Za-z_]\w*$/, // GitHub Actions secrets.X
    /^vault:[\w/.-]+(?:#\w+)?$/, // vault:secret/data/x#key (Kubernetes operators, Spring Cloud Vault)
];
/**
 * Keys and tokens published in vendors' documentation and RFCs; matching them in code means
 * copied docs, not a leak. One list for every rule.
 */
const DOCUMENTED_EXAMPLES = new Set([
    // AWS IAM documentation.
    'AKIAIOSFODNN7EXAMPLE',
    'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY',
    'ASIAIOSFODNN7EXAMPLE',
    'AKIAI44QH8DHBEXAMPLE',
    // Stripe's API reference (its public test-mode keys).
    'sk_test_4eC39HqLyjWDarjtT1zdp7dc',
    'pk_test_TYooMQauvdEDq54NiTphI7jx',
    'sk_test_BQokikJOvBiI2HlWgH4olfQ2',
    'pk_test_6pRNASCoBOKtIshFeQd4XMUh',
    // RFC 6749 (OAuth 2.0) example access, refresh and authorization codes, and client secret.
    '2YotnFZFEjr1zCsicMWpAA',
    'tGzv3JOkF0XG5Qx2TlKWIA',
    'SplxlOBeZQQYbYS6WxSbIA',
    '7Fjfp0ZBr1KtDRbnfVdmIw',
    // Google API keys in the Firebase Android SDK's own sources and tests, vendored by many apps.
    'AIzaSyabcdefghijklmnopqrstuvwxyz1234567',
    'AIzaSyAnLA7NfeLquW1tJFpx_eQCxoX-oo6YyIs',
    'AIzaSyCkEhVjf3pduRDt6d1yKOMitrUEke8agEM',
    'AIzaSyDMAScliyLx7F0NPDEJi1QmyCgHIAODrlU',
    'AIzaSyD3asb-2pEZVqMkmL6M9N6nHZRR_znhrh0',
    'AIzayDNSXIbFmlXbIE6mCzDLQAqITYefhixbX4A',
    'AIzaSyAdOS2zB6NCsk1pCdZ4-P6GBdi_UUPwX7c',
    'AIzaSyASWm6HmTMdYWpgMnjRBjxcQ9CKctWmLd4',
    'AIzaSyANUvH9H9BsUccjsu2pCmEkOPjjaXeDQgY',
    'AIzaSyA5_iVawFQ8ABuTZNUdcwERLJv_a_p4wtM',
    'AIzaSyA4UrcGxgwQFTfaI3no3t7Lt1sjmdnP5sQ',
    'AIzaSyDSb51JiIcB6OJpwwMicseKRhhrOq1cS7g',
    'AIzaSyBF2RrAIm4a0mO64EShQfqfd2AFnzAvvuU',
    'AIzaSyBcE-OOIbhjyR83gm4r2MFCu4MJmprNXsw',
    'AIzaSyB8qGxt4ec15vitgn44duC5ucxaOi4FmqE',
    'AIzaSyA8vmApnrHNFE0bApF4hoZ11srVL_n0nvY',
    // RFC 5849 (OAuth 1.0) example consumer keys, tokens and secrets, quoted in OAuth 1 libraries.
    'dpf43f3p2l4k3l03',
    'kd94hf93k423kf44',
    'hh5s93j4hdidpola',
    'hdhd0244k9j7ao03',
    'nnch734d00sl2jdk',
    'pfkkdhi9sl3r4s00',
    '0685bd9184jfhq22',
    'ad180jjd733klru7',
    'wOJIO9A2W5mFwDgiDvZbTSMK%2FPY%3D',
    // RFC 6749's example client credentials (s6BhdRkqt3:gX1fBat3bV) as an HTTP Basic header.
    'czZCaGRSa3F0MzpnWDFmQmF0M2JW',
    // RFC 7617 (HTTP Basic) example credentials, Aladdin:open sesame; RFC 6750's example bearer token.
    'QWxhZGRpbjpvcGVuIHNlc2FtZQ==',
    'mF_9.B5f-4.1JqM',
    // The Telegram Bot API documentation's example bot token.
    '110201543:AAHdqTcvCH1vGWJxfSe1ofSAs0K5PALDsaw',
    // The Kubernetes documentation's example Secret: base64 of 1f2d1e2e67df (and of admin).
    'MWYyZDFlMmU2N2Rm',
    // The Azure Storage emulator (Azurite) account key, the same on every machine.
    'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==',
]);
/** The jwt.io debugger's sample token ({"sub":"1234567890","name":"John Doe","iat":1516239022}), by its payload. */
const DOCUMENTED_JWT_PAYLOAD = 'eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ';
/**
 * The whole value is a stand-in: a placeholder word, a wrapper around a name, a phrase asking for
 * the real value, or nothing but a mask.
 */
export function placeholderReason(secret) {
    const lower = secret.toLowerCase();
    if (PLACEHOLDER_WORDS.has(lower))
        return 'placeholder';
    if (wrapsAName(secret))
        return 'placeholder';
    if (PLACEHOLDER_PHRASE.test(secret))
        return 'placeholder';
    if (isOnlyMask(secret))
        return 'placeholder';
    return undefined;
}
/** A stand-in word on its own (`password`, `changeme`, `pass`): in a credential slot, still a password. */
export function isPlaceholderWord(secret) {
    return PLACEHOLDER_WORDS.has(secret.toLowerCase());
}
/** Mask characters: what people type over a value they hide or have not filled in. */
const MASK_RUN = /([xX*•.#_-])\1{3,}/g;
const MASK_OR_REPEAT_RUN = /([xX*•.#0_-])\1{3,}|([^xX*•.#0_-])\2{5,}/g;
/**
 * `xxxxxxxx`, `****-****`, `XXXX_XXXX`, `••••••`: nothing but mask characters and separators;
 * or one character repeated (`0000000000`, `aaaaaaaa`, the nil UUID), which leaves no shape to
 * judge.
 */
function isOnlyMask(secret) {
    if (secret.length >= 4 && /^([^ ._:/-])\1*(?:[ ._:/-]+\1+)*$/.test(secret) && /(.)\1\1/.test(secret))
        return true;
    return secret.length >= 3 && /^[xX*•#]+(?:[ ._:/-]+[xX*•#]+)*$/.test(secret) && /([xX*•#])\1\1/.test(secret);
}
/**
 * The words that name a credential field: as the value of one (`user:password@host`,
 * `curl -u username:token`) they write the syntax, not a password.
 */
const FIELD_NAME = /^(?:my|your|the)?[_-]?(?:password|passwd|pwd|pw|secret|token|api[_-]?key)$/i;
/**
 * `AKIAXXXXXXXXXXXXXXXX`, `AP6xxxxxxxxxx` (`mask`); `sk_live_000000000000`,
 * `AKIAZZZZZZZZZZZZZZZZ` (`repeat`): the value after any prefix is dominated by runs of one
 * character. Mask characters count from four in a row; any other character from six (random
 * base64 has a run of six once in ~10^8).
 */
export function maskReason(secret) {
    if (isDominatedByRuns(secret, MASK_RUN))
        return 'mask';
    // Long or multi-line secrets (keys, documents) have runs of their own (base64 of zero bytes).
    if (secret.length <= 256 && !/\s/.test(secret) && isDominatedByRuns(secret, MASK_OR_REPEAT_RUN))
        return 'repeat';
    return undefined;
}
function isDominatedByRuns(secret, run) {
    // Both run patterns need four equal characters in a row: most values have none.
    if (!hasRunOfFour(secret))
        return false;
    let longest = 0;
    let covered = 0;
    for (const match of secret.matchAll(run)) {
        // A leading run can be the format's fixed padding (Twitter bearer tokens open with 22 A's).
        if (match.index !== 0)
            longest = Math.max(longest, match[0].length);
        covered += match[0].length;
    }
    if (covered === 0)
        return false;
    return covered / secret.length >= 0.5 || longest >= 8;
}
function hasRunOfFour(value) {
    let run = 1;
    for (let i = 1; i < value.length; i++) {
        run = value.charCodeAt(i) === value.charCodeAt(i - 1) ? run + 1 : 1;
        if (run === 4)
            return true;
    }
    return false;
}
/** The value calls itself a sample (`...EXAMPLE`, `fake`, `dummy`, `test_key`). */
export function markerReason(secret) {
    const match = SAMPLE_MARKER.exec(secret);
    if (!match)
        return undefined;
    // A word is written in one case (`fake`, `FAKE`, `Fake`, `myToken`); `FAkE` inside base64 is noise.
    const marker = match[0];
    const oneCase = marker === marker.toLowerCase() || marker === marker.toUpperCase() || /^[A-Z]?[a-z]+(?:[_-]?[A-Z]?[a-z]+)*$/.test(marker);
    return oneCase ? 'marker' : undefined;
}
/**
 * Hand-made values: mostly ascending or descending runs (`abcdefgh`, `12345678`, `abcd1234`,
 * `zyxw`) or a short unit repeated (`abcd1234abcd1234`, `NjY2NjY2NjY2`). Generated secrets have
 * neither: a random alphanumeric string has a 4-long run about once in 500 characters.
 */
export function patternReason(secret) {
    if (secret.length > 256 || /\s/.test(secret))
        return undefined; // keys and documents have structure of their own
    if (isKeyboardWalk(secret))
        return 'pattern';
    const body = secret.replace(/^[A-Za-z]{1,12}[_-]/, ''); // the provider prefix (sk_live_, glpat-) is fixed text
    if (body.length < 6)
        return undefined;
    if (sequentialShare(body) >= 0.6 || isPeriodic(body, 0.75) || isKeyboardMash(body))
        return 'pattern';
    return undefined;
}
const KEYBOARD_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
/** The rows both ways: a walk may run right to left (`poiuy`). */
const KEYBOARD_WALKS = KEYBOARD_ROWS.flatMap((row) => [row, [...row].reverse().join('')]);
/** Digits counting up or down, or a short group of them repeated: `123456`, `987654`, `121212`. */
function isDigitWalk(value) {
    if (!/^\d{6,12}$/.test(value))
        return false;
    return sequentialShare(value) === 1 || isPeriodic(value, 0.99);
}
/** `asdf`, `qwer`, `zxcvbn`, `poiuy`: adjacent keys along one row, typed as a stand-in value. */
function isKeyboardWalk(value) {
    if (value.length < 4 || !/^[a-z]+$/i.test(value))
        return false;
    const lower = value.toLowerCase();
    return KEYBOARD_WALKS.some((row) => row.includes(lower));
}
/**
 * `sdlfkj452`, `askfjh234as9sd8`: letters typed along one keyboard row. Random letters fall on
 * the home row a third of the time, so six or more letters all from one row is rare by chance
 * (under 0.2%) and common in hand-typed sample values.
 */
function isKeyboardMash(value) {
    // Lower-casing can turn a non-ASCII letter into an ASCII one (the Kelvin sign into `k`).
    const text = NON_ASCII.test(value) ? value.toLowerCase() : value;
    let letters = 0;
    let beyondHex = false;
    const inRow = [0, 0, 0, 0];
    for (let i = 0; i < text.length; i++) {
        let code = text.charCodeAt(i);
        if (code >= 65 && code <= 90)
            code += 32;
        if (code < 97 || code > 122)
            continue;
        letters++;
        if (code > 102)
            beyondHex = true;
        inRow[KEYBOARD_ROW_OF[code]] += 1;
    }
    // Hex digits a-f sit mostly on the home row: a hex value is not typed along it.
    if (letters < 6 || !beyondHex)
        return false;
    return inRow[1] / letters >= 0.9 || inRow[2] / letters >= 0.9 || inRow[3] / letters >= 0.9;
}
const NON_ASCII = /[^\x00-\x7f]/;
/** The keyboard row (1 to 3) of each lower-case ASCII letter; every letter is on one. */
const KEYBOARD_ROW_OF = (() => {
    const table = new Uint8Array(128);
    KEYBOARD_ROWS.forEach((row, index) => {
        for (let i = 0; i < row.length; i++)
            table[row.charCodeAt(i)] = index + 1;
    });
    return table;
})();
function sequentialShare(value) {
    let covered = 0;
    let runStart = 0;
    let direction = 0;
    for (let i = 1; i <= value.length; i++) {
        if (i < value.length) {
            const code = value.charCodeAt(i);
            const previous = value.charCodeAt(i - 1);
            const step = code - previous;
            if ((step === 1 || step === -1) && (direction === 0 || step === direction) && charClass(code) === charClass(previous)) {
                direction = step;
                continue;
            }
        }
        if (i - runStart >= 4)
            covered += i - runStart;
        runStart = i;
        direction = 0;
    }
    return covered / value.length;
}
function charClass(code) {
    if (code >= 48 && code <= 57)
        return 1;
    if (code >= 65 && code <= 90)
        return 2;
    if (code >= 97 && code <= 122)
        return 3;
    return 4;
}
/**
 * Whether, for some short period, the share of characters equal to the one a period earlier
 * (the first period counted as equal) reaches `threshold`. A period is given up as soon as the
 * rest of the value could no longer bring it there: values are mostly not periodic, and this is
 * asked of every captured value.
 */
function isPeriodic(value, threshold) {
    const length = value.length;
    const maxPeriod = Math.min(12, Math.floor(length / 2));
    for (let period = 1; period <= maxPeriod; period++) {
        let same = 0;
        let i = period;
        for (; i < length; i++) {
            if (value.charCodeAt(i) === value.charCodeAt(i - period))
                same++;
            else if ((same + (length - 1 - i) + period) / length < threshold)
                break;
        }
        if (i === length && (same + period) / length >= threshold)
            return true;
    }
    return false;
}
/** References cut open by the capture (`${DB_PASSWORD:?"set it"}` read up to the quote), or a `###` marker. */
const OPEN_REFERENCE = /^(?:\$\{\w+(?::?[-?=+#%].*)?|#\{[\w.]+(?:[ (].*)?|#{3}.*)$/;
/** What is left of a value once its references (`$VAR`, `${X}`, `%X%`) are taken out. */
const REFERENCE = /\$\{[^{}]*\}|\$[A-Za-z_]\w*|%[A-Za-z_]\w*%/g;
export function templateReason(secret) {
    for (const pattern of TEMPLATE_REFERENCE)
        if (pattern.test(secret))
            return 'template';
    if (OPEN_REFERENCE.test(secret))
        return 'template';
    // `$RANDOM***$RANDOM`: references joined by punctuation, nothing typed in.
    const typed = secret.replace(REFERENCE, '');
    if (typed !== secret && !/[A-Za-z0-9]/.test(typed))
        return 'template';
    return undefined;
}
/**
 * Vendors' documentation marks its sample credentials by writing EXAMPLE into them, in capitals
 * (AWS: `AKIAIOSFODNN7EXAMPLE`, `wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY`, Bedrock's
 * `ABSK…EXAMPLE…`); a generated token never spells it. A lower-case `example` is weaker (a
 * marker, judged with the rest of the hand-made values).
 */
const DOCUMENTATION_MARK = /EXAMPLE/;
export function documentedExampleReason(secret) {
    if (DOCUMENTED_EXAMPLES.has(secret))
        return 'documented-example';
    if (DOCUMENTATION_MARK.test(secret))
        return 'documented-example';
    if (secret.startsWith('eyJ') && secret.includes(`.${DOCUMENTED_JWT_PAYLOAD}`))
        return 'documented-example';
    if (secret.length > MIN_EMBEDDED_EXAMPLE && EMBEDDED_EXAMPLE.test(secret))
        return 'documented-example';
    return undefined;
}
/** Examples long enough to be recognised inside a longer value (a key quoted with a prefix). */
const MIN_EMBEDDED_EXAMPLE = 20;
const EMBEDDED_EXAMPLE = new RegExp([...DOCUMENTED_EXAMPLES]
    .filter((example) => example.length >= MIN_EMBEDDED_EXAMPLE)
    .map((example) => example.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
    .join('|'));
/** A hand-made value's reason: masked, marked as a sample, or built by hand. */
export function handMadeReason(secret) {
    return maskReason(secret) ?? markerReason(secret) ?? patternReason(secret);
}
/**
 * The verdict of every filter on a captured value, given what vouches for it; undefined when no
 * filter speaks. The one place where drop and demote are decided (see the top of this file).
 */
export function filterVerdict(secret, evidence) {
    const certain = documentedExampleReason(secret) ?? templateReason(secret);
    if (certain)
        return { reason: certain, action: 'drop' };
    const placeholder = placeholderReason(secret);
    if (placeholder) {
        // `user:pass@host`, `curl -u admin:admin`: the slot says it is a password, however poor;
        // `user:password@host` names the field instead.
        const demote = evidence === 'password'
            ? WEAK_PASSWORD_WORDS.has(secret.toLowerCase())
            : evidence !== 'name' && isPlaceholderWord(secret) && !FIELD_NAME.test(secret);
        return { reason: placeholder, action: demote ? 'demote' : 'drop' };
    }
    const handMade = handMadeReason(secret);
    if (!handMade)
        return undefined;
    // `123456`, `654321`, `123123` under a name: the digits people type for "a password goes here"
    // in docs and samples. In a slot (`user:123456@host`) the slot still says it is one.
    if ((evidence === 'name' || evidence === 'password') && isDigitWalk(secret))
        return { reason: 'placeholder', action: 'drop' };
    if (handMade === 'mask')
        return { reason: handMade, action: 'drop' };
    // `mypassword1`, `testpassword` bound to a password name are weak passwords a person typed;
    // values that call themselves dummy, fake, example, sample or mock are not passwords at all.
    if (evidence === 'password' && handMade === 'marker' && !/dummy|fake|example|sample|mock/i.test(secret)) {
        return { reason: handMade, action: 'demote' };
    }
    if ((evidence === 'name' || evidence === 'password') && handMade !== 'pattern')
        return { reason: handMade, action: 'drop' };
    return { reason: handMade, action: 'demote' };
}
