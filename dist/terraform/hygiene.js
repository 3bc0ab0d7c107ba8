import { namesSecret, scoreGenericSecret } from '../engine/generic.js';
import { filterVerdict } from '../engine/filters.js';
import { catalogueEntry, withTrigger } from './catalogue.js';
import { storedSecrets } from './exposure.js';
import { callsNamed, referenceText, SecretReferences } from './references.js';
import { declaresNonSecretValue, namesTerraformSecret } from './naming.js';
import { attributeOf, isTrue } from './syntax.js';
/**
 * Secret hygiene in Terraform code: literal secrets in arguments, secret variables that are
 * not sensitive or carry a default, secrets in `.tfvars`, outputs and `nonsensitive()` that
 * expose them. Whether a literal is a secret is the engine's judgement (the generic scorer and
 * the false-positive filters), applied to the unescaped value and the argument's name.
 */
const PEM_PRIVATE_KEY = /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----/;
/** Values that name a file holding the secret rather than being it (`credentials = "sa.json"`). */
const FILE_PATH = /^(?:~|\.{1,2})?\/[^\s]*$|^[A-Za-z]:\\|^[\w.-]+\.(?:json|pem|key|crt|cer|p12|pfx|txt|ya?ml|pub|tfvars)$/i;
/** Arguments of these functions are paths, not values. */
const FILE_FUNCTIONS = new Set(['file', 'filebase64', 'templatefile', 'fileexists', 'pathexpand', 'abspath', 'dirname', 'basename']);
/** Module-call arguments that are never secrets. */
const MODULE_META = new Set(['source', 'version', 'providers', 'count', 'for_each', 'depends_on']);
const PROVIDER_ENVIRONMENT = {
    aws: 'AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY, or a profile or role',
    azurerm: 'ARM_CLIENT_SECRET, or managed identity / OIDC',
    azuread: 'ARM_CLIENT_SECRET, or managed identity / OIDC',
    google: 'GOOGLE_CREDENTIALS, or workload identity',
    vault: 'VAULT_TOKEN',
    github: 'GITHUB_TOKEN',
    kubernetes: 'KUBE_TOKEN or a kubeconfig',
    helm: 'a kubeconfig',
    cloudflare: 'CLOUDFLARE_API_TOKEN',
    datadog: 'DD_API_KEY / DD_APP_KEY',
};
/**
 * The engine's judgement of a literal under a name, as for a generic assignment (the filters'
 * verdict, then the generic scorer); undefined when it is not a secret.
 */
export function judgeSecretValue(name, value, path) {
    if (PEM_PRIVATE_KEY.test(value))
        return 'high';
    if (FILE_PATH.test(value) || ARN.test(value))
        return undefined;
    const confidence = judgeAsWritten(name, value, path);
    if (!confidence || confidence === 'low')
        return confidence;
    // `Ex@mp!e1`, `P@ssw0rd`: a stand-in word written in look-alikes is a hand-made value: low at most.
    const spelled = unleet(value);
    if (spelled !== value && STAND_IN_WORD.test(spelled))
        return 'low';
    return confidence;
}
/**
 * judgeSecretValue remembered per file, name and value for one analysis: modules repeat the same
 * literal under the same name (tags, engines, a `"password"` key in every lookup), and scoring a
 * value is the costly part of the hygiene rules.
 */
export class LiteralJudge {
    /** By file, then name, then value: no key string built per look-up. */
    memo = new Map();
    judge(name, value, path) {
        let byName = this.memo.get(path);
        if (!byName)
            this.memo.set(path, (byName = new Map()));
        let byValue = byName.get(name);
        if (!byValue)
            byName.set(name, (byValue = new Map()));
        let confidence = byValue.get(value);
        if (confidence === undefined)
            byValue.set(value, (confidence = judgeSecretValue(name, value, path) ?? null));
        return confidence ?? undefined;
    }
}
/** Words that make a value a stand-in once look-alikes are read back (`Ex@mp!e1` is `Example1`). */
const STAND_IN_WORD = /example|sample|passw(?:o)?rd|secret|dummy|changeme|placeholder|test/i;
/** An Amazon Resource Name names a resource (a secret's ARN included); it is not a credential. */
const ARN = /^arn:aws[\w-]*:[\w-]*:/;
/** Letters people swap for look-alike symbols in a hand-made password. */
const LEET = { '@': 'a', '4': 'a', '3': 'e', '!': 'l', '1': 'l', '0': 'o', '$': 's', '5': 's', '7': 't' };
/** The word a value spells once look-alikes are read back, when it has letters on both sides of them. */
function unleet(value) {
    if (!/[a-z]/i.test(value))
        return value;
    return value.replace(/(?<=[A-Za-z])[@43!105$7](?=[A-Za-z])/g, (char) => LEET[char] ?? char);
}
function judgeAsWritten(name, value, path) {
    // Scored first: most literals are not under a secret name, and then the filters need not run.
    const confidence = scoreGenericSecret({ name, value, quoted: true, path });
    if (!confidence)
        return undefined;
    const verdict = filterVerdict(value, 'name');
    if (verdict?.action === 'drop')
        return undefined;
    // A hand-made value is a weak secret or a fixture: reported, at low.
    return verdict ? 'low' : confidence;
}
/** String literals under an argument, each with the nearest name above it (object keys win). */
function literalsUnder(expr, name, found = []) {
    switch (expr.kind) {
        case 'string':
            found.push({ name, literal: expr });
            break;
        case 'object':
            for (const entry of expr.entries)
                literalsUnder(entry.value, entry.key ?? name, found);
            break;
        case 'tuple':
            for (const item of expr.items)
                literalsUnder(item, name, found);
            break;
        case 'call':
            if (!FILE_FUNCTIONS.has(expr.name))
                for (const arg of expr.args)
                    literalsUnder(arg, name, found);
            break;
        case 'other':
            for (const part of expr.parts)
                literalsUnder(part, name, found);
            break;
        default:
            break;
    }
    return found;
}
export class HygieneChecks {
    module;
    references;
    judged;
    judge;
    verdicts = [];
    constructor(module, references, judged, judge) {
        this.module = module;
        this.references = references;
        this.judged = judged;
        this.judge = judge;
    }
    run() {
        this.hardcodedSecrets();
        this.variables();
        this.outputs();
        this.nonsensitiveCalls();
        return this.verdicts;
    }
    /** Whether a variable of this module is sensitive, ephemeral or secret-named (for `.tfvars`). */
    isSecretVariable(name) {
        return this.references.isSensitiveVariable(name);
    }
    hardcodedSecrets() {
        const m = this.module;
        for (const kind of ['resources', 'data', 'ephemerals']) {
            for (const ref of m[kind]) {
                const entry = kind === 'resources' ? catalogueEntry('resource', ref.block.labels[0] ?? '') : undefined;
                this.literalsIn(ref.file, ref.block.body, {
                    where: ref.address,
                    secretArguments: entry?.stored === 'when-set' ? storedSecrets(entry, ref.block, m) : undefined,
                    writeOnly: entry?.writeOnly,
                    fix: (argument) => {
                        const pair = entry?.writeOnly?.find((p) => p.argument === argument);
                        return pair
                            ? `pass the value from an ephemeral resource or ephemeral variable to the write-only ${pair.writeOnly}${withTrigger(pair)} instead of ${argument}`
                            : 'pass it in through a sensitive variable without a default, or read it from a secret manager with an ephemeral resource';
                    },
                });
            }
        }
        for (const ref of m.providers) {
            const provider = ref.block.labels[0] ?? '';
            const environment = PROVIDER_ENVIRONMENT[provider];
            this.literalsIn(ref.file, ref.block.body, {
                where: `provider "${provider}"`,
                fix: () => `give the provider its credentials through the environment${environment ? ` (${environment})` : ''} or an ephemeral variable, never in code`,
            });
        }
        for (const ref of m.moduleCalls) {
            this.literalsIn(ref.file, ref.block.body, {
                where: ref.address,
                skip: MODULE_META,
                fix: () => 'pass it in through a sensitive variable of the calling module, without a default',
            });
        }
        if (m.backend) {
            this.literalsIn(m.backend.file, m.backend.block.body, {
                where: `backend "${m.backend.block.labels[0] ?? ''}"`,
                fix: () => 'give the backend its credentials through the environment, never in the block: values set there are also copied into .terraform/ and plan files',
            });
        }
        if (m.cloud) {
            this.literalsIn(m.cloud.file, m.cloud.block.body, { where: 'cloud', fix: () => 'use `terraform login` or TF_TOKEN_<hostname> instead of a token in the cloud block' });
        }
        for (const ref of m.encryption) {
            this.literalsIn(ref.file, ref.block.body, {
                where: 'encryption',
                fix: () => 'supply key provider secrets through TF_ENCRYPTION or a variable without a default',
            });
        }
        for (const { file, attribute } of m.locals) {
            this.literalsInAttribute(file, attribute, { where: 'locals', fix: () => 'a local is code: pass the secret in through a sensitive variable without a default' });
        }
    }
    literalsIn(file, body, context) {
        for (const attribute of body.attributes) {
            if (context.skip?.has(attribute.name))
                continue;
            this.literalsInAttribute(file, attribute, context);
        }
        for (const block of body.blocks)
            this.literalsIn(file, block.body, { ...context, secretArguments: undefined, writeOnly: undefined });
    }
    literalsInAttribute(file, attribute, context) {
        const byCatalogue = context.secretArguments?.includes(attribute.name) ?? false;
        for (const { name, literal } of literalsUnder(attribute.value, attribute.name)) {
            const judgedName = byCatalogue && name === attribute.name && !namesSecret(name) ? 'secret' : name;
            const confidence = this.judge.judge(judgedName, literal.value, file.path);
            this.judged.push({ file, span: literal.valueSpan });
            if (!confidence)
                continue;
            this.verdicts.push({
                rule: 'terraform-hardcoded-secret',
                file,
                span: literal.valueSpan,
                message: `Hardcoded secret in ${context.where} argument ${attribute.name}${name !== attribute.name ? ` (at key ${name})` : ''}`,
                confidence,
                secret: literal.value,
                details: { fix: context.fix(attribute.name), argument: attribute.name, ...(name !== attribute.name ? { key: name } : {}), block: context.where },
            });
        }
    }
    variables() {
        for (const ref of this.module.variables) {
            const name = ref.block.labels[0] ?? '';
            const body = ref.block.body;
            const sensitive = isTrue(attributeOf(body, 'sensitive')?.value);
            const ephemeral = isTrue(attributeOf(body, 'ephemeral')?.value);
            const secretNamed = namesTerraformSecret(name) && !declaresNonSecretValue(body);
            if (secretNamed && !sensitive && !ephemeral) {
                this.verdicts.push({
                    rule: 'terraform-variable-not-sensitive',
                    file: ref.file,
                    span: ref.block.headerSpan,
                    message: `Variable "${name}" looks like a secret but is not marked sensitive = true`,
                    confidence: 'medium',
                    marker: ref.address,
                    details: { fix: 'add sensitive = true (or ephemeral = true, Terraform >= 1.10, when it only feeds write-only arguments or providers)', address: ref.address },
                });
            }
            const defaultValue = attributeOf(body, 'default');
            if (!defaultValue || !(secretNamed || sensitive || ephemeral))
                continue;
            for (const { name: key, literal } of literalsUnder(defaultValue.value, name)) {
                const judgedName = key === name && !namesSecret(name) ? 'secret' : key;
                const confidence = this.judge.judge(judgedName, literal.value, ref.file.path);
                this.judged.push({ file: ref.file, span: literal.valueSpan });
                if (!confidence)
                    continue;
                this.verdicts.push({
                    rule: 'terraform-secret-variable-default',
                    file: ref.file,
                    span: literal.valueSpan,
                    message: `Secret variable "${name}" has a hardcoded default`,
                    confidence,
                    secret: literal.value,
                    details: { fix: `remove the default and supply the value at run time (TF_VAR_${name} from a secret manager or CI secrets)`, address: ref.address },
                });
            }
        }
    }
    outputs() {
        const skip = new Set(['nonsensitive']); // reported by its own rule
        for (const ref of this.module.outputs) {
            const body = ref.block.body;
            if (isTrue(attributeOf(body, 'sensitive')?.value) || isTrue(attributeOf(body, 'ephemeral')?.value))
                continue;
            const value = attributeOf(body, 'value');
            if (!value)
                continue;
            const secret = this.references.find(value.value, skip);
            if (!secret)
                continue;
            const source = referenceText(secret);
            this.verdicts.push({
                rule: 'terraform-output-not-sensitive',
                file: ref.file,
                span: ref.block.headerSpan,
                message: `Output "${ref.block.labels[0] ?? ''}" exposes ${source} without sensitive = true`,
                confidence: 'high',
                marker: ref.address,
                details: { fix: 'add sensitive = true to the output, or stop exporting the secret', address: ref.address, reference: source },
            });
        }
    }
    nonsensitiveCalls() {
        const m = this.module;
        const visit = (owner, file, expr) => {
            for (const call of callsNamed(expr, 'nonsensitive')) {
                const secret = call.args[0] ? this.references.find(call.args[0]) : undefined;
                if (!secret)
                    continue;
                const marker = `nonsensitive(${referenceText(secret)})`;
                this.verdicts.push({
                    rule: 'terraform-nonsensitive-secret',
                    file,
                    span: call.span,
                    message: `nonsensitive() in ${owner} reveals the secret ${referenceText(secret)}`,
                    confidence: 'high',
                    marker: `${owner}: ${marker}`,
                    details: { fix: 'remove nonsensitive(), or apply it only to a value that no longer reveals the secret (e.g. sha256(...))', address: owner },
                });
            }
        };
        const visitBody = (ref, body) => {
            for (const attribute of body.attributes)
                visit(ref.address, ref.file, attribute.value);
            for (const block of body.blocks)
                visitBody(ref, block.body);
        };
        for (const list of [m.resources, m.data, m.ephemerals, m.outputs, m.providers, m.moduleCalls])
            for (const ref of list)
                visitBody(ref, ref.block.body);
        for (const { file, attribute } of m.locals)
            visit(`local.${attribute.name}`, file, attribute.value);
    }
}
/**
 * Secrets in variable definition files: every literal under a secret name, or under a
 * variable the module declares sensitive.
 */
export function variableFileSecrets(file, isSecretVariable, judged, judge) {
    const verdicts = [];
    for (const attribute of file.body.attributes) {
        const declaredSecret = isSecretVariable(attribute.name);
        for (const { name, literal } of literalsUnder(attribute.value, attribute.name)) {
            const judgedName = name === attribute.name && declaredSecret && !namesSecret(name) ? 'secret' : name;
            const confidence = judge.judge(judgedName, literal.value, file.path);
            judged.push({ file, span: literal.valueSpan });
            if (!confidence)
                continue;
            verdicts.push({
                rule: 'terraform-tfvars-secret',
                file,
                span: literal.valueSpan,
                message: `Secret value for variable "${attribute.name}" in a variable definitions file`,
                confidence,
                secret: literal.value,
                details: {
                    fix: `remove it from the file and supply it at run time (TF_VAR_${attribute.name} from a secret manager or CI secrets); keep *.tfvars out of the repository`,
                    variable: attribute.name,
                },
            });
        }
    }
    return verdicts;
}
/** Secrets in partial backend settings (`*.tfbackend`): the same credentials a backend block must not hold. */
export function backendConfigSecrets(file, judge) {
    const verdicts = [];
    for (const attribute of file.body.attributes) {
        for (const { name, literal } of literalsUnder(attribute.value, attribute.name)) {
            const confidence = judge.judge(name, literal.value, file.path);
            if (!confidence)
                continue;
            verdicts.push({
                rule: 'terraform-hardcoded-secret',
                file,
                span: literal.valueSpan,
                message: `Hardcoded secret in backend settings argument ${name}`,
                confidence,
                secret: literal.value,
                details: {
                    fix: 'give the backend its credentials through the environment, never in backend settings: they are also copied into .terraform/ and plan files',
                    argument: name,
                    block: 'backend settings',
                },
            });
        }
    }
    return verdicts;
}
