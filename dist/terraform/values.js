import { attributeOf } from './syntax.js';
/**
 * What an argument may hold, as far as the module's own code tells: the literal text a
 * reference leads to through locals (maps of names included) and variable defaults. Used to
 * judge names (`/aws/service/...`) and defaults (`pgp_key = var.pgp_key`, default null).
 */
/** The default of `var.name`: its expression, `null` when declared without one. */
export function variableDefault(module, name) {
    const variable = module.variables.find((ref) => ref.block.labels[0] === name);
    if (!variable)
        return undefined;
    return attributeOf(variable.block.body, 'default')?.value ?? null;
}
/** Whether `expr` is `var.x` (or `try(var.x, ...)`) whose default is null: the argument is unset unless a caller sets it. */
export function defaultsToNull(module, expr) {
    const ref = expr.kind === 'call' && expr.name === 'try' ? expr.args[0] : expr;
    if (ref?.kind !== 'traversal' || ref.root !== 'var' || !ref.path[0])
        return false;
    const value = variableDefault(module, ref.path[0]);
    return value !== undefined && value !== null && value.kind === 'null';
}
/**
 * The literal beginnings an expression can take: `"/aws/service/x"` gives itself, a template
 * `"/aws/service/${v}/x"` its leading literal, `local.m[var.k]` every value of the map
 * `local.m`. Undefined when any branch cannot be followed to a literal.
 */
export function literalPrefixes(module, expr, depth = 0) {
    if (depth > 4)
        return undefined;
    switch (expr.kind) {
        case 'string':
            return [expr.value];
        case 'template': {
            const first = expr.parts[0];
            return first?.kind === 'string' && first.value !== '' ? [first.value] : undefined;
        }
        case 'object': {
            const all = [];
            for (const entry of expr.entries) {
                const found = literalPrefixes(module, entry.value, depth + 1);
                if (!found)
                    return undefined;
                all.push(...found);
            }
            return all.length > 0 ? all : undefined;
        }
        case 'traversal': {
            if (expr.root !== 'local' || !expr.path[0])
                return undefined;
            const local = module.locals.find(({ attribute }) => attribute.name === expr.path[0]);
            return local ? literalPrefixes(module, local.attribute.value, depth + 1) : undefined;
        }
        case 'other': {
            // `local.m[var.k]`: an index on a traversal is parsed as the traversal and its key.
            const base = expr.parts[0];
            return base ? literalPrefixes(module, base, depth + 1) : undefined;
        }
        default:
            return undefined;
    }
}
