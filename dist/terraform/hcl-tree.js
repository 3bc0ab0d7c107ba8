// Apart from hcl.ts so that modules passing trees between threads (and their published
// declarations) never reach tree-sitter's types.
export {};
