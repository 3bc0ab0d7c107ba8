import { describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine/engine.js';
import { assignmentRegex, caseless } from '../../src/rules/assignment.js';
import { makeRule, randomAlphanumeric } from '../helpers.js';

/** The assignment grammar, through a provider-style rule: every syntax binds the value to the name. */
const value = randomAlphanumeric(24);
const rule = makeRule({ id: 'acme-key', regex: assignmentRegex({ name: 'acme', value: '[A-Za-z0-9]{24}' }), keywords: ['acme'] });
const engine = new Engine([{ ...rule, window: { before: 0, after: 2 } }]);
const secrets = (text: string, path = 'example.txt') => engine.scanText(text, { path, redact: false, minConfidence: 'low' }).map((f) => f.secret);

describe('assignment grammar', () => {
  it.each([
    `ACME_KEY=${value}`,
    `acme_key = "${value}"`,
    `acmeKey := "${value}"`,
    `ACME_KEY ::= "${value}"`,
    `ACME_KEY :::= "${value}"`,
    `ACME_KEY ?= "${value}"`,
    `$acmeKey .= "${value}"`,
    `acme_key: ${value}`,
    `"acmeKey": "${value}",`,
    `'acme_key' => '${value}'`,
    `config["acme_key"] = '${value}'`,
    `var acmeKey string = "${value}"`,
    `String acmeKey = "${value}";`,
    `const acmeKey: string = "${value}";`,
    `System.setProperty("ACME_KEY", "${value}")`,
    `<add key="AcmeKey" value="${value}" />`,
    `<acmeKey>${value}</acmeKey>`,
    `<acmeKey>\n    ${value}\n</acmeKey>`,
    `if (acme_key == "${value}") {`,
    `if ("${value}" === acme_key) {`,
    `acme_key = @"${value}";`,
    `acme_key "${value}";`,
    `char acme_key[] = "${value}";`,
    `char acme_key[33] = "${value}";`,
    `deploy --acme-key ${value} --region eu`,
    `deploy --acme-key=${value}`,
  ])('finds the value in: %s', (text) => expect(secrets(text)).toEqual([value]));

  it('reads a command-line option\'s argument only after a double dash', () => {
    expect(secrets(`acme-key ${value}`)).toEqual([]);
    expect(secrets('deploy --acme-key --region eu')).toEqual([]);
  });

  it('needs the name to be a word of the identifier', () => {
    expect(secrets(`myAcmeKey = "${value}"`)).toEqual([value]);
    expect(secrets(`MY_ACME_KEY=${value}`)).toEqual([value]);
    expect(secrets(`pacmeKey = "${value}"`)).toEqual([]); // acme inside another word
    expect(secrets(`acmeland = "${value}"`)).toEqual([]); // acme followed by more of a lower-case word
  });

  it('does not take prose for an XML element', () => {
    expect(secrets(`<acme>:${value}@host and more`)).toEqual([]);
  });

  it('matches the name case-insensitively and the value case-sensitively', () => {
    expect(caseless('acme[_-]?(?:key)')).toBe('[aA][cC][mM][eE][_-]?(?:[kK][eE][yY])');
    // Letter ranges become a range per case; `aA-zZ` would also take [ \ ] ^ _ and the backtick.
    expect(caseless('pw(?![a-z])')).toBe('[pP][wW](?![a-zA-Z])');
    expect(new RegExp(caseless('pw(?![a-z])')).test('pw_file')).toBe(true);
    const lower = makeRule({ id: 'lower', regex: assignmentRegex({ name: 'acme', value: '[a-z]{8}' }), keywords: ['acme'] });
    expect(new Engine([lower]).scanText('ACME=ABCDEFGH', { minConfidence: 'low' })).toEqual([]);
  });

  it('compiles rules written with `assignment` (schema), with a window for values on the next lines', () => {
    const built = makeRule({ id: 'built', assignment: { name: 'acme', value: '[A-Za-z0-9]{24}' }, keywords: ['acme'] });
    expect(built.regex).toBe(assignmentRegex({ name: 'acme', value: '[A-Za-z0-9]{24}' }));
    expect(built.window).toEqual({ before: 0, after: 2 });
    expect(() => makeRule({ id: 'both', regex: 'x', assignment: { name: 'a', value: 'b' }, keywords: ['xx'] })).toThrow(/exactly one/);
  });
});
