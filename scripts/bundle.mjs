// Part of `npm run build`: bundles the CLI and its worker threads into dist/bundle/. Node 20
// spends most of a short run resolving and linking ~150 ES modules (zod alone is dozens); one
// file per entry halves start-up, which every pre-commit hook and CI step pays. The library
// (`import 'leakgate'`) and the ESLint plugin stay unbundled in dist/.
// Paths the code derives from import.meta.url keep working: dist/bundle/ sits at the same
// depth as dist/rules/ and dist/engine/ (for ../builtin-rules.json, ../bpe-cl100k.bin,
// ../../rules/), and each worker lands next to the bundle that starts it (./scan-worker.js,
// ./history-worker.js).
import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
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
  // No source maps in the package: they tripled its size and embedded the sources.
  sourcemap: false,
  logLevel: 'warning',
  // web-tree-sitter finds its runtime .wasm next to its package; lazily required packages stay lazy;
  // jsonc-parser's UMD build requires its own files by computed paths a bundler cannot follow.
  external: ['web-tree-sitter', 'yaml', 'eslint', 'jsonc-parser'],
  // Bundled CommonJS dependencies (commander, lilconfig) call require().
  banner: { js: "import { createRequire as __leakgateCreateRequire } from 'node:module'; const require = __leakgateCreateRequire(import.meta.url);" },
});
console.log('bundle: dist/bundle/{cli,scan-worker,history-worker}.js');

// Only the Terraform grammar's WebAssembly is used, so it ships in dist/grammars/ (with its
// licence) and its package, whose install script builds a native addon, stays a devDependency.
const grammarPackage = createRequire(import.meta.url).resolve('@tree-sitter-grammars/tree-sitter-hcl/package.json');
mkdirSync('dist/grammars', { recursive: true });
copyFileSync(new URL('tree-sitter-terraform.wasm', `file://${grammarPackage}`), 'dist/grammars/tree-sitter-terraform.wasm');
copyFileSync(new URL('LICENSE', `file://${grammarPackage}`), 'dist/grammars/tree-sitter-hcl.LICENSE');
console.log('grammar: dist/grammars/tree-sitter-terraform.wasm');
