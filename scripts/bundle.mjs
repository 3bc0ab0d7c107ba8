// Part of `npm run build`: bundles the CLI and its worker threads into dist/bundle/. Node 20
// spends most of a short run resolving and linking ~150 ES modules (zod alone is dozens); one
// file per entry halves start-up, which every pre-commit hook and CI step pays. The library
// (`import 'leakgate'`) and the ESLint plugin stay unbundled in dist/.
// Paths the code derives from import.meta.url keep working: dist/bundle/ sits at the same
// depth as dist/rules/ and dist/engine/ (for ../builtin-rules.json, ../bpe-cl100k.bin,
// ../../rules/), and each worker lands next to the bundle that starts it (./scan-worker.js,
// ./history-worker.js).
import { build } from 'esbuild';

await build({
  entryPoints: {
    cli: 'src/cli/main.ts',
    'scan-worker': 'src/sources/scan-worker.ts',
    'history-worker': 'src/sources/git/history-worker.ts',
  },
  outdir: 'dist/bundle',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  // WebAssembly grammars are found next to their packages; lazily required packages stay lazy;
  // jsonc-parser's UMD build requires its own files by computed paths a bundler cannot follow.
  external: ['web-tree-sitter', '@tree-sitter-grammars/tree-sitter-hcl', 'yaml', 'js-tiktoken', 'eslint', 'jsonc-parser'],
  // Bundled CommonJS dependencies (commander, lilconfig) call require().
  banner: { js: "import { createRequire as __leakgateCreateRequire } from 'node:module'; const require = __leakgateCreateRequire(import.meta.url);" },
});
console.log('bundle: dist/bundle/{cli,scan-worker,history-worker}.js');
