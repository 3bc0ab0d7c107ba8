import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHclFast } from '../../src/terraform/hcl-fast.js';
import { convertHclTree, parseHclTree } from '../../src/terraform/hcl.js';

/**
 * The fast parser against tree-sitter: for every input, either the same syntax tree as
 * tree-sitter's tree converted (what the rules read: every block, attribute, expression, value
 * and span) or a decline. It never accepts what tree-sitter finds broken.
 */

/** Compares both parsers on `text`; true when the fast parser took it. */
async function compare(text: string): Promise<boolean> {
  const fast = parseHclFast(text);
  const slow = await parseHclTree(text);
  if (!fast) return false;
  expect(slow, 'tree-sitter gives a tree').toBeDefined();
  expect(slow!.hasError, `tree-sitter finds errors the fast parser accepted in ${JSON.stringify(text.slice(0, 200))}`).toBe(false);
  const converted = convertHclTree(text, slow!);
  expect(converted.problems).toEqual([]);
  expect(fast, JSON.stringify(text.slice(0, 300))).toEqual(converted.body);
  return true;
}

const crlf = (text: string) => text.replace(/\n/g, '\r\n');

function hclFiles(dir: string): string[] {
  const found: string[] = [];
  for (const name of readdirSync(dir)) {
    if (name === '.git' || name === 'node_modules') continue;
    const path = join(dir, name);
    const stat = statSync(path, { throwIfNoEntry: false });
    if (stat?.isDirectory()) found.push(...hclFiles(path));
    else if (stat?.isFile() && /\.(tf|tfvars|hcl|tfbackend)$/.test(name)) found.push(path);
  }
  return found;
}

/** Inputs the fast parser must take (and match tree-sitter on), each also tried with CRLF line ends. */
const ACCEPTED: Record<string, string> = {
  empty: '',
  blanks: '  \n\n',
  'comments only': '# a\n// b\n/* c\n d */\n',
  'comments of all three kinds everywhere': 'a = 1 # end\n/* before */ b /* in */ = /* value */ 2 // after\nc {\n  # inside\n  d = [1, /* x */ 2]\n}\n',
  'attributes and blocks': 'region = "eu-west-1"\nresource "aws_db_instance" "main" {\n  engine = "postgres"\n  tags = { Name = "db" }\n}\n',
  'nested blocks and one-liners': 'a "b" c {\n  d {\n    e "f" {\n      g = 1\n    }\n  }\n  h {}\n}\nempty {}\none { x = 1 }\n',
  'keywords as names': 'null = 1\ntrue = 2\nfor = 3\nin "if" else {\n  endif = a.null\n  x = b.in.for.if\n}\n',
  'provider requirements': 'terraform {\n  required_providers {\n    null = {\n      source  = "hashicorp/null"\n      version = ">= 3.0"\n    }\n  }\n}\n',
  numbers: 'a = 1\nb = 1.5\nc = 1.5e3\nd = 1.5E-3\ne = 0x1F\nf = 10.25e+2\n',
  literals: 'a = true\nb = false\nc = null\nd = truex\ne = null_resource.x.id\n',
  'strings and escapes': 'a = ""\nb = "  "\nc = "  padded  text  "\nd = "q\\"uote \\\\ \\n \\t \\r \\u00e9 \\U0001F600"\ne = "$${literal} %%{literal} $ $$ % %%"\n',
  interpolation: 'a = "x${var.y}z"\nb = "${a}${b}"\nc = "  ${ x } "\nd = "${~ x ~}"\ne = "${}"\nf = "${"nested ${y}"}"\n',
  directives: 'a = "%{ if x }yes%{ else }no%{ endif }"\nb = "%{~ for k, v in m ~}${k}=${v},%{~ endfor ~}"\nc = "%{if a}%{for i in b}${i}%{endfor}%{endif}"\n',
  heredocs: 'a = <<EOT\nplain text\n  indented ${var.x} and %{ if y }z%{ endif }\nEOT\nb = <<-EOF\n    stripped\n    EOF\nc = <<EOT\nEOT\nd = <<EOT\n EOTX is not the end\n  EOT  \ne = <<A-B_1\n$${x} $ %\nA-B_1\n',
  'heredoc in a call': 'policy = jsonencode(<<EOT\n{"a": 1}\nEOT\n)\n',
  'references, indexes and splats': 'a = var.x.y\nb = a[0]["k"][var.i]\nc = a.0.1\nd = a.*.b\ne = a[*].b[0].c\nf = a.*.b.*.c\ng = a[*][*]\nh = aws_instance.web[count.index].id\n',
  'function calls': 'a = f()\nb = f(1)\nc = f(1, 2,)\nd = f(x...)\ne = concat(a, [b], { c = d })\nf = provider::aws::arn_parse(x).region\ng = jsondecode(data.x.y.secret_string)["password"]\n',
  'collections': 'a = []\nb = [1, 2, 3,]\nc = {}\nd = { a = 1, "b" = 2, (c) = 3 }\ne = { a: 1, b: 2 }\nf = {\n  a = 1\n  b = 2\n}\ng = [[1], { x = [2] }]\n',
  'for expressions': 'a = [for x in xs : x]\nb = [for i, x in xs : x * 2 if i > 0]\nc = { for k, v in m : k => v }\nd = { for k, v in m : v => k... if v != "" }\ne = [for x in [for y in z : y] : { id = x }]\n',
  operators: 'a = 1 + 2 * 3 - 4 / 5 % 6\nb = a == b && c != d || !e\nc = x < 1 || x <= 2 || x > 3 || x >= 4\nd = -x\ne = - -x\nf = !x.y[0]\ng = -a * b\nh = a - b - c\ni = (a + b) * c\nj = a-b\n',
  conditionals: 'a = x ? y : z\nb = x ? y : z ? w : v\nc = x ? y ? 1 : 2 : v\nd = a == b ? "yes" : "no"\ne = (x ? y : z).id\nf = x ? [for i in y : i] : []\ng = f(x ? 1 : 2, y)\n',
  parentheses: 'a = (x)\nb = ((x))\nc = (x).y\nd = (a) ? (b) : (c)\ne = (a) + (b)\n',
  unicode: 'a = "héllo wörld 😀 ${x} ✓"\nb = "日本語"\n# コメント\nc = <<EOT\nΔ ${y} ✓\nEOT\n',
  'tfvars object': '{\n  "a": 1,\n  "b": { "c": [true, null] }\n}\n',
  'no trailing newline': 'a = 1',
  'everything on one line': 'a = 1 b = 2 c { d = 3 }',
};

/** Inputs the fast parser declines (tree-sitter's tree or errors stand). */
const DECLINED: Record<string, string> = {
  'broken block': 'a {\n  b = \n}\n',
  'unterminated string': 'a = "abc\n',
  'unterminated heredoc': 'a = <<EOT\nabc\n',
  'heredoc marker at the end of the file': 'a = <<EOT\nabc\nEOT',
  'unknown escape': 'a = "\\q"\n',
  'newline in a quoted string': 'a = "x\ny"\n',
  'byte-order mark': '\ufeffa = 1\n',
  'no-break space': 'a =\u00a01\n',
  'lone carriage return': 'a = 1 # c\rb = 2\n',
  'non-ASCII name': 'å = 1\n',
  'exponent without a fraction': 'a = 1e5\n',
  'stray directive end': 'a = "%{ endif }"\n',
  'interpolation in a label': 'resource "a${b}" "c" {}\n',
};

describe('parseHclFast against tree-sitter', () => {
  for (const [name, text] of Object.entries(ACCEPTED)) {
    it(`takes and matches: ${name}`, async () => {
      expect(await compare(text)).toBe(true);
      expect(await compare(crlf(text))).toBe(true);
    });
  }

  for (const [name, text] of Object.entries(DECLINED)) {
    it(`declines: ${name}`, async () => {
      expect(parseHclFast(text)).toBeUndefined();
    });
  }

  it('declines, quickly, a chain of operators long enough to make wrapping its operands quadratic', () => {
    const chain = `a = ${Array.from({ length: 200_000 }, (_, i) => `x${i}`).join(' + ')}\n`;
    const started = performance.now();
    expect(parseHclFast(chain)).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it('matches on every HCL fixture, declining only files tree-sitter finds broken', async () => {
    const files = hclFiles('fixtures');
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      if (!(await compare(text))) expect((await parseHclTree(text))?.hasError, `${file} declined`).toBe(true);
    }
  });

  it('matches on generated expressions with random blanks and comments', async () => {
    let seed = 12345;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const pick = <T>(items: readonly T[]): T => items[random(items.length)]!;
    const blank = () => pick([' ', ' ', '', '\n  ', ' /* c */ ', ' # c\n ', '\t']);
    const inline = () => pick([' ', '', '  ']);
    const expr = (depth: number): string => {
      if (depth <= 0) return pick(['x', 'var.a', '1', '2.5', 'true', 'null', '"s"', '"a ${b} c"', 'local.m["k"]', 'f()']);
      const sub = () => expr(depth - 1);
      switch (random(16)) {
        case 0:
          return `${sub()}${blank()}${pick(['+', '-', '*', '/', '%', '==', '!=', '<', '<=', '>', '>=', '&&', '||'])}${blank()}${sub()}`;
        case 1:
          return `${sub()}${blank()}?${blank()}${sub()}${blank()}:${blank()}${sub()}`;
        case 2:
          return `(${blank()}${sub()}${blank()})`;
        case 3:
          return `${pick(['-', '!'])}${sub()}`;
        case 4:
          return `f(${blank()}${sub()},${blank()}${sub()}${pick(['', ',', '...'])})`;
        case 5:
          return `[${blank()}${sub()},${blank()}${sub()}${pick(['', ','])}${blank()}]`;
        case 6:
          return `{${blank()}k${inline()}=${inline()}${sub()}${pick([',', '\n'])}${blank()}"q"${inline()}:${inline()}${sub()}${blank()}}`;
        case 7:
          return `[for${inline()} i, v in ${sub()}${blank()}:${blank()}${sub()}${pick(['', ` if ${sub()}`])}]`;
        case 8:
          return `{for k in ${sub()} : k => ${sub()}${pick(['', '...'])}${pick(['', ` if ${sub()}`])}}`;
        case 9:
          return `a${pick(['.b', '[0]', '.*.c', '[*].d', '.0', `[${sub()}]`])}${pick(['', '.e', '[1]'])}`;
        case 10:
          return `"${pick(['', ' ', 'x'])}\${${inline()}${sub()}${inline()}}${pick(['', ' y ', '$$'])}"`;
        case 11:
          return `"%{ if ${sub()} }a%{ else } b %{ endif }"`;
        case 12:
          return `<<${pick(['', '-'])}EOT\n  line \${${sub()}}\n  %{ for x in ${sub()} }\${x}%{ endfor }\n  EOT\n`;
        case 13:
          return `(${sub()}).attr`;
        default:
          return sub();
      }
    };
    let taken = 0;
    const rounds = 400;
    for (let i = 0; i < rounds; i++) {
      const text = `a = ${expr(1 + random(4))}\nb "l" {\n  c = ${expr(2)}\n}\n`;
      if (await compare(random(4) === 0 ? crlf(text) : text)) taken++;
    }
    expect(taken).toBeGreaterThan(rounds * 0.9);
  });

  // Real modules when a folder of them is given (LEAKGATE_HCL_CORPUS=/path/to/checkouts).
  const corpus = process.env.LEAKGATE_HCL_CORPUS;
  it.skipIf(!corpus)('takes more than 95% of the real files in LEAKGATE_HCL_CORPUS and matches on all', { timeout: 600_000 }, async () => {
    const files = hclFiles(corpus!);
    let taken = 0;
    for (const file of files) if (await compare(readFileSync(file, 'utf8'))) taken++;
    console.log(`fast parser took ${taken} of ${files.length} files`);
    expect(taken).toBeGreaterThan(files.length * 0.95);
  });
});
