import { charsPerToken } from './bpe.js';
import { shannonEntropy } from './entropy.js';
import { extensionOf, isCodePath, isConfigPath, isPasswordWord, secretWordOfAssignee } from './generic.js';
import { RANKER_MODEL } from './ranker-model.js';
const DOC_EXTENSIONS = new Set(['md', 'markdown', 'rst', 'txt', 'adoc', 'html', 'htm', 'org', 'tex', 'ipynb']);
const SCRIPT_EXTENSIONS = new Set(['sh', 'bash', 'zsh', 'ps1', 'psm1', 'bat', 'cmd', 'mk', 'makefile']);
const TEMPLATE_EXTENSIONS = new Set(['example', 'sample', 'dist', 'template', 'tmpl', 'tpl', 'default', 'j2', 'erb']);
const TEST_PATH = /(?:^|\/)(?:tests?|spec|specs|__tests__|fixtures?|testdata|mocks?)(?:\/|$)|[._-](?:test|spec)s?\.[a-z]+$/i;
const EXAMPLE_PATH = /(?:^|\/)(?:examples?|samples?|demos?|docs?|documentation|tutorials?|quickstart)(?:\/|$)|\bREADME/i;
/**
 * Documentation examples: prose or sample payloads in an examples folder or an example file
 * (`awscli/examples/iam/create-login-profile.rst`, `botocore/data/rds/examples-1.json`). API
 * references fill them with realistic-looking sample passwords and keys, so a value found only
 * by its name there is capped at `low`; a provider's format is still reported as usual.
 */
const EXAMPLE_DOC_PATH = /(?:^|\/)(?:examples?|samples?)\/|(?:^|\/)examples?(?:[-_.]\d+)?\.(?:json|ya?ml)$/i;
const EXAMPLE_DOC_KINDS = new Set(['doc', 'data']);
export function isDocumentationExample(path) {
    return path !== undefined && EXAMPLE_DOC_PATH.test(path) && EXAMPLE_DOC_KINDS.has(fileKind(path));
}
const COMMENT_LINE = /^\s*(?:#|\/\/|\/\*|\*|--|;|<!--|REM\b|')/;
const VALUE_MARKERS = /test|example|demo|sample|dummy|fake|changeme|default|secret|passw|admin|root|user|guest|qwerty|12345|abc/i;
function fileKind(path) {
    if (!path)
        return 'none';
    const extension = extensionOf(path) ?? '';
    if (DOC_EXTENSIONS.has(extension))
        return 'doc';
    if (SCRIPT_EXTENSIONS.has(extension))
        return 'script';
    if (TEMPLATE_EXTENSIONS.has(extension))
        return 'template';
    if (extension === 'json' || extension === 'xml')
        return 'data';
    if (isConfigPath(path))
        return 'config';
    if (isCodePath(path))
        return 'code';
    return extension === '' ? 'noext' : 'other';
}
function bucket(value, edges) {
    let i = 0;
    while (i < edges.length && value >= edges[i])
        i++;
    return String(i);
}
function separatorKind(between) {
    const text = between.trim();
    if (text === '')
        return 'space';
    if (/^["'`]?\s*,/.test(text))
        return 'positional';
    if (/\(\s*$/.test(text))
        return 'call';
    if (/=>/.test(text))
        return 'arrow';
    if (/:=|==|!=/.test(text))
        return 'compare-or-walrus';
    if (/=/.test(text))
        return 'equals';
    if (/:/.test(text))
        return 'colon';
    if (/>/.test(text))
        return 'xml';
    return 'other';
}
function wordClass(word) {
    if (!word)
        return 'other';
    if (isPasswordWord(word))
        return 'password';
    if (/secret/.test(word))
        return 'secret';
    if (/token|bearer/.test(word))
        return 'token';
    if (/key/.test(word))
        return 'key';
    if (/cred/.test(word))
        return 'credential';
    return 'other';
}
function read(input) {
    const secretWord = input.detector === 'generic' && input.name ? secretWordOfAssignee(input.name) : undefined;
    const word = input.detector !== 'generic' ? 'slot' : input.name ? wordClass(secretWord) : 'none';
    return { secretWord, word, documentationExample: isDocumentationExample(input.path) };
}
/** The named facts about a candidate; the model weighs them. */
export function rankerFeatures(input, reading = read(input)) {
    const { value } = input;
    const { word } = reading;
    const features = [];
    const add = (feature) => features.push(feature);
    const rule = input.ruleId.startsWith('generic-secret-config') ? 'config-line' : input.detector === 'generic' ? 'assignment' : /url/.test(input.ruleId) ? 'url' : input.ruleId.startsWith('sql') ? 'sql' : 'slot';
    add(`rule:${rule}`);
    add(`word:${word}`);
    add(`base:${input.base}`);
    add(`base:${input.base}&word:${word}`);
    if (input.handMade)
        add(`made:${input.handMade}`);
    add(input.quoted ? 'quoted' : 'unquoted');
    if (input.detector === 'generic')
        add(`sep:${separatorKind(input.between)}`);
    const kind = fileKind(input.path);
    add(`file:${kind}`);
    add(`file:${kind}&base:${input.base}`);
    if (input.path && TEST_PATH.test(input.path))
        add('path:test');
    if (input.path && EXAMPLE_PATH.test(input.path))
        add('path:example');
    if (reading.documentationExample)
        add('path:doc-example');
    if (COMMENT_LINE.test(input.line))
        add('line:comment');
    // A credential is set next to whom it authenticates and where it connects.
    const context = input.line.replace(input.value, ' ');
    if (/user(?:name)?|login|account|email/i.test(context))
        add('line:user');
    if (/host|url|uri|server|endpoint|database|\bdb\b|jdbc|dsn|port/i.test(context))
        add('line:where');
    if (/\b(?:assert|expect|should|eq|equal|toBe|fail)/i.test(context))
        add('line:assertion');
    if (/docker|-e |environment|export /i.test(context))
        add('line:environment');
    if (/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(input.name))
        add('name:constant');
    else if (/[a-z][A-Z]/.test(input.name))
        add('name:camel');
    if (input.name.includes('.'))
        add('name:dotted');
    add(`len:${bucket(value.length, [6, 8, 12, 20, 32, 64])}`);
    const lower = /[a-z]/.test(value);
    const upper = /[A-Z]/.test(value);
    const digit = /[0-9]/.test(value);
    const symbol = /[^A-Za-z0-9]/.test(value);
    add(`classes:${Number(lower) + Number(upper) + Number(digit) + Number(symbol)}`);
    if (digit)
        add('has:digit');
    if (upper)
        add('has:upper');
    if (symbol)
        add('has:symbol');
    if (/^[0-9]+$/.test(value))
        add('shape:digits');
    else if (/^[A-Za-z]+$/.test(value))
        add('shape:letters');
    else if (/^[A-Za-z]+[0-9]+[!@#$%*.]?$/.test(value))
        add('shape:word-digits');
    else if (/^[0-9a-f]+$/i.test(value) && value.length >= 16)
        add('shape:hex');
    else if (/^[A-Za-z0-9+/_-]+={0,2}$/.test(value) && value.length >= 16)
        add('shape:base64');
    const entropy = shannonEntropy(value);
    add(`entropy:${bucket(entropy, [2.5, 3, 3.5, 4, 4.5])}`);
    if (value.length <= 256 && !/\s/.test(value))
        add(`cpt:${bucket(charsPerToken(value), [1.6, 2.2, 3, 4])}`);
    if (/\s/.test(value))
        add('has:space');
    if (VALUE_MARKERS.test(value))
        add('value:marker');
    if (reading.secretWord && value.toLowerCase().includes(reading.secretWord.slice(0, 4)))
        add('value:echoes-name');
    return features;
}
export function probabilityOf(features, model = RANKER_MODEL) {
    let z = model.bias;
    for (const feature of features)
        z += model.weights[feature] ?? 0;
    return 1 / (1 + Math.exp(-z));
}
/** The ranker's confidence for a candidate (undefined: not reported at any level). */
export function rankCandidate(input, model = RANKER_MODEL) {
    const reading = read(input);
    const features = rankerFeatures(input, reading);
    const probability = probabilityOf(features, model);
    const { thresholds } = model;
    let confidence = probability >= thresholds.high ? 'high' : probability >= thresholds.medium ? 'medium' : probability >= thresholds.low ? 'low' : undefined;
    // The ranker promotes and weeds out what the value alone left at `low`: a word-like password
    // in the right place fails a build (medium, never high); what the value earned on its own
    // (generated-looking: medium or high) is not taken back by context.
    if (input.base !== 'low')
        confidence = input.base;
    else if (confidence === 'high')
        confidence = 'medium';
    // What the filters judged hand-made or a weak stand-in is reported at low, never silenced.
    if (!confidence && input.handMade !== undefined)
        confidence = 'low';
    // Stand-ins and values that call themselves samples (`changeme`, `dummy-key`, `xxxx`) stay at
    // low whatever the context; a hand-typed pattern (`pass4321`) bound to a password name is a
    // weak password a person chose.
    // A token or key is generated, so a hand-typed one is a fake (`access_token: 'sdlfkj452'`).
    // Short walks along the keyboard or the alphabet (`asdf`, `qwer`, `abc123`) are test input.
    const weakPassword = input.handMade === 'pattern' && input.value.length >= 6 && reading.word === 'password';
    // In a documentation example a name is no evidence at all. (Slots there are capped by the
    // engine before ranking, unless their value looks generated: those keep their level.)
    const sample = reading.documentationExample && input.detector === 'generic';
    if (confidence && ((input.handMade !== undefined && !weakPassword) || sample))
        confidence = 'low';
    const evidence = features
        .map((feature) => ({ feature, weight: model.weights[feature] ?? 0 }))
        .filter((entry) => entry.weight > 0)
        .sort((a, b) => b.weight - a.weight)
        .slice(0, 4)
        .map((entry) => entry.feature);
    return { confidence, probability, evidence, features };
}
