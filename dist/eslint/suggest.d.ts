import { type AstNode } from './ast.js';
import type { Container } from './locate.js';
/**
 * The "read it from the environment" suggestion for a secret: which text to replace and with
 * what. Offered only where the rewrite is valid code with the same meaning around the secret;
 * never as an autofix, since the variable still has to be set.
 */
export interface EnvSuggestion {
    /** The environment variable's name, SCREAMING_SNAKE_CASE. */
    name: string;
    range: [number, number];
    text: string;
}
/**
 * In TypeScript a literal is a `string`, and `process.env.X` is `string | undefined`: put in its
 * place, it fails `tsc --strict` wherever a string is expected. The non-null assertion keeps the
 * type (`process.env.X!`) without inventing a fallback value: a `?? ""` default would run with an
 * empty credential. Inside a template substitution any type is accepted, so none is added there.
 */
export interface SuggestionContext {
    ruleId: string;
    typescript: boolean;
}
export declare function envSuggestion(container: Container, text: string, start: number, end: number, context: SuggestionContext): EnvSuggestion | undefined;
/** The variable, property, attribute or assignment target the value ends up in, as SCREAMING_SNAKE_CASE. */
export declare function assigneeName(node: AstNode): string | undefined;
/** `accessKeyId` -> ACCESS_KEY_ID, `APIKey` -> API_KEY, `x-api-key` -> X_API_KEY. */
export declare function screamingSnake(name: string): string;
