import { splitIdentifier } from '../engine/generic.js';
import { attributeOf } from './syntax.js';
import { namesTerraformSecret } from './naming.js';
import { literalPrefixes } from './values.js';
/**
 * Reads from a store that holds secrets and plain settings alike (SSM Parameter Store): the
 * block reads a secret unless its name says otherwise. Two signs that it does not:
 * - AWS public parameters (`/aws/service/...`: AMI ids, region lists) are published to every
 *   account and are never secret;
 * - the parameter is named for an identifier (`snapshot_id`, `.../ami`, `release_version`),
 *   by its block label or the last segment of its literal name, and not for a secret.
 */
const PUBLIC_PARAMETER = /^\/aws\/service\//;
/** Last words of a name that say the value identifies something rather than authenticating. */
const IDENTIFIER_WORDS = new Set([
    'id', 'ids', 'ami', 'amis', 'arn', 'arns', 'image', 'version', 'endpoint', 'url', 'host', 'hostname', 'region', 'zone',
    'subnet', 'subnets', 'vpc', 'bucket', 'account', 'cidr', 'port', 'domain', 'name', 'names',
]);
export function readsNonSecretParameter(module, block) {
    const name = attributeOf(block.body, 'name')?.value;
    const prefixes = name ? literalPrefixes(module, name) : undefined;
    if (prefixes && prefixes.every((prefix) => PUBLIC_PARAMETER.test(prefix)))
        return true;
    const names = [block.labels[1] ?? '', ...(prefixes ?? []).filter((p) => !p.includes('${')).map((p) => p.slice(p.lastIndexOf('/') + 1))];
    if (names.some((n) => namesTerraformSecret(n)))
        return false;
    return names.some((n) => IDENTIFIER_WORDS.has(splitIdentifier(n).pop() ?? ''));
}
