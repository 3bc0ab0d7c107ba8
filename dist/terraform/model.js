import { dirname } from 'node:path';
import { blocksOf } from './syntax.js';
/** Override files (`override.tf`, `*_override.tf`) are merged last, so their settings win. */
function isOverride(path) {
    const name = path.slice(path.lastIndexOf('/') + 1).replace(/\.json$/i, '');
    return name === 'override.tf' || name.endsWith('_override.tf');
}
export function buildModules(configFiles) {
    const byDir = new Map();
    for (const file of configFiles) {
        const dir = dirname(file.absolutePath);
        const list = byDir.get(dir);
        if (list)
            list.push(file);
        else
            byDir.set(dir, [file]);
    }
    return [...byDir].map(([dir, files]) => buildModule(dir, files));
}
function buildModule(dir, files) {
    const module = {
        dir,
        files,
        backend: undefined,
        cloud: undefined,
        encryption: [],
        data: [],
        resources: [],
        ephemerals: [],
        variables: [],
        outputs: [],
        providers: [],
        moduleCalls: [],
        locals: [],
        terraformBlocks: [],
    };
    const ordered = [...files].sort((a, b) => Number(isOverride(a.path)) - Number(isOverride(b.path)));
    for (const file of ordered) {
        for (const block of file.body.blocks) {
            const ref = (address) => ({ file, block, address });
            const [first = '', second = ''] = block.labels;
            switch (block.type) {
                case 'terraform':
                    module.terraformBlocks.push(ref('terraform'));
                    for (const backend of blocksOf(block.body, 'backend')) {
                        module.backend = mergeBackend(module.backend, { file, block: backend, address: `backend.${backend.labels[0] ?? ''}` });
                    }
                    for (const cloud of blocksOf(block.body, 'cloud'))
                        module.cloud = { file, block: cloud, address: 'cloud' };
                    for (const encryption of blocksOf(block.body, 'encryption'))
                        module.encryption.push({ file, block: encryption, address: 'encryption' });
                    break;
                case 'data':
                    module.data.push(ref(`data.${first}.${second}`));
                    break;
                case 'resource':
                    module.resources.push(ref(`${first}.${second}`));
                    break;
                case 'ephemeral':
                    module.ephemerals.push(ref(`ephemeral.${first}.${second}`));
                    break;
                case 'variable':
                    module.variables.push(ref(`var.${first}`));
                    break;
                case 'output':
                    module.outputs.push(ref(`output.${first}`));
                    break;
                case 'provider':
                    module.providers.push(ref(`provider.${first}`));
                    break;
                case 'module':
                    module.moduleCalls.push(ref(`module.${first}`));
                    break;
                case 'locals':
                    for (const attribute of block.body.attributes)
                        module.locals.push({ file, attribute });
                    break;
                default:
                    break;
            }
        }
    }
    return module;
}
/**
 * A backend in an override file replaces the whole block when its type differs, and merges
 * its arguments over the original's when it is the same type (Terraform's override rules).
 */
function mergeBackend(current, next) {
    if (!current || current.block.labels[0] !== next.block.labels[0])
        return next;
    const names = new Set(next.block.body.attributes.map((a) => a.name));
    const attributes = [...current.block.body.attributes.filter((a) => !names.has(a.name)), ...next.block.body.attributes];
    return { ...current, block: { ...current.block, body: { ...current.block.body, attributes, blocks: [...current.block.body.blocks, ...next.block.body.blocks] } } };
}
