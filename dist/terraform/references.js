import { catalogueEntry } from './catalogue.js';
import { storedSecrets } from './exposure.js';
import { declaresNonSecretValue, namesTerraformSecret } from './naming.js';
import { attributeOf, forEachExpr, isTrue } from './syntax.js';
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
    module;
    callee;
    sensitiveVariables = new Set();
    locals = new Map();
    blocks = new Map();
    constructor(module, callee = () => undefined) {
        this.module = module;
        this.callee = callee;
        for (const { block } of module.variables) {
            const name = block.labels[0] ?? '';
            const marked = isTrue(attributeOf(block.body, 'sensitive')?.value) || isTrue(attributeOf(block.body, 'ephemeral')?.value);
            if (marked || (namesTerraformSecret(name) && !declaresNonSecretValue(block.body)))
                this.sensitiveVariables.add(name);
        }
        for (const { attribute } of module.locals)
            this.locals.set(attribute.name, attribute.value);
        for (const ref of [...module.data, ...module.resources, ...module.ephemerals])
            this.blocks.set(ref.address, ref);
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
    /**
     * Whether an output of this module carries a secret: its value reaches one, or it is marked
     * sensitive under a secret name. The mark alone does not decide: modules mark usernames and
     * hostnames sensitive out of caution. Undefined when there is no such output.
     */
    outputCarriesSecret(name, depth = 0) {
        const output = this.module.outputs.find((ref) => ref.block.labels[0] === name);
        if (!output)
            return undefined;
        const value = attributeOf(output.block.body, 'value');
        if (value !== undefined && depth < 4 && this.find(value.value, CONCEALING_FUNCTIONS, depth + 1) !== undefined)
            return true;
        return isTrue(attributeOf(output.block.body, 'sensitive')?.value) && namesTerraformSecret(name);
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
                if (namesTerraformSecret(name))
                    return true;
                const value = this.locals.get(name);
                return value !== undefined && depth < 4 && this.find(value, skipCalls, depth + 1) !== undefined;
            }
            case 'data':
            case 'ephemeral': {
                const [type = '', label = '', ...attribute] = names;
                const entry = catalogueEntry('data', type) ?? (ref.root === 'ephemeral' ? catalogueEntry('resource', type) : undefined);
                if (entry)
                    return this.holdsSecret(`${ref.root}.${type}.${label}`, entry, attribute);
                return attribute[0] !== undefined && namesTerraformSecret(attribute[0]);
            }
            case 'module': {
                const [call = '', output] = names;
                if (output === undefined)
                    return false;
                const carried = this.callee(call)?.outputCarriesSecret(output, depth);
                return carried ?? namesTerraformSecret(output);
            }
            default: {
                if (NON_RESOURCE_ROOTS.has(ref.root))
                    return false;
                const [label = '', ...attribute] = names;
                const entry = catalogueEntry('resource', ref.root);
                if (entry)
                    return this.holdsSecret(`${ref.root}.${label}`, entry, attribute);
                return attribute[0] !== undefined && namesTerraformSecret(attribute[0]);
            }
        }
    }
    /**
     * A catalogued block's attribute path is secret when the block really stores a secret there
     * (not a public SSM parameter, not an unset argument): `kube_config[0].client_key` under the
     * stored `kube_config`, the whole `os_profile` over its stored `os_profile.admin_password`,
     * but not its sibling `os_profile.admin_username`.
     */
    holdsSecret(address, entry, path) {
        const reference = path.join('.');
        const overlaps = (stored) => reference === '' || stored === reference || reference.startsWith(`${stored}.`) || stored.startsWith(`${reference}.`);
        if (!entry.attributes.some(overlaps))
            return false;
        const block = this.blocks.get(address);
        if (!block)
            return true;
        return storedSecrets(entry, block.block, this.module).some(overlaps);
    }
}
/** Every module's references, each following local module calls into the scanned callee. */
export function secretReferencesOf(modules, graph) {
    const all = new Map();
    for (const module of modules) {
        all.set(module, new SecretReferences(module, (call) => {
            const callee = graph.callee(module, call);
            return callee ? all.get(callee) : undefined;
        }));
    }
    return all;
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
export function callsNamed(expr, name) {
    const calls = [];
    forEachExpr(expr, (node) => {
        if (node.kind === 'call' && node.name === name)
            calls.push(node);
    });
    return calls;
}
