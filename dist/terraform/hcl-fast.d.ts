import { type Body } from './syntax.js';
/** The syntax tree of a native HCL file, or undefined when the file needs tree-sitter (see above). */
export declare function parseHclFast(text: string): Body | undefined;
