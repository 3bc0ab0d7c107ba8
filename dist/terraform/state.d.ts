import type { ModuleGraph } from './module-graph.js';
import type { TerraformFile, TerraformModule } from './model.js';
/**
 * How well a module's state is protected, from its backend, `cloud` block and OpenTofu
 * `encryption` (research/terraform-secrets.md section 3):
 * - plaintext: local state (no backend, or `backend "local"`): a JSON file next to the code;
 * - not-requested: s3, oss or cos without `encrypt = true` or a KMS key. The bucket may encrypt
 *   at rest by default, but that does not restrict who can read the state;
 * - unknown: self-managed backends (consul, pg, http, kubernetes), s3 with a custom endpoint,
 *   a partial backend whose settings were not found in a `*.tfbackend` file;
 * - provider-default: gcs and azurerm, always encrypted at rest with the provider's keys;
 * - encrypted: s3 with encrypt/KMS, HCP Terraform (`cloud`, `remote`), OpenTofu state
 *   encryption, gcs with a customer key, or encryption declared in leakgate's config.
 */
export type StateClass = 'plaintext' | 'not-requested' | 'unknown' | 'provider-default' | 'encrypted';
export interface StateProtection {
    class: StateClass;
    /** `local`, `s3`, `cloud`, ... */
    backend: string;
    /** Why, in words, for the finding's message. */
    reason: string;
    /** What would protect the state, for the finding's fix. */
    remedy: string;
    /**
     * For a child module: the root module (folder) whose state holds it, that root's own reason,
     * and whether that root is an example or a test.
     */
    heldBy?: {
        root: string;
        rootReason: string;
        throughExample: boolean;
    };
}
/** Worst first: a module called from several roots is as exposed as its most exposed caller. */
export declare const STATE_CLASS_RANK: Record<StateClass, number>;
export interface ClassifyOptions {
    /** Config `terraform.assumeStateEncryption`: encryption is set up outside the code (`TF_ENCRYPTION`). */
    assumeStateEncryption: boolean;
    /** `*.tfbackend` files that may complete a partial backend block. */
    backendConfigs: readonly TerraformFile[];
}
export interface ResolveOptions {
    assumeStateEncryption: boolean;
    backendConfigs: ReadonlyMap<TerraformModule, readonly TerraformFile[]>;
    graph: ModuleGraph;
}
/** The folder of a module as shown in findings (`examples/complete`, `.` for the scan root). */
export declare function moduleDisplayDir(module: TerraformModule): string;
/**
 * Every module's state protection. A module without backend, `cloud` or `encryption` keeps
 * its state where its callers do: a module called by local path (`source = "./modules/db"`)
 * takes the worst protection among its callers, and names the root module that holds that
 * state and its backend; one nobody calls is a root with local state, unless it sits under a
 * `modules/` folder (a reusable module whose callers were not scanned). A module whose every
 * worst caller is an example or a test is judged through it only (`heldBy.throughExample`).
 */
export declare function resolveProtections(modules: readonly TerraformModule[], options: ResolveOptions): Map<TerraformModule, StateProtection>;
export declare function classifyState(module: TerraformModule, options: ClassifyOptions): StateProtection | undefined;
export declare const LOCAL_STATE: StateProtection;
export declare const UNSCANNED_CALLER: StateProtection;
