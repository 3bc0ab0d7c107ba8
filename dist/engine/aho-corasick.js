/**
 * ASCII case-insensitive Aho-Corasick automaton over every rule's keywords: one pass over the
 * text tells which keywords occur and where, before any regex runs. Transitions are a dense
 * DFA table over the character classes the keywords use (ASCII, case folded), so the inner loop
 * is two table reads per character (its class, then the next state); any other character sends
 * the automaton back to the root (keywords are ASCII).
 */
const ALPHABET = 128;
export class KeywordAutomaton {
    keywords;
    /**
     * UTF-16 code unit -> character class: 0 for a character no keyword holds (every non-ASCII
     * one); upper case folds onto lower. One read per character, no range check.
     */
    classOf;
    classCount;
    /**
     * The transitions as one table read per character: the entry at `row + class` is the next
     * state's row (`state * classCount`), or, for a state that completes keywords, `-row - 1`.
     * Classes instead of 128 ASCII codes keep the table small enough to stay in cache; row offsets
     * save a multiplication, and the sign saves a second read to learn whether a keyword ended.
     */
    next;
    /** For each state, the keyword ids it completes (own and inherited through failure links). */
    outputs;
    constructor(keywords) {
        this.keywords = keywords.map((k) => k.toLowerCase());
        const classOf = new Uint8Array(65536);
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
        this.outputs = outputs.map((list) => (list.length > 0 ? list : undefined));
        const next = new Int32Array(delta.length);
        for (let i = 0; i < delta.length; i++) {
            const target = delta[i];
            next[i] = this.outputs[target] ? -(target * classCount) - 1 : target * classCount;
        }
        this.next = next;
    }
    /** Calls `onHit(keywordId, endIndex)` for every keyword occurrence in `text[from, to)`. */
    scan(text, onHit, from = 0, to = text.length) {
        const { next, outputs, classOf, classCount } = this;
        // Class 0 (a character in no keyword, any non-ASCII one) leads back to the root, row 0.
        let row = 0;
        for (let i = from; i < to; i++) {
            const entry = next[row + classOf[text.charCodeAt(i)]];
            if (entry >= 0) {
                row = entry;
                continue;
            }
            row = -entry - 1;
            const out = outputs[row / classCount];
            for (let k = 0; k < out.length; k++)
                onHit(out[k], i + 1);
        }
    }
    /** Every hit, in text order. */
    findAll(text) {
        const hits = [];
        this.scan(text, (keyword, end) => hits.push({ keyword, end }));
        return hits;
    }
}
