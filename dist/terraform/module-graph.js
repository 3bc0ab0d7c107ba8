import { resolve } from 'node:path';
import { attributeOf } from './syntax.js';
/** `./modules/db` from a module's folder, for local module calls. */
export function localModuleDir(callerDir, source) {
    if (!source.startsWith('./') && !source.startsWith('../'))
        return undefined;
    return resolve(callerDir, source).replace(/[\\/]+$/, '');
}
export function buildModuleGraph(modules) {
    const byDir = new Map(modules.map((m) => [m.dir, m]));
    const calls = new Map();
    const callers = new Map();
    for (const caller of modules) {
        for (const call of caller.moduleCalls) {
            const source = attributeOf(call.block.body, 'source')?.value;
            if (source?.kind !== 'string')
                continue;
            const target = localModuleDir(caller.dir, source.value);
            const callee = target ? byDir.get(target) : undefined;
            if (!callee || callee === caller)
                continue;
            const byName = calls.get(caller) ?? new Map();
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
