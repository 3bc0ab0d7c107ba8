import tsParser from '@typescript-eslint/parser';
import { RuleTester } from 'eslint';
import { describe, it } from 'vitest';
import { redact } from '../../src/engine/redact.js';
import { noSecrets } from '../../src/eslint/no-secrets.js';
import { fakeAwsKeyId, fakeChecksummedToken } from '../helpers.js';

// ESLint's RuleTester falls back to global describe/it; vitest has no globals, so hand them over.
RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const AWS = fakeAwsKeyId();
const GHP = fakeChecksummedToken('ghp_');
const AWS2 = fakeAwsKeyId();

const RULES = {
  aws: { ruleId: 'aws-access-key-id', description: 'AWS access key ID' },
  ghp: { ruleId: 'github-pat', description: 'GitHub personal access token (classic)' },
} as const;

/** Tests pin the config (built-in defaults) so the repository's own config cannot change them. */
const DEFAULTS: unknown[] = [{ config: false }];

type Loc = { line: number; column: number; endLine: number; endColumn: number };
type Suggestion = { messageId: 'useEnv'; data: { name: string }; output: string };

/** Where `secret` occurs in `code` (the nth time), as ESLint counts lines (LF, CRLF, CR, U+2028/9) and 1-based columns. */
function at(code: string, secret: string, nth = 0): Loc {
  let index = -1;
  for (let i = 0; i <= nth; i++) index = code.indexOf(secret, index + 1);
  if (index < 0) throw new Error(`test bug: ${secret} not in code`);
  const position = (offset: number) => {
    const before = code.slice(0, offset).split(/\r\n|[\r\n\u2028\u2029]/);
    return { line: before.length, column: before[before.length - 1]!.length + 1 };
  };
  const start = position(index);
  const end = position(index + secret.length);
  return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}

function secretError(rule: keyof typeof RULES, secret: string, loc: Loc, suggestions: Suggestion[] = []) {
  return {
    messageId: 'secret',
    data: { ...RULES[rule], redacted: redact(secret) },
    ...loc,
    suggestions,
  };
}

function useEnv(name: string, output: string): Suggestion {
  return { messageId: 'useEnv', data: { name }, output };
}

/** One finding in `code`, with the suggestion's output given as `code` with `from` replaced by `to`. */
function invalid(code: string, rule: keyof typeof RULES, secret: string, suggestion?: { name: string; from: string; to: string }, filename?: string) {
  return {
    code,
    options: DEFAULTS,
    ...(filename ? { filename } : {}),
    errors: [secretError(rule, secret, at(code, secret), suggestion ? [useEnv(suggestion.name, code.replace(suggestion.from, suggestion.to))] : [])],
  };
}

/** Cases every parser must agree on: plain JavaScript. */
function sharedCases(ext: 'js' | 'ts') {
  const file = `src/app.${ext}`;
  // TypeScript: a whole literal becomes `process.env.X!`, still a string under tsc --strict.
  const bang = ext === 'ts' ? '!' : '';
  const valid = [
    'const greeting = "Hello, world"; // a friendly comment\nconst path = `/users/${id}/settings`;',
    // Documented example keys and placeholders are the engine's business, and stay quiet here too.
    'const accessKeyId = "AKIAIOSFODNN7EXAMPLE";',
    'const token = "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";',
    `const token = process.env.GITHUB_TOKEN${bang};`,
    // Inline suppression, as in the CLI.
    `const accessKeyId = "${AWS}"; // leakgate:allow`,
    `// leakgate:allow-next-line\nconst accessKeyId = "${AWS}";`,
    `/* leakgate:allow */ const accessKeyId = "${AWS}";`,
    // ESLint's own suppression.
    `// eslint-disable-next-line\nconst accessKeyId = "${AWS}";`,
    `const accessKeyId = "${AWS}"; // eslint-disable-line`,
  ].map((code) => ({ code, filename: file, options: DEFAULTS }));

  valid.push(
    // Inline config: the same keys and meaning as a config file.
    { code: `const accessKeyId = "${AWS}";`, filename: file, options: [{ config: { disabledRules: ['aws-access-key-id'] } }] },
    { code: `const accessKeyId = "${AWS}";`, filename: file, options: [{ config: { allow: { regexes: [`^${AWS.slice(0, 8)}`] } } }] },
    { code: `const accessKeyId = "${AWS}";`, filename: `generated/app.${ext}`, options: [{ config: { exclude: ['generated/'] } }] },
  );

  const crlf = `const a = 1;\r\nconst b = 2;\r\nconst accessKeyId = "${AWS}";\r\n`;
  const lineSeparator = `const label = "one\u2028two";\nconst accessKeyId = "${AWS}";\n`;
  const twoInOne = `const keys = "${AWS} ${AWS2}";`;
  const tooLarge = `const accessKeyId = "${AWS}"; ${'/* padding… */ '.repeat(10)}`;
  const invalidCases = [
    // Hard-coded positions once, so the helper cannot hide an off-by-one.
    {
      code: `const accessKeyId = "${AWS}";`,
      filename: file,
      options: DEFAULTS,
      errors: [
        {
          messageId: 'secret',
          data: { ...RULES.aws, redacted: redact(AWS) },
          line: 1,
          column: 22,
          endLine: 1,
          endColumn: 42,
          suggestions: [useEnv('ACCESS_KEY_ID', `const accessKeyId = process.env.ACCESS_KEY_ID${bang};`)],
        },
      ],
    },
    invalid(`const config = {\n  region: "eu-west-1",\n  'x-api-key': '${AWS}',\n};`, 'aws', AWS, { name: 'X_API_KEY', from: `'${AWS}'`, to: `process.env.X_API_KEY${bang}` }, file),
    invalid(`settings.apiKey = "${AWS}";`, 'aws', AWS, { name: 'API_KEY', from: `"${AWS}"`, to: `process.env.API_KEY${bang}` }, file),
    invalid(`headers["Github-Token"] = "${GHP}";`, 'ghp', GHP, { name: 'GITHUB_TOKEN', from: `"${GHP}"`, to: `process.env.GITHUB_TOKEN${bang}` }, file),
    invalid(`class Client {\n  #token = "${GHP}";\n}`, 'ghp', GHP, { name: 'TOKEN', from: `"${GHP}"`, to: `process.env.TOKEN${bang}` }, file),
    invalid(`function connect(accessKey = "${AWS}") {}`, 'aws', AWS, { name: 'ACCESS_KEY', from: `"${AWS}"`, to: `process.env.ACCESS_KEY${bang}` }, file),
    // No assignee: the rule names the variable.
    invalid(`client.login("${GHP}");`, 'ghp', GHP, { name: 'GITHUB_PAT', from: `"${GHP}"`, to: `process.env.GITHUB_PAT${bang}` }, file),
    // Part of a longer string: the rest is kept, through a template literal.
    invalid(`const authorization = "Bearer ${GHP}";`, 'ghp', GHP, { name: 'GITHUB_PAT', from: `"Bearer ${GHP}"`, to: '`Bearer ${process.env.GITHUB_PAT}`' }, file),
    invalid(`const note = 'it\\'s \`${GHP}\`';`, 'ghp', GHP, { name: 'GITHUB_PAT', from: `'it\\'s \`${GHP}\`'`, to: '`it\\\'s \\`${process.env.GITHUB_PAT}\\``' }, file),
    // Templates: the whole expression-free template, or a substitution inside one.
    invalid(`const token = \`${GHP}\`;`, 'ghp', GHP, { name: 'TOKEN', from: `\`${GHP}\``, to: `process.env.TOKEN${bang}` }, file),
    invalid(`const url = \`https://api.example.com/\${user}?token=${GHP}&page=\${page}\`;`, 'ghp', GHP, { name: 'GITHUB_PAT', from: GHP, to: '${process.env.GITHUB_PAT}' }, file),
    // Where no rewrite is valid code: reported, no suggestion.
    invalid(`// deploy key: ${AWS}\nconst x = 1;`, 'aws', AWS, undefined, file),
    invalid(`/*\n * old token\n *   ${GHP}\n */`, 'ghp', GHP, undefined, file),
    invalid(`const query = sql\`select * from keys where id = '${AWS}'\`;`, 'aws', AWS, undefined, file),
    invalid(`export * from "./${AWS}.js";`, 'aws', AWS, undefined, file),
    invalid(`const pattern = /${AWS}/;`, 'aws', AWS, undefined, file),
    // Positions follow ESLint's line counting even where the engine's differs.
    { code: crlf, filename: file, options: DEFAULTS, errors: [secretError('aws', AWS, at(crlf, AWS), [useEnv('ACCESS_KEY_ID', crlf.replace(`\"${AWS}\"`, `process.env.ACCESS_KEY_ID${bang}`))])] },
    { code: lineSeparator, filename: file, options: DEFAULTS, errors: [secretError('aws', AWS, at(lineSeparator, AWS), [useEnv('ACCESS_KEY_ID', lineSeparator.replace(`\"${AWS}\"`, `process.env.ACCESS_KEY_ID${bang}`))])] },
    // Two secrets in one string: two reports, each with its own rewrite.
    {
      code: twoInOne,
      filename: file,
      options: DEFAULTS,
      errors: [
        secretError('aws', AWS, at(twoInOne, AWS), [useEnv('AWS_ACCESS_KEY_ID', `const keys = \`\${process.env.AWS_ACCESS_KEY_ID} ${AWS2}\`;`)]),
        secretError('aws', AWS2, at(twoInOne, AWS2), [useEnv('AWS_ACCESS_KEY_ID', `const keys = \`${AWS} \${process.env.AWS_ACCESS_KEY_ID}\`;`)]),
      ],
    },
    // Inline custom rules, validated by the CLI's schema.
    {
      code: 'const acme = "acme_q8zt2lw9xv4rm7pn3kc6hb1j";',
      filename: file,
      options: [
        {
          config: {
            useDefaultRules: false,
            rules: [{ id: 'acme-token', description: 'ACME internal token', regex: '\\b(?<secret>acme_[a-z0-9]{24})\\b', keywords: ['acme_'] }],
          },
        },
      ],
      errors: [
        {
          messageId: 'secret',
          data: { description: 'ACME internal token', ruleId: 'acme-token', redacted: redact('acme_q8zt2lw9xv4rm7pn3kc6hb1j') },
          line: 1,
          column: 15,
          endLine: 1,
          endColumn: 44,
          suggestions: [useEnv('ACME', `const acme = process.env.ACME${bang};`)],
        },
      ],
    },
    // A broken config is one clear problem at the top of the file, not a crash and not silence.
    {
      code: `const accessKeyId = "${AWS}";`,
      filename: file,
      options: [{ config: { rules: [{ id: 'Not Kebab', description: 'broken rule', regex: 'x', keywords: ['xx'] }] } }],
      errors: [
        {
          messageId: 'configError',
          data: { error: 'inline config: rules[0].id: must be kebab-case: lowercase letters, digits and dashes' },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 1,
        },
      ],
    },
    {
      code: 'const a = 1;',
      filename: file,
      options: [{ config: 'no-such-leakgate.json' }],
      errors: [{ messageId: 'configError', data: { error: 'config file not found: no-such-leakgate.json' }, line: 1, column: 1, endLine: 1, endColumn: 1 }],
    },
    // Files over maxFileSize are skipped by the CLI; the rule says so instead of passing silently.
    {
      code: tooLarge,
      filename: file,
      options: [{ config: { maxFileSize: 100 } }],
      errors: [{ messageId: 'tooLarge', data: { size: String(Buffer.byteLength(tooLarge)), max: '100' }, line: 1, column: 1, endLine: 1, endColumn: 1 }],
    },
  ];
  for (const testCase of invalidCases) if (!('filename' in testCase)) Object.assign(testCase, { filename: file });
  return { valid, invalid: invalidCases };
}

/** JSX, with either parser. */
function jsxCases(ext: 'jsx' | 'tsx') {
  const filename = `src/view.${ext}`;
  const bang = ext === 'tsx' ? '!' : '';
  const attribute = `const view = <Widget apiKey="${AWS}" />;`;
  const partialAttribute = `const view = <Widget auth="Bearer ${GHP}" />;`;
  const text = `const view = <p>Your token is ${GHP}</p>;`;
  const expression = `const view = <Widget apiKey={"${AWS}"} />;`;
  return {
    valid: [{ code: 'const view = <Widget label="Sign in" title={`Hello ${name}`}>Welcome back</Widget>;', filename, options: DEFAULTS }],
    invalid: [
      invalid(attribute, 'aws', AWS, { name: 'API_KEY', from: `"${AWS}"`, to: `{process.env.API_KEY${bang}}` }, filename),
      invalid(partialAttribute, 'ghp', GHP, { name: 'GITHUB_PAT', from: `"Bearer ${GHP}"`, to: '{`Bearer ${process.env.GITHUB_PAT}`}' }, filename),
      invalid(text, 'ghp', GHP, { name: 'GITHUB_PAT', from: GHP, to: '{process.env.GITHUB_PAT}' }, filename),
      invalid(expression, 'aws', AWS, { name: 'API_KEY', from: `"${AWS}"`, to: `process.env.API_KEY${bang}` }, filename),
    ],
  };
}

/** TypeScript-only syntax: types are not values, so they get no rewrite. */
function typescriptCases() {
  const filename = 'src/types.ts';
  return {
    valid: [{ code: 'interface User { id: string; token?: string }\nenum Role { Admin = "admin" }\nconst u = { id: "1" } satisfies Partial<User>;', filename, options: DEFAULTS }],
    invalid: [
      invalid(`type Token = "${GHP}";`, 'ghp', GHP, undefined, filename),
      invalid(`enum Keys { Deploy = "${AWS}" }`, 'aws', AWS, undefined, filename),
      invalid(`type Url = \`https://x/\${string}?k=${AWS}\`;`, 'aws', AWS, undefined, filename),
      // A const assertion applies to literals only: it goes with the literal.
      invalid(`const token = "${GHP}" as const;`, 'ghp', GHP, { name: 'TOKEN', from: `"${GHP}" as const`, to: 'process.env.TOKEN!' }, filename),
      invalid(`const token = <const>"${GHP}";`, 'ghp', GHP, { name: 'TOKEN', from: `<const>"${GHP}"`, to: 'process.env.TOKEN!' }, filename),
      invalid(`const token: string = "${GHP}";`, 'ghp', GHP, { name: 'TOKEN', from: `"${GHP}"`, to: 'process.env.TOKEN!' }, filename),
      invalid(`class Api {\n  private readonly apiKey: string = "${AWS}";\n}`, 'aws', AWS, { name: 'API_KEY', from: `"${AWS}"`, to: 'process.env.API_KEY!' }, filename),
    ],
  };
}

const assertionOptions = { requireMessage: 'messageId', requireLocation: true } as const;
const jsx = { parserOptions: { ecmaFeatures: { jsx: true } } };

describe('leakgate/no-secrets with espree', () => {
  const tester = new RuleTester({ languageOptions: { ecmaVersion: 'latest', sourceType: 'module' } });
  tester.run('no-secrets', noSecrets, { assertionOptions, ...sharedCases('js') });
  new RuleTester({ languageOptions: { ecmaVersion: 'latest', sourceType: 'module', ...jsx } }).run('no-secrets', noSecrets, { assertionOptions, ...jsxCases('jsx') });
});

describe('leakgate/no-secrets with @typescript-eslint/parser', () => {
  const tester = new RuleTester({ languageOptions: { parser: tsParser } });
  tester.run('no-secrets', noSecrets, { assertionOptions, ...sharedCases('ts') });
  tester.run('no-secrets', noSecrets, { assertionOptions, ...typescriptCases() });
  new RuleTester({ languageOptions: { parser: tsParser, ...jsx } }).run('no-secrets', noSecrets, { assertionOptions, ...jsxCases('tsx') });
});
