import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../src/engine/lines.js';
import { parseHcl } from '../../src/terraform/hcl.js';
import { parseTerraformJson } from '../../src/terraform/json-syntax.js';
import { stripHeredocIndent, unescapeHeredoc, unescapeQuoted } from '../../src/terraform/strings.js';
import type { Expr } from '../../src/terraform/syntax.js';

describe('HCL string values', () => {
  it('unescapes quoted strings the way Terraform does', () => {
    expect(unescapeQuoted(String.raw`a\"b\\c\nd\te\u0041\U0001F600`)).toBe('a"b\\c\nd\teA\u{1F600}');
    expect(unescapeQuoted('cost $${price} is %%{literal}')).toBe('cost ${price} is %{literal}');
    expect(unescapeQuoted(String.raw`bad \uZZ stays`)).toBe(String.raw`bad \uZZ stays`);
  });

  it('keeps backslashes in heredocs and strips <<- indentation by the least indented line', () => {
    expect(unescapeHeredoc('C:\\path $${x}')).toBe('C:\\path ${x}');
    expect(stripHeredocIndent('    line1\n      line2\n\n    line3')).toBe('line1\n  line2\n\nline3');
  });
});

async function attributeValue(source: string): Promise<Expr> {
  const parsed = await parseHcl(source);
  return parsed.body.attributes[0]!.value;
}

describe('parseHcl', () => {
  it('gives blocks, labels and header spans with exact positions', async () => {
    const text = 'resource "aws_db_instance" "main" {\n  password = "x"\n}\n';
    const { body, problems } = await parseHcl(text);
    expect(problems).toEqual([]);
    const block = body.blocks[0]!;
    expect(block).toMatchObject({ type: 'resource', labels: ['aws_db_instance', 'main'] });
    expect(text.slice(block.headerSpan.start, block.headerSpan.end)).toBe('resource "aws_db_instance" "main" {');
    const value = block.body.attributes[0]!.value;
    expect(value.kind === 'string' && new LineIndex(text).position(value.valueSpan.start)).toEqual({ line: 2, column: 15 });
  });

  it('unescapes literal strings, and marks interpolated strings as templates with their references', async () => {
    expect(await attributeValue('a = "p\\u0040ss\\"word"\n')).toMatchObject({ kind: 'string', value: 'p@ss"word' });
    const template = await attributeValue('a = "Bearer ${var.token}"\n');
    expect(template).toMatchObject({ kind: 'template', parts: [{ kind: 'traversal', root: 'var', path: ['token'] }] });
  });

  it('reads heredocs: <<- bodies lose their indentation, the value span points at the text', async () => {
    const text = 'a = <<-EOT\n    first\n      second\n  EOT\n';
    const value = await attributeValue(text);
    expect(value).toMatchObject({ kind: 'string', value: 'first\n  second' });
    if (value.kind === 'string') expect(text.slice(value.valueSpan.start, value.valueSpan.end)).toBe('first\n      second');
    expect(await attributeValue('a = <<EOT\n  keep\nEOT\n')).toMatchObject({ kind: 'string', value: '  keep' });
  });

  it('turns traversals with indexes and splats into paths, and keeps calls and operators as parts', async () => {
    expect(await attributeValue('a = aws_iam_access_key.ci[0].secret\n')).toMatchObject({ kind: 'traversal', root: 'aws_iam_access_key', path: ['ci', '[]', 'secret'] });
    const call = await attributeValue('a = nonsensitive(jsondecode(data.x.y.value)["k"])\n');
    expect(call).toMatchObject({ kind: 'call', name: 'nonsensitive', args: [{ kind: 'other' }] });
    const conditional = await attributeValue('a = var.on ? local.secret : "none"\n');
    expect(conditional.kind).toBe('other');
  });

  it('survives broken files: a problem with its position, and the parts that parse', async () => {
    const text = 'data "aws_ssm_parameter" "a" {\n  name = "x"\n}\n\nresource "r" "b" {\n  value = = "oops"\n}\n';
    const { body, problems } = await parseHcl(text);
    expect(body.blocks.map((b) => b.type)).toEqual(['data', 'resource']);
    expect(problems.length).toBeGreaterThan(0);
    expect(new LineIndex(text).position(problems[0]!.span.start)).toEqual({ line: 6, column: 11 });
    const unclosed = await parseHcl('resource "a" "b" {\n  x = 1\n');
    expect(unclosed.problems.map((p) => p.message)).toContain('missing `}`');
  });

  it('parses a tfvars file as top-level attributes', async () => {
    const { body } = await parseHcl('region = "eu-west-1"\nmap = { token = "abc" }\n');
    expect(body.attributes.map((a) => a.name)).toEqual(['region', 'map']);
  });
});

describe('parseTerraformJson', () => {
  it('maps Terraform JSON to blocks with labels, and attributes with offsets', async () => {
    const text = JSON.stringify({ resource: { aws_db_instance: { main: { password: 'p\u0040ss' } } }, terraform: { backend: { s3: { encrypt: true } } } }, null, 2);
    const { body, problems } = await parseTerraformJson(text, { variablesFile: false });
    expect(problems).toEqual([]);
    const resource = body.blocks.find((b) => b.type === 'resource')!;
    expect(resource.labels).toEqual(['aws_db_instance', 'main']);
    const password = resource.body.attributes[0]!.value;
    expect(password).toMatchObject({ kind: 'string', value: 'p@ss' });
    const terraform = body.blocks.find((b) => b.type === 'terraform')!;
    expect(terraform.body.blocks[0]).toMatchObject({ type: 'backend', labels: ['s3'] });
  });

  it('parses ${...} inside JSON strings as HCL templates', async () => {
    const { body } = await parseTerraformJson('{"output": {"x": {"value": "${random_password.db.result}"}}}', { variablesFile: false });
    const value = body.blocks[0]!.body.attributes[0]!.value;
    expect(value).toMatchObject({ kind: 'template', parts: [{ kind: 'traversal', root: 'random_password', path: ['db', 'result'] }] });
  });

  it('reports invalid JSON as a problem with its offset', async () => {
    const { problems } = await parseTerraformJson('{"a": }', { variablesFile: true });
    expect(problems[0]).toMatchObject({ span: { start: 6 }, message: 'invalid JSON: value expected' });
  });
});
