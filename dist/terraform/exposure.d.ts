import { type SecretStateEntry } from './catalogue.js';
import type { TerraformVerdict } from './finding.js';
import type { TerraformModule } from './model.js';
import type { StateProtection } from './state.js';
import { type Block } from './syntax.js';
export declare function stateExposure(module: TerraformModule, protection: StateProtection): TerraformVerdict[];
/** The secret attributes this block really puts in state, or none. */
export declare function storedSecrets(entry: SecretStateEntry, block: Block, module?: TerraformModule): string[];
