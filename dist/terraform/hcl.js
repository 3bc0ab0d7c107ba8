import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { stripHeredocIndent, unescapeHeredoc, unescapeQuoted } from './strings.js';
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
/** The syntax tree of a parsed file: plain JavaScript, runs on any thread. */
export function convertHclTree(text, tree) {
    return new Converter(text).file(inflate(tree), tree.hasError);
}
/** Leaves share one empty array; a node gets its own on its first child. */
const NO_CHILDREN = [];
/** The error type id: tree-sitter's builtin ERROR symbol (-1 as an unsigned 16-bit id). */
const ERROR_TYPE_ID = 65535;
function inflate(tree) {
    const { nodes: flat, typeNames } = tree;
    const built = new Array(tree.count);
    for (let i = 0; i < tree.count; i++) {
        const at = i * FIELDS;
        const typeId = flat[at];
        const node = { type: typeId === ERROR_TYPE_ID ? 'ERROR' : (typeNames[typeId] ?? ''), start: flat[at + 1], end: flat[at + 2], missing: flat[at + 3] === 1, children: NO_CHILDREN };
        built[i] = node;
        const parentIndex = flat[at + 4];
        if (parentIndex >= 0) {
            const parent = built[parentIndex];
            if (parent.children === NO_CHILDREN)
                parent.children = [node];
            else
                parent.children.push(node);
        }
    }
    return built[0];
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
const POSTFIX = new Set(['get_attr', 'index', 'splat', 'attr_splat', 'full_splat', 'new_index', 'legacy_index']);
/**
 * Deeper expressions than this are kept as opaque parts: real configurations nest a few levels,
 * and a bound keeps every recursive rule below safe from a pathological file.
 */
export const MAX_EXPRESSION_DEPTH = 200;
class Converter {
    text;
    problems = [];
    depth = 0;
    constructor(text) {
        this.text = text;
    }
    file(root, hasError) {
        const body = { attributes: [], blocks: [] };
        if (hasError)
            this.collectProblems(root);
        for (const child of root.children) {
            if (child.type === 'body' || child.type === 'ERROR')
                this.fillBody(child, body);
            else if (child.type === 'object') {
                // JSON-looking `.tfvars` content parsed as an HCL object: its entries are the attributes.
                const object = this.expr(child);
                if (object.kind === 'object')
                    for (const entry of object.entries)
                        if (entry.key !== undefined)
                            body.attributes.push({ name: entry.key, nameSpan: entry.keySpan, value: entry.value, span: { start: entry.keySpan.start, end: entry.value.span.end } });
            }
        }
        return { body, problems: this.problems };
    }
    collectProblems(root) {
        const stack = [root];
        while (stack.length > 0) {
            const node = stack.pop();
            if (node.missing) {
                this.problems.push({ span: { start: node.start, end: node.end }, message: `missing ${describeToken(node.type)}` });
                continue;
            }
            if (node.type === 'ERROR') {
                const snippet = this.text.slice(node.start, Math.min(node.end, node.start + 20)).split('\n')[0].trim();
                this.problems.push({ span: { start: node.start, end: node.end }, message: snippet ? `unexpected \`${snippet}\`` : 'syntax error' });
            }
            for (let i = node.children.length - 1; i >= 0; i--)
                stack.push(node.children[i]);
        }
    }
    slice(node) {
        return this.text.slice(node.start, node.end);
    }
    /** Attributes and blocks of a body; an ERROR node's well-formed parts still count. */
    fillBody(node, body) {
        if (this.depth >= MAX_EXPRESSION_DEPTH)
            return;
        this.depth += 1;
        try {
            this.fillBodyInner(node, body);
        }
        finally {
            this.depth -= 1;
        }
    }
    fillBodyInner(node, body) {
        for (const child of node.children) {
            if (child.type === 'attribute') {
                const attribute = this.attribute(child);
                if (attribute)
                    body.attributes.push(attribute);
            }
            else if (child.type === 'block') {
                const block = this.block(child);
                if (block)
                    body.blocks.push(block);
            }
            else if (child.type === 'body' || child.type === 'ERROR') {
                this.fillBody(child, body);
            }
        }
    }
    attribute(node) {
        const name = node.children.find((c) => c.type === 'identifier');
        const value = node.children.find((c) => c.type === 'expression');
        if (!name || !value)
            return undefined;
        return { name: this.slice(name), nameSpan: span(name), value: this.expr(value), span: span(node) };
    }
    block(node) {
        const [type, ...rest] = node.children;
        if (!type || type.type !== 'identifier')
            return undefined;
        const labels = [];
        let headerEnd = type.end;
        const body = { attributes: [], blocks: [] };
        for (const child of rest) {
            if (child.type === 'string_lit') {
                const literal = child.children.find((c) => c.type === 'template_literal');
                labels.push(literal ? unescapeQuoted(this.slice(literal)) : '');
                headerEnd = child.end;
            }
            else if (child.type === 'identifier') {
                labels.push(this.slice(child));
                headerEnd = child.end;
            }
            else if (child.type === 'block_start') {
                headerEnd = child.end;
            }
            else if (child.type === 'body' || child.type === 'ERROR') {
                this.fillBody(child, body);
            }
        }
        return { type: this.slice(type), labels, headerSpan: { start: type.start, end: headerEnd }, span: span(node), body };
    }
    expr(node) {
        if (this.depth >= MAX_EXPRESSION_DEPTH)
            return { kind: 'other', parts: [], span: span(node) };
        this.depth += 1;
        try {
            return this.exprInner(node);
        }
        finally {
            this.depth -= 1;
        }
    }
    exprInner(node) {
        switch (node.type) {
            case 'expression':
                return this.sequence(node.children, node);
            case 'literal_value':
            case 'template_expr':
            case 'collection_value':
            case 'operation':
                return node.children.length === 1 ? this.expr(node.children[0]) : this.other(node.children, node);
            case 'string_lit':
                return this.quotedString(node);
            case 'numeric_lit':
                return { kind: 'number', text: this.slice(node), span: span(node) };
            case 'bool_lit':
                return { kind: 'bool', text: this.slice(node), span: span(node) };
            case 'null_lit':
                return { kind: 'null', text: 'null', span: span(node) };
            case 'quoted_template':
                return this.quotedTemplate(node);
            case 'heredoc_template':
                return this.heredoc(node);
            case 'variable_expr':
                return { kind: 'traversal', root: this.slice(node), path: [], span: span(node) };
            case 'function_call': {
                const name = node.children.find((c) => c.type === 'identifier');
                const args = node.children.find((c) => c.type === 'function_arguments');
                return {
                    kind: 'call',
                    name: name ? this.slice(name) : '',
                    args: args ? args.children.filter((c) => c.type === 'expression').map((c) => this.expr(c)) : [],
                    span: span(node),
                };
            }
            case 'object':
                return this.object(node);
            case 'tuple':
                return { kind: 'tuple', items: node.children.filter((c) => c.type === 'expression').map((c) => this.expr(c)), span: span(node) };
            default:
                return this.other(node.children, node);
        }
    }
    /**
     * Hidden grammar rules are inlined, so `a.b[0] + f(x).y` arrives as one flat run of
     * children: each primary term followed by its postfix steps. Split the run at each primary.
     */
    sequence(children, whole) {
        const terms = [];
        let current;
        for (const child of children) {
            if (POSTFIX.has(child.type) && current) {
                current = this.postfix(current, child);
                continue;
            }
            if (child.type === 'comment')
                continue;
            if (current)
                terms.push(current);
            current = this.expr(child);
        }
        if (current)
            terms.push(current);
        if (terms.length === 1)
            return terms[0];
        return { kind: 'other', parts: terms, span: span(whole) };
    }
    postfix(base, step) {
        const extended = { start: base.span.start, end: step.end };
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
        const inner = step.children.flatMap((c) => this.expressionsIn(c));
        return { kind: 'other', parts: [base, ...inner], span: extended };
    }
    /** `.name` -> [name]; `[expr]`, `.0`, `[*]`, `.*` -> ['[]'] plus any names after a splat. */
    stepNames(step) {
        switch (step.type) {
            case 'get_attr': {
                const id = step.children.find((c) => c.type === 'identifier');
                return id ? [this.slice(id)] : undefined;
            }
            case 'index':
            case 'new_index':
            case 'legacy_index':
                return ['[]'];
            case 'splat':
                return step.children.length === 1 ? this.stepNames(step.children[0]) : ['[]'];
            case 'attr_splat':
            case 'full_splat': {
                const names = ['[]'];
                for (const child of step.children)
                    names.push(...(this.stepNames(child) ?? ['[]']));
                return names;
            }
            default:
                return undefined;
        }
    }
    expressionsIn(node) {
        if (node.type === 'expression')
            return [this.expr(node)];
        return node.children.flatMap((c) => this.expressionsIn(c));
    }
    other(children, whole) {
        const parts = children.flatMap((c) => this.expressionsIn(c));
        return { kind: 'other', parts, span: span(whole) };
    }
    quotedString(node) {
        const literal = node.children.find((c) => c.type === 'template_literal');
        const raw = literal ? this.slice(literal) : '';
        const inner = literal ? span(literal) : { start: node.start + 1, end: node.start + 1 };
        return { kind: 'string', value: unescapeQuoted(raw), span: span(node), valueSpan: inner };
    }
    quotedTemplate(node) {
        const dynamic = node.children.filter((c) => c.type === 'template_interpolation' || c.type === 'template_directive');
        if (dynamic.length === 0)
            return this.quotedString(node);
        return { kind: 'template', parts: dynamic.flatMap((c) => this.expressionsIn(c)), span: span(node) };
    }
    heredoc(node) {
        const dynamic = node.children.filter((c) => c.type === 'template_interpolation' || c.type === 'template_directive');
        if (dynamic.length > 0)
            return { kind: 'template', parts: dynamic.flatMap((c) => this.expressionsIn(c)), span: span(node) };
        const identifiers = node.children.filter((c) => c.type === 'heredoc_identifier');
        const start = node.children.find((c) => c.type === 'heredoc_start');
        const opening = identifiers[0];
        const closing = identifiers[1];
        // The body runs from the line after the opening marker to the start of the closing marker's line.
        const bodyStart = opening ? Math.min(this.text.indexOf('\n', opening.end) + 1 || node.end, node.end) : node.start;
        let bodyEnd = closing ? this.text.lastIndexOf('\n', closing.start - 1) + 1 : node.end;
        if (bodyEnd < bodyStart)
            bodyEnd = bodyStart;
        let raw = this.text.slice(bodyStart, bodyEnd);
        if (raw.endsWith('\n'))
            raw = raw.slice(0, -1);
        if (raw.endsWith('\r'))
            raw = raw.slice(0, -1);
        const indented = start ? this.slice(start) === '<<-' : false;
        const lines = raw.replace(/\r\n/g, '\n');
        const value = unescapeHeredoc(indented ? stripHeredocIndent(lines) : lines);
        // Point at the text itself, not the indentation or trailing blank lines around it.
        const lead = raw.length - raw.trimStart().length;
        return { kind: 'string', value, span: span(node), valueSpan: { start: bodyStart + lead, end: bodyStart + Math.max(lead, raw.trimEnd().length) } };
    }
    object(node) {
        const entries = [];
        for (const element of node.children) {
            if (element.type !== 'object_elem')
                continue;
            const [keyNode, valueNode] = element.children.filter((c) => c.type === 'expression');
            if (!keyNode || !valueNode)
                continue;
            const key = this.expr(keyNode);
            let name;
            if (key.kind === 'traversal' && key.path.length === 0)
                name = key.root;
            else if (key.kind === 'string')
                name = key.value;
            entries.push({ key: name, keySpan: key.span, value: this.expr(valueNode) });
        }
        return { kind: 'object', entries, span: span(node) };
    }
}
function span(node) {
    return { start: node.start, end: node.end };
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
