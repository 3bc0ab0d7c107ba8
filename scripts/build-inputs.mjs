// The committed build (dist/ is in git so that `npm install <git url>`, `npx github:...` and the
// pre-commit framework work without devDependencies: npm builds git dependencies without them,
// so `tsc` is missing there). dist/build-inputs.sha256 records what the build was made from and
// what it produced; `--check` (run by the test suite) fails when either no longer matches, i.e.
// when someone changed the sources without `npm run build` and committing dist/.
//
//   node scripts/build-inputs.mjs --write   (the last step of `npm run build`)
//   node scripts/build-inputs.mjs --check
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const MANIFEST = join(root, 'dist', 'build-inputs.sha256');
/** Files and folders whose content decides the build's output. */
const INPUTS = ['src', 'rules', 'scripts/build-rules.mjs', 'scripts/bundle.mjs', 'tsconfig.json', 'tsconfig.build.json'];
/** Packages the build compiles with, bundles or copies from: their locked versions are inputs too. */
const BUILD_PACKAGES = ['typescript', 'esbuild', 'js-tiktoken', '@tree-sitter-grammars/tree-sitter-hcl'];

function filesUnder(path) {
  const full = join(root, path);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [path];
  return readdirSync(full).sort().flatMap((name) => filesUnder(join(path, name)));
}

const posix = (path) => path.split(sep).join('/');
const sha256 = (data) => createHash('sha256').update(data).digest('hex');

/** Line endings are normalised, so a Windows checkout (core.autocrlf) reads the same inputs. */
export function inputsHash() {
  const hash = createHash('sha256');
  for (const file of INPUTS.flatMap(filesUnder)) {
    hash.update(`${posix(file)}\0`).update(readFileSync(join(root, file), 'utf8').replaceAll('\r\n', '\n')).update('\0');
  }
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'));
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  for (const name of [...Object.keys(manifest.dependencies ?? {}), ...BUILD_PACKAGES].sort()) {
    hash.update(`${name}@${lock.packages?.[`node_modules/${name}`]?.version ?? 'missing'}\0`);
  }
  return hash.digest('hex');
}

/** The build's output as committed: everything in dist/ but source maps, the conformance tool and the manifest. */
export function outputFiles() {
  return filesUnder('dist')
    .map(posix)
    .filter((file) => !file.endsWith('.map') && !file.startsWith('dist/conformance/') && file !== 'dist/build-inputs.sha256');
}

function render() {
  const lines = [`inputs ${inputsHash()}`];
  for (const file of outputFiles()) lines.push(`${sha256(readFileSync(join(root, file)))} ${file}`);
  return `${lines.join('\n')}\n`;
}

/** Problems with the committed build, [] when it is current. */
export function checkBuild() {
  if (!existsSync(MANIFEST)) return ['dist/build-inputs.sha256 is missing: run `npm run build` and commit dist/'];
  const [head, ...rest] = readFileSync(MANIFEST, 'utf8').replaceAll('\r\n', '\n').trim().split('\n');
  const problems = [];
  if (head !== `inputs ${inputsHash()}`) problems.push('the sources changed since dist/ was built: run `npm run build` and commit dist/');
  const listed = new Map(rest.map((line) => [line.slice(65), line.slice(0, 64)]));
  for (const [file, digest] of listed) {
    if (!existsSync(join(root, file))) problems.push(`${file} is missing (listed in dist/build-inputs.sha256)`);
    else if (sha256(readFileSync(join(root, file))) !== digest) problems.push(`${file} differs from the build that wrote dist/build-inputs.sha256`);
  }
  return problems;
}

const mode = process.argv[2];
if (mode === '--write') {
  writeFileSync(MANIFEST, render());
  console.log(`build inputs: ${relative(root, MANIFEST)}`);
} else if (mode === '--check') {
  const problems = checkBuild();
  for (const problem of problems) console.error(`build-inputs: ${problem}`);
  process.exitCode = problems.length ? 1 : 0;
}
