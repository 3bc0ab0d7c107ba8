import type { LineIndex } from '../engine/lines.js';
import type { TerraformFileKind } from './files.js';
import type { Attribute, Block, Body, SyntaxProblem } from './syntax.js';
/**
 * The module model: Terraform treats every `.tf`/`.tf.json` file of one folder as one module,
 * so blocks are gathered per folder, each remembering its file for positions.
 */
export interface TerraformFile {
    absolutePath: string;
    /** Path as shown in findings (`/`-separated, relative to the cwd when inside it). */
    path: string;
    kind: TerraformFileKind;
    text: string;
    lines: LineIndex;
    /** Whether the text mentions `leakgate:allow` at all (checked once, not per finding). */
    mentionsInlineAllow: boolean;
    body: Body;
    problems: SyntaxProblem[];
}
export interface BlockRef {
    file: TerraformFile;
    block: Block;
    /** Terraform's address: `data.aws_ssm_parameter.db`, `aws_db_instance.main`, `var.password`, `output.x`. */
    address: string;
}
export interface AttributeRef {
    file: TerraformFile;
    attribute: Attribute;
}
export interface TerraformModule {
    /** Absolute folder. */
    dir: string;
    files: TerraformFile[];
    /** The backend block (override files win), the `cloud` block, and OpenTofu `encryption` blocks. */
    backend: BlockRef | undefined;
    cloud: BlockRef | undefined;
    encryption: BlockRef[];
    data: BlockRef[];
    resources: BlockRef[];
    ephemerals: BlockRef[];
    variables: BlockRef[];
    outputs: BlockRef[];
    providers: BlockRef[];
    moduleCalls: BlockRef[];
    locals: AttributeRef[];
    /** The `terraform` blocks themselves (for hygiene checks inside them). */
    terraformBlocks: BlockRef[];
}
export declare function buildModules(configFiles: readonly TerraformFile[]): TerraformModule[];
