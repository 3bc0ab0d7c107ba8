// npm run bench -- [mode] [path] [--runs N]
// Modes: tree (default): scan a folder, compared with ripgrep/grep in the same run.
//        history <repo>: full-history scan against `git log -p --all > /dev/null`, peak RSS per process.
//        staged <repo>: `leakgate staged` for a few staged files in a large repository.
import { resolve } from 'node:path';
import { benchHistory, benchStaged } from './history.mjs';
import { benchTree } from './tree.mjs';

const args = process.argv.slice(2);
const runsFlag = args.indexOf('--runs');
const runs = runsFlag >= 0 ? Number(args.splice(runsFlag, 2)[1]) : undefined;
const modes = { tree: benchTree, history: benchHistory, staged: benchStaged };
const mode = modes[args[0]] ? args.shift() : 'tree';
const target = args[0] ? resolve(args[0]) : undefined;

console.log(`leakgate benchmark: ${mode} · node ${process.version} · ${(await import('node:os')).availableParallelism()} cores\n`);
// Each mode has its own default number of runs (a history run takes seconds to minutes).
await modes[mode](target, runs === undefined ? {} : { runs });
