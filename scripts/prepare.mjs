// npm runs `prepare` after a plain `npm install` in a checkout and when it installs leakgate from
// git (`npm install github:...`, `npx github:...`, the pre-commit framework). Git installs get no
// devDependencies (and npm 11 runs no dependency scripts unless allowed), so there is no
// TypeScript compiler: they use the build committed in dist/ (scripts/build-inputs.mjs keeps it
// current). A development checkout rebuilds when the sources changed since that build.
// Everything goes to stderr: `npm pack` prints the tarball's name on stdout, and the pre-commit
// framework reads it from there.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { checkBuild } from './build-inputs.mjs';

const require = createRequire(import.meta.url);
const canBuild = ['typescript', 'esbuild'].every((name) => {
  try {
    require.resolve(`${name}/package.json`);
    return true;
  } catch {
    return false;
  }
});

if (canBuild && checkBuild().length > 0) {
  const result = spawnSync('npm', ['run', 'build'], { stdio: ['inherit', 2, 2], shell: process.platform === 'win32' });
  process.exitCode = result.status ?? 1;
} else if (existsSync(new URL('../dist/bundle/cli.js', import.meta.url))) {
  console.error('leakgate: using the committed build in dist/');
} else {
  console.error('leakgate: dist/ is missing and TypeScript is not installed: run `npm install` (with devDependencies), then `npm run build`');
  process.exitCode = 1;
}
