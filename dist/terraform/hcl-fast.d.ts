import type { HclTree } from './hcl-tree.js';
/** The tree of a native HCL file, or undefined when the file needs tree-sitter (see above). */
export declare function parseHclFast(text: string): HclTree | undefined;
