import { Command, CommanderError } from 'commander';
import { LeakgateError } from '../errors.js';
import { VERSION } from '../version.js';
import { registerBaseline } from './commands/baseline.js';
import { registerHistory } from './commands/history.js';
import { registerInit } from './commands/init.js';
import { registerInstallHook } from './commands/install-hook.js';
import { registerRules } from './commands/rules.js';
import { registerScan } from './commands/scan.js';
import { registerStaged } from './commands/staged.js';
import { processContext } from './context.js';
/**
 * The command line. Exit codes: 0 clean, 1 findings (`--exit-code` changes it), 2 usage,
 * config or runtime error, printed as one line without a stack trace unless LEAKGATE_DEBUG=1.
 */
export function buildProgram(ctx) {
    const program = new Command()
        .name('leakgate')
        .description('Find hardcoded secrets before they ship: source trees, Terraform, staged changes and Git history.')
        .version(VERSION, '-v, --version')
        .showHelpAfterError('(run leakgate --help for usage)')
        .exitOverride()
        .configureOutput({
        writeOut: (text) => ctx.stdout.write(text),
        writeErr: (text) => ctx.stderr.write(text),
    });
    registerScan(program, ctx);
    registerBaseline(program, ctx);
    registerStaged(program, ctx);
    registerHistory(program, ctx);
    registerInstallHook(program, ctx);
    registerInit(program, ctx);
    registerRules(program, ctx);
    return program;
}
export async function run(argv, ctx = processContext()) {
    const program = buildProgram(ctx);
    try {
        await program.parseAsync(argv, { from: 'user' });
        return ctx.exitCode;
    }
    catch (error) {
        if (error instanceof CommanderError) {
            // Help and --version exit 0; every usage mistake exits 2 (commander already printed it).
            return error.exitCode === 0 ? 0 : 2;
        }
        if (error instanceof LeakgateError) {
            ctx.stderr.write(`leakgate: ${error.message}\n`);
            return error.exitCode;
        }
        if (ctx.env['LEAKGATE_DEBUG'] === '1')
            ctx.stderr.write(`${error.stack ?? String(error)}\n`);
        else
            ctx.stderr.write(`leakgate: internal error: ${error.message} (set LEAKGATE_DEBUG=1 for details)\n`);
        return 2;
    }
}
