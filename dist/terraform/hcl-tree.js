// Apart from hcl.ts so that the published declarations never reach tree-sitter's types.
export {};
