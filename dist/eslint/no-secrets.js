import { dirname, isAbsolute, resolve } from 'node:path';
import { LineIndex } from '../engine/lines.js';
import { LeakgateError } from '../errors.js';
import { displayPath } from '../paths.js';
import { applySuppressions, loadNearestIgnoreFileSync } from '../suppress/index.js';
import { containerOf } from './locate.js';
import { scanSetupFor } from './scan-setup.js';
import { envSuggestion } from './suggest.js';
export const noSecrets = {
    meta: {
        type: 'problem',
        docs: {
            description: 'Disallow hardcoded secrets (API keys, tokens, passwords) in code and comments, with the leakgate CLI\'s rules',
            recommended: true,
        },
        hasSuggestions: true,
        messages: {
            secret: '{{description}} ({{ruleId}}) hardcoded here: {{redacted}}. Load it from the environment or a secret manager.',
            useEnv: 'Replace with process.env.{{name}}',
            configError: 'leakgate cannot scan this file: {{error}}',
            tooLarge: 'leakgate did not scan this file: {{size}} bytes is over maxFileSize ({{max}} bytes), as the CLI skips it. Raise maxFileSize or exclude the file.',
        },
        schema: [
            {
                type: 'object',
                properties: {
                    config: {
                        description: 'A leakgate config file (relative to the cwd), false for built-in defaults only, or a config object (validated like a config file). Default: discovered from the linted file\'s folder.',
                        anyOf: [{ type: 'string', minLength: 1 }, { enum: [false] }, { type: 'object' }],
                    },
                },
                additionalProperties: false,
            },
        ],
        defaultOptions: [{}],
    },
    create(context) {
        return {
            Program() {
                lintFile(context);
            },
        };
    },
};
const FILE_START = { start: { line: 1, column: 0 }, end: { line: 1, column: 0 } };
function lintFile(context) {
    const options = (context.options[0] ?? {});
    const cwd = context.cwd;
    // The file on disk, not a processor's virtual name (`README.md/0.js`): what the CLI would scan,
    // and where its config and excludes are looked up.
    const physical = context.physicalFilename || context.filename;
    const filename = isAbsolute(physical) ? physical : resolve(cwd, physical);
    const result = scanSetupFor(dirname(filename), cwd, options.config);
    if ('error' in result) {
        context.report({ loc: FILE_START, messageId: 'configError', data: { error: result.error } });
        return;
    }
    const { setup } = result;
    if (setup.isExcluded(filename))
        return;
    const source = context.sourceCode;
    const text = source.text;
    // UTF-8 is at most 3 bytes per UTF-16 unit: only near the limit is the exact size worth computing.
    if (text.length * 3 > setup.config.maxFileSize) {
        const size = Buffer.byteLength(text, 'utf8');
        if (size > setup.config.maxFileSize) {
            context.report({ loc: FILE_START, messageId: 'tooLarge', data: { size: String(size), max: String(setup.config.maxFileSize) } });
            return;
        }
    }
    const findings = setup.engine.scanText(text, {
        path: displayPath(filename, cwd), // the path the CLI gives this file from the same folder
        origin: 'worktree',
        redact: true,
        minConfidence: setup.config.minConfidence,
    });
    if (findings.length === 0)
        return;
    let reported;
    try {
        reported = reportable(findings, filename, cwd);
    }
    catch (error) {
        if (!(error instanceof LeakgateError))
            throw error;
        context.report({ loc: FILE_START, messageId: 'configError', data: { error: error.message } });
        return;
    }
    if (reported.length === 0)
        return;
    const lines = new LineIndex(text);
    const comments = source.getAllComments();
    for (const finding of reported)
        reportFinding(context, source, comments, lines, finding);
}
/**
 * The one place where the rule decides which of the engine's findings it reports. Inline
 * `leakgate:allow` / `leakgate:allow-next-line` comments are already honoured by the engine and
 * `eslint-disable` comments by ESLint; here the nearest `.leakgateignore` applies, as in the CLI,
 * so a fingerprint ignored there is quiet in the editor too. (Baselines are a CI gate for old
 * findings and stay out of the editor, where every secret should be visible.)
 */
function reportable(findings, file, cwd) {
    const ignore = loadNearestIgnoreFileSync(dirname(file), { cwd });
    return ignore ? applySuppressions(findings, { ignore }).findings : findings;
}
/** TypeScript by its name (a processor's virtual name too: `README.md/0.ts`): .ts, .tsx, .mts, .cts. */
const TYPESCRIPT_FILE = /\.[cm]?tsx?$/i;
function reportFinding(context, source, comments, lines, finding) {
    // The engine counts lines by `\n` only; ESLint also breaks at `\r`, U+2028 and U+2029, so
    // positions go through offsets, never straight from line and column.
    const start = offsetOf(lines, finding.line, finding.column);
    const end = offsetOf(lines, finding.endLine, finding.endColumn);
    const typescript = TYPESCRIPT_FILE.test(context.filename);
    const suggestion = envSuggestion(containerOf(source, comments, start, end), source.text, start, end, { ruleId: finding.ruleId, typescript });
    context.report({
        loc: { start: source.getLocFromIndex(start), end: source.getLocFromIndex(end) },
        messageId: 'secret',
        data: { description: finding.message, ruleId: finding.ruleId, redacted: finding.secret },
        suggest: suggestion
            ? [
                {
                    messageId: 'useEnv',
                    data: { name: suggestion.name },
                    fix: (fixer) => fixer.replaceTextRange(suggestion.range, suggestion.text),
                },
            ]
            : [],
    });
}
function offsetOf(lines, line, column) {
    return lines.lineBounds(line - 1).start + column - 1;
}
