import { catalogueEntry, fixFor } from './catalogue.js';
import { attributeOf } from './syntax.js';
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
    const severity = SEVERITY_BY_CLASS[protection.class];
    if (!severity)
        return [];
    const verdicts = [];
    const candidates = [
        ...module.data.map((ref) => [ref, 'data']),
        ...module.resources.map((ref) => [ref, 'resource']),
    ];
    for (const [ref, kind] of candidates) {
        const entry = catalogueEntry(kind, ref.block.labels[0] ?? '');
        if (!entry)
            continue;
        const stored = storedSecrets(entry, ref.block.body);
        if (stored.length === 0)
            continue;
        const fix = fixFor(entry) || protection.remedy;
        const what = kind === 'data' ? 'reads' : entry.stored === 'always' ? 'generates' : 'writes';
        verdicts.push({
            rule: 'terraform-state-exposure',
            file: ref.file,
            span: ref.block.headerSpan,
            message: `${ref.address} ${what} a secret (${stored.join(', ')}) that Terraform stores in state, and ${protection.reason}. ${shortFix(entry)}`,
            severity,
            confidence: 'high',
            marker: ref.address,
            details: {
                fix,
                address: ref.address,
                secretAttributes: stored,
                stateClass: protection.class,
                backend: protection.backend,
                ...(protection.remedy ? { backendFix: protection.remedy } : {}),
                ...(entry.ephemeral ? { ephemeralResource: entry.ephemeral } : {}),
                ...(entry.writeOnly ? { writeOnlyArguments: entry.writeOnly.map((pair) => ({ ...pair })) } : {}),
            },
        });
    }
    return verdicts;
}
/** The fix in a few words, for the message; `details.fix` has it in full. */
function shortFix(entry) {
    const options = [];
    if (entry.ephemeral)
        options.push(`ephemeral "${entry.ephemeral}"`);
    if (entry.writeOnly)
        options.push(entry.writeOnly.map((pair) => `the write-only ${pair.writeOnly}`).join(' or '));
    if (options.length === 0)
        return 'Keep it out of state (see the fix), or encrypt the state';
    return `Use ${options.join(' or ')}, or encrypt the state`;
}
/** The secret attributes this block really puts in state, or none. */
export function storedSecrets(entry, body) {
    if (entry.onlyWhen && !holds(entry.onlyWhen, body, true))
        return [];
    if (entry.safeWhen?.some((condition) => holds(condition, body, false)))
        return [];
    if (entry.stored === 'always')
        return entry.attributes;
    return entry.attributes.filter((name) => {
        const attribute = attributeOf(body, name);
        return attribute !== undefined && attribute.value.kind !== 'null';
    });
}
/**
 * Whether an argument condition holds. Without `equals`, any value but false or null does
 * (`pgp_key = var.key`). With `equals`, a value known only at plan time (`var.x`) is taken the
 * way that keeps the finding: holding for `onlyWhen`, not holding for `safeWhen`.
 */
function holds(condition, body, unknownHolds) {
    const attribute = attributeOf(body, condition.argument);
    if (!attribute)
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
