import type { Confidence } from '../types.js';
import type { FilterReason } from './filters.js';
/**
 * The evidence ranker: where the rules can only say "a value sits where a credential would" (a
 * secret-named assignment, a URL's password, a SQL PASSWORD literal), it weighs everything known
 * about the candidate (what the name denotes, how the value looks, the kind of file, the line)
 * into one probability, and the probability sets the confidence. A small logistic model whose
 * weights are data (ranker-model.ts, written by scripts/train-ranker.mjs from the labelled
 * development split); each feature is a named fact, so a finding can say which evidence made it.
 * Provider formats (detector: pattern) are not ranked: their format is proof enough.
 */
export interface RankerInput {
    /** `generic` (a secret-named assignment) or `value` (a credential slot); formats are not ranked. */
    detector: 'generic' | 'value';
    ruleId: string;
    value: string;
    /** The assignee's name (generic rules); empty for slots. */
    name: string;
    quoted: boolean;
    /** Between the name and the value (`": "`, `" = "`, `("`). */
    between: string;
    path: string | undefined;
    /** The whole line holding the value. */
    line: string;
    /** The confidence the rules' own scoring gave. */
    base: Confidence;
    /** The filters' reason when the value looks hand-made or a stand-in. */
    handMade: FilterReason | undefined;
}
export interface RankerModel {
    /** Weight per feature name; absent features weigh 0. */
    weights: Record<string, number>;
    bias: number;
    /** Probability cut-offs: at or above `high` is high, then medium, then low; below `low` is dropped. */
    thresholds: {
        high: number;
        medium: number;
        low: number;
    };
    /** Where the weights came from, for the record. */
    trainedOn?: string;
}
export declare function isDocumentationExample(path: string | undefined): boolean;
/** What the features and the bounds both need, worked out once per candidate. */
interface Reading {
    /** The assignee's secret word (generic rules only). */
    secretWord: string | undefined;
    /** `password`, `secret`, `token`, `key`, `credential`, `other`; `none` without a name, `slot` for slots. */
    word: string;
    documentationExample: boolean;
}
/** The named facts about a candidate; the model weighs them. */
export declare function rankerFeatures(input: RankerInput, reading?: Reading): string[];
export interface RankedConfidence {
    confidence: Confidence | undefined;
    probability: number;
    features: string[];
    /** The features that raised the probability most, strongest first. */
    evidence: string[];
}
export declare function probabilityOf(features: readonly string[], model?: RankerModel): number;
/** The ranker's confidence for a candidate (undefined: not reported at any level). */
export declare function rankCandidate(input: RankerInput, model?: RankerModel): RankedConfidence;
export {};
