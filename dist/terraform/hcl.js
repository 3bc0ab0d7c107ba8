import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { heredocString, unescapeQuoted } from './strings.js';
import { addObjectAsAttributes, MAX_EXPRESSION_DEPTH, objectKeyName } from './syntax.js';
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
function grammarPath() {
    if (existsSync(BUILT_GRAMMAR))
        return BUILT_GRAMMAR;
    return createRequire(import.meta.url).resolve('@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm');
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
let parserPromise;
/** tree-sitter's runtime and grammar load asynchronously, once per process. */
export function loadHclParser() {
    parserPromise ??= (async () => {
        // Imported here, not at the top: a bundled CLI would otherwise load tree-sitter's runtime on
        // every start, Terraform files or not.
        const { Language, Parser } = await import('web-tree-sitter');
        await Parser.init();
        const language = await Language.load(grammarPath());
        const parser = new Parser();
        parser.setLanguage(language);
        const count = language.nodeTypeCount;
        const typeNames = [];
        const named = [];
        const kept = [];
        const transparent = [];
        for (let id = 0; id < count; id++) {
            const name = language.nodeTypeForId(id) ?? '';
            typeNames.push(name);
            named.push(language.nodeTypeIsNamed(id));
            kept.push(named[id] && !UNREAD_TYPES.has(name));
            transparent.push(named[id] && TRANSPARENT_TYPES.includes(name));
        }
        return { parser, typeNames, named, kept, transparent };
    })();
    return parserPromise;
}
const FIELDS = 5;
export async function parseHcl(text) {
    const tree = await parseHclTree(text);
    return tree ? convertHclTree(text, tree) : { body: { attributes: [], blocks: [] }, problems: [{ span: { start: 0, end: 0 }, message: 'could not be parsed' }] };
}
/** tree-sitter's parse and the copy out of WebAssembly; undefined when tree-sitter gives no tree. */
export async function parseHclTree(text) {
    const hcl = await loadHclParser();
    const tree = hcl.parser.parse(text);
    if (!tree)
        return undefined;
    const cursor = tree.walk();
    try {
        const hasError = tree.rootNode.hasError;
        const { nodes, count } = copyTree(cursor, hcl, hasError);
        return { nodes, count, typeNames: hcl.typeNames, hasError };
    }
    finally {
        cursor.delete();
        tree.delete();
    }
}
/** The syntax tree of a file tree-sitter parsed (the fast parser builds its own directly). */
export function convertHclTree(text, tree) {
    return new Converter(text, new TreeView(tree)).file(tree.hasError);
}
/** The error type id: tree-sitter's builtin ERROR symbol (-1 as an unsigned 16-bit id). */
const ERROR_TYPE_ID = 65535;
/** The node types the conversion tells apart, by the grammar's names. */
var K;
(function (K) {
    K[K["Other"] = 0] = "Other";
    K[K["Error"] = 1] = "Error";
    K[K["Body"] = 2] = "Body";
    K[K["Object"] = 3] = "Object";
    K[K["Attribute"] = 4] = "Attribute";
    K[K["Block"] = 5] = "Block";
    K[K["Identifier"] = 6] = "Identifier";
    K[K["Expression"] = 7] = "Expression";
    K[K["StringLit"] = 8] = "StringLit";
    K[K["TemplateLiteral"] = 9] = "TemplateLiteral";
    K[K["BlockStart"] = 10] = "BlockStart";
    K[K["Wrapper"] = 11] = "Wrapper";
    K[K["NumericLit"] = 12] = "NumericLit";
    K[K["BoolLit"] = 13] = "BoolLit";
    K[K["NullLit"] = 14] = "NullLit";
    K[K["QuotedTemplate"] = 15] = "QuotedTemplate";
    K[K["HeredocTemplate"] = 16] = "HeredocTemplate";
    K[K["VariableExpr"] = 17] = "VariableExpr";
    K[K["FunctionCall"] = 18] = "FunctionCall";
    K[K["FunctionArguments"] = 19] = "FunctionArguments";
    K[K["Tuple"] = 20] = "Tuple";
    K[K["ObjectElem"] = 21] = "ObjectElem";
    K[K["GetAttr"] = 22] = "GetAttr";
    K[K["Index"] = 23] = "Index";
    K[K["Splat"] = 24] = "Splat";
    K[K["AttrSplat"] = 25] = "AttrSplat";
    K[K["FullSplat"] = 26] = "FullSplat";
    K[K["Comment"] = 27] = "Comment";
    K[K["TemplateInterpolation"] = 28] = "TemplateInterpolation";
    K[K["TemplateDirective"] = 29] = "TemplateDirective";
    K[K["HeredocIdentifier"] = 30] = "HeredocIdentifier";
    K[K["HeredocStart"] = 31] = "HeredocStart";
})(K || (K = {}));
const KIND_BY_NAME = {
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
const kindTables = new WeakMap();
function kindTable(typeNames) {
    let table = kindTables.get(typeNames);
    if (!table) {
        table = new Uint8Array(typeNames.length);
        for (let id = 0; id < typeNames.length; id++)
            table[id] = KIND_BY_NAME[typeNames[id]] ?? K.Other;
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
    count;
    flat;
    typeNames;
    kinds;
    firstChild;
    nextSibling;
    constructor(tree) {
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
            const typeId = this.flat[i * FIELDS];
            this.kinds[i] = typeId === ERROR_TYPE_ID ? K.Error : (table[typeId] ?? K.Other);
            const parent = this.flat[i * FIELDS + 4];
            if (parent < 0)
                continue;
            const last = lastChild[parent];
            if (last === NONE)
                this.firstChild[parent] = i;
            else
                this.nextSibling[last] = i;
            lastChild[parent] = i;
        }
    }
    kind(node) {
        return this.kinds[node];
    }
    type(node) {
        const typeId = this.flat[node * FIELDS];
        return typeId === ERROR_TYPE_ID ? 'ERROR' : (this.typeNames[typeId] ?? '');
    }
    start(node) {
        return this.flat[node * FIELDS + 1];
    }
    end(node) {
        return this.flat[node * FIELDS + 2];
    }
    missing(node) {
        return this.flat[node * FIELDS + 3] === 1;
    }
    parent(node) {
        return this.flat[node * FIELDS + 4];
    }
    /** The first child of `kind`, or NONE. */
    child(node, kind) {
        for (let c = this.firstChild[node]; c !== NONE; c = this.nextSibling[c])
            if (this.kinds[c] === kind)
                return c;
        return NONE;
    }
    span(node) {
        return { start: this.flat[node * FIELDS + 1], end: this.flat[node * FIELDS + 2] };
    }
}
/** Named nodes (and MISSING tokens, which are anonymous) with their offsets, into the flat layout. */
function copyTree(cursor, hcl, hasError) {
    let nodes = new Int32Array(FIELDS * 1024);
    let count = 0;
    const add = (typeId, start, end, missing, parent) => {
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
    const stack = [0];
    /** For each level the cursor descended: whether that level's node was kept (pushed on `stack`). */
    const depthKinds = [];
    if (!cursor.gotoFirstChild())
        return { nodes, count };
    for (;;) {
        const typeId = cursor.nodeTypeId;
        const isError = typeId === ERROR_TYPE_ID;
        // Only a tree with errors can hold MISSING nodes: skip the check (a WebAssembly call) otherwise.
        const missing = hasError && !isError && cursor.nodeIsMissing;
        let node = -1;
        // A broken tree keeps all named nodes: a MISSING token can sit inside punctuation nodes.
        if (isError || missing || (hasError ? hcl.named[typeId] : hcl.kept[typeId])) {
            node = add(typeId, cursor.startIndex, cursor.endIndex, missing, stack[stack.length - 1]);
        }
        // Unread wrappers are passed through: their children belong to the nearest kept node.
        if ((node >= 0 || hcl.transparent[typeId]) && cursor.gotoFirstChild()) {
            if (node >= 0)
                stack.push(node);
            depthKinds.push(node >= 0);
            continue;
        }
        while (!cursor.gotoNextSibling()) {
            if (!cursor.gotoParent())
                return { nodes, count };
            const kept = depthKinds.pop();
            if (kept === undefined)
                return { nodes, count };
            if (kept)
                stack.pop();
        }
    }
}
function isPostfix(kind) {
    return kind === K.GetAttr || kind === K.Index || kind === K.Splat || kind === K.AttrSplat || kind === K.FullSplat;
}
class Converter {
    text;
    tree;
    problems = [];
    depth = 0;
    constructor(text, tree) {
        this.text = text;
        this.tree = tree;
    }
    file(hasError) {
        const tree = this.tree;
        const body = { attributes: [], blocks: [] };
        if (hasError)
            this.collectProblems();
        for (let child = tree.firstChild[0]; child !== NONE; child = tree.nextSibling[child]) {
            const kind = tree.kind(child);
            if (kind === K.Body || kind === K.Error)
                this.fillBody(child, body);
            else if (kind === K.Object) {
                // JSON-looking `.tfvars` content parsed as an HCL object: its entries are the attributes.
                const object = this.expr(child);
                if (object.kind === 'object')
                    addObjectAsAttributes(object, body);
            }
        }
        return { body, problems: this.problems };
    }
    /** MISSING and ERROR nodes in document order (index order), not looking inside a MISSING node. */
    collectProblems() {
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
                const snippet = this.text.slice(start, Math.min(end, start + 20)).split('\n')[0].trim();
                this.problems.push({ span: { start, end }, message: snippet ? `unexpected \`${snippet}\`` : 'syntax error' });
            }
        }
    }
    slice(node) {
        return this.text.slice(this.tree.start(node), this.tree.end(node));
    }
    /** Attributes and blocks of a body; an ERROR node's well-formed parts still count. */
    fillBody(node, body) {
        if (this.depth >= MAX_EXPRESSION_DEPTH)
            return;
        // No try/finally: an exception abandons the whole conversion, depth and all.
        this.depth += 1;
        this.fillBodyInner(node, body);
        this.depth -= 1;
    }
    fillBodyInner(node, body) {
        const tree = this.tree;
        for (let child = tree.firstChild[node]; child !== NONE; child = tree.nextSibling[child]) {
            const kind = tree.kind(child);
            if (kind === K.Attribute) {
                const attribute = this.attribute(child);
                if (attribute)
                    body.attributes.push(attribute);
            }
            else if (kind === K.Block) {
                const block = this.block(child);
                if (block)
                    body.blocks.push(block);
            }
            else if (kind === K.Body || kind === K.Error) {
                this.fillBody(child, body);
            }
        }
    }
    attribute(node) {
        const name = this.tree.child(node, K.Identifier);
        const value = this.tree.child(node, K.Expression);
        if (name === NONE || value === NONE)
            return undefined;
        return { name: this.slice(name), nameSpan: this.tree.span(name), value: this.expr(value), span: this.tree.span(node) };
    }
    block(node) {
        const tree = this.tree;
        const type = tree.firstChild[node];
        if (type === NONE || tree.kind(type) !== K.Identifier)
            return undefined;
        const labels = [];
        let headerEnd = tree.end(type);
        const body = { attributes: [], blocks: [] };
        for (let child = tree.nextSibling[type]; child !== NONE; child = tree.nextSibling[child]) {
            const kind = tree.kind(child);
            if (kind === K.StringLit) {
                const literal = tree.child(child, K.TemplateLiteral);
                labels.push(literal !== NONE ? unescapeQuoted(this.slice(literal)) : '');
                headerEnd = tree.end(child);
            }
            else if (kind === K.Identifier) {
                labels.push(this.slice(child));
                headerEnd = tree.end(child);
            }
            else if (kind === K.BlockStart) {
                headerEnd = tree.end(child);
            }
            else if (kind === K.Body || kind === K.Error) {
                this.fillBody(child, body);
            }
        }
        return { type: this.slice(type), labels, headerSpan: { start: tree.start(type), end: headerEnd }, span: tree.span(node), body };
    }
    expr(node) {
        if (this.depth >= MAX_EXPRESSION_DEPTH)
            return { kind: 'other', parts: [], span: this.tree.span(node) };
        this.depth += 1;
        const converted = this.exprInner(node);
        this.depth -= 1;
        return converted;
    }
    exprInner(node) {
        const tree = this.tree;
        switch (tree.kind(node)) {
            case K.Expression:
                return this.sequence(node);
            case K.Wrapper: {
                const only = tree.firstChild[node];
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
                const values = [];
                if (args !== NONE)
                    for (let c = tree.firstChild[args]; c !== NONE; c = tree.nextSibling[c])
                        if (tree.kind(c) === K.Expression)
                            values.push(this.expr(c));
                return { kind: 'call', name: name !== NONE ? this.slice(name) : '', args: values, span: tree.span(node) };
            }
            case K.Object:
                return this.object(node);
            case K.Tuple: {
                const items = [];
                for (let c = tree.firstChild[node]; c !== NONE; c = tree.nextSibling[c])
                    if (tree.kind(c) === K.Expression)
                        items.push(this.expr(c));
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
    sequence(whole) {
        const tree = this.tree;
        const terms = [];
        let current;
        for (let child = tree.firstChild[whole]; child !== NONE; child = tree.nextSibling[child]) {
            const kind = tree.kind(child);
            if (current && isPostfix(kind)) {
                current = this.postfix(current, child);
                continue;
            }
            if (kind === K.Comment)
                continue;
            if (current)
                terms.push(current);
            current = this.expr(child);
        }
        if (current)
            terms.push(current);
        if (terms.length === 1)
            return terms[0];
        return { kind: 'other', parts: terms, span: tree.span(whole) };
    }
    postfix(base, step) {
        const tree = this.tree;
        const extended = { start: base.span.start, end: tree.end(step) };
        if (base.kind === 'traversal') {
            const names = this.stepNames(step);
            if (names) {
                // `base` was made by this sequence and is not shared yet: extend it in place.
                for (const name of names)
                    base.path.push(name);
                base.span = extended;
                return base;
            }
        }
        // An index on something that is not a plain reference (`jsondecode(x)["k"]`): keep the parts.
        const parts = [base];
        for (let c = tree.firstChild[step]; c !== NONE; c = tree.nextSibling[c])
            this.expressionsIn(c, parts);
        return { kind: 'other', parts, span: extended };
    }
    /** `.name` -> [name]; `[expr]`, `.0`, `[*]`, `.*` -> ['[]'] plus any names after a splat. */
    stepNames(step) {
        const tree = this.tree;
        switch (tree.kind(step)) {
            case K.GetAttr: {
                const id = tree.child(step, K.Identifier);
                return id !== NONE ? [this.slice(id)] : undefined;
            }
            case K.Index:
                return ['[]'];
            case K.Splat: {
                const only = tree.firstChild[step];
                return only !== NONE && tree.nextSibling[only] === NONE ? this.stepNames(only) : ['[]'];
            }
            case K.AttrSplat:
            case K.FullSplat: {
                const names = ['[]'];
                for (let c = tree.firstChild[step]; c !== NONE; c = tree.nextSibling[c])
                    names.push(...(this.stepNames(c) ?? ['[]']));
                return names;
            }
            default:
                return undefined;
        }
    }
    /** The outermost `expression` nodes at or under `node`, converted, appended to `into`. */
    expressionsIn(node, into) {
        const tree = this.tree;
        if (tree.kind(node) === K.Expression) {
            into.push(this.expr(node));
            return;
        }
        for (let c = tree.firstChild[node]; c !== NONE; c = tree.nextSibling[c])
            this.expressionsIn(c, into);
    }
    /** The expressions under the children of `node` (itself excluded). */
    partsOf(node, kinds) {
        const tree = this.tree;
        const parts = [];
        for (let c = tree.firstChild[node]; c !== NONE; c = tree.nextSibling[c])
            if (!kinds || kinds(tree.kind(c)))
                this.expressionsIn(c, parts);
        return parts;
    }
    other(whole) {
        return { kind: 'other', parts: this.partsOf(whole), span: this.tree.span(whole) };
    }
    quotedString(node) {
        const tree = this.tree;
        const literal = tree.child(node, K.TemplateLiteral);
        const raw = literal !== NONE ? this.slice(literal) : '';
        const start = tree.start(node);
        const inner = literal !== NONE ? tree.span(literal) : { start: start + 1, end: start + 1 };
        return { kind: 'string', value: unescapeQuoted(raw), span: tree.span(node), valueSpan: inner };
    }
    hasDynamicParts(node) {
        const tree = this.tree;
        for (let c = tree.firstChild[node]; c !== NONE; c = tree.nextSibling[c])
            if (isDynamic(tree.kind(c)))
                return true;
        return false;
    }
    quotedTemplate(node) {
        if (!this.hasDynamicParts(node))
            return this.quotedString(node);
        return { kind: 'template', parts: this.partsOf(node, isDynamic), span: this.tree.span(node) };
    }
    heredoc(node) {
        const tree = this.tree;
        if (this.hasDynamicParts(node))
            return { kind: 'template', parts: this.partsOf(node, isDynamic), span: tree.span(node) };
        let opening = NONE;
        let closing = NONE;
        for (let c = tree.firstChild[node]; c !== NONE; c = tree.nextSibling[c]) {
            if (tree.kind(c) !== K.HeredocIdentifier)
                continue;
            if (opening === NONE)
                opening = c;
            else if (closing === NONE)
                closing = c;
        }
        const start = tree.child(node, K.HeredocStart);
        const indented = start !== NONE ? this.slice(start) === '<<-' : false;
        return heredocString(this.text, tree.start(node), tree.end(node), opening !== NONE ? tree.end(opening) : -1, closing !== NONE ? tree.start(closing) : -1, indented);
    }
    object(node) {
        const tree = this.tree;
        const entries = [];
        for (let element = tree.firstChild[node]; element !== NONE; element = tree.nextSibling[element]) {
            if (tree.kind(element) !== K.ObjectElem)
                continue;
            const keyNode = tree.child(element, K.Expression);
            if (keyNode === NONE)
                continue;
            let valueNode = tree.nextSibling[keyNode];
            while (valueNode !== NONE && tree.kind(valueNode) !== K.Expression)
                valueNode = tree.nextSibling[valueNode];
            if (valueNode === NONE)
                continue;
            const key = this.expr(keyNode);
            entries.push({ key: objectKeyName(key), keySpan: key.span, value: this.expr(valueNode) });
        }
        return { kind: 'object', entries, span: tree.span(node) };
    }
}
function isDynamic(kind) {
    return kind === K.TemplateInterpolation || kind === K.TemplateDirective;
}
function describeToken(type) {
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
