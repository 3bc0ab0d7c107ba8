import { parse as parseJsonc, printParseErrorCode } from 'jsonc-parser';
import { extname } from 'node:path';
import { LeakgateError } from '../errors.js';
import { parseYaml } from '../rules/load.js';
/**
 * Config text to data, by the file's own syntax: `.json` (and package.json) is strict JSON,
 * `.jsonc` JSON with comments and trailing commas, `.yaml`/`.yml` YAML, and the extensionless
 * `.leakgaterc` JSON when it starts with `{`, else YAML. Every error names the file, line and column.
 */
export function parseConfigText(file, text, shownAs) {
    const ext = extname(file).toLowerCase();
    if (ext === '.json')
        return parseJson(text, shownAs, false);
    if (ext === '.jsonc')
        return parseJson(text, shownAs, true);
    if (ext === '' && /^\uFEFF?\s*\{/.test(text))
        return parseJson(text, shownAs, false);
    return parseYamlConfig(text, shownAs);
}
const JSON_PROBLEMS = {
    InvalidSymbol: 'unexpected character',
    InvalidNumberFormat: 'invalid number',
    PropertyNameExpected: 'expected a property name in double quotes',
    ValueExpected: 'expected a value',
    ColonExpected: 'expected ":"',
    CommaExpected: 'expected "," or the end of the list',
    CloseBraceExpected: 'expected "}"',
    CloseBracketExpected: 'expected "]"',
    EndOfFileExpected: 'unexpected text after the end',
    InvalidCommentToken: 'comments are not allowed in JSON',
    UnexpectedEndOfComment: 'unterminated comment',
    UnexpectedEndOfString: 'unterminated string',
    UnexpectedEndOfNumber: 'unterminated number',
    InvalidUnicode: 'invalid unicode escape',
    InvalidEscapeCharacter: 'invalid escape character',
    InvalidCharacter: 'invalid character in a string',
};
function parseJson(text, shownAs, lenient) {
    const body = text.replace(/^\uFEFF/, '');
    const errors = [];
    const value = parseJsonc(body, errors, { disallowComments: !lenient, allowTrailingComma: lenient, allowEmptyContent: false });
    const first = errors[0];
    if (!first)
        return value;
    const { line, column } = lineColumnAt(body, first.offset);
    const code = printParseErrorCode(first.error);
    let problem = JSON_PROBLEMS[code] ?? code;
    if (!lenient && isTrailingComma(body, first.offset))
        problem = 'trailing comma (not allowed in JSON; name the file .jsonc to allow it)';
    else if (!lenient && code === 'InvalidCommentToken')
        problem += ' (name the file .jsonc to allow them)';
    throw new LeakgateError(`${shownAs}:${line}:${column}: invalid JSON: ${problem}`);
}
/** The error sits on a `}` or `]` whose previous non-blank character is a comma. */
function isTrailingComma(text, offset) {
    const char = text[offset];
    return (char === '}' || char === ']') && text.slice(0, offset).trimEnd().endsWith(',');
}
function parseYamlConfig(text, shownAs) {
    try {
        return parseYaml(text);
    }
    catch (error) {
        const position = error.linePos?.[0];
        const where = position ? `${shownAs}:${position.line}:${position.col}` : shownAs;
        // yaml's message ends with its position and a code excerpt on further lines; the first clause is the reason.
        const reason = (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
        throw new LeakgateError(`${where}: invalid YAML: ${reason}`);
    }
}
function lineColumnAt(text, offset) {
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < offset && i < text.length; i++) {
        if (text.charCodeAt(i) === 10) {
            line += 1;
            lineStart = i + 1;
        }
    }
    return { line, column: offset - lineStart + 1 };
}
