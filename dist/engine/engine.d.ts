import type { Confidence, Finding, Origin } from '../types.js';
import type { Rule } from '../rules/schema.js';
import { type TextSpan } from './snippet.js';
import { type RankerModel } from './ranker.js';
/**
 * The scanning engine: synchronous, pure, no I/O. Every door (CLI tree scan, staged and
 * history scans, the ESLint rule, the library API) calls `Engine.scanText`.
 *
 * Pipeline per text: keyword prefilter (one Aho-Corasick pass; keywords a rule wants in their
 * exact case are checked per hit) -> for each rule with a hit, its regex runs only on the lines
 * around its keywords -> secret capture -> the filters' verdict (drop what is certainly not a
 * secret, mark what is hand-made for `low`) -> entropy gate (not for hand-made values) ->
 * validator -> allow lists -> generic or slot scoring -> exact format -> the evidence ranker
 * (generic and slot candidates: ranker.ts) -> overlap resolution -> inline `leakgate:allow` ->
 * positions, redaction, fingerprint.
 */
export interface EngineOptions {
    /** Case-sensitive regexes: a secret matching any of them is never reported (config `allow.regexes`). */
    allowRegexes?: readonly string[];
    /** Case-insensitive substrings: a secret containing any is never reported (config `allow.stopwords`). */
    stopwords?: readonly string[];
    /**
     * The evidence ranker's model for generic assignments and credential slots (default: the
     * built-in model); `false` keeps the rules' own confidence (what the ranker is trained on).
     */
    ranker?: RankerModel | false;
}
export interface ScanTextOptions {
    /** Path of the text, `/`-separated; selects path-limited rules and fills `finding.file`. */
    path?: string;
    origin?: Origin;
    /** Redact secrets in findings (default true). */
    redact?: boolean;
    /** Lowest confidence reported (default `medium`). */
    minConfidence?: Confidence;
    /** Ranked findings carry every ranker feature in `details.features` (for training and debugging). */
    explain?: boolean;
}
export declare class Engine {
    readonly rules: readonly Rule[];
    private readonly compiled;
    private readonly automaton;
    /** Keyword id -> indexes of the rules that keyword gates. */
    private readonly keywordRules;
    private readonly keywordLengths;
    /**
     * Keyword id -> the exact-case forms that count, when every rule it gates wants its case
     * (`exactKeywords`): a hit in another case is skipped before any rule is looked at.
     */
    private readonly keywordForms;
    private readonly allowRegexes;
    private readonly stopwords;
    private readonly ranker;
    constructor(rules: readonly Rule[], options?: EngineOptions);
    scanText(text: string, options?: ScanTextOptions): Finding[];
    private candidatesIn;
    /**
     * One Aho-Corasick pass; for every rule with a keyword hit, the merged line windows its
     * regex will see. Hits already inside the current window cost nothing more.
     */
    private collectWindows;
    private matchWindow;
    /**
     * Every span some rule's regex captures in `text[from, to)`, ungated: no path rule, filter,
     * entropy, validator, allow list or confidence threshold. The snippet redactor masks these,
     * so a value the engine saw on a shown line but did not report is never printed.
     */
    secretShapedSpans(text: string, from?: number, to?: number): TextSpan[];
    /**
     * The gates a captured secret must pass; returns its confidence, or undefined to drop it. The
     * filters' verdict comes first: certainly-not-secrets are dropped, hand-made values (which
     * have low entropy by construction, so the entropy gate does not apply) end at `low`.
     */
    private judge;
    private toFindings;
}
