import type { TerraformModule } from './model.js';
import type { ModuleGraph } from './module-graph.js';
import { type Expr, type TraversalExpr } from './syntax.js';
/** Resolves `module.<name>` of one module to the scanned callee's references, when the call is local. */
export type CalleeReferences = (callName: string) => SecretReferences | undefined;
export declare class SecretReferences {
    private readonly module;
    private readonly callee;
    private readonly sensitiveVariables;
    private readonly locals;
    private readonly blocks;
    constructor(module: TerraformModule, callee?: CalleeReferences);
    isSensitiveVariable(name: string): boolean;
    /** The first secret reference in `expr` (its source form, e.g. `var.db_password`), skipping `skipCalls`. */
    find(expr: Expr, skipCalls?: ReadonlySet<string>, depth?: number): TraversalExpr | undefined;
    /**
     * Whether an output of this module carries a secret: its value reaches one, or it is marked
     * sensitive under a secret name. The mark alone does not decide: modules mark usernames and
     * hostnames sensitive out of caution. Undefined when there is no such output.
     */
    outputCarriesSecret(name: string, depth?: number): boolean | undefined;
    private isSecret;
    /**
     * A catalogued block's attribute path is secret when the block really stores a secret there
     * (not a public SSM parameter, not an unset argument): `kube_config[0].client_key` under the
     * stored `kube_config`, the whole `os_profile` over its stored `os_profile.admin_password`,
     * but not its sibling `os_profile.admin_username`.
     */
    private holdsSecret;
}
/** Every module's references, each following local module calls into the scanned callee. */
export declare function secretReferencesOf(modules: readonly TerraformModule[], graph: ModuleGraph): Map<TerraformModule, SecretReferences>;
/** Source form of a reference: `data.aws_ssm_parameter.db.value`, `aws_instance.x[].id`. */
export declare function referenceText(ref: TraversalExpr): string;
/** Every call of a function by name inside an expression. */
export declare function callsNamed(expr: Expr, name: string): Array<Extract<Expr, {
    kind: 'call';
}>>;
