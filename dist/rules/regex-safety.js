import { Worker } from 'node:worker_threads';
const SHORTHAND_CLASSES = new Set(['d', 'D', 'w', 'W', 's', 'S']);
const ANCHOR_ESCAPES = new Set(['b', 'B']);
export function checkRegexSafety(source, flags, options = {}) {
    try {
        new RegExp(source, `${flags}gd`);
    }
    catch (error) {
        return `invalid regex: ${error.message.replace(/^Invalid regular expression: \/.*\/[a-z]*: /s, '')}`;
    }
    let tokens;
    try {
        tokens = tokenize(source);
    }
    catch (error) {
        return `invalid regex: ${error.message}`;
    }
    const leading = options.scansLines === false ? undefined : firstConsumingToken(tokens);
    if (leading?.isClass && leading.quantifier && (leading.quantifier.min !== leading.quantifier.max || leading.quantifier.max > 1)) {
        return 'regex starts with a quantified character class, which is retried at every offset; start it at the keyword or a literal prefix';
    }
    const nested = findNestedUnboundedQuantifier(tokens);
    if (nested !== undefined) {
        return `regex has a nested unbounded quantifier at offset ${nested} (like (a+)+), which can backtrack exponentially; bound the inner or the outer repetition`;
    }
    return undefined;
}
function tokenize(source) {
    const tokens = [];
    let i = 0;
    while (i < source.length) {
        const ch = source[i];
        const offset = i;
        if (ch === '\\') {
            const next = source[i + 1];
            if (next === undefined)
                throw new Error('trailing backslash');
            if (ANCHOR_ESCAPES.has(next)) {
                tokens.push({ kind: 'anchor', offset });
                i += 2;
                continue;
            }
            i = skipEscape(source, i);
            tokens.push({ kind: 'atom', offset, isClass: SHORTHAND_CLASSES.has(next) || next === 'p' || next === 'P' });
        }
        else if (ch === '[') {
            i = skipClass(source, i);
            tokens.push({ kind: 'atom', offset, isClass: true });
        }
        else if (ch === '(') {
            if (source.startsWith('(?=', i) || source.startsWith('(?!', i))
                i += 3;
            else if (source.startsWith('(?<=', i) || source.startsWith('(?<!', i))
                i += 4;
            else if (source.startsWith('(?:', i))
                i += 3;
            else if (source.startsWith('(?<', i))
                i = source.indexOf('>', i) + 1;
            else
                i += 1;
            tokens.push({ kind: 'open', offset });
            continue;
        }
        else if (ch === ')') {
            tokens.push({ kind: 'close', offset });
            i += 1;
        }
        else if (ch === '|') {
            tokens.push({ kind: 'alt', offset });
            i += 1;
            continue;
        }
        else if (ch === '^' || ch === '$') {
            tokens.push({ kind: 'anchor', offset });
            i += 1;
            continue;
        }
        else {
            tokens.push({ kind: 'atom', offset, isClass: ch === '.' });
            i += 1;
        }
        const parsed = readQuantifier(source, i);
        if (parsed) {
            tokens[tokens.length - 1].quantifier = parsed.quantifier;
            i = parsed.end;
        }
    }
    return tokens;
}
function skipEscape(source, i) {
    const next = source[i + 1];
    if (next === 'u' && source[i + 2] === '{')
        return source.indexOf('}', i) + 1;
    if (next === 'u')
        return i + 6;
    if (next === 'x')
        return i + 4;
    if ((next === 'p' || next === 'P') && source[i + 2] === '{')
        return source.indexOf('}', i) + 1;
    if (next === 'k' && source[i + 2] === '<')
        return source.indexOf('>', i) + 1;
    if (next === 'c')
        return i + 3;
    return i + 2;
}
function skipClass(source, i) {
    let j = i + 1;
    if (source[j] === '^')
        j += 1;
    if (source[j] === ']')
        j += 1;
    while (j < source.length && source[j] !== ']') {
        j += source[j] === '\\' ? 2 : 1;
    }
    if (j >= source.length)
        throw new Error('unterminated character class');
    return j + 1;
}
function readQuantifier(source, i) {
    const ch = source[i];
    let quantifier;
    let end = i + 1;
    if (ch === '*')
        quantifier = { min: 0, max: Infinity };
    else if (ch === '+')
        quantifier = { min: 1, max: Infinity };
    else if (ch === '?')
        quantifier = { min: 0, max: 1 };
    else if (ch === '{') {
        const match = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i));
        if (!match)
            return undefined;
        const min = Number(match[1]);
        const max = match[2] === undefined ? min : match[3] === '' ? Infinity : Number(match[3]);
        quantifier = { min, max };
        end = i + match[0].length;
    }
    if (!quantifier)
        return undefined;
    if (source[end] === '?')
        end += 1; // lazy
    return { quantifier, end };
}
/** The first token that consumes input, looking through opening groups and anchors. */
function firstConsumingToken(tokens) {
    for (const token of tokens) {
        if (token.kind === 'open' || token.kind === 'anchor')
            continue;
        if (token.kind === 'atom')
            return token;
        return undefined;
    }
    return undefined;
}
/** Offset of a group with an unbounded quantifier that holds an unbounded quantifier, if any. */
function findNestedUnboundedQuantifier(tokens) {
    const isUnbounded = (q) => q !== undefined && q.max === Infinity;
    // Quantifiers apply to the token before them; for a group that is its `close` token.
    const stack = [];
    for (const token of tokens) {
        if (token.kind === 'open') {
            stack.push({ offset: token.offset, innerUnbounded: false });
        }
        else if (token.kind === 'close') {
            const group = stack.pop();
            if (!group)
                return undefined;
            if (group.innerUnbounded && isUnbounded(token.quantifier))
                return group.offset;
            const parent = stack[stack.length - 1];
            if (parent && (group.innerUnbounded || isUnbounded(token.quantifier)))
                parent.innerUnbounded = true;
        }
        else if (token.kind === 'atom' && isUnbounded(token.quantifier)) {
            const parent = stack[stack.length - 1];
            if (parent)
                parent.innerUnbounded = true;
        }
    }
    return undefined;
}
/**
 * Runs each regex over adversarial lines built from its keywords, from 16 characters doubling
 * to 4 KiB, and fails a rule as soon as one line takes longer than `budgetMs`. It runs in a
 * worker thread that the caller waits for synchronously (Atomics.wait, so the ESLint rule's
 * config loading stays synchronous) and terminates after `timeoutMs`: an exponential regex
 * would otherwise hang the probe itself. Used on custom rules at load.
 */
export function probeRegexSpeeds(probes, budgetMs = 50, timeoutMs = 3000) {
    if (probes.length === 0)
        return undefined;
    const state = new Int32Array(new SharedArrayBuffer(16));
    const worker = new Worker(`(${probeInWorker.toString()})(require('node:worker_threads').workerData)`, {
        eval: true,
        workerData: { probes: probes.map((p) => ({ ...p, keywords: [...p.keywords] })), state, budgetMs },
    });
    const outcome = Atomics.wait(state, 0, 0, timeoutMs);
    void worker.terminate();
    const probe = probes[Atomics.load(state, 1)];
    if (outcome === 'timed-out') {
        return `${probe?.id}: regex is too slow: it did not finish ${timeoutMs} ms of adversarial lines; it backtracks, so bound its repetitions`;
    }
    if (Atomics.load(state, 0) === 2) {
        return `${probe?.id}: regex is too slow: ${Atomics.load(state, 3)} ms on one ${Atomics.load(state, 2)}-character adversarial line (budget ${budgetMs} ms); it backtracks, so bound its repetitions`;
    }
    return undefined;
}
/** The worker body; self-contained because it is sent as source text. */
function probeInWorker(data) {
    const { probes, state, budgetMs } = data;
    const fillers = ['a', 'A1', ' ', '=', '"', 'a=', 'x/', '-', '0', '.', '\\', '\t', ':', '_'];
    for (let index = 0; index < probes.length; index++) {
        Atomics.store(state, 1, index);
        const probe = probes[index];
        const regex = new RegExp(probe.source, `${probe.flags}g`);
        const lead = probe.keywords[0] ?? '';
        for (let length = 16; length <= 4096; length *= 2) {
            for (const filler of fillers) {
                for (const prefix of [lead, `${lead} = "`, `${lead}: `, `${lead}${lead}`, `${lead}\u00a7`]) {
                    const text = `${prefix}${filler.repeat(Math.ceil(length / filler.length))}${prefix.length % 2 === 0 ? '!' : '\u00a7'}`;
                    // The fastest of up to three runs: a busy machine can pause one run past the budget, but
                    // a regex that backtracks is slow every time.
                    let elapsed = Infinity;
                    for (let run = 0; run < 3 && elapsed > budgetMs; run++) {
                        const started = performance.now();
                        regex.lastIndex = 0;
                        let match;
                        while ((match = regex.exec(text)) !== null) {
                            if (match[0] === '')
                                regex.lastIndex += 1;
                        }
                        elapsed = Math.min(elapsed, performance.now() - started);
                    }
                    if (elapsed > budgetMs) {
                        Atomics.store(state, 2, length);
                        Atomics.store(state, 3, Math.round(elapsed));
                        Atomics.store(state, 0, 2);
                        Atomics.notify(state, 0);
                        return;
                    }
                }
            }
        }
    }
    Atomics.store(state, 0, 1);
    Atomics.notify(state, 0);
}
