// Apart from hcl.ts so that the hand-written parser (hcl-fast.ts) and the published
// declarations never reach tree-sitter's types.
export {};
