import { isJsonSyntax } from './files.js';
import { parseHclFast } from './hcl-fast.js';
/**
 * The one way a Terraform file's text becomes a syntax tree. Native HCL goes through the
 * hand-written parser (hcl-fast.ts, tens of MiB/s, so on the analyzer's thread), which builds
 * the syntax tree directly; a file it declines (a syntax error, odd syntax) goes through
 * tree-sitter, which gives the same tree for what both take and reports what is broken.
 * tree-sitter loads on first use, so a scan of valid files never starts it.
 */
export async function parseTerraformText(absolutePath, kind, text) {
    if (isJsonSyntax(absolutePath)) {
        const { parseTerraformJson } = await import('./json-syntax.js');
        return parseTerraformJson(text, { variablesFile: kind === 'variables' });
    }
    return parseNativeHcl(text);
}
/** Native HCL text (a file, or a template inside a JSON-syntax string): the hand-written parser, else tree-sitter. */
export async function parseNativeHcl(text) {
    const body = parseHclFast(text);
    if (body)
        return { body, problems: [] };
    const { parseHcl } = await import('./hcl.js');
    return parseHcl(text);
}
