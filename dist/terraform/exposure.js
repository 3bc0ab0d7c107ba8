import { catalogueEntry, fixFor, withTrigger } from './catalogue.js';
import { readsNonSecretParameter } from './non-secret-reads.js';
import { attributeOf, blocksOf, forEachExpr } from './syntax.js';
import { defaultsToNull } from './values.js';
/**
 * State exposure: a catalogued secret-bearing data source or resource in a module whose state
 * is not encrypted with a key the team controls. Located at the block's header; ephemeral
 * blocks and write-only arguments never match (they are not stored), so they stay quiet.
 */
const SEVERITY_BY_CLASS = {
    plaintext: 'high',
    'not-requested': 'medium',
    unknown: 'medium',
    'provider-default': 'info',
    encrypted: undefined,
};
export function stateExposure(module, protection) {
    let severity = SEVERITY_BY_CLASS[protection.class];
    if (!severity)
        return [];
    // A reusable module seen only through its own examples: the example's backend is a demo, not a deployment.
    const throughExample = protection.heldBy?.throughExample === true;
    if (throughExample && severity === 'high')
        severity = 'medium';
    const verdicts = [];
    for (const kind of ['data', 'resource']) {
        for (const ref of kind === 'data' ? module.data : module.resources) {
            const verdict = exposureOf(ref, kind, module, protection, severity);
            if (verdict)
                verdicts.push(verdict);
        }
    }
    return verdicts;
}
/** The finding for one data source or resource, when it is catalogued and really stores its secret. */
function exposureOf(ref, kind, module, protection, severity) {
    const entry = catalogueEntry(kind, ref.block.labels[0] ?? '');
    if (!entry)
        return undefined;
    const stored = storedSecrets(entry, ref.block, module);
    if (stored.length === 0)
        return undefined;
    const remedy = remedyFor(entry, ref, module, protection, stored);
    const what = kind === 'data' ? 'reads' : entry.stored === 'always' ? 'generates' : 'writes';
    const nullDefault = (entry.safeWhen ?? []).filter((c) => c.equals === undefined).map((c) => attributeOf(ref.block.body, c.argument)).find((a) => a && defaultsToNull(module, a.value));
    const unprotected = nullDefault ? ` (${nullDefault.name} comes from a variable that defaults to null, so by default it is stored unencrypted)` : '';
    return {
        rule: 'terraform-state-exposure',
        file: ref.file,
        span: ref.block.headerSpan,
        message: `${ref.address} ${what} a secret (${stored.join(', ')})${unprotected} that Terraform stores in state, and ${protection.reason}. ${remedy.headline}`,
        severity,
        confidence: 'high',
        marker: ref.address,
        details: {
            fix: remedy.fix,
            address: ref.address,
            secretAttributes: stored,
            stateClass: protection.class,
            backend: protection.backend,
            ...(protection.heldBy ? { heldBy: protection.heldBy.root, heldByBackend: protection.backend, judgedThroughExample: protection.heldBy.throughExample } : {}),
            ...(protection.remedy ? { backendFix: protection.remedy } : {}),
            ...(remedy.ephemeral ? { ephemeralResource: entry.ephemeral } : {}),
            ...(remedy.consumers.length > 0 ? { storedBy: remedy.consumers } : {}),
            ...(entry.writeOnly ? { writeOnlyArguments: entry.writeOnly.map((pair) => ({ ...pair })) } : {}),
        },
    };
}
/**
 * The fix that applies to this block. An ephemeral resource helps only when every use of the
 * value can take an ephemeral value: a provider, a write-only argument, or a regular argument
 * whose write-only twin can replace it (`aws_db_instance.password` -> `password_wo`). When the
 * value feeds a regular argument without one (a persisted key in `tls_self_signed_cert`), that
 * argument stores it anyway, and the remedy is an encrypted backend.
 */
function remedyFor(entry, ref, module, protection, stored) {
    const uses = entry.ephemeral ? regularConsumers(ref, module) : [];
    const consumers = uses.filter((use) => !use.twin).map((use) => use.argument);
    const switches = uses.filter((use) => use.twin);
    const ephemeral = entry.ephemeral !== undefined && consumers.length === 0;
    const backend = protection.remedy || 'keep the state in a backend that encrypts it with a key you control';
    // The twins of the arguments this block sets (all of them when it generates its secret).
    const pairs = entry.writeOnly?.filter((pair) => stored.includes(pair.argument));
    const twins = pairs && pairs.length > 0 ? pairs : entry.writeOnly;
    const writeOnly = twins?.map((pair) => `the write-only ${pair.writeOnly}`).join(' or ');
    const switchTo = switches.map((use) => `${use.argument.slice(0, use.argument.lastIndexOf('.'))}.${use.twin.writeOnly}`);
    let headline;
    if (ephemeral && switchTo.length > 0)
        headline = `Use ephemeral "${entry.ephemeral}" and pass it to ${switchTo.join(', ')} instead, or encrypt the state`;
    else if (ephemeral)
        headline = `Use ephemeral "${entry.ephemeral}"${writeOnly ? ` or ${writeOnly}` : ''}, or encrypt the state`;
    else if (writeOnly)
        headline = `Use ${writeOnly}, or encrypt the state`;
    else if (consumers.length > 0)
        headline = `Its value is stored again by ${consumers.join(', ')}, which has no write-only form, so an ephemeral read would not keep it out of state: encrypt the state`;
    else
        headline = 'Encrypt the state: this block has no ephemeral or write-only form';
    if (!ephemeral && !twins)
        return { headline, fix: [entry.advice, backend].filter(Boolean).join('; '), ephemeral, consumers };
    const switchFix = switches.map((use) => `set ${use.argument.slice(0, use.argument.lastIndexOf('.'))}'s write-only ${use.twin.writeOnly}${withTrigger(use.twin)} instead of ${use.twin.argument}`);
    return { headline, fix: [fixFor(entry, { ephemeral, ...(twins ? { writeOnly: twins } : {}) }), ...switchFix].join('; '), ephemeral, consumers };
}
/** Arguments that order or repeat a block: a reference there passes no value on. */
const META_ARGUMENTS = new Set(['depends_on', 'count', 'for_each', 'provider', 'providers', 'lifecycle', 'replace_triggered_by']);
/**
 * Per module, the regular arguments of its resources, data sources and module calls by the
 * catalogued block they reference (`type\0name`, `data\0type\0name`), in body order: built once,
 * so that judging every catalogued block costs a look-up instead of a walk over the whole module each.
 */
const usesByModule = new WeakMap();
function usesOf(module) {
    let index = usesByModule.get(module);
    if (index)
        return index;
    const built = new Map();
    const visit = (owner, body, resourceArgument) => {
        for (const attribute of body.attributes) {
            if (attribute.name.endsWith('_wo') || META_ARGUMENTS.has(attribute.name))
                continue;
            forEachExpr(attribute.value, (node) => {
                if (node.kind !== 'traversal')
                    return;
                const steps = namedSteps(node.path);
                const isData = node.root === 'data';
                // Only catalogued blocks are looked up: the rest (var, local, each, ...) need no entry.
                if (!catalogueEntry(isData ? 'data' : 'resource', (isData ? steps[0] : node.root) ?? ''))
                    return;
                const key = useKey(isData, isData ? steps[0] : node.root, isData ? steps[1] : steps[0]);
                const read = isData ? steps[2] : steps[1];
                let uses = built.get(key);
                if (!uses)
                    built.set(key, (uses = []));
                const last = uses[uses.length - 1];
                if (last?.attribute === attribute && last.owner === owner)
                    last.attributesRead.push(read);
                else
                    uses.push({ owner, attribute, resourceArgument, attributesRead: [read] });
            });
        }
        for (const block of body.blocks)
            visit(owner, block.body, false);
    };
    for (const list of [module.resources, module.data, module.moduleCalls])
        for (const owner of list)
            visit(owner, owner.block.body, list === module.resources);
    index = built;
    usesByModule.set(module, index);
    return index;
}
/** The key of a catalogued block in the uses index: `type\0name`, `data\0type\0name`. */
function useKey(isData, type, name) {
    return isData ? `data\0${type}\0${name}` : `${type}\0${name}`;
}
/** The first three names of a reference's path, indexes left out (`x[0].id` -> x, id). */
function namedSteps(path) {
    const steps = [undefined, undefined, undefined];
    let found = 0;
    for (let i = 0; i < path.length && found < 3; i++)
        if (path[i] !== '[]')
            steps[found++] = path[i];
    return steps;
}
/** `aws_key_pair.x.public_key`-style uses: regular arguments of resources, data sources and module calls that take a secret attribute of `ref`. */
function regularConsumers(ref, module) {
    const [type = '', name = ''] = ref.block.labels;
    const isData = ref.address.startsWith('data.');
    const entry = catalogueEntry(isData ? 'data' : 'resource', type);
    const uses = usesOf(module).get(useKey(isData, type, name)) ?? [];
    const found = [];
    for (const use of uses) {
        if (use.owner === ref || !use.attributesRead.some((read) => read === undefined || entry?.attributes.includes(read)))
            continue;
        const ownerEntry = use.resourceArgument ? catalogueEntry('resource', use.owner.block.labels[0] ?? '') : undefined;
        const twin = ownerEntry?.writeOnly?.find((pair) => pair.argument === use.attribute.name);
        found.push({ argument: `${use.owner.address}.${use.attribute.name}`, ...(twin ? { twin } : {}) });
    }
    return found;
}
/** The secret attributes this block really puts in state, or none. */
export function storedSecrets(entry, block, module) {
    const body = block.body;
    if (entry.onlyWhen && !holds(entry.onlyWhen, body, true))
        return [];
    if (entry.safeWhen?.some((condition) => holds(condition, body, false, module)))
        return [];
    if (entry.byName && module && readsNonSecretParameter(module, block))
        return [];
    if (entry.stored === 'always')
        return entry.attributes;
    const always = entry.alwaysStored ?? [];
    return entry.attributes.filter((name) => {
        if (always.includes(name))
            return true;
        const attribute = attributeAt(body, name);
        return attribute !== undefined && attribute.value.kind !== 'null';
    });
}
/** `windows_profile.admin_password`: an argument of a nested block, by its dotted path. */
function attributeAt(body, path) {
    const [head, ...rest] = path.split('.');
    if (rest.length === 0)
        return attributeOf(body, head);
    for (const block of blocksOf(body, head)) {
        const found = attributeAt(block.body, rest.join('.'));
        if (found)
            return found;
    }
    return undefined;
}
/**
 * Whether an argument condition holds. Without `equals`, any value but false or null does
 * (`pgp_key = var.key`). With `equals`, a value known only at plan time (`var.x`) is taken the
 * way that keeps the finding: holding for `onlyWhen`, not holding for `safeWhen`.
 */
function holds(condition, body, unknownHolds, module) {
    const attribute = attributeAt(body, condition.argument);
    if (!attribute)
        return false;
    // `pgp_key = var.pgp_key` with a null default: unset unless a caller sets it, so it does not protect.
    if (module && condition.equals === undefined && defaultsToNull(module, attribute.value))
        return false;
    const literal = literalOf(attribute.value);
    if (condition.equals === undefined)
        return literal !== false && literal !== null;
    if (literal === undefined)
        return unknownHolds;
    return literal === condition.equals;
}
function literalOf(expr) {
    switch (expr.kind) {
        case 'string':
            return expr.value === 'true' ? true : expr.value === 'false' ? false : expr.value;
        case 'bool':
            return expr.text === 'true';
        case 'null':
            return null;
        default:
            return undefined;
    }
}
