import { joinContinuations } from './continuations.js';
import { KeywordAutomaton } from './aho-corasick.js';
import { shannonEntropy } from './entropy.js';
import { filterVerdict } from './filters.js';
import { fingerprintOf } from './fingerprint.js';
import { namesPassword, scoreGenericSecret, scoreSlotValue } from './generic.js';
import { LineIndex } from './lines.js';
import { createPathMatcher } from './path-matcher.js';
import { INLINE_ALLOW, isAllowedInline } from './inline-allow.js';
import { redact } from './redact.js';
import { secretShapedReach, snippetFor } from './snippet.js';
import { VALIDATORS } from './validators.js';
import { isDocumentationExample, rankCandidate } from './ranker.js';
const CONFIDENCE_RANK = { low: 1, medium: 2, high: 3 };
/** What vouches for a value, by the rule's detector (see filters.ts). */
const EVIDENCE = { pattern: 'format', value: 'slot', generic: 'name' };
const LOWER_CONFIDENCE = { high: 'medium', medium: 'low', low: 'low' };
const DIGEST_LABEL = /(?:sha(?:1|224|256|384|512)|md5|blake2[bs]?)[=:-]$/i;
/** Lines longer than this (minified code) are clipped around each keyword before a regex runs. */
const LONG_LINE = 4096;
const CLIP_BEFORE = 1024;
const CLIP_AFTER = 3072;
const CLIP_AFTER_MULTILINE = 32768;
export class Engine {
    rules;
    compiled;
    automaton;
    /** Keyword id -> indexes of the rules that keyword gates. */
    keywordRules;
    keywordLengths;
    /**
     * Keyword id -> the exact-case forms that count, when every rule it gates wants its case
     * (`exactKeywords`): a hit in another case is skipped before any rule is looked at.
     */
    keywordForms;
    allowRegexes;
    stopwords;
    ranker;
    constructor(rules, options = {}) {
        this.rules = rules;
        this.compiled = rules.map((rule) => ({
            rule,
            regex: undefined,
            allow: undefined,
            stopwords: rule.stopwords.map((word) => word.toLowerCase()),
            validator: rule.validate ? VALIDATORS[rule.validate] : undefined,
            appliesTo: rule.paths ? createPathMatcher(rule.paths) : undefined,
            before: rule.window?.before ?? 0,
            after: rule.window?.after ?? 0,
            exactForms: rule.exactKeywords ? rule.keywords : undefined,
            requires: rule.requires.map((literal) => literal.toLowerCase()),
            exact: undefined,
            rank: specificityRank(rule),
        }));
        const keywordIds = new Map();
        this.keywordRules = [];
        const forms = [];
        rules.forEach((rule, ruleIndex) => {
            for (const keyword of new Set(rule.keywords)) {
                const lower = keyword.toLowerCase();
                let id = keywordIds.get(lower);
                if (id === undefined) {
                    id = keywordIds.size;
                    keywordIds.set(lower, id);
                    this.keywordRules.push([]);
                    forms.push(new Set());
                }
                const rulesOfKeyword = this.keywordRules[id];
                if (rulesOfKeyword[rulesOfKeyword.length - 1] !== ruleIndex)
                    rulesOfKeyword.push(ruleIndex);
                // A keyword some rule takes in every case is checked per rule instead (below).
                if (!rule.exactKeywords)
                    forms[id] = null;
                else
                    forms[id]?.add(keyword);
            }
        });
        this.keywordForms = forms.map((set) => (set ? [...set] : undefined));
        const keywords = [...keywordIds.keys()];
        this.keywordLengths = keywords.map((k) => k.length);
        this.automaton = new KeywordAutomaton(keywords);
        this.allowRegexes = (options.allowRegexes ?? []).map((source) => new RegExp(source));
        this.stopwords = (options.stopwords ?? []).map((word) => word.toLowerCase());
        this.ranker = options.ranker;
    }
    scanText(text, options = {}) {
        const path = options.path;
        const candidates = this.candidatesIn(text, path);
        // A secret split by a line continuation is read as the program reads it, joined.
        const joined = joinContinuations(text);
        if (joined) {
            for (const c of this.candidatesIn(joined.text, path)) {
                if (!joined.crossesJoin(c.from, c.end))
                    continue;
                c.value = joined.text.slice(c.start, c.end);
                c.start = joined.toOriginal(c.start);
                c.end = joined.toOriginal(c.end - 1) + 1;
                candidates.push(c);
            }
        }
        if (candidates.length === 0)
            return [];
        return this.toFindings(text, resolveOverlaps(candidates), options);
    }
    candidatesIn(text, path) {
        const candidates = [];
        const windowsByRule = this.collectWindows(text, path);
        windowsByRule.forEach((windows, ruleIndex) => {
            const compiled = this.compiled[ruleIndex];
            for (const window of windows)
                this.matchWindow(text, window, compiled, path, candidates);
        });
        return candidates;
    }
    /**
     * One Aho-Corasick pass; for every rule with a keyword hit, the merged line windows its
     * regex will see. Hits already inside the current window cost nothing more.
     */
    collectWindows(text, path, everyPath = false) {
        const windowsByRule = new Map();
        const pathChecked = new Map();
        const lineCache = { start: -1, end: -1 };
        this.automaton.scan(text, (keyword, end) => {
            const start = end - this.keywordLengths[keyword];
            const exactForms = this.keywordForms[keyword];
            if (exactForms !== undefined && !exactForms.some((form) => text.startsWith(form, start)))
                return;
            for (const ruleIndex of this.keywordRules[keyword]) {
                const compiled = this.compiled[ruleIndex];
                if (exactForms === undefined && compiled.exactForms && !compiled.exactForms.some((form) => text.startsWith(form, start)))
                    continue;
                if (compiled.appliesTo && !everyPath) {
                    let applies = pathChecked.get(ruleIndex);
                    if (applies === undefined) {
                        applies = path !== undefined && compiled.appliesTo(path);
                        pathChecked.set(ruleIndex, applies);
                    }
                    if (!applies)
                        continue;
                }
                let windows = windowsByRule.get(ruleIndex);
                const last = windows?.[windows.length - 1];
                if (last && start >= last.start && end <= last.end)
                    continue;
                const window = windowAround(text, start, end, compiled.before, compiled.after, lineCache);
                if (!windows) {
                    windows = [];
                    windowsByRule.set(ruleIndex, windows);
                }
                if (last && window.start <= last.end) {
                    if (window.end > last.end) {
                        last.end = window.end;
                        last.clippedEnd = window.clippedEnd;
                    }
                }
                else {
                    windows.push(window);
                }
            }
        });
        return windowsByRule;
    }
    matchWindow(text, window, compiled, path, out) {
        const slice = text.slice(window.start, window.end);
        if (compiled.requires.length > 0 && !requirementsMet(slice, compiled.requires))
            return;
        rawMatches(slice, window, compiled, (start, end, nameAt) => {
            const judgement = this.judge(text, start, end, nameAt, compiled, path);
            if (judgement)
                out.push({ compiled, from: nameAt, start, end, ...judgement });
        });
    }
    /**
     * Every span some rule's regex captures in `text[from, to)`, ungated: no path rule, filter,
     * entropy, validator, allow list or confidence threshold. The snippet redactor masks these,
     * so a value the engine saw on a shown line but did not report is never printed.
     */
    secretShapedSpans(text, from = 0, to = text.length) {
        const region = text.slice(from, to);
        const spans = [];
        this.collectWindows(region, undefined, true).forEach((windows, ruleIndex) => {
            const compiled = this.compiled[ruleIndex];
            for (const window of windows) {
                rawMatches(region.slice(window.start, window.end), window, compiled, (start, end) => spans.push({ start: from + start, end: from + end }));
            }
        });
        return spans;
    }
    /**
     * The gates a captured secret must pass; returns its confidence, or undefined to drop it. The
     * filters' verdict comes first: certainly-not-secrets are dropped, hand-made values (which
     * have low entropy by construction, so the entropy gate does not apply) end at `low`.
     */
    judge(text, start, end, nameAt, compiled, path) {
        const { rule } = compiled;
        const secret = text.slice(start, end);
        // A digest labelled with its algorithm (`sha256=AP58...` in a wheel's RECORD, `sha1:...`).
        if (DIGEST_LABEL.test(text.slice(Math.max(0, start - 8), start)))
            return undefined;
        // A generic assignment's name is evidence too: a password-named key holds a person's choice.
        const name = rule.detector === 'generic' ? identifierAround(text, nameAt) : '';
        const evidence = rule.detector === 'generic' && namesPassword(name) ? 'password' : EVIDENCE[rule.detector];
        let verdict = filterVerdict(secret, evidence);
        if (verdict?.action === 'drop')
            return undefined;
        // A proven binary structure explains runs (zero bytes) and chance words in its base64.
        if ((verdict?.reason === 'repeat' || verdict?.reason === 'marker') && compiled.validator?.provesStructure && compiled.validator.check(secret)) {
            verdict = undefined;
        }
        const handMade = verdict !== undefined;
        if (!handMade && rule.entropy !== undefined && shannonEntropy(secret) < rule.entropy)
            return undefined;
        let confidence = rule.confidence;
        if (compiled.validator) {
            if (!compiled.validator.check(secret)) {
                if (compiled.validator.edited?.(secret))
                    confidence = 'low';
                else if (compiled.validator.onFail === 'drop')
                    return undefined;
                else
                    confidence = compiled.validator.onFail === 'low' ? 'low' : LOWER_CONFIDENCE[confidence];
            }
            else if (compiled.validator.weak?.(secret)) {
                confidence = 'low';
            }
        }
        compiled.allow ??= rule.allow.map((source) => new RegExp(source, rule.flags ?? ''));
        if (compiled.allow.some((regex) => regex.test(secret)) || this.allowRegexes.some((regex) => regex.test(secret)))
            return undefined;
        if (compiled.stopwords.length > 0 || this.stopwords.length > 0) {
            const lower = secret.toLowerCase();
            if (compiled.stopwords.some((w) => lower.includes(w)) || this.stopwords.some((w) => lower.includes(w)))
                return undefined;
        }
        const quote = text[start - 1];
        const quoted = (quote === '"' || quote === "'" || quote === '`') && text[end] === quote;
        let between = '';
        if (rule.detector === 'generic') {
            const nameStart = text.lastIndexOf(name, nameAt);
            const before = text.slice(Math.max(0, nameStart - 40), nameStart);
            const lineEnd = text.indexOf('\n', end);
            const after = text.slice(end, Math.min(lineEnd === -1 ? text.length : lineEnd, end + 40));
            between = text.slice(nameStart + name.length, start);
            const generic = scoreGenericSecret({ name, before, between, value: secret, after, quoted, quote: quoted ? quote : undefined, path });
            if (!generic)
                return undefined;
            if (CONFIDENCE_RANK[generic] < CONFIDENCE_RANK[confidence])
                confidence = generic;
        }
        else if (rule.detector === 'value' && !handMade) {
            // A hand-made value in a credential slot is already judged (low); it needs no score.
            const slotScore = scoreSlotValue(secret);
            if (!slotScore)
                return undefined;
            // Some slots say a person set this value as a password: a word there is a weak password.
            const scored = slotScore === 'low' ? rule.weakValues : slotScore;
            if (CONFIDENCE_RANK[scored] < CONFIDENCE_RANK[confidence])
                confidence = scored;
        }
        let offFormat = false;
        if (rule.exact !== undefined) {
            // The regex found the provider's prefix; the body is off the exact format (truncated,
            // hand-edited, or a variant): the same evidence a failing checksum gives.
            compiled.exact ??= new RegExp(`^(?:${rule.exact})$`, rule.flags ?? '');
            offFormat = !compiled.exact.test(secret);
            if (offFormat)
                confidence = 'low';
        }
        // A fixture in the real shape, most likely: reported, but only with --min-confidence low.
        if (handMade)
            confidence = 'low';
        // A slot in an API reference's example holds a sample value (a sample password after
        // `--master-user-password`); a generated-looking token in a recorded request keeps its level.
        if (rule.detector === 'value' && confidence !== 'high' && isDocumentationExample(path))
            return { confidence: 'low', offFormat };
        if (rule.detector === 'pattern' || this.ranker === false)
            return { confidence, offFormat };
        // A name or a slot only says where a credential would be: the ranker weighs all the evidence.
        const lineStart = text.lastIndexOf('\n', start - 1) + 1;
        const lineEnd = text.indexOf('\n', end);
        const line = text.slice(Math.max(lineStart, start - 200), Math.min(lineEnd === -1 ? text.length : lineEnd, end + 200));
        const ranked = rankCandidate({ detector: rule.detector, ruleId: rule.id, value: secret, name, quoted, between, path, line, base: confidence, handMade: verdict?.reason }, this.ranker);
        if (!ranked.confidence)
            return undefined;
        // The rule's own confidence is a ceiling: a rule that reports leads at `low` (a bare `key`,
        // an unbound Artifactory shape) stays there whatever the context.
        const ceiling = CONFIDENCE_RANK[ranked.confidence] > CONFIDENCE_RANK[rule.confidence] ? rule.confidence : ranked.confidence;
        return { confidence: ceiling, offFormat, ranked: { probability: ranked.probability, evidence: ranked.evidence, features: ranked.features } };
    }
    toFindings(text, candidates, options) {
        const minRank = CONFIDENCE_RANK[options.minConfidence ?? 'medium'];
        const lines = new LineIndex(text);
        const checkInlineAllow = text.includes(INLINE_ALLOW);
        const shouldRedact = options.redact ?? true;
        const kept = candidates.filter((c) => {
            if (CONFIDENCE_RANK[c.confidence] < minRank)
                return false;
            return !(checkInlineAllow && isAllowedInline(text, lines, c.start));
        });
        // Secrets that start on the same line share its snippet, so each is redacted in the others'.
        const byLine = new Map();
        for (const c of kept) {
            const line = lines.lineOf(c.start);
            const group = byLine.get(line);
            if (group)
                group.push(c);
            else
                byLine.set(line, [c]);
        }
        const seenOnLine = new Map();
        const secretShapedOn = (line, group) => {
            let spans = seenOnLine.get(line);
            if (!spans) {
                // A minified line is searched only around what its snippets can show.
                const reach = secretShapedReach(lines, line, { start: group[0].start, end: group[group.length - 1].end });
                spans = this.secretShapedSpans(text, reach.start, reach.end);
                seenOnLine.set(line, spans);
            }
            return spans;
        };
        return kept.map((c) => {
            const { rule } = c.compiled;
            const secret = c.value ?? text.slice(c.start, c.end);
            const from = lines.position(c.start);
            const to = lines.position(c.end);
            const finding = {
                ruleId: rule.id,
                message: rule.description,
                severity: rule.severity,
                confidence: c.confidence,
                file: options.path ?? '',
                line: from.line,
                column: from.column,
                endLine: to.line,
                endColumn: to.column,
                secret: shouldRedact ? redact(secret) : secret,
                fingerprint: fingerprintOf(rule.id, secret),
                origin: options.origin ?? 'text',
                snippet: snippetFor(text, lines, from.line - 1, c, byLine.get(from.line - 1) ?? [c], secretShapedOn(from.line - 1, byLine.get(from.line - 1) ?? [c])),
            };
            if (rule.tags.length > 0)
                finding.tags = rule.tags;
            if (c.ranked) {
                finding.details = { probability: Math.round(c.ranked.probability * 1000) / 1000, evidence: c.ranked.evidence };
                if (options.explain)
                    finding.details['features'] = c.ranked.features;
            }
            return finding;
        });
    }
}
/**
 * The spans a rule's regex captures in one window (offsets in the whole text), before any gate.
 * A callback, not a generator: it runs for every window of every keyword hit.
 */
function rawMatches(slice, window, compiled, onMatch) {
    const regex = (compiled.regex ??= new RegExp(compiled.rule.regex, `${compiled.rule.flags ?? ''}gd`));
    regex.lastIndex = 0;
    let match;
    while ((match = regex.exec(slice)) !== null) {
        if (match[0] === '') {
            regex.lastIndex += 1;
            continue;
        }
        if ((window.clippedStart && match.index === 0) || (window.clippedEnd && match.index + match[0].length === slice.length))
            continue;
        const groups = match.indices?.groups;
        const span = groups ? (groups['secret'] ?? groups['secret2']) : (match.indices?.[1] ?? match.indices?.[0]);
        if (!span)
            continue;
        const start = window.start + span[0];
        const end = window.start + span[1];
        if (end <= start)
            continue;
        const nameSpan = groups?.['name'] ?? groups?.['name2'];
        onMatch(start, end, window.start + (nameSpan ? nameSpan[0] : match.index));
    }
}
/** Whether every required literal occurs in the window; literals without letters need no lower-casing. */
function requirementsMet(slice, requires) {
    let lower;
    for (const literal of requires) {
        if (!/[a-z]/.test(literal)) {
            if (!slice.includes(literal))
                return false;
        }
        else if (!(lower ??= slice.toLowerCase()).includes(literal)) {
            return false;
        }
    }
    return true;
}
function lineAround(text, start, end, cache) {
    if (start >= cache.start && end <= cache.end)
        return cache;
    cache.start = text.lastIndexOf('\n', start - 1) + 1;
    const lineEnd = text.indexOf('\n', end);
    cache.end = lineEnd === -1 ? text.length : lineEnd;
    return cache;
}
function windowAround(text, start, end, before, after, cache) {
    const line = lineAround(text, start, end, cache);
    let lineStart = line.start;
    for (let n = 0; n < before && lineStart > 0; n++)
        lineStart = text.lastIndexOf('\n', lineStart - 2) + 1;
    let lineEnd = line.end;
    for (let n = 0; n < after && lineEnd < text.length; n++) {
        const next = text.indexOf('\n', lineEnd + 1);
        lineEnd = next === -1 ? text.length : next;
    }
    const window = { start: lineStart, end: lineEnd, clippedStart: false, clippedEnd: false };
    if (lineEnd - lineStart > LONG_LINE) {
        const clipAfter = after > 0 ? CLIP_AFTER_MULTILINE : CLIP_AFTER;
        if (start - lineStart > CLIP_BEFORE) {
            window.start = start - CLIP_BEFORE;
            window.clippedStart = true;
        }
        if (lineEnd - end > clipAfter) {
            window.end = end + clipAfter;
            window.clippedEnd = true;
        }
    }
    return window;
}
/** The identifier (`db.password`, `AWS_SECRET_KEY`) that contains offset `at`. */
function identifierAround(text, at) {
    const isNameChar = (code) => (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code === 45 || code === 46;
    let from = at;
    while (from > 0 && isNameChar(text.charCodeAt(from - 1)))
        from--;
    let to = at;
    while (to < text.length && isNameChar(text.charCodeAt(to)))
        to++;
    return text.slice(from, to);
}
/**
 * A rule's standing where its span overlaps another's: its declared priority first, then a
 * provider format over a generic assignment, then specificity (the longer keyword: `sk-ant-`
 * over `sk-`). Confidence decides between equals at run time (see outranks).
 */
const FORMAT_RANK = 512;
const DETECTOR_RANK = { pattern: FORMAT_RANK, value: FORMAT_RANK / 2, generic: 0 };
function specificityRank(rule) {
    const keyword = Math.min(63, Math.max(...rule.keywords.map((k) => k.length)));
    // A provider's format says most; a credential slot (a URL's password) more than a name does.
    return (rule.priority + 10) * 1024 + DETECTOR_RANK[rule.detector] + keyword * 4;
}
/**
 * Whether candidate `a` beats `b` on overlapping spans: a rule that names the credential beats a
 * generic reading, then rank (priority, format, specificity), then confidence. But a provider rule whose value missed its exact format is no
 * more specific than a generic assignment reading the same value: between those, the better
 * confidence wins, and the provider rule (which names the credential) takes a tie.
 */
function outranks(a, b) {
    if (a.offFormat || b.offFormat) {
        if (a.compiled.rule.priority !== b.compiled.rule.priority)
            return a.compiled.rule.priority > b.compiled.rule.priority;
        const onFormat = (c) => c.compiled.rule.detector === 'pattern' && !c.offFormat;
        if (onFormat(a) !== onFormat(b))
            return onFormat(a);
        if (a.confidence !== b.confidence)
            return CONFIDENCE_RANK[a.confidence] > CONFIDENCE_RANK[b.confidence];
        const isPattern = (c) => c.compiled.rule.detector === 'pattern';
        if (isPattern(a) !== isPattern(b))
            return isPattern(a);
    }
    // A rule that names the credential beats a generic reading of the same value, whatever its
    // priority among the rules that name credentials (`priority: -1` yields to other providers).
    const isGeneric = (c) => c.compiled.rule.detector === 'generic';
    if (isGeneric(a) !== isGeneric(b))
        return isGeneric(b);
    return a.compiled.rank + CONFIDENCE_RANK[a.confidence] > b.compiled.rank + CONFIDENCE_RANK[b.confidence];
}
/** Better candidates win where spans overlap (see outranks). */
function resolveOverlaps(candidates) {
    candidates.sort((a, b) => a.start - b.start || b.end - a.end);
    const kept = [];
    for (const candidate of candidates) {
        let dominated = false;
        // Kept spans never overlap and are sorted, so their ends are sorted too: stop at the first that ends before.
        for (let i = kept.length - 1; i >= 0; i--) {
            const other = kept[i];
            if (other.end <= candidate.start)
                break;
            if (!outranks(candidate, other)) {
                dominated = true;
                break;
            }
            kept.splice(i, 1);
        }
        if (!dominated)
            kept.push(candidate);
    }
    return kept;
}
