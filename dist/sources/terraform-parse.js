import { isJsonSyntax, terraformFileKind } from '../terraform/files.js';
import { parseHclFileTree } from '../terraform/parse-file.js';
import { scanFileBatch } from './file-scanner.js';
/**
 * A worker's batch with the costly half of the Terraform parse folded in: the native HCL files
 * of the batch, already read for the engine, are parsed by tree-sitter here too, so parsing
 * runs on every worker alongside the content scan instead of on the main thread. The trees go
 * back as typed arrays (cheap to copy between threads); the analyzer converts them.
 */
export async function scanBatchParsingTerraform(engine, tasks, options) {
    const texts = [];
    const result = scanFileBatch(engine, tasks, options, (task, text) => {
        if (terraformFileKind(task.absolutePath) && !isJsonSyntax(task.absolutePath))
            texts.push({ absolutePath: task.absolutePath, text });
    });
    for (const { absolutePath, text } of texts) {
        const tree = await parseHclFileTree(absolutePath, text);
        if (tree)
            (result.terraform ??= []).push({ absolutePath, tree });
    }
    return result;
}
