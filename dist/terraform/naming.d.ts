import { type Body } from './syntax.js';
/** Whether a Terraform name (variable, output, attribute) names a secret value. */
export declare function namesTerraformSecret(name: string): boolean;
/**
 * Whether a variable declared under a secret name holds no secret: a bool or number, an object
 * type none of whose fields names a secret, or a description that calls it a reference.
 */
export declare function declaresNonSecretValue(body: Body): boolean;
