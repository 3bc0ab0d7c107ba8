import { existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, resolve } from 'node:path';
import { lilconfigSync } from 'lilconfig';
import * as z from '../rules/zod.js';
import { didYouMean } from '../did-you-mean.js';
import { describeFsError, LeakgateError } from '../errors.js';
import { Engine } from '../engine/engine.js';
import { PathMatcher } from '../engine/path-matcher.js';
import { displayPath, isWithin, pathFromBase } from '../paths.js';
import { checkRegexSafety, probeRegexSpeeds } from '../rules/regex-safety.js';
import { assertUniqueIds, loadBuiltinRules } from '../rules/load.js';
import { describeIssues } from '../rules/schema.js';
import { TERRAFORM_RULE_IDS } from '../terraform/rules.js';
import { parseConfigText } from './parse.js';
import { ConfigSchema } from './schema.js';
import { parseSize } from './size.js';
export const DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024;
/** Lockfiles and VCS folders: never a place for a secret, often full of hash-like noise. */
export const DEFAULT_EXCLUDES = [
    '.git/',
    'package-lock.json',
    'npm-shrinkwrap.json',
    'yarn.lock',
    'pnpm-lock.yaml',
    'bun.lock',
    'bun.lockb',
    'go.sum',
    'Cargo.lock',
    'poetry.lock',
    'Pipfile.lock',
    'uv.lock',
    'composer.lock',
    'Gemfile.lock',
    'packages.lock.json',
    'gradle.lockfile',
    'flake.lock',
    '.terraform.lock.hcl',
];
export const CONFIG_SEARCH_PLACES = [
    'package.json',
    '.leakgaterc',
    '.leakgaterc.json',
    '.leakgaterc.jsonc',
    '.leakgaterc.yaml',
    '.leakgaterc.yml',
    'leakgate.config.json',
    'leakgate.config.jsonc',
    'leakgate.config.yaml',
    'leakgate.config.yml',
    'leakgate.config.mjs',
    'leakgate.config.js',
    'leakgate.config.cjs',
];
/** Loaders by extension; errors name the file as the user would write it from `cwd`. */
function configLoaders(cwd) {
    const loadText = (file, content) => parseConfigText(file, content, displayPath(file, cwd));
    const loadModule = (file) => {
        let loaded;
        try {
            // require(esm) is unflagged from Node 20.19 for modules without top-level await, and it
            // keeps this loader synchronous for the ESLint rule.
            loaded = createRequire(file)(file);
        }
        catch (error) {
            throw new LeakgateError(`${displayPath(file, cwd)}: cannot load the config module: ${firstLine(error.message)}`);
        }
        return loaded && typeof loaded === 'object' && 'default' in loaded ? loaded.default : loaded;
    };
    return { '.json': loadText, '.jsonc': loadText, '.yaml': loadText, '.yml': loadText, '.mjs': loadModule, '.js': loadModule, '.cjs': loadModule, noExt: loadText };
}
/** Marks a found file without running it: discovery must not execute a `.mjs` config. */
const FOUND = Symbol('found');
function discoveryLoaders(cwd) {
    const loaders = configLoaders(cwd);
    // package.json is still parsed: it only counts when it has a `leakgate` key.
    const mark = (file, content) => (basename(file) === 'package.json' ? loaders['.json'](file, content) : FOUND);
    return Object.fromEntries(Object.keys(loaders).map((ext) => [ext, mark]));
}
function configExplorer(stopDir, loaders) {
    return lilconfigSync('leakgate', {
        searchPlaces: CONFIG_SEARCH_PLACES,
        loaders,
        // lilconfig's own cache would keep answers for the process's lifetime; callers cache with mtimes.
        cache: false,
        ...(stopDir ? { stopDir } : {}),
    });
}
function searchStart(cwd) {
    return existsSync(cwd) && statSync(cwd).isFile() ? dirname(cwd) : cwd;
}
/** The nearest folder holding `.git`, where discovery stops (a repo's config lives at its root or below). */
export function repositoryRoot(from) {
    let dir = from;
    for (;;) {
        if (existsSync(resolve(dir, '.git')))
            return dir;
        const parent = dirname(dir);
        if (parent === dir)
            return undefined;
        dir = parent;
    }
}
/** Finds, reads and validates the config; synchronous so the ESLint rule can use it too. */
export function loadConfigSync(options = {}) {
    const cwd = resolve(options.cwd ?? process.cwd());
    const from = resolve(cwd, options.from ?? '.');
    if (options.noConfig)
        return resolveConfig(ConfigSchema.parse({}), undefined, cwd, cwd);
    if (options.inline !== undefined) {
        const parsed = ConfigSchema.safeParse(options.inline);
        if (!parsed.success)
            throw new LeakgateError(describeIssues(withKeySuggestions(parsed.error), 'inline config'));
        return resolveConfig(parsed.data, undefined, cwd, cwd, 'inline config');
    }
    let found;
    try {
        if (options.configFile) {
            const file = resolve(cwd, options.configFile);
            if (!existsSync(file))
                throw new LeakgateError(`config file not found: ${options.configFile}`);
            found = configExplorer(undefined, configLoaders(cwd)).load(file);
        }
        else {
            const start = searchStart(from);
            found = configExplorer(repositoryRoot(start), configLoaders(cwd)).search(start);
        }
    }
    catch (error) {
        if (error instanceof LeakgateError)
            throw error;
        throw new LeakgateError(`cannot read the config file${options.configFile ? ` ${options.configFile}` : ''}: ${describeFsError(error)}`);
    }
    if (!found)
        return resolveConfig(ConfigSchema.parse({}), undefined, cwd, cwd);
    if (found.isEmpty || found.config === undefined || found.config === null) {
        return resolveConfig(ConfigSchema.parse({}), found.filepath, dirname(found.filepath), cwd);
    }
    const parsed = ConfigSchema.safeParse(found.config);
    if (!parsed.success)
        throw new LeakgateError(describeIssues(withKeySuggestions(parsed.error), displayPath(found.filepath, cwd)));
    return resolveConfig(parsed.data, found.filepath, dirname(found.filepath), cwd);
}
/**
 * The config file discovery would pick for `cwd` (same places, same stop at the repository
 * root), without reading it as config: for callers that cache loaded configs by file and mtime.
 * A broken package.json is named relative to `shownFrom` (default: `cwd`).
 */
export function findConfigFileSync(cwd, options = {}) {
    const start = searchStart(resolve(cwd));
    try {
        return configExplorer(repositoryRoot(start), discoveryLoaders(options.shownFrom ?? start)).search(start)?.filepath;
    }
    catch (error) {
        if (error instanceof LeakgateError)
            throw error;
        throw new LeakgateError(`cannot read the config file: ${describeFsError(error)}`);
    }
}
export async function loadConfig(options = {}) {
    return loadConfigSync(options);
}
function resolveConfig(config, file, baseDir, cwd, label = 'config') {
    const where = file ? displayPath(file, cwd) : label;
    const warnings = [];
    const custom = config.rules;
    assertUniqueIds(custom, `${where}: rules`);
    const slow = probeRegexSpeeds(custom.map((rule) => ({ id: `rule "${rule.id}"`, source: rule.regex, flags: rule.flags ?? '', keywords: rule.keywords })));
    if (slow)
        throw new LeakgateError(`${where}: ${slow}`);
    config.allow.regexes.forEach((source, index) => {
        const problem = checkRegexSafety(source, '', { scansLines: false });
        if (problem)
            throw new LeakgateError(`${where}: allow.regexes[${index}]: ${problem}`);
    });
    const slowAllow = probeRegexSpeeds([
        ...custom.flatMap((rule) => rule.allow.map((source, i) => ({ id: `rule "${rule.id}" allow[${i}]`, source, flags: rule.flags ?? '', keywords: [''] }))),
        ...config.allow.regexes.map((source, i) => ({ id: `allow.regexes[${i}]`, source, flags: '', keywords: [''] })),
    ]);
    if (slowAllow)
        throw new LeakgateError(`${where}: ${slowAllow}`);
    const builtins = config.useDefaultRules ? loadBuiltinRules() : [];
    const customIds = new Set(custom.map((rule) => rule.id));
    const known = new Set([...builtins.map((rule) => rule.id), ...customIds, ...TERRAFORM_RULE_IDS]);
    for (const id of config.disabledRules) {
        if (!known.has(id))
            warnings.push(`${where}: disabledRules names an unknown rule "${id}"`);
    }
    const disabled = new Set(config.disabledRules);
    const rules = [...builtins.filter((rule) => !customIds.has(rule.id)), ...custom].filter((rule) => !disabled.has(rule.id));
    let maxFileSize = DEFAULT_MAX_FILE_SIZE;
    if (config.maxFileSize !== undefined) {
        const size = parseSize(config.maxFileSize);
        if (size === undefined)
            throw new LeakgateError(`${where}: maxFileSize: not a size: ${String(config.maxFileSize)}`);
        maxFileSize = size;
    }
    const resolved = {
        baseDir,
        rules,
        allow: { regexes: config.allow.regexes, stopwords: config.allow.stopwords },
        exclude: [...DEFAULT_EXCLUDES, ...config.exclude],
        maxFileSize,
        minConfidence: config.minConfidence ?? 'medium',
        terraform: {
            assumeStateEncryption: config.terraform.assumeStateEncryption,
            showInfo: config.terraform.showInfo,
            disabledRules: config.disabledRules.filter((id) => TERRAFORM_RULE_IDS.includes(id)),
        },
        warnings,
    };
    if (file)
        resolved.file = file;
    return resolved;
}
export function createEngine(config) {
    return new Engine(config.rules, { allowRegexes: config.allow.regexes, stopwords: config.allow.stopwords });
}
/**
 * The exclude globs that apply outside the config's folder: only the built-in defaults, since a
 * config speaks for its own tree (as a `.gitignore` does); inside it, all of `exclude` applies.
 */
export function excludesOutside(config) {
    const defaults = new Set(DEFAULT_EXCLUDES);
    return config.exclude.filter((pattern) => defaults.has(pattern));
}
/** Whether the config's `exclude` globs (and the defaults) rule out a file, given by absolute path. */
export function createExcludeMatcher(config) {
    const inside = new PathMatcher(config.exclude);
    const outside = new PathMatcher(excludesOutside(config));
    return (absolutePath) => (isWithin(config.baseDir, absolutePath) ? inside : outside).matches(pathFromBase(config.baseDir, absolutePath));
}
/** Zod's "unrecognized key" issues, with the closest known key suggested. */
function withKeySuggestions(error) {
    for (const issue of error.issues) {
        if (issue.code !== 'unrecognized_keys')
            continue;
        const known = knownKeysAt(issue.path);
        issue.message = issue.keys
            .map((key) => {
            const suggestion = didYouMean(key, known);
            return `unknown key "${key}"${suggestion ? `, did you mean "${suggestion}"?` : known.length > 0 ? ` (known keys: ${known.join(', ')})` : ''}`;
        })
            .join('; ');
    }
    return error;
}
/** The keys the config schema allows at a path (`[]`, `['allow']`, `['rules', 0]`). */
function knownKeysAt(path) {
    let schema = ConfigSchema;
    for (const segment of [...path, undefined]) {
        // Look through defaults, optionals and arrays down to the object at this path.
        for (;;) {
            const def = schema.def;
            if (def?.type === 'default' || def?.type === 'optional' || def?.type === 'nullable')
                schema = def.innerType;
            else if (def?.type === 'pipe')
                schema = def.in; // a transformed object (RuleSchema): its input's keys
            else if (def?.type === 'array' && typeof segment === 'number') {
                schema = def.element;
                break;
            }
            else
                break;
        }
        if (segment === undefined || typeof segment === 'number')
            continue;
        schema = schema.shape?.[segment];
    }
    const shape = schema?.shape;
    return shape ? Object.keys(shape).filter((key) => key !== '$schema') : [];
}
function firstLine(message) {
    return message.split('\n')[0] ?? message;
}
