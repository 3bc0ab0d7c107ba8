import { isJsonSyntax } from './files.js';
import { parseHclFast } from './hcl-fast.js';
export async function parseTerraformText(absolutePath, kind, text) {
    if (isJsonSyntax(absolutePath)) {
        const { parseTerraformJson } = await import('./json-syntax.js');
        return parseTerraformJson(text, { variablesFile: kind === 'variables' });
    }
    const { convertHclTree, parseHcl } = await import('./hcl.js');
    const tree = parseHclFast(text);
    return tree ? convertHclTree(text, tree) : parseHcl(text);
}
