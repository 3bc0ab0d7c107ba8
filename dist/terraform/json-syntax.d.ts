import type { Body, SyntaxProblem } from './syntax.js';
export interface ParsedJson {
    body: Body;
    problems: SyntaxProblem[];
}
export declare function parseTerraformJson(text: string, { variablesFile }: {
    variablesFile: boolean;
}): Promise<ParsedJson>;
