import type { Command } from 'commander';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONFIG_SEARCH_PLACES } from '../../config/load.js';
import { LeakgateError } from '../../errors.js';
import type { CliContext } from '../context.js';
import { installHookAndSay } from './install-hook.js';

export const STARTER_CONFIG_FILE = 'leakgate.config.json';

/** Where the JSON schema sits when leakgate is a dependency of the project: editors then complete and check the keys. */
const LOCAL_SCHEMA = 'node_modules/leakgate/schema/config.schema.json';

/**
 * A starter config: every key a newcomer is likely to touch, set to what the defaults already do,
 * so writing it changes no result and each key shows where a false positive can be silenced.
 */
export function starterConfig(withSchema: boolean): string {
  const config = {
    ...(withSchema ? { $schema: `./${LOCAL_SCHEMA}` } : {}),
    exclude: [],
    disabledRules: [],
    allow: { regexes: [], stopwords: [] },
    minConfidence: 'medium',
  };
  return `${JSON.stringify(config, null, 2)}\n`;
}

interface InitFlags {
  hook?: boolean;
}

export function registerInit(program: Command, ctx: CliContext): void {
  program
    .command('init')
    .description(`write a starter ${STARTER_CONFIG_FILE} in the current folder (never overwrites a config); --hook also installs the pre-commit hook`)
    .option('--hook', 'also run `leakgate staged` before every commit (as `leakgate install-hook` does)')
    .action(async (flags: InitFlags) => {
      const existing = existingConfig(ctx.cwd);
      if (existing) throw new LeakgateError(`${existing} already configures leakgate here; init never overwrites a config (edit it, or delete it first)`);
      const path = join(ctx.cwd, STARTER_CONFIG_FILE);
      writeFileSync(path, starterConfig(existsSync(join(ctx.cwd, LOCAL_SCHEMA))), { flag: 'wx' });
      ctx.stdout.write(`leakgate: wrote ${STARTER_CONFIG_FILE} (exclude, disabledRules, allow and minConfidence: see docs/configuration.md)\n`);
      if (flags.hook) await installHookAndSay(ctx, { force: false, append: false });
      else ctx.stdout.write('leakgate: next, to check every commit: leakgate install-hook (or add it to .pre-commit-config.yaml, husky or lefthook: see docs/hooks.md)\n');
      ctx.exitCode = 0;
    });
}

/** A config file in this folder that leakgate would read (package.json counts only with a "leakgate" key). */
function existingConfig(cwd: string): string | undefined {
  for (const name of CONFIG_SEARCH_PLACES) {
    const path = join(cwd, name);
    if (!existsSync(path)) continue;
    if (name !== 'package.json') return name;
    try {
      if ((JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>)['leakgate'] !== undefined) return 'package.json ("leakgate" key)';
    } catch {
      // An unreadable package.json is not a leakgate config; the scan reports it if it matters.
    }
  }
  return undefined;
}
