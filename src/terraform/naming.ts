import { namesSecret, splitIdentifier } from '../engine/generic.js';
import { attributeOf, type Body, type Expr } from './syntax.js';

/**
 * Names and declarations in Terraform that hold something about a secret rather than the
 * secret: its ARN, fingerprint or status (`access_key_fingerprint`, `secret_arns`), a flag
 * (`manage_master_user_password` of type bool), a list of references (`secrets` of
 * `list(object({ name, valueFrom }))`), or a value its description calls an ARN or an id.
 */

/** Words Terraform names end in for an attribute about a secret; the engine's list stops at `arn`, `id`. */
const ABOUT_A_SECRET = new Set(['arns', 'fingerprint', 'fingerprints', 'status', 'statuses', 'identifier', 'identifiers', 'versions']);

/** Answers by name: every variable, output and reference asks, several rules over. Bounded, names are many. */
const secretNames = new Map<string, boolean>();
const MAX_REMEMBERED_NAMES = 50_000;

/** Whether a Terraform name (variable, output, attribute) names a secret value. */
export function namesTerraformSecret(name: string): boolean {
  let known = secretNames.get(name);
  if (known === undefined) {
    known = namesSecret(name) && !splitIdentifier(name).some((part) => ABOUT_A_SECRET.has(part));
    if (secretNames.size >= MAX_REMEMBERED_NAMES) secretNames.clear();
    secretNames.set(name, known);
  }
  return known;
}

/** Field names of an object type that hold a reference to a secret, not the secret (ECS `valueFrom`). */
const REFERENCE_FIELD = /^(?:value_?from|.*_?arns?|.*_?ids?|name|key|path|parameter)$/i;

/**
 * A description that says the value is an ARN, id or name: "The ARN of the KMS key",
 * "should be the ARN of a Secrets Manager secret".
 */
const DESCRIBED_AS_REFERENCE = /\b(?:the|an?|is|be|are)\s+(?:ARNs?|IDs?|identifiers?|names?|paths?)\s+(?:of|for|to)\b/i;

/**
 * Whether a variable declared under a secret name holds no secret: a bool or number, an object
 * type none of whose fields names a secret, or a description that calls it a reference.
 */
export function declaresNonSecretValue(body: Body): boolean {
  const type = attributeOf(body, 'type')?.value;
  if (type && (isScalarNonString(type) || isReferenceObjectType(type))) return true;
  const description = attributeOf(body, 'description')?.value;
  if (description?.kind !== 'string') return false;
  return DESCRIBED_AS_REFERENCE.test(description.value) && !/\b(?:password|token|secret value|private key)\b/i.test(description.value.replace(DESCRIBED_AS_REFERENCE, ''));
}

function isScalarNonString(type: Expr): boolean {
  return type.kind === 'traversal' && (type.root === 'bool' || type.root === 'number') && type.path.length === 0;
}

/** `list(object({ name = string, valueFrom = string }))`: only reference fields, and at least one. */
function isReferenceObjectType(type: Expr): boolean {
  const fields = objectTypeFields(type);
  if (fields.length === 0) return false;
  return fields.every((field) => !namesTerraformSecret(field)) && fields.some((field) => REFERENCE_FIELD.test(field) && field !== 'name');
}

function objectTypeFields(type: Expr): string[] {
  if (type.kind === 'call') {
    if (type.name === 'object' && type.args[0]?.kind === 'object') return type.args[0].entries.map((entry) => entry.key ?? '');
    if (['list', 'set', 'map', 'optional', 'tuple'].includes(type.name) && type.args[0]) return objectTypeFields(type.args[0]);
  }
  return [];
}
