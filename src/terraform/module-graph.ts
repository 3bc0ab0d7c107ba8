import { resolve } from 'node:path';
import type { BlockRef, TerraformModule } from './model.js';
import { attributeOf } from './syntax.js';

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
export function localModuleDir(callerDir: string, source: string): string | undefined {
  if (!source.startsWith('./') && !source.startsWith('../')) return undefined;
  return resolve(callerDir, source).replace(/[\\/]+$/, '');
}

export function buildModuleGraph(modules: readonly TerraformModule[]): ModuleGraph {
  const byDir = new Map(modules.map((m) => [m.dir, m]));
  const calls = new Map<TerraformModule, Map<string, TerraformModule>>();
  const callers = new Map<TerraformModule, ModuleCall[]>();
  for (const caller of modules) {
    for (const call of caller.moduleCalls) {
      const source = attributeOf(call.block.body, 'source')?.value;
      if (source?.kind !== 'string') continue;
      const target = localModuleDir(caller.dir, source.value);
      const callee = target ? byDir.get(target) : undefined;
      if (!callee || callee === caller) continue;
      const byName = calls.get(caller) ?? new Map<string, TerraformModule>();
      byName.set(call.block.labels[0] ?? '', callee);
      calls.set(caller, byName);
      const list = callers.get(callee) ?? [];
      list.push({ caller, call, callee });
      callers.set(callee, list);
    }
  }
  return {
    callee: (caller, callName) => calls.get(caller)?.get(callName),
    callersOf: (callee) => callers.get(callee) ?? [],
  };
}
