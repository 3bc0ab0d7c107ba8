import type { Engine } from '../engine/engine.js';
import { type FileBatchResult, type FileScanOptions, type FileTask } from './file-scanner.js';
/**
 * A worker's batch with the costly half of the Terraform parse folded in: the native HCL files
 * of the batch, already read for the engine, are parsed by tree-sitter here too, so parsing
 * runs on every worker alongside the content scan instead of on the main thread. The trees go
 * back as typed arrays (cheap to copy between threads); the analyzer converts them.
 */
export declare function scanBatchParsingTerraform(engine: Engine, tasks: readonly FileTask[], options: FileScanOptions): Promise<FileBatchResult>;
