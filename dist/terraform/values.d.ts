import type { TerraformModule } from './model.js';
import { type Expr } from './syntax.js';
/**
 * What an argument may hold, as far as the module's own code tells: the literal text a
 * reference leads to through locals (maps of names included) and variable defaults. Used to
 * judge names (`/aws/service/...`) and defaults (`pgp_key = var.pgp_key`, default null).
 */
/** The default of `var.name`: its expression, `null` when declared without one. */
export declare function variableDefault(module: TerraformModule, name: string): Expr | null | undefined;
/** Whether `expr` is `var.x` (or `try(var.x, ...)`) whose default is null: the argument is unset unless a caller sets it. */
export declare function defaultsToNull(module: TerraformModule, expr: Expr): boolean;
/**
 * The literal beginnings an expression can take: `"/aws/service/x"` gives itself, a template
 * `"/aws/service/${v}/x"` its leading literal, `local.m[var.k]` every value of the map
 * `local.m`. Undefined when any branch cannot be followed to a literal.
 */
export declare function literalPrefixes(module: TerraformModule, expr: Expr, depth?: number): string[] | undefined;
