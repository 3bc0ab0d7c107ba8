import { isJsonSyntax } from './files.js';
import { parseHclFast } from './hcl-fast.js';
export async function parseTerraformText(absolutePath, kind, text) {
    if (isJsonSyntax(absolutePath)) {
        const { parseTerraformJson } = await import('./json-syntax.js');
        return parseTerraformJson(text, { variablesFile: kind === 'variables' });
    }
    const body = parseHclFast(text);
    if (body)
        return { body, problems: [] };
    const { parseHcl } = await import('./hcl.js');
    return parseHcl(text);
}
