import type { BlockRef, TerraformModule } from './model.js';
/**
 * Which scanned module calls which by local path (`source = "../../modules/db"`): the one
 * place that resolves module calls, for state inheritance (a child keeps its state in its
 * callers') and for following `module.x.output` references into the callee.
 */
export interface ModuleCall {
    caller: TerraformModule;
    call: BlockRef;
    callee: TerraformModule;
}
export interface ModuleGraph {
    /** The scanned module a `module "name"` block of `caller` calls, if it is local and scanned. */
    callee(caller: TerraformModule, callName: string): TerraformModule | undefined;
    callersOf(callee: TerraformModule): readonly ModuleCall[];
}
/** `./modules/db` from a module's folder, for local module calls. */
export declare function localModuleDir(callerDir: string, source: string): string | undefined;
export declare function buildModuleGraph(modules: readonly TerraformModule[]): ModuleGraph;
