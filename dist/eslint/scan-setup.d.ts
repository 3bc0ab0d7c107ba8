import { type ResolvedConfig } from '../config/load.js';
import type { Engine } from '../engine/engine.js';
/**
 * What the rule needs to scan one file: the same config and Engine the CLI would build for it.
 * Built once per config and kept at module scope, so an editor linting on every keystroke
 * compiles the rules once per process, and again only when the config file changes.
 */
export interface ScanSetup {
    config: ResolvedConfig;
    engine: Engine;
    /** The config's `exclude` globs (and the default excludes), for an absolute path. */
    isExcluded: (absolutePath: string) => boolean;
}
export type SetupResult = {
    setup: ScanSetup;
} | {
    error: string;
};
/**
 * The rule's `config` option: a config file path (relative to ESLint's cwd), `false` for the
 * built-in defaults only, a config object (same schema as a file), or nothing to discover the
 * config from the linted file's folder as the CLI does from its cwd.
 */
export type ConfigOption = string | false | Record<string, unknown> | undefined;
/** The scan setup for a file being linted from `cwd`, per the rule's `config` option. */
export declare function scanSetupFor(directory: string, cwd: string, option: ConfigOption): SetupResult;
