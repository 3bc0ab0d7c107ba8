import { Command, CommanderError } from 'commander';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { didYouMean } from '../did-you-mean.js';
import { LeakgateError } from '../errors.js';
import { VERSION } from '../version.js';
import { registerBaseline } from './commands/baseline.js';
import { registerHistory } from './commands/history.js';
import { registerInit } from './commands/init.js';
import { registerInstallHook } from './commands/install-hook.js';
import { registerMerge } from './commands/merge.js';
import { registerRules } from './commands/rules.js';
import { registerScan } from './commands/scan.js';
import { registerStaged } from './commands/staged.js';
import { processContext, type CliContext } from './context.js';
import { exitOnWriteErrors } from './write-errors.js';

/**
 * The command line. Exit codes: 0 clean, 1 findings (`--exit-code` changes it), 2 usage,
 * config or runtime error, printed as one line without a stack trace unless LEAKGATE_DEBUG=1.
 */

export function buildProgram(ctx: CliContext): Command {
  const program = new Command()
    .name('leakgate')
    .description('Find hardcoded secrets before they ship: source trees, Terraform, staged changes and Git history.')
    .version(VERSION, '-v, --version')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => ctx.stdout.write(text),
      writeErr: (text) => ctx.stderr.write(text),
      outputError: (text, write) => write(usageLine(text)),
    });
  registerScan(program, ctx);
  registerBaseline(program, ctx);
  registerStaged(program, ctx);
  registerHistory(program, ctx);
  registerInstallHook(program, ctx);
  // `leakgate [paths]` is `leakgate scan [paths]`, so the top-level help shows what scan takes.
  program.addHelpText('after', () => {
    const scan = program.commands.find((command) => command.name() === 'scan')!;
    const help = scan.helpInformation();
    return `\nThe default command, scan (leakgate [options] [paths...]):\n\n${help.slice(Math.max(0, help.indexOf('Arguments:')))}`;
  });
  registerMerge(program, ctx);
  registerInit(program, ctx);
  registerRules(program, ctx);
  return program;
}

/** Commander's usage error (`error: …`, maybe a suggestion on the next line) as one `leakgate:` line. */
function usageLine(text: string): string {
  const [first = '', ...rest] = text.trim().replace(/^error: /, '').split('\n');
  const hint = rest
    .map((line) => line.trim().replace(/^\((.*)\)$/, '$1'))
    .filter(Boolean)
    .map((line) => line.charAt(0).toLowerCase() + line.slice(1));
  return `leakgate: ${[first, ...hint].join(', ')} (see leakgate --help)\n`;
}

/**
 * `leakgate scna`: the default command would take it as a path. When no such path exists and a
 * command has a close name, it was a typo of that command.
 */
function mistypedCommand(program: Command, argv: readonly string[], cwd: string): string | undefined {
  const [first] = argv;
  if (!first || first.startsWith('-') || /[\\/.]/.test(first) || existsSync(resolve(cwd, first))) return undefined;
  const names = program.commands.flatMap((command) => [command.name(), ...command.aliases()]);
  if (names.includes(first)) return undefined;
  const suggestion = didYouMean(first, [...names, 'help']);
  return suggestion ? `unknown command "${first}", did you mean "${suggestion}"? (see leakgate --help)` : undefined;
}

export async function run(argv: readonly string[], ctx: CliContext = processContext()): Promise<number> {
  if (ctx.stdout === process.stdout) exitOnWriteErrors(ctx);
  const program = buildProgram(ctx);
  const mistyped = mistypedCommand(program, argv, ctx.cwd);
  if (mistyped) {
    ctx.stderr.write(`leakgate: ${mistyped}\n`);
    return 2;
  }
  try {
    await program.parseAsync(argv, { from: 'user' });
    return ctx.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and --version exit 0; every usage mistake exits 2 (commander already printed it).
      return error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof LeakgateError) {
      ctx.stderr.write(`leakgate: ${error.message}\n`);
      return error.exitCode;
    }
    if (ctx.env['LEAKGATE_DEBUG'] === '1') ctx.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
    else ctx.stderr.write(`leakgate: internal error: ${(error as Error).message} (set LEAKGATE_DEBUG=1 for details)\n`);
    return 2;
  }
}
