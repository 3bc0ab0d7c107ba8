import { type SecretStateEntry } from './catalogue.js';
import type { TerraformVerdict } from './finding.js';
import type { TerraformModule } from './model.js';
import type { StateProtection } from './state.js';
import { type Body } from './syntax.js';
export declare function stateExposure(module: TerraformModule, protection: StateProtection): TerraformVerdict[];
/** The secret attributes this block really puts in state, or none. */
export declare function storedSecrets(entry: SecretStateEntry, body: Body): string[];
