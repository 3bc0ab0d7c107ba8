import type { TerraformModule } from './model.js';
import { type Expr, type TraversalExpr } from './syntax.js';
export declare class SecretReferences {
    private readonly sensitiveVariables;
    private readonly locals;
    constructor(module: TerraformModule);
    isSensitiveVariable(name: string): boolean;
    /** The first secret reference in `expr` (its source form, e.g. `var.db_password`), skipping `skipCalls`. */
    find(expr: Expr, skipCalls?: ReadonlySet<string>, depth?: number): TraversalExpr | undefined;
    private isSecret;
}
/** Source form of a reference: `data.aws_ssm_parameter.db.value`, `aws_instance.x[].id`. */
export declare function referenceText(ref: TraversalExpr): string;
/** Every call of a function by name inside an expression. */
export declare function callsNamed(expr: Expr, name: string): Generator<Extract<Expr, {
    kind: 'call';
}>>;
