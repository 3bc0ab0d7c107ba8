import { attributeOf, blocksOf, isTrue, walkExpr } from './syntax.js';
/** Worst first: a module called from several roots is as exposed as its most exposed caller. */
export const STATE_CLASS_RANK = { plaintext: 4, 'not-requested': 3, unknown: 2, 'provider-default': 1, encrypted: 0 };
const ENCRYPTED_BACKEND_REMEDY = 'keep state in a backend that encrypts it with a key you control (s3 with encrypt = true and kms_key_id, gcs with kms_encryption_key, HCP Terraform), or use OpenTofu state encryption';
/** Folders of example and test configurations: roots that exist to exercise a reusable module. */
const EXAMPLE_DIR = /(?:^|\/)(?:examples?|tests?|test-fixtures|fixtures|samples?|demos?)\//;
/** The folder of a module as shown in findings (`examples/complete`, `.` for the scan root). */
export function moduleDisplayDir(module) {
    const path = module.files[0]?.path ?? '';
    const at = path.lastIndexOf('/');
    return at < 0 ? '.' : path.slice(0, at);
}
/**
 * Every module's state protection. A module without backend, `cloud` or `encryption` keeps
 * its state where its callers do: a module called by local path (`source = "./modules/db"`)
 * takes the worst protection among its callers, and names the root module that holds that
 * state and its backend; one nobody calls is a root with local state, unless it sits under a
 * `modules/` folder (a reusable module whose callers were not scanned). A module whose every
 * worst caller is an example or a test is judged through it only (`heldBy.throughExample`).
 */
export function resolveProtections(modules, options) {
    const resolved = new Map();
    const visiting = new Set();
    const resolveOne = (module) => {
        const known = resolved.get(module);
        if (known)
            return known;
        let protection = classifyState(module, { assumeStateEncryption: options.assumeStateEncryption, backendConfigs: options.backendConfigs.get(module) ?? [] });
        if (!protection) {
            visiting.add(module);
            const inherited = options.graph
                .callersOf(module)
                .filter(({ caller }) => !visiting.has(caller))
                .map(({ caller }) => {
                const held = resolveOne(caller);
                return { protection: held, root: held.heldBy?.root ?? moduleDisplayDir(caller), rootReason: held.heldBy?.rootReason ?? held.reason };
            });
            visiting.delete(module);
            if (inherited.length > 0) {
                const worst = inherited.reduce((a, b) => (STATE_CLASS_RANK[b.protection.class] > STATE_CLASS_RANK[a.protection.class] ? b : a));
                // The root that decides is an example or a test: the module is judged through it only.
                const throughExample = EXAMPLE_DIR.test(`${worst.root}/`);
                protection = {
                    ...worst.protection,
                    reason: `its state is kept by the calling ${throughExample ? 'example' : 'module'} ${worst.root}, where ${worst.rootReason}`,
                    heldBy: { root: worst.root, rootReason: worst.rootReason, throughExample },
                };
            }
            else {
                // Judged on the path as shown (relative to where the scan runs), not on the folders above the project.
                protection = /(?:^|\/)modules\//.test(module.files[0]?.path ?? '') ? UNSCANNED_CALLER : LOCAL_STATE;
            }
        }
        resolved.set(module, protection);
        return protection;
    };
    for (const module of modules)
        resolveOne(module);
    return resolved;
}
export function classifyState(module, options) {
    if (options.assumeStateEncryption) {
        return { class: 'encrypted', backend: 'configured', reason: 'state encryption is declared in the leakgate config', remedy: '' };
    }
    const encryption = openTofuStateEncryption(module.encryption);
    if (encryption)
        return { class: 'encrypted', backend: 'opentofu-encryption', reason: encryption, remedy: '' };
    if (module.cloud)
        return { class: 'encrypted', backend: 'cloud', reason: 'HCP Terraform encrypts state', remedy: '' };
    if (!module.backend)
        return undefined; // no backend: local state, or a child module (decided by the caller)
    return classifyBackend(module.backend, options.backendConfigs);
}
export const LOCAL_STATE = {
    class: 'plaintext',
    backend: 'local',
    reason: 'no backend is configured, so state is a plain-text terraform.tfstate next to the code',
    remedy: ENCRYPTED_BACKEND_REMEDY,
};
export const UNSCANNED_CALLER = {
    class: 'unknown',
    backend: 'caller',
    reason: "this looks like a child module: its state lives in its callers' backend, which was not scanned",
    remedy: ENCRYPTED_BACKEND_REMEDY,
};
/** `encryption { state { method = method.aes_gcm.x } }` with a method that is not `unencrypted`. */
function openTofuStateEncryption(blocks) {
    for (const { block } of blocks) {
        const methods = new Map(blocksOf(block.body, 'method').map((m) => [m.labels[1] ?? '', m.labels[0] ?? '']));
        for (const state of blocksOf(block.body, 'state')) {
            const method = attributeOf(state.body, 'method');
            if (!method)
                continue;
            const type = referencedMethodType(method, methods);
            if (type !== 'unencrypted')
                return `OpenTofu encrypts state client-side (method ${type ?? 'configured'})`;
        }
    }
    return undefined;
}
function referencedMethodType(method, methods) {
    for (const expr of walkExpr(method.value)) {
        if (expr.kind === 'traversal' && expr.root === 'method')
            return expr.path[0] ?? methods.get(expr.path[1] ?? '');
    }
    return undefined;
}
function classifyBackend(ref, backendConfigs) {
    const type = ref.block.labels[0] ?? '';
    const body = ref.block.body;
    const at = `backend "${type}"`;
    switch (type) {
        case 'local':
            return { class: 'plaintext', backend: type, reason: `${at} keeps state in a plain-text file`, remedy: ENCRYPTED_BACKEND_REMEDY };
        case 'remote':
            return { class: 'encrypted', backend: type, reason: 'HCP Terraform encrypts state', remedy: '' };
        case 's3':
        case 'oss':
        case 'cos':
            return classifyObjectStore(type, body, backendConfigs);
        case 'gcs':
            if (hasAny(body, ['encryption_key', 'kms_encryption_key']))
                return { class: 'encrypted', backend: type, reason: 'gcs with a customer-managed key', remedy: '' };
            return {
                class: 'provider-default',
                backend: type,
                reason: `${at} is encrypted at rest with Google-managed keys only: anyone who can read the bucket reads the secret`,
                remedy: 'set kms_encryption_key on the gcs backend, or better, keep the secret out of state',
            };
        case 'azurerm':
            return {
                class: 'provider-default',
                backend: type,
                reason: `${at} is encrypted at rest with Microsoft-managed keys only: anyone who can read the container reads the secret`,
                remedy: 'restrict access to the state container, or better, keep the secret out of state',
            };
        case 'oci':
            if (hasAny(body, ['kms_key_id', 'sse_customer_key']))
                return { class: 'encrypted', backend: type, reason: 'oci with a customer key', remedy: '' };
            return { class: 'unknown', backend: type, reason: `${at} without kms_key_id: encryption of the state is not requested`, remedy: 'set kms_key_id on the oci backend' };
        case 'consul':
        case 'pg':
        case 'http':
        case 'kubernetes':
            return {
                class: 'unknown',
                backend: type,
                reason: `${at} is self-managed: whether the state is encrypted depends on the server${plaintextTransport(type, body)}`,
                remedy: ENCRYPTED_BACKEND_REMEDY,
            };
        default:
            return { class: 'unknown', backend: type, reason: `${at}: leakgate cannot tell whether it encrypts state`, remedy: ENCRYPTED_BACKEND_REMEDY };
    }
}
/**
 * s3, oss and cos encrypt only when asked. A block without `bucket` is a partial configuration
 * completed by `-backend-config` files: each `*.tfbackend` found beside it is one way the
 * module is initialised, and the state is as exposed as the least protected of them.
 */
function classifyObjectStore(type, body, backendConfigs) {
    const at = `backend "${type}"`;
    const encryptionKeys = type === 's3' ? ['kms_key_id', 'sse_customer_key'] : [];
    const judge = (bodies, where) => {
        const attributes = (name) => bodies.map((b) => attributeOf(b, name)).filter((a) => a !== undefined);
        const encrypted = attributes('encrypt').some((a) => isTrue(a.value)) || encryptionKeys.some((key) => attributes(key).length > 0);
        if (encrypted)
            return { class: 'encrypted', backend: type, reason: `${at} requests encryption${where}`, remedy: '' };
        if (type === 's3' && bodies.some(hasCustomEndpoint)) {
            return {
                class: 'unknown',
                backend: type,
                reason: `${at} points at a custom endpoint${where}: an S3-compatible store gives no default encryption`,
                remedy: 'set encrypt = true (and a KMS key where the store supports one), or use OpenTofu state encryption',
            };
        }
        return {
            class: 'not-requested',
            backend: type,
            reason: `${at} does not request encryption (no encrypt = true${type === 's3' ? ' or kms_key_id' : ''})${where}; a bucket's default server-side encryption does not restrict who can read the state`,
            remedy: type === 's3' ? 'set encrypt = true and kms_key_id on the s3 backend' : `set encrypt = true on the ${type} backend`,
        };
    };
    const partial = !attributeOf(body, 'bucket');
    if (backendConfigs.length === 0) {
        if (partial && !attributeOf(body, 'encrypt')) {
            return {
                class: 'unknown',
                backend: type,
                reason: `${at} is a partial configuration and no *.tfbackend file with its settings was found beside it`,
                remedy: `commit the -backend-config settings as a *.tfbackend file with encrypt = true${type === 's3' ? ' and kms_key_id' : ''}`,
            };
        }
        return judge([body], '');
    }
    let worst;
    for (const config of backendConfigs) {
        const verdict = judge([body, config.body], ` with ${config.path}`);
        if (!worst || STATE_CLASS_RANK[verdict.class] > STATE_CLASS_RANK[worst.class])
            worst = verdict;
    }
    return worst;
}
function hasAny(body, names) {
    return names.some((name) => attributeOf(body, name) !== undefined);
}
function hasCustomEndpoint(body) {
    if (attributeOf(body, 'endpoint'))
        return true;
    const endpoints = attributeOf(body, 'endpoints');
    if (endpoints?.value.kind === 'object' && endpoints.value.entries.some((e) => e.key === 's3'))
        return true;
    return blocksOf(body, 'endpoints').some((block) => attributeOf(block.body, 's3') !== undefined);
}
function plaintextTransport(type, body) {
    const value = (name) => {
        const attribute = attributeOf(body, name);
        return attribute?.value.kind === 'string' ? attribute.value.value : undefined;
    };
    if (type === 'http' && value('address')?.startsWith('http://'))
        return ', and it is reached over plain http://';
    if (type === 'consul' && value('scheme') === 'http')
        return ', and it is reached over plain http';
    if (type === 'pg' && /sslmode=disable/.test(value('conn_str') ?? ''))
        return ', and sslmode=disable sends it unencrypted';
    if ((type === 'http' && isTrue(attributeOf(body, 'skip_cert_verification')?.value)) || (type === 'kubernetes' && isTrue(attributeOf(body, 'insecure')?.value))) {
        return ', and TLS verification is off';
    }
    return '';
}
