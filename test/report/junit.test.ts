import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { formatJunit, xml } from '../../src/report/junit.js';
import type { Finding } from '../../src/types.js';
import { mixedResult, sampleResult } from './samples.js';

interface Element {
  name: string;
  attributes: Record<string, string>;
  text: string;
  children: Element[];
}

/** Parses with a conforming XML parser (saxes throws on anything malformed) into a small tree. */
function parseXml(text: string): Element {
  const parser = new SaxesParser();
  const root: Element = { name: '#document', attributes: {}, text: '', children: [] };
  const stack = [root];
  parser.on('opentag', (tag) => {
    const element: Element = { name: tag.name, attributes: tag.attributes as Record<string, string>, text: '', children: [] };
    stack[stack.length - 1]!.children.push(element);
    stack.push(element);
  });
  parser.on('text', (t) => (stack[stack.length - 1]!.text += t));
  parser.on('closetag', () => void stack.pop());
  parser.write(text).close();
  return root.children[0]!;
}

const testcases = (doc: Element) => doc.children[0]!.children.filter((c) => c.name === 'testcase');

describe('JUnit report', () => {
  it('is well-formed XML with one failing testcase per finding: classname = file, unique names', () => {
    const { result } = mixedResult();
    const doc = parseXml(formatJunit(result));
    expect(doc.name).toBe('testsuites');
    expect(doc.attributes).toMatchObject({ tests: '3', failures: '3' });
    const cases = testcases(doc);
    expect(cases.map((c) => c.attributes['classname'])).toEqual(['deploy/prod env/.env', 'src/config.js', 'src/config.js']);
    expect(new Set(cases.map((c) => c.attributes['name'])).size).toBe(3);
    expect(cases[1]!.attributes['name']).toMatch(/^aws-access-key-id @ 2:17 \([0-9a-f]{8}\)$/);
    const failure = cases[1]!.children[0]!;
    expect(failure.name).toBe('failure');
    expect(failure.attributes['type']).toBe('aws-access-key-id');
    expect(failure.attributes['message']).toMatch(/^AWS access key ID: AKIA\w?\*\*\*\*$/);
    expect(failure.text).toContain('src/config.js:2:17: AWS access key ID');
    expect(failure.text).toContain(`fingerprint: ${result.findings[1]!.fingerprint}`);
  });

  it('keeps names unique when two findings would share one (the same secret at one place in two commits)', () => {
    const { result } = mixedResult();
    const f = result.findings[1]!;
    const twins: Finding[] = [f, { ...f }, { ...f }];
    const names = testcases(parseXml(formatJunit({ ...result, findings: twins }))).map((c) => c.attributes['name']);
    expect(new Set(names).size).toBe(3);
    expect(names[2]).toMatch(/ #3$/);
  });

  it('escapes markup and drops characters XML cannot carry', () => {
    const { result } = mixedResult();
    const hostile: Finding = { ...result.findings[0]!, file: 'a<b>&"c\'.js', message: 'bell\u0007 and \uD800 lone', snippet: ']]> </failure><x>' };
    const doc = parseXml(formatJunit({ ...result, findings: [hostile] }));
    const testcase = testcases(doc)[0]!;
    expect(testcase.attributes['classname']).toBe('a<b>&"c\'.js');
    expect(testcase.children[0]!.attributes['message']).toContain('bell\uFFFD and \uFFFD lone');
    expect(testcase.children[0]!.text).toContain(']]> </failure><x>');
    expect(xml('a\nb')).toBe('a&#10;b');
  });

  it('reports a clean scan as one passing testcase', () => {
    const doc = parseXml(formatJunit(sampleResult({ 'a.js': 'let a;\n' })));
    expect(doc.attributes).toMatchObject({ tests: '1', failures: '0' });
    const cases = testcases(doc);
    expect(cases).toHaveLength(1);
    expect(cases[0]!.children).toEqual([]);
  });
});
