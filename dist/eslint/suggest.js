import { child, children } from './ast.js';
export function envSuggestion(container, text, start, end, context) {
    switch (container.kind) {
        case 'string':
            return forStringLiteral(container.node, text, start, end, context);
        case 'template':
            return forTemplateElement(container.node, text, start, end, context);
        case 'jsx-text': {
            // JSX text may carry HTML entities; a secret containing one cannot be cut out by offsets.
            if (text.slice(start, end).includes('&'))
                return undefined;
            const name = fallbackName(context.ruleId);
            return { name, range: [start, end], text: `{${envRef(name)}}` };
        }
        default:
            return undefined;
    }
}
function forStringLiteral(node, text, start, end, context) {
    const { ruleId } = context;
    const [from, to] = node.range;
    const whole = start === from + 1 && end === to - 1;
    const inJsxAttribute = node.parent?.type === 'JSXAttribute';
    if (!inJsxAttribute && !inValueSlot(node))
        return undefined;
    if (whole) {
        const name = assigneeName(node) ?? fallbackName(ruleId);
        const value = envValue(name, context.typescript);
        return inJsxAttribute ? { name, range: [from, to], text: `{${value}}` } : { name, range: rangeOfValue(node), text: value };
    }
    // Part of a longer string ("Bearer <token>"): keep the rest, as a template literal. The
    // variable names the whole value (a header, a URL), so the secret is named after its rule.
    const name = fallbackName(ruleId);
    const secret = text.slice(start, end);
    if (secret.includes('\\'))
        return undefined;
    const toChunk = inJsxAttribute ? jsxAttributeToTemplate : stringToTemplate;
    const before = toChunk(text.slice(from + 1, start));
    const after = toChunk(text.slice(end, to - 1));
    if (before === undefined || after === undefined)
        return undefined;
    const template = `\`${before}\${${envRef(name)}}${after}\``;
    return { name, range: [from, to], text: inJsxAttribute ? `{${template}}` : template };
}
function forTemplateElement(element, text, start, end, context) {
    const { ruleId } = context;
    const template = element.parent;
    // Tagged templates pass their parts to a function (sql``, String.raw``); a new substitution
    // would change the call. Template literal types (TSTemplateLiteralType) are types, not values.
    if (!template || template.type !== 'TemplateLiteral' || template.parent?.type === 'TaggedTemplateExpression')
        return undefined;
    const [from, to] = template.range;
    if (children(template, 'quasis').length === 1 && start === from + 1 && end === to - 1 && inValueSlot(template)) {
        const name = assigneeName(template) ?? fallbackName(ruleId);
        return { name, range: rangeOfValue(template), text: envValue(name, context.typescript) };
    }
    if (text.slice(start, end).includes('\\') || endsInsideEscape(text.slice(element.range[0] + 1, start)))
        return undefined;
    const name = fallbackName(ruleId);
    return { name, range: [start, end], text: `\${${envRef(name)}}` };
}
function envRef(name) {
    return `process.env.${name}`;
}
/** The reference standing for a whole literal: typed `string` in TypeScript (see SuggestionContext). */
function envValue(name, typescript) {
    return typescript ? `${envRef(name)}!` : envRef(name);
}
/**
 * What the reference replaces: the literal, or `"…" as const` / `<const>"…"` whole, since a
 * const assertion applies to literals only (TS1355 on anything else).
 */
function rangeOfValue(node) {
    const parent = node.parent;
    const isConstAssertion = (parent?.type === 'TSAsExpression' || parent?.type === 'TSTypeAssertion') &&
        parent['expression'] === node &&
        isConstType(child(parent, 'typeAnnotation'));
    return isConstAssertion ? parent.range : node.range;
}
function isConstType(type) {
    const name = type?.type === 'TSTypeReference' ? child(type, 'typeName') : undefined;
    return name?.type === 'Identifier' && name['name'] === 'const';
}
/**
 * Whether a literal sits where any expression may stand, so `process.env.X` can replace it.
 * Not: module specifiers, directives, property keys, literal types, enum members.
 */
function inValueSlot(node) {
    const parent = node.parent;
    if (!parent)
        return false;
    switch (parent.type) {
        case 'VariableDeclarator':
            return parent['init'] === node;
        case 'Property':
            return parent['value'] === node && parent.parent?.type === 'ObjectExpression';
        case 'AssignmentExpression':
        case 'AssignmentPattern':
            return parent['right'] === node;
        case 'PropertyDefinition':
        case 'AccessorProperty':
            return parent['value'] === node;
        case 'CallExpression':
        case 'NewExpression':
            return children(parent, 'arguments').includes(node);
        case 'ArrayExpression':
            return children(parent, 'elements').includes(node);
        case 'TemplateLiteral':
            return children(parent, 'expressions').includes(node);
        case 'ArrowFunctionExpression':
            return parent['body'] === node;
        case 'TSAsExpression':
        case 'TSSatisfiesExpression':
        case 'TSNonNullExpression':
        case 'TSTypeAssertion':
            return parent['expression'] === node;
        case 'ReturnStatement':
        case 'AwaitExpression':
        case 'YieldExpression':
        case 'SpreadElement':
        case 'BinaryExpression':
        case 'LogicalExpression':
        case 'ConditionalExpression':
        case 'SequenceExpression':
        case 'JSXExpressionContainer':
        case 'ExportDefaultDeclaration':
            return true;
        default:
            return false;
    }
}
/** Expressions a value passes through on its way to the name it is assigned to. */
const PASS_THROUGH = new Set([
    'TemplateLiteral',
    'BinaryExpression',
    'LogicalExpression',
    'ConditionalExpression',
    'ArrayExpression',
    'AwaitExpression',
    'ChainExpression',
    'JSXExpressionContainer',
    'TSAsExpression',
    'TSSatisfiesExpression',
    'TSNonNullExpression',
    'TSTypeAssertion',
]);
/** The variable, property, attribute or assignment target the value ends up in, as SCREAMING_SNAKE_CASE. */
export function assigneeName(node) {
    let current = node;
    let parent = node.parent;
    while (parent && PASS_THROUGH.has(parent.type)) {
        current = parent;
        parent = parent.parent;
    }
    if (!parent)
        return undefined;
    let name;
    switch (parent.type) {
        case 'VariableDeclarator':
            if (parent['init'] === current)
                name = identifierName(child(parent, 'id'));
            break;
        case 'Property':
        case 'PropertyDefinition':
        case 'AccessorProperty':
            if (parent['value'] === current)
                name = keyName(parent);
            break;
        case 'AssignmentExpression':
        case 'AssignmentPattern': {
            const target = child(parent, 'left');
            if (parent['right'] === current && target)
                name = target.type === 'MemberExpression' ? keyName(target, 'property') : identifierName(target);
            break;
        }
        case 'JSXAttribute': {
            const attribute = child(parent, 'name');
            name = attribute?.type === 'JSXNamespacedName' ? identifierName(child(attribute, 'name')) : identifierName(attribute);
            break;
        }
    }
    const snake = name === undefined ? '' : screamingSnake(name);
    return /^[A-Z_][A-Z0-9_]*$/.test(snake) ? snake : undefined;
}
function identifierName(node) {
    if (!node)
        return undefined;
    if (node.type === 'Identifier' || node.type === 'JSXIdentifier' || node.type === 'PrivateIdentifier')
        return node['name'];
    return undefined;
}
/** `{ apiKey: … }`, `{ "api-key": … }`, `this.#token = …`, `config.apiKey = …`, `headers["x-api-key"] = …`. */
function keyName(node, key = 'key') {
    const keyNode = child(node, key);
    if (!keyNode)
        return undefined;
    if (keyNode.type === 'Literal' && typeof keyNode['value'] === 'string')
        return keyNode['value'];
    return node['computed'] ? undefined : identifierName(keyNode);
}
/** `accessKeyId` -> ACCESS_KEY_ID, `APIKey` -> API_KEY, `x-api-key` -> X_API_KEY. */
export function screamingSnake(name) {
    return name
        .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
        .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
        .replace(/[^A-Za-z0-9]+/g, '_')
        .replace(/^_+|_+$/g, '')
        .toUpperCase();
}
/** With no assignee (a call argument, JSX text), the rule id names the variable: GITHUB_PAT. */
function fallbackName(ruleId) {
    const name = screamingSnake(ruleId);
    return /^[0-9]/.test(name) ? `SECRET_${name}` : name;
}
/**
 * A JS string literal's raw content as template literal content with the same value, or
 * undefined where no such rewrite exists (legacy octal escapes, `\8`, `\9` are errors in templates).
 */
function stringToTemplate(raw) {
    let out = '';
    for (let i = 0; i < raw.length; i++) {
        const ch = raw[i];
        if (ch === '\\') {
            const next = raw[i + 1];
            if (next === undefined)
                return undefined;
            if ((next >= '1' && next <= '9') || (next === '0' && /[0-9]/.test(raw[i + 2] ?? '')))
                return undefined;
            out += ch + next;
            i++;
        }
        else if (ch === '`') {
            out += '\\`';
        }
        else if (ch === '$' && raw[i + 1] === '{') {
            out += '\\$';
        }
        else {
            out += ch;
        }
    }
    return out;
}
/** JSX attribute strings have no escapes but may hold HTML entities, which a template would not decode. */
function jsxAttributeToTemplate(raw) {
    if (raw.includes('&'))
        return undefined;
    return raw.replace(/[\\`]|\$(?=\{)/g, (ch) => `\\${ch}`);
}
/** Whether a raw template chunk ends in the middle of an escape (an odd run of backslashes). */
function endsInsideEscape(raw) {
    let count = 0;
    for (let i = raw.length - 1; i >= 0 && raw[i] === '\\'; i--)
        count++;
    return count % 2 === 1;
}
