import type { Block } from './syntax.js';
import type { TerraformModule } from './model.js';
export declare function readsNonSecretParameter(module: TerraformModule, block: Block): boolean;
