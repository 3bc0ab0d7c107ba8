import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Parser, TreeCursor } from 'web-tree-sitter';
import { heredocString, unescapeQuoted } from './strings.js';
import { addObjectAsAttributes, MAX_EXPRESSION_DEPTH, objectKeyName, type Attribute, type Block, type Body, type Expr, type ObjectEntry, type ParsedSyntax, type Span, type SyntaxProblem } from './syntax.js';
import type { HclTree } from './hcl-tree.js';

export type { HclTree } from './hcl-tree.js';

/**
 * Native HCL (`.tf`, `.tfvars`, `.tfbackend`) through tree-sitter's Terraform grammar: exact
 * positions for every node, and a tree even for broken files (ERROR and MISSING nodes mark
 * where). The concrete tree is copied once into plain objects with a cursor (crossing into
 * WebAssembly per property is the expensive part), then turned into the shared syntax tree.
 */

/**
 * The build copies the grammar into dist/grammars/ (dist/terraform/ and dist/bundle/ sit at the
 * same depth), so the package needs no dependency on the grammar's package and its native-addon
 * install script; run from the TypeScript sources, the grammar comes from that devDependency.
 */
const BUILT_GRAMMAR = fileURLToPath(new URL('../grammars/tree-sitter-terraform.wasm', import.meta.url));

function grammarPath(): string {
  if (existsSync(BUILT_GRAMMAR)) return BUILT_GRAMMAR;
  return createRequire(import.meta.url).resolve('@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm');
}

interface HclParser {
  parser: Parser;
  /** Node type names and whether each is kept, by type id: one WebAssembly call per node instead of three. */
  typeNames: string[];
  named: boolean[];
  kept: boolean[];
  transparent: boolean[];
}

/** Single-child wrappers: not copied, but walked through. */
const TRANSPARENT_TYPES = ['literal_value', 'collection_value', 'template_expr', 'operation'];

/**
 * Named nodes the conversion never reads: punctuation, comments, and single-child wrappers
 * (`literal_value`, ...) whose child takes their place. Copying them would only feed the GC.
 */
const UNREAD_TYPES = new Set([
  ...TRANSPARENT_TYPES, 'block_end', 'object_start', 'object_end', 'tuple_start', 'tuple_end', 'quoted_template_start', 'quoted_template_end',
  'template_interpolation_start', 'template_interpolation_end', 'template_directive_start', 'template_directive_end', 'comment',
  'strip_marker', 'ellipsis',
]);

let parserPromise: Promise<HclParser> | undefined;

/** tree-sitter's runtime and grammar load asynchronously, once per process. */
export function loadHclParser(): Promise<HclParser> {
  parserPromise ??= (async () => {
    // Imported here, not at the top: a bundled CLI would otherwise load tree-sitter's runtime on
    // every start, Terraform files or not.
    const { Language, Parser } = await import('web-tree-sitter');
    await Parser.init();
    const language = await Language.load(grammarPath());
    const parser = new Parser();
    parser.setLanguage(language);
    const count = language.nodeTypeCount;
    const typeNames: string[] = [];
    const named: boolean[] = [];
    const kept: boolean[] = [];
    const transparent: boolean[] = [];
    for (let id = 0; id < count; id++) {
      const name = language.nodeTypeForId(id) ?? '';
      typeNames.push(name);
      named.push(language.nodeTypeIsNamed(id));
      kept.push(named[id]! && !UNREAD_TYPES.has(name));
      transparent.push(named[id]! && TRANSPARENT_TYPES.includes(name));
    }
    return { parser, typeNames, named, kept, transparent };
  })();
  return parserPromise;
}


const FIELDS = 5;

export async function parseHcl(text: string): Promise<ParsedSyntax> {
  const tree = await parseHclTree(text);
  return tree ? convertHclTree(text, tree) : { body: { attributes: [], blocks: [] }, problems: [{ span: { start: 0, end: 0 }, message: 'could not be parsed' }] };
}

/** tree-sitter's parse and the copy out of WebAssembly; undefined when tree-sitter gives no tree. */
export async function parseHclTree(text: string): Promise<HclTree | undefined> {
  const hcl = await loadHclParser();
  const tree = hcl.parser.parse(text);
  if (!tree) return undefined;
  const cursor = tree.walk();
  try {
    const hasError = tree.rootNode.hasError;
    const { nodes, count } = copyTree(cursor, hcl, hasError);
    return { nodes, count, typeNames: hcl.typeNames, hasError };
  } finally {
    cursor.delete();
    tree.delete();
  }
}

/** The syntax tree of a file tree-sitter parsed (the fast parser builds its own directly). */
export function convertHclTree(text: string, tree: HclTree): ParsedSyntax {
  return new Converter(text, new TreeView(tree)).file(tree.hasError);
}

/** The error type id: tree-sitter's builtin ERROR symbol (-1 as an unsigned 16-bit id). */
const ERROR_TYPE_ID = 65535;

/** The node types the conversion tells apart, by the grammar's names. */
const enum K {
  Other,
  Error,
  Body,
  Object,
  Attribute,
  Block,
  Identifier,
  Expression,
  StringLit,
  TemplateLiteral,
  BlockStart,
  Wrapper,
  NumericLit,
  BoolLit,
  NullLit,
  QuotedTemplate,
  HeredocTemplate,
  VariableExpr,
  FunctionCall,
  FunctionArguments,
  Tuple,
  ObjectElem,
  GetAttr,
  Index,
  Splat,
  AttrSplat,
  FullSplat,
  Comment,
  TemplateInterpolation,
  TemplateDirective,
  HeredocIdentifier,
  HeredocStart,
}

const KIND_BY_NAME: Readonly<Record<string, K>> = {
  ERROR: K.Error,
  body: K.Body,
  object: K.Object,
  attribute: K.Attribute,
  block: K.Block,
  identifier: K.Identifier,
  expression: K.Expression,
  string_lit: K.StringLit,
  template_literal: K.TemplateLiteral,
  block_start: K.BlockStart,
  literal_value: K.Wrapper,
  template_expr: K.Wrapper,
  collection_value: K.Wrapper,
  operation: K.Wrapper,
  numeric_lit: K.NumericLit,
  bool_lit: K.BoolLit,
  null_lit: K.NullLit,
  quoted_template: K.QuotedTemplate,
  heredoc_template: K.HeredocTemplate,
  variable_expr: K.VariableExpr,
  function_call: K.FunctionCall,
  function_arguments: K.FunctionArguments,
  tuple: K.Tuple,
  object_elem: K.ObjectElem,
  get_attr: K.GetAttr,
  index: K.Index,
  new_index: K.Index,
  legacy_index: K.Index,
  splat: K.Splat,
  attr_splat: K.AttrSplat,
  full_splat: K.FullSplat,
  comment: K.Comment,
  template_interpolation: K.TemplateInterpolation,
  template_directive: K.TemplateDirective,
  heredoc_identifier: K.HeredocIdentifier,
  heredoc_start: K.HeredocStart,
};

/** Kinds by type id, per type table (each parser has one, shared by all its trees). */
const kindTables = new WeakMap<readonly string[], Uint8Array>();

function kindTable(typeNames: readonly string[]): Uint8Array {
  let table = kindTables.get(typeNames);
  if (!table) {
    table = new Uint8Array(typeNames.length);
    for (let id = 0; id < typeNames.length; id++) table[id] = KIND_BY_NAME[typeNames[id]!] ?? K.Other;
    kindTables.set(typeNames, table);
  }
  return table;
}

/** Sentinel for "no node" in the child links. */
const NONE = -1;

/**
 * The flat tree read in place: kinds, offsets and first-child/next-sibling links by node index,
 * so the conversion allocates no object per concrete node (at tens of MiB/s of HCL, those
 * objects were most of the garbage collector's work).
 */
class TreeView {
  readonly count: number;
  private readonly flat: Int32Array;
  private readonly typeNames: readonly string[];
  private readonly kinds: Uint8Array;
  readonly firstChild: Int32Array;
  readonly nextSibling: Int32Array;

  constructor(tree: HclTree) {
    this.flat = tree.nodes;
    this.count = tree.count;
    this.typeNames = tree.typeNames;
    const table = kindTable(tree.typeNames);
    const count = tree.count;
    this.kinds = new Uint8Array(count);
    this.firstChild = new Int32Array(count).fill(NONE);
    this.nextSibling = new Int32Array(count).fill(NONE);
    const lastChild = new Int32Array(count).fill(NONE);
    for (let i = 0; i < count; i++) {
      const typeId = this.flat[i * FIELDS]!;
      this.kinds[i] = typeId === ERROR_TYPE_ID ? K.Error : (table[typeId] ?? K.Other);
      const parent = this.flat[i * FIELDS + 4]!;
      if (parent < 0) continue;
      const last = lastChild[parent]!;
      if (last === NONE) this.firstChild[parent] = i;
      else this.nextSibling[last] = i;
      lastChild[parent] = i;
    }
  }

  kind(node: number): K {
    return this.kinds[node]!;
  }

  type(node: number): string {
    const typeId = this.flat[node * FIELDS]!;
    return typeId === ERROR_TYPE_ID ? 'ERROR' : (this.typeNames[typeId] ?? '');
  }

  start(node: number): number {
    return this.flat[node * FIELDS + 1]!;
  }

  end(node: number): number {
    return this.flat[node * FIELDS + 2]!;
  }

  missing(node: number): boolean {
    return this.flat[node * FIELDS + 3] === 1;
  }

  parent(node: number): number {
    return this.flat[node * FIELDS + 4]!;
  }

  /** The first child of `kind`, or NONE. */
  child(node: number, kind: K): number {
    for (let c = this.firstChild[node]!; c !== NONE; c = this.nextSibling[c]!) if (this.kinds[c] === kind) return c;
    return NONE;
  }

  span(node: number): Span {
    return { start: this.flat[node * FIELDS + 1]!, end: this.flat[node * FIELDS + 2]! };
  }
}

/** Named nodes (and MISSING tokens, which are anonymous) with their offsets, into the flat layout. */
function copyTree(cursor: TreeCursor, hcl: HclParser, hasError: boolean): { nodes: Int32Array; count: number } {
  let nodes = new Int32Array(FIELDS * 1024);
  let count = 0;
  const add = (typeId: number, start: number, end: number, missing: boolean, parent: number): number => {
    if ((count + 1) * FIELDS > nodes.length) {
      const grown = new Int32Array(nodes.length * 2);
      grown.set(nodes);
      nodes = grown;
    }
    const at = count * FIELDS;
    nodes[at] = typeId;
    nodes[at + 1] = start;
    nodes[at + 2] = end;
    nodes[at + 3] = missing ? 1 : 0;
    nodes[at + 4] = parent;
    return count++;
  };
  add(cursor.nodeTypeId, cursor.startIndex, cursor.endIndex, false, -1);
  const stack: number[] = [0];
  /** For each level the cursor descended: whether that level's node was kept (pushed on `stack`). */
  const depthKinds: boolean[] = [];
  if (!cursor.gotoFirstChild()) return { nodes, count };
  for (;;) {
    const typeId = cursor.nodeTypeId;
    const isError = typeId === ERROR_TYPE_ID;
    // Only a tree with errors can hold MISSING nodes: skip the check (a WebAssembly call) otherwise.
    const missing = hasError && !isError && cursor.nodeIsMissing;
    let node = -1;
    // A broken tree keeps all named nodes: a MISSING token can sit inside punctuation nodes.
    if (isError || missing || (hasError ? hcl.named[typeId] : hcl.kept[typeId])) {
      node = add(typeId, cursor.startIndex, cursor.endIndex, missing, stack[stack.length - 1]!);
    }
    // Unread wrappers are passed through: their children belong to the nearest kept node.
    if ((node >= 0 || hcl.transparent[typeId]) && cursor.gotoFirstChild()) {
      if (node >= 0) stack.push(node);
      depthKinds.push(node >= 0);
      continue;
    }
    while (!cursor.gotoNextSibling()) {
      if (!cursor.gotoParent()) return { nodes, count };
      const kept = depthKinds.pop();
      if (kept === undefined) return { nodes, count };
      if (kept) stack.pop();
    }
  }
}


function isPostfix(kind: K): boolean {
  return kind === K.GetAttr || kind === K.Index || kind === K.Splat || kind === K.AttrSplat || kind === K.FullSplat;
}

class Converter {
  private readonly problems: SyntaxProblem[] = [];
  private depth = 0;

  constructor(
    private readonly text: string,
    private readonly tree: TreeView,
  ) {}

  file(hasError: boolean): ParsedSyntax {
    const tree = this.tree;
    const body: Body = { attributes: [], blocks: [] };
    if (hasError) this.collectProblems();
    for (let child = tree.firstChild[0]!; child !== NONE; child = tree.nextSibling[child]!) {
      const kind = tree.kind(child);
      if (kind === K.Body || kind === K.Error) this.fillBody(child, body);
      else if (kind === K.Object) {
        // JSON-looking `.tfvars` content parsed as an HCL object: its entries are the attributes.
        const object = this.expr(child);
        if (object.kind === 'object') addObjectAsAttributes(object, body);
      }
    }
    return { body, problems: this.problems };
  }

  /** MISSING and ERROR nodes in document order (index order), not looking inside a MISSING node. */
  private collectProblems(): void {
    const tree = this.tree;
    const insideMissing = new Uint8Array(tree.count);
    for (let node = 0; node < tree.count; node++) {
      const parent = tree.parent(node);
      if (parent >= 0 && (insideMissing[parent] || tree.missing(parent))) {
        insideMissing[node] = 1;
        continue;
      }
      const start = tree.start(node);
      const end = tree.end(node);
      if (tree.missing(node)) {
        this.problems.push({ span: { start, end }, message: `missing ${describeToken(tree.type(node))}` });
        continue;
      }
      if (tree.kind(node) === K.Error) {
        const snippet = this.text.slice(start, Math.min(end, start + 20)).split('\n')[0]!.trim();
        this.problems.push({ span: { start, end }, message: snippet ? `unexpected \`${snippet}\`` : 'syntax error' });
      }
    }
  }

  private slice(node: number): string {
    return this.text.slice(this.tree.start(node), this.tree.end(node));
  }

  /** Attributes and blocks of a body; an ERROR node's well-formed parts still count. */
  private fillBody(node: number, body: Body): void {
    if (this.depth >= MAX_EXPRESSION_DEPTH) return;
    // No try/finally: an exception abandons the whole conversion, depth and all.
    this.depth += 1;
    this.fillBodyInner(node, body);
    this.depth -= 1;
  }

  private fillBodyInner(node: number, body: Body): void {
    const tree = this.tree;
    for (let child = tree.firstChild[node]!; child !== NONE; child = tree.nextSibling[child]!) {
      const kind = tree.kind(child);
      if (kind === K.Attribute) {
        const attribute = this.attribute(child);
        if (attribute) body.attributes.push(attribute);
      } else if (kind === K.Block) {
        const block = this.block(child);
        if (block) body.blocks.push(block);
      } else if (kind === K.Body || kind === K.Error) {
        this.fillBody(child, body);
      }
    }
  }

  private attribute(node: number): Attribute | undefined {
    const name = this.tree.child(node, K.Identifier);
    const value = this.tree.child(node, K.Expression);
    if (name === NONE || value === NONE) return undefined;
    return { name: this.slice(name), nameSpan: this.tree.span(name), value: this.expr(value), span: this.tree.span(node) };
  }

  private block(node: number): Block | undefined {
    const tree = this.tree;
    const type = tree.firstChild[node]!;
    if (type === NONE || tree.kind(type) !== K.Identifier) return undefined;
    const labels: string[] = [];
    let headerEnd = tree.end(type);
    const body: Body = { attributes: [], blocks: [] };
    for (let child = tree.nextSibling[type]!; child !== NONE; child = tree.nextSibling[child]!) {
      const kind = tree.kind(child);
      if (kind === K.StringLit) {
        const literal = tree.child(child, K.TemplateLiteral);
        labels.push(literal !== NONE ? unescapeQuoted(this.slice(literal)) : '');
        headerEnd = tree.end(child);
      } else if (kind === K.Identifier) {
        labels.push(this.slice(child));
        headerEnd = tree.end(child);
      } else if (kind === K.BlockStart) {
        headerEnd = tree.end(child);
      } else if (kind === K.Body || kind === K.Error) {
        this.fillBody(child, body);
      }
    }
    return { type: this.slice(type), labels, headerSpan: { start: tree.start(type), end: headerEnd }, span: tree.span(node), body };
  }

  expr(node: number): Expr {
    if (this.depth >= MAX_EXPRESSION_DEPTH) return { kind: 'other', parts: [], span: this.tree.span(node) };
    this.depth += 1;
    const converted = this.exprInner(node);
    this.depth -= 1;
    return converted;
  }

  private exprInner(node: number): Expr {
    const tree = this.tree;
    switch (tree.kind(node)) {
      case K.Expression:
        return this.sequence(node);
      case K.Wrapper: {
        const only = tree.firstChild[node]!;
        return only !== NONE && tree.nextSibling[only] === NONE ? this.expr(only) : this.other(node);
      }
      case K.StringLit:
        return this.quotedString(node);
      case K.NumericLit:
        return { kind: 'number', text: this.slice(node), span: tree.span(node) };
      case K.BoolLit:
        return { kind: 'bool', text: this.slice(node), span: tree.span(node) };
      case K.NullLit:
        return { kind: 'null', text: 'null', span: tree.span(node) };
      case K.QuotedTemplate:
        return this.quotedTemplate(node);
      case K.HeredocTemplate:
        return this.heredoc(node);
      case K.VariableExpr:
        return { kind: 'traversal', root: this.slice(node), path: [], span: tree.span(node) };
      case K.FunctionCall: {
        const name = tree.child(node, K.Identifier);
        const args = tree.child(node, K.FunctionArguments);
        const values: Expr[] = [];
        if (args !== NONE) for (let c = tree.firstChild[args]!; c !== NONE; c = tree.nextSibling[c]!) if (tree.kind(c) === K.Expression) values.push(this.expr(c));
        return { kind: 'call', name: name !== NONE ? this.slice(name) : '', args: values, span: tree.span(node) };
      }
      case K.Object:
        return this.object(node);
      case K.Tuple: {
        const items: Expr[] = [];
        for (let c = tree.firstChild[node]!; c !== NONE; c = tree.nextSibling[c]!) if (tree.kind(c) === K.Expression) items.push(this.expr(c));
        return { kind: 'tuple', items, span: tree.span(node) };
      }
      default:
        return this.other(node);
    }
  }

  /**
   * Hidden grammar rules are inlined, so `a.b[0] + f(x).y` arrives as one flat run of
   * children: each primary term followed by its postfix steps. Split the run at each primary.
   */
  private sequence(whole: number): Expr {
    const tree = this.tree;
    const terms: Expr[] = [];
    let current: Expr | undefined;
    for (let child = tree.firstChild[whole]!; child !== NONE; child = tree.nextSibling[child]!) {
      const kind = tree.kind(child);
      if (current && isPostfix(kind)) {
        current = this.postfix(current, child);
        continue;
      }
      if (kind === K.Comment) continue;
      if (current) terms.push(current);
      current = this.expr(child);
    }
    if (current) terms.push(current);
    if (terms.length === 1) return terms[0]!;
    return { kind: 'other', parts: terms, span: tree.span(whole) };
  }

  private postfix(base: Expr, step: number): Expr {
    const tree = this.tree;
    const extended: Span = { start: base.span.start, end: tree.end(step) };
    if (base.kind === 'traversal') {
      const names = this.stepNames(step);
      if (names) {
        // `base` was made by this sequence and is not shared yet: extend it in place.
        for (const name of names) base.path.push(name);
        base.span = extended;
        return base;
      }
    }
    // An index on something that is not a plain reference (`jsondecode(x)["k"]`): keep the parts.
    const parts: Expr[] = [base];
    for (let c = tree.firstChild[step]!; c !== NONE; c = tree.nextSibling[c]!) this.expressionsIn(c, parts);
    return { kind: 'other', parts, span: extended };
  }

  /** `.name` -> [name]; `[expr]`, `.0`, `[*]`, `.*` -> ['[]'] plus any names after a splat. */
  private stepNames(step: number): string[] | undefined {
    const tree = this.tree;
    switch (tree.kind(step)) {
      case K.GetAttr: {
        const id = tree.child(step, K.Identifier);
        return id !== NONE ? [this.slice(id)] : undefined;
      }
      case K.Index:
        return ['[]'];
      case K.Splat: {
        const only = tree.firstChild[step]!;
        return only !== NONE && tree.nextSibling[only] === NONE ? this.stepNames(only) : ['[]'];
      }
      case K.AttrSplat:
      case K.FullSplat: {
        const names = ['[]'];
        for (let c = tree.firstChild[step]!; c !== NONE; c = tree.nextSibling[c]!) names.push(...(this.stepNames(c) ?? ['[]']));
        return names;
      }
      default:
        return undefined;
    }
  }

  /** The outermost `expression` nodes at or under `node`, converted, appended to `into`. */
  private expressionsIn(node: number, into: Expr[]): void {
    const tree = this.tree;
    if (tree.kind(node) === K.Expression) {
      into.push(this.expr(node));
      return;
    }
    for (let c = tree.firstChild[node]!; c !== NONE; c = tree.nextSibling[c]!) this.expressionsIn(c, into);
  }

  /** The expressions under the children of `node` (itself excluded). */
  private partsOf(node: number, kinds?: (kind: K) => boolean): Expr[] {
    const tree = this.tree;
    const parts: Expr[] = [];
    for (let c = tree.firstChild[node]!; c !== NONE; c = tree.nextSibling[c]!) if (!kinds || kinds(tree.kind(c))) this.expressionsIn(c, parts);
    return parts;
  }

  private other(whole: number): Expr {
    return { kind: 'other', parts: this.partsOf(whole), span: this.tree.span(whole) };
  }

  private quotedString(node: number): Expr {
    const tree = this.tree;
    const literal = tree.child(node, K.TemplateLiteral);
    const raw = literal !== NONE ? this.slice(literal) : '';
    const start = tree.start(node);
    const inner = literal !== NONE ? tree.span(literal) : { start: start + 1, end: start + 1 };
    return { kind: 'string', value: unescapeQuoted(raw), span: tree.span(node), valueSpan: inner };
  }

  private hasDynamicParts(node: number): boolean {
    const tree = this.tree;
    for (let c = tree.firstChild[node]!; c !== NONE; c = tree.nextSibling[c]!) if (isDynamic(tree.kind(c))) return true;
    return false;
  }

  private quotedTemplate(node: number): Expr {
    if (!this.hasDynamicParts(node)) return this.quotedString(node);
    return { kind: 'template', parts: this.partsOf(node, isDynamic), span: this.tree.span(node) };
  }

  private heredoc(node: number): Expr {
    const tree = this.tree;
    if (this.hasDynamicParts(node)) return { kind: 'template', parts: this.partsOf(node, isDynamic), span: tree.span(node) };
    let opening = NONE;
    let closing = NONE;
    for (let c = tree.firstChild[node]!; c !== NONE; c = tree.nextSibling[c]!) {
      if (tree.kind(c) !== K.HeredocIdentifier) continue;
      if (opening === NONE) opening = c;
      else if (closing === NONE) closing = c;
    }
    const start = tree.child(node, K.HeredocStart);
    const indented = start !== NONE ? this.slice(start) === '<<-' : false;
    return heredocString(this.text, tree.start(node), tree.end(node), opening !== NONE ? tree.end(opening) : -1, closing !== NONE ? tree.start(closing) : -1, indented);
  }

  private object(node: number): Expr {
    const tree = this.tree;
    const entries: ObjectEntry[] = [];
    for (let element = tree.firstChild[node]!; element !== NONE; element = tree.nextSibling[element]!) {
      if (tree.kind(element) !== K.ObjectElem) continue;
      const keyNode = tree.child(element, K.Expression);
      if (keyNode === NONE) continue;
      let valueNode = tree.nextSibling[keyNode]!;
      while (valueNode !== NONE && tree.kind(valueNode) !== K.Expression) valueNode = tree.nextSibling[valueNode]!;
      if (valueNode === NONE) continue;
      const key = this.expr(keyNode);
      entries.push({ key: objectKeyName(key), keySpan: key.span, value: this.expr(valueNode) });
    }
    return { kind: 'object', entries, span: tree.span(node) };
  }
}

function isDynamic(kind: K): boolean {
  return kind === K.TemplateInterpolation || kind === K.TemplateDirective;
}

function describeToken(type: string): string {
  switch (type) {
    case 'block_end':
    case 'object_end':
    case '}':
      return '`}`';
    case 'tuple_end':
    case ']':
      return '`]`';
    case 'quoted_template_end':
      return 'closing `"`';
    default:
      return /^[a-z_]+$/.test(type) ? type.replace(/_/g, ' ') : `\`${type}\``;
  }
}
