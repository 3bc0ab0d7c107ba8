import { type ParsedSyntax } from './syntax.js';
export declare function parseTerraformJson(text: string, { variablesFile }: {
    variablesFile: boolean;
}): Promise<ParsedSyntax>;
