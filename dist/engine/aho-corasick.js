/**
 * ASCII case-insensitive Aho-Corasick automaton over every rule's keywords: one pass over the
 * text tells which keywords occur and where, before any regex runs. Transitions are a dense
 * DFA table over the character classes the keywords use (ASCII, case folded), so the inner loop
 * is two small-table reads per character; any other character sends the automaton back to the
 * root (keywords are ASCII).
 */
const ALPHABET = 128;
export class KeywordAutomaton {
    keywords;
    /** ASCII code -> character class: 0 for a character no keyword holds; upper case folds onto lower. */
    classOf;
    classCount;
    /**
     * Next state by (state, class), `state * classCount + class`. Classes instead of 128 ASCII
     * codes keep the table a fifth of the size (hundreds of KiB rather than ~2 MiB for the built-in
     * rules), so it stays in cache: the scan reads it once per character.
     */
    delta;
    /** For each state, the keyword ids it completes (own and inherited through failure links). */
    outputs;
    /** 1 where `outputs` has an entry: one byte read per character instead of an array slot. */
    emits;
    constructor(keywords) {
        this.keywords = keywords.map((k) => k.toLowerCase());
        const classOf = new Uint8Array(ALPHABET);
        let classCount = 1;
        for (const keyword of this.keywords) {
            for (let i = 0; i < keyword.length; i++) {
                const code = keyword.charCodeAt(i);
                if (code >= ALPHABET)
                    throw new Error(`keyword "${keyword}" is not ASCII`);
                if (classOf[code] === 0)
                    classOf[code] = classCount++;
            }
        }
        // Fold upper-case ASCII onto lower-case so the scan needs no per-character branch.
        for (let upper = 65; upper <= 90; upper++)
            classOf[upper] = classOf[upper + 32];
        this.classOf = classOf;
        this.classCount = classCount;
        const goto = [new Map()];
        const outputs = [[]];
        this.keywords.forEach((keyword, id) => {
            let state = 0;
            for (let i = 0; i < keyword.length; i++) {
                const symbol = classOf[keyword.charCodeAt(i)];
                let next = goto[state].get(symbol);
                if (next === undefined) {
                    next = goto.length;
                    goto.push(new Map());
                    outputs.push([]);
                    goto[state].set(symbol, next);
                }
                state = next;
            }
            outputs[state].push(id);
        });
        const stateCount = goto.length;
        const delta = stateCount <= 0xffff ? new Uint16Array(stateCount * classCount) : new Int32Array(stateCount * classCount);
        const fail = new Int32Array(stateCount);
        const queue = [];
        for (const [symbol, next] of goto[0]) {
            delta[symbol] = next;
            fail[next] = 0;
            queue.push(next);
        }
        for (let head = 0; head < queue.length; head++) {
            const state = queue[head];
            const failRow = fail[state] * classCount;
            const inherited = outputs[fail[state]];
            if (inherited.length > 0)
                outputs[state].push(...inherited);
            // A state moves as its failure state does (a shallower state, whose row is complete in
            // breadth-first order), except along its own edges: copy the row, then set the edges.
            // Start-up pays for this table on every run, and a row copy is one memmove.
            delta.copyWithin(state * classCount, failRow, failRow + classCount);
            for (const [symbol, next] of goto[state]) {
                delta[state * classCount + symbol] = next;
                fail[next] = delta[failRow + symbol];
                queue.push(next);
            }
        }
        this.delta = delta;
        this.outputs = outputs.map((list) => (list.length > 0 ? list : undefined));
        this.emits = Uint8Array.from(this.outputs, (list) => (list ? 1 : 0));
    }
    /** Calls `onHit(keywordId, endIndex)` for every keyword occurrence in `text[from, to)`. */
    scan(text, onHit, from = 0, to = text.length) {
        const { delta, outputs, emits, classOf, classCount } = this;
        let state = 0;
        for (let i = from; i < to; i++) {
            const code = text.charCodeAt(i);
            // Class 0 (a character in no keyword) and non-ASCII lead back to the root from any state.
            state = code < ALPHABET ? delta[state * classCount + classOf[code]] : 0;
            if (emits[state] === 1) {
                const out = outputs[state];
                for (let k = 0; k < out.length; k++)
                    onHit(out[k], i + 1);
            }
        }
    }
    /** Every hit, in text order. */
    findAll(text) {
        const hits = [];
        this.scan(text, (keyword, end) => hits.push({ keyword, end }));
        return hits;
    }
}
