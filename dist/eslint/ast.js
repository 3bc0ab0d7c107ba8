export function child(node, key) {
    const value = node[key];
    return value && typeof value === 'object' && 'type' in value ? value : undefined;
}
export function children(node, key) {
    const value = node[key];
    return Array.isArray(value) ? value : [];
}
export function isStringLiteral(node) {
    return node.type === 'Literal' && typeof node['value'] === 'string';
}
