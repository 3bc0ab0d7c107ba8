#!/usr/bin/env node
// The bundled CLI (dist/bundle/cli.js, built by `npm run build`): one module to load instead of ~150.
import { run } from '../dist/bundle/cli.js';

process.exitCode = await run(process.argv.slice(2));
