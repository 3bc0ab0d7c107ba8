import { isJsonSyntax, terraformFileKind } from './files.js';
export async function parseTerraformText(absolutePath, kind, text, hclTree) {
    if (isJsonSyntax(absolutePath)) {
        const { parseTerraformJson } = await import('./json-syntax.js');
        return parseTerraformJson(text, { variablesFile: kind === 'variables' });
    }
    const { convertHclTree, parseHcl } = await import('./hcl.js');
    return hclTree ? convertHclTree(text, hclTree) : parseHcl(text);
}
/**
 * tree-sitter's half of the parse of a native HCL Terraform file (undefined for other files,
 * JSON syntax, or a file tree-sitter cannot take: the analyzer then parses, and warns, itself).
 */
export async function parseHclFileTree(absolutePath, text) {
    if (!terraformFileKind(absolutePath) || isJsonSyntax(absolutePath))
        return undefined;
    try {
        const { parseHclTree } = await import('./hcl.js');
        return await parseHclTree(text);
    }
    catch {
        return undefined;
    }
}
