/**
 * ASCII case-insensitive Aho-Corasick automaton over every rule's keywords: one pass over the
 * text tells which keywords occur and where, before any regex runs. Transitions are a dense
 * DFA table over 128 ASCII codes, so the inner loop is one array read per character; any
 * non-ASCII character sends the automaton back to the root (keywords are ASCII).
 */

const ALPHABET = 128;

export interface KeywordHit {
  keyword: number;
  /** Index just past the keyword's last character. */
  end: number;
}

export class KeywordAutomaton {
  readonly keywords: readonly string[];
  private readonly delta: Int32Array;
  /** For each state, the keyword ids it completes (own and inherited through failure links). */
  private readonly outputs: (readonly number[] | undefined)[];

  constructor(keywords: readonly string[]) {
    this.keywords = keywords.map((k) => k.toLowerCase());
    const goto: Map<number, number>[] = [new Map()];
    const outputs: number[][] = [[]];
    this.keywords.forEach((keyword, id) => {
      let state = 0;
      for (let i = 0; i < keyword.length; i++) {
        const code = keyword.charCodeAt(i);
        if (code >= ALPHABET) throw new Error(`keyword "${keyword}" is not ASCII`);
        let next = goto[state]!.get(code);
        if (next === undefined) {
          next = goto.length;
          goto.push(new Map());
          outputs.push([]);
          goto[state]!.set(code, next);
        }
        state = next;
      }
      outputs[state]!.push(id);
    });

    const stateCount = goto.length;
    const delta = new Int32Array(stateCount * ALPHABET);
    const fail = new Int32Array(stateCount);
    const queue: number[] = [];
    for (let code = 0; code < ALPHABET; code++) {
      const next = goto[0]!.get(code) ?? 0;
      delta[code] = next;
      if (next !== 0) {
        fail[next] = 0;
        queue.push(next);
      }
    }
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      const failRow = fail[state]! * ALPHABET;
      const inherited = outputs[fail[state]!]!;
      if (inherited.length > 0) outputs[state]!.push(...inherited);
      // A state moves as its failure state does (a shallower state, whose row is complete in
      // breadth-first order), except along its own edges: copy the row, then set the edges.
      // Start-up pays for this table on every run, and a row copy is one memmove.
      delta.copyWithin(state * ALPHABET, failRow, failRow + ALPHABET);
      for (const [code, next] of goto[state]!) {
        delta[state * ALPHABET + code] = next;
        fail[next] = delta[failRow + code]!;
        queue.push(next);
      }
    }
    // Fold upper-case ASCII onto lower-case so the scan needs no per-character branch.
    for (let state = 0; state < stateCount; state++) {
      for (let upper = 65; upper <= 90; upper++) {
        delta[state * ALPHABET + upper] = delta[state * ALPHABET + upper + 32]!;
      }
    }
    this.delta = delta;
    this.outputs = outputs.map((list) => (list.length > 0 ? list : undefined));
  }

  /** Calls `onHit(keywordId, endIndex)` for every keyword occurrence in `text[from, to)`. */
  scan(text: string, onHit: (keyword: number, end: number) => void, from = 0, to = text.length): void {
    const delta = this.delta;
    const outputs = this.outputs;
    let state = 0;
    for (let i = from; i < to; i++) {
      const code = text.charCodeAt(i);
      state = code < ALPHABET ? delta[(state << 7) | code]! : 0;
      if (state !== 0) {
        const out = outputs[state];
        if (out !== undefined) {
          for (let k = 0; k < out.length; k++) onHit(out[k]!, i + 1);
        }
      }
    }
  }

  /** Every hit, in text order. */
  findAll(text: string): KeywordHit[] {
    const hits: KeywordHit[] = [];
    this.scan(text, (keyword, end) => hits.push({ keyword, end }));
    return hits;
  }
}
