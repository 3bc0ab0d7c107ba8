import { parseTree, printParseErrorCode } from 'jsonc-parser';
import { parseNativeHcl } from './parse-file.js';
import { unescapeHeredoc } from './strings.js';
import { MAX_EXPRESSION_DEPTH } from './syntax.js';
/**
 * Terraform's JSON syntax (`.tf.json`, `.tfvars.json`) into the same syntax tree as native HCL.
 * JSON has no block syntax, so which keys are blocks, and how many labels each has, comes from
 * Terraform's own mapping; any other object is an attribute whose value is an object (rules
 * look inside both the same way). Strings holding `${...}` are templates: their inside is
 * parsed as HCL so references are seen, and every span inside points at the JSON string.
 */
/** Block types and their label counts, by the block they may appear in (`''` = the file). */
const JSON_BLOCKS = {
    '': { resource: 2, data: 2, ephemeral: 2, variable: 1, output: 1, module: 1, provider: 1, locals: 0, terraform: 0, check: 1 },
    terraform: { backend: 1, cloud: 0, encryption: 0, required_providers: 0 },
    encryption: { key_provider: 2, method: 2, state: 0, plan: 0, remote_state_data_sources: 0 },
    state: { fallback: 0 },
    plan: { fallback: 0 },
};
export async function parseTerraformJson(text, { variablesFile }) {
    const errors = [];
    const root = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
    const problems = errors.map((error) => ({
        span: { start: error.offset, end: error.offset + error.length },
        message: describeJsonError(printParseErrorCode(error.error)),
    }));
    const body = { attributes: [], blocks: [] };
    if (!root)
        return { body, problems };
    if (root.type !== 'object') {
        problems.push({ span: span(root), message: 'the top level must be a JSON object' });
        return { body, problems };
    }
    const converter = new JsonConverter();
    if (variablesFile)
        await converter.attributesInto(root, body);
    else
        await converter.bodyInto(root, '', body);
    return { body, problems };
}
class JsonConverter {
    depth = 0;
    /** A block body: known block keys become blocks, the rest attributes. */
    async bodyInto(object, blockType, body) {
        const blockKinds = JSON_BLOCKS[blockType] ?? {};
        for (const property of object.children ?? []) {
            const [keyNode, valueNode] = property.children ?? [];
            if (!keyNode || !valueNode || typeof keyNode.value !== 'string')
                continue;
            const key = keyNode.value;
            if (key === '//')
                continue; // Terraform's JSON comment key
            const labels = blockKinds[key];
            if (labels !== undefined) {
                await this.blocksInto(valueNode, key, labels, [], keyNode, body);
            }
            else if (blockType !== '') {
                body.attributes.push(await this.attribute(key, keyNode, valueNode, property));
            }
        }
    }
    /** A `.tfvars.json` file or a `locals` object: every key is an attribute. */
    async attributesInto(object, body) {
        for (const property of object.children ?? []) {
            const [keyNode, valueNode] = property.children ?? [];
            if (!keyNode || !valueNode || typeof keyNode.value !== 'string' || keyNode.value === '//')
                continue;
            body.attributes.push(await this.attribute(keyNode.value, keyNode, valueNode, property));
        }
    }
    /** `"resource": {"aws_x": {"name": {...}}}`: one object level per label; arrays repeat a block. */
    async blocksInto(node, type, labelsLeft, labels, header, body) {
        if (node.type === 'array') {
            for (const item of node.children ?? [])
                await this.blocksInto(item, type, labelsLeft, labels, header, body);
            return;
        }
        if (node.type !== 'object')
            return;
        if (labelsLeft === 0) {
            const block = {
                type,
                labels,
                headerSpan: span(header),
                span: span(node),
                body: { attributes: [], blocks: [] },
            };
            if (type === 'locals')
                await this.attributesInto(node, block.body);
            else
                await this.bodyInto(node, type, block.body);
            body.blocks.push(block);
            return;
        }
        for (const property of node.children ?? []) {
            const [keyNode, valueNode] = property.children ?? [];
            if (!keyNode || !valueNode || typeof keyNode.value !== 'string' || keyNode.value === '//')
                continue;
            await this.blocksInto(valueNode, type, labelsLeft - 1, [...labels, keyNode.value], keyNode, body);
        }
    }
    async attribute(name, keyNode, valueNode, property) {
        return { name, nameSpan: span(keyNode), value: await this.expr(valueNode), span: span(property) };
    }
    async expr(node) {
        if (this.depth >= MAX_EXPRESSION_DEPTH)
            return { kind: 'other', parts: [], span: span(node) };
        this.depth += 1;
        try {
            return await this.exprInner(node);
        }
        finally {
            this.depth -= 1;
        }
    }
    async exprInner(node) {
        switch (node.type) {
            case 'string':
                return this.string(node);
            case 'number':
                return { kind: 'number', text: String(node.value), span: span(node) };
            case 'boolean':
                return { kind: 'bool', text: String(node.value), span: span(node) };
            case 'null':
                return { kind: 'null', text: 'null', span: span(node) };
            case 'array': {
                const items = [];
                for (const item of node.children ?? [])
                    items.push(await this.expr(item));
                return { kind: 'tuple', items, span: span(node) };
            }
            case 'object': {
                const entries = [];
                for (const property of node.children ?? []) {
                    const [keyNode, valueNode] = property.children ?? [];
                    if (!keyNode || !valueNode)
                        continue;
                    entries.push({ key: typeof keyNode.value === 'string' ? keyNode.value : undefined, keySpan: span(keyNode), value: await this.expr(valueNode) });
                }
                return { kind: 'object', entries, span: span(node) };
            }
            default:
                return { kind: 'other', parts: [], span: span(node) };
        }
    }
    async string(node) {
        const value = String(node.value);
        const whole = span(node);
        if (!/[$%]\{/.test(value.replace(/([$%])\1\{/g, ''))) {
            // JSON has already unescaped the value; only HCL's own template escapes are left, as in a heredoc.
            return { kind: 'string', value: unescapeHeredoc(value), span: whole, valueSpan: { start: whole.start + 1, end: whole.end - 1 } };
        }
        const marker = 'LEAKGATE_JSON_TEMPLATE';
        const parsed = await parseNativeHcl(`x = <<${marker}\n${value}\n${marker}\n`);
        const inner = parsed.body.attributes[0]?.value;
        if (!inner)
            return { kind: 'template', parts: [], span: whole };
        return respan(inner, whole);
    }
}
/** Positions inside a JSON string's template are not worth mapping: everything points at the string. */
function respan(expr, to) {
    switch (expr.kind) {
        case 'string':
            return { ...expr, span: to, valueSpan: { start: to.start + 1, end: to.end - 1 } };
        case 'template':
        case 'other':
            return { ...expr, parts: expr.parts.map((p) => respan(p, to)), span: to };
        case 'call':
            return { ...expr, args: expr.args.map((a) => respan(a, to)), span: to };
        case 'object':
            return { ...expr, entries: expr.entries.map((e) => ({ ...e, keySpan: to, value: respan(e.value, to) })), span: to };
        case 'tuple':
            return { ...expr, items: expr.items.map((i) => respan(i, to)), span: to };
        default:
            return { ...expr, span: to };
    }
}
function span(node) {
    return { start: node.offset, end: node.offset + node.length };
}
function describeJsonError(code) {
    return `invalid JSON: ${code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()}`;
}
