// npm run bench -- [mode] [path] [--runs N]
// Modes: tree (default): scan a folder, compared with ripgrep/grep in the same run.
//        report: each report format and the suppression step on 20,000 findings, against the JSON report.
//        terraform: parse and analyse a generated 1 MiB .tf file, against the engine on the same text.
//        eslint: lint a generated 10k-line TS file without a secret rule, with leakgate/no-secrets
//                and with eslint-plugin-no-secrets (installed on demand into .bench/; --no-install).
//        history <repo>: full-history scan against `git log -p --all > /dev/null`, peak RSS per process (default 1 run).
//        staged <repo>: `leakgate staged` for a few staged files in a large repository.
//        scale [corpus]: issue 14 in one run: three-tree corpus and a >= 300 MiB tree against ripgrep,
//                Terraform MiB/s on a generated HCL tree, peak RSS, --cache second-run ratio,
//                history and staged figures (see bench/scale.mjs, docs/scale.md).
//        findings: findings per MiB of real code at both thresholds (default and low), listed,
//                  over one or more folders (no timing).
import { resolve } from 'node:path';
import { benchEslint } from './eslint.mjs';
import { benchFindings } from './findings.mjs';
import { benchHistory, benchStaged } from './history.mjs';
import { benchReport } from './report.mjs';
import { benchScale } from './scale.mjs';
import { benchTerraform } from './terraform.mjs';
import { benchTree } from './tree.mjs';

const args = process.argv.slice(2);
const runsFlag = args.indexOf('--runs');
// Unset: each mode's own default (a history run takes seconds to minutes).
const runs = runsFlag >= 0 ? Number(args.splice(runsFlag, 2)[1]) : undefined;
const noInstallFlag = args.indexOf('--no-install');
const install = noInstallFlag < 0;
if (!install) args.splice(noInstallFlag, 1);
const modes = { tree: benchTree, report: benchReport, terraform: benchTerraform, eslint: benchEslint, history: benchHistory, staged: benchStaged, scale: benchScale };
const mode = modes[args[0]] || args[0] === 'findings' ? args.shift() : 'tree';
const target = args[0] ? resolve(args[0]) : undefined;

console.log(`leakgate benchmark: ${mode} · node ${process.version} · ${(await import('node:os')).availableParallelism()} cores\n`);
if (mode === 'findings') await benchFindings(args.length > 0 ? args.map((a) => resolve(a)) : [resolve('node_modules')]);
else await modes[mode](target, runs === undefined ? { install } : { runs, install });
