/**
 * Which files are Terraform's, by name: configuration, variable definitions, partial backend
 * configuration, and state or plan files (which must never be committed).
 */
function baseName(path) {
    return path.slice(path.lastIndexOf('/') + 1);
}
/** `.terraform/` holds downloaded copies of modules and providers: not the user's code to lint. */
function inWorkingDirectory(path) {
    return path.startsWith('.terraform/') || path.includes('/.terraform/');
}
export function terraformFileKind(path) {
    const kind = kindByName(baseName(path).toLowerCase());
    // The name first: every walked file is asked, and few are Terraform's.
    return kind && !inWorkingDirectory(path) ? kind : undefined;
}
function kindByName(name) {
    if (name.endsWith('.tf') || name.endsWith('.tf.json'))
        return 'config';
    if (name.endsWith('.tfvars') || name.endsWith('.tfvars.json'))
        return 'variables';
    // `-backend-config=FILE`: `*.tfbackend` is the documented name; `backend.hcl` a common one.
    if (name.endsWith('.tfbackend') || /^backend(?:[._-][\w.-]*)?\.hcl$/.test(name))
        return 'backend-config';
    return undefined;
}
export function isJsonSyntax(path) {
    return path.toLowerCase().endsWith('.json');
}
export function stateFileKind(path) {
    const name = baseName(path).toLowerCase();
    if (name.endsWith('.tfstate') || name.includes('.tfstate.'))
        return 'state';
    if (name === 'tfplan' || name.endsWith('.tfplan'))
        return 'plan';
    if (/plan/.test(name) && /(?:^|[._-])(?:tf)?plan(?:[._-][\w-]*)?(?:\.(?:out|bin|zip|json|plan))?$/.test(name))
        return 'plan-candidate';
    return undefined;
}
