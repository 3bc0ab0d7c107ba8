import { namesSecret } from '../engine/generic.js';
import { catalogueEntry } from './catalogue.js';
import { attributeOf, isTrue, walkExpr } from './syntax.js';
/**
 * Which references in an expression reach a secret: a sensitive or secret-named variable, a
 * catalogued secret attribute (`data.aws_ssm_parameter.db.value`, `random_password.db.result`),
 * an ephemeral value, a local that holds one, or any attribute whose name says it is a secret.
 * Parts under a hash (`sha256(var.password)`) no longer reveal the secret and do not count.
 */
/** Functions whose result does not reveal their argument. */
const CONCEALING_FUNCTIONS = new Set([
    'sha1', 'sha256', 'sha512', 'md5', 'bcrypt', 'base64sha256', 'base64sha512', 'uuidv5', 'length', 'issensitive', 'can', 'ephemeralasnull',
]);
/** Roots of references that are not resources (`count.index`, `path.module`, ...). */
const NON_RESOURCE_ROOTS = new Set(['var', 'local', 'data', 'module', 'ephemeral', 'path', 'terraform', 'count', 'each', 'self', 'null', 'true', 'false']);
export class SecretReferences {
    sensitiveVariables = new Set();
    locals = new Map();
    constructor(module) {
        for (const { block } of module.variables) {
            const name = block.labels[0] ?? '';
            if (isTrue(attributeOf(block.body, 'sensitive')?.value) || isTrue(attributeOf(block.body, 'ephemeral')?.value) || namesSecret(name)) {
                this.sensitiveVariables.add(name);
            }
        }
        for (const { attribute } of module.locals)
            this.locals.set(attribute.name, attribute.value);
    }
    isSensitiveVariable(name) {
        return this.sensitiveVariables.has(name);
    }
    /** The first secret reference in `expr` (its source form, e.g. `var.db_password`), skipping `skipCalls`. */
    find(expr, skipCalls = CONCEALING_FUNCTIONS, depth = 0) {
        const stack = [expr];
        while (stack.length > 0) {
            const current = stack.pop();
            if (current.kind === 'call' && (skipCalls.has(current.name) || CONCEALING_FUNCTIONS.has(current.name)))
                continue;
            if (current.kind === 'traversal') {
                if (this.isSecret(current, skipCalls, depth))
                    return current;
                continue;
            }
            for (const child of children(current))
                stack.push(child);
        }
        return undefined;
    }
    isSecret(ref, skipCalls, depth) {
        const names = ref.path.filter((step) => step !== '[]');
        switch (ref.root) {
            case 'var':
                return names[0] !== undefined && this.sensitiveVariables.has(names[0]);
            case 'local': {
                const name = names[0];
                if (name === undefined)
                    return false;
                if (namesSecret(name))
                    return true;
                const value = this.locals.get(name);
                return value !== undefined && depth < 4 && this.find(value, skipCalls, depth + 1) !== undefined;
            }
            case 'data':
            case 'ephemeral': {
                const [type = '', , attribute] = names;
                const entry = catalogueEntry('data', type) ?? (ref.root === 'ephemeral' ? catalogueEntry('resource', type) : undefined);
                if (entry)
                    return attribute === undefined || entry.attributes.includes(attribute);
                return attribute !== undefined && namesSecret(attribute);
            }
            case 'module':
                return names[1] !== undefined && namesSecret(names[1]);
            default: {
                if (NON_RESOURCE_ROOTS.has(ref.root))
                    return false;
                const attribute = names[1];
                const entry = catalogueEntry('resource', ref.root);
                if (entry)
                    return attribute === undefined || entry.attributes.includes(attribute);
                return attribute !== undefined && namesSecret(attribute);
            }
        }
    }
}
function children(expr) {
    switch (expr.kind) {
        case 'template':
        case 'other':
            return expr.parts;
        case 'call':
            return expr.args;
        case 'object':
            return expr.entries.map((entry) => entry.value);
        case 'tuple':
            return expr.items;
        default:
            return [];
    }
}
/** Source form of a reference: `data.aws_ssm_parameter.db.value`, `aws_instance.x[].id`. */
export function referenceText(ref) {
    return [ref.root, ...ref.path].join('.').replace(/\.\[\]/g, '[*]');
}
/** Every call of a function by name inside an expression. */
export function* callsNamed(expr, name) {
    for (const node of walkExpr(expr))
        if (node.kind === 'call' && node.name === name)
            yield node;
}
