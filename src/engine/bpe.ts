import { createRequire } from 'node:module';

/**
 * Word-likeness by byte-pair encoding: how many characters one BPE token covers on average.
 * A tokenizer trained on text and code spends few tokens on words, identifiers and common
 * passwords (`changeme` is 2 tokens, `SuperSecretPassword` 3) and about one token per one or
 * two characters on random strings (`Xk9#mP2q` is 8). This is the signal that separates a
 * short random password from a word, which entropy alone cannot do on short values.
 *
 * The ranks are cl100k_base as shipped offline by js-tiktoken. js-tiktoken's own encoder builds
 * its tables in ~600 ms (under load) because it keys them by comma-joined byte lists; this
 * encoder keys them by byte strings and builds them in about a third of that, gives identical
 * token counts (a test compares them), and is built lazily: only when a generic candidate
 * reaches the word-likeness check, at most once per process or worker thread.
 */

interface RankFile {
  pat_str: string;
  bpe_ranks: string;
}

let ranks: Map<string, number> | undefined;
let pretokenizer: RegExp | undefined;

function load(): void {
  const file = createRequire(import.meta.url)('js-tiktoken/ranks/cl100k_base') as RankFile | { default: RankFile };
  const data = 'bpe_ranks' in file ? file : file.default;
  const map = new Map<string, number>();
  for (const line of data.bpe_ranks.split('\n')) {
    if (!line) continue;
    const parts = line.split(' ');
    const offset = Number(parts[1]);
    for (let i = 2; i < parts.length; i++) map.set(atob(parts[i]!), offset + i - 2);
  }
  ranks = map;
  pretokenizer = new RegExp(data.pat_str, 'gu');
}

/** Whether the tables are built (tests and the benchmark report the load cost). */
export function bpeLoaded(): boolean {
  return ranks !== undefined;
}

/** Builds the tables now; returns the milliseconds it took (0 when already built). */
export function preloadBpe(): number {
  if (ranks) return 0;
  const started = performance.now();
  load();
  return performance.now() - started;
}

function toByteString(piece: string): string {
  // ASCII (every secret candidate in practice) is its own byte string.
  if (/^[\x00-\x7f]*$/.test(piece)) return piece;
  return String.fromCharCode(...new TextEncoder().encode(piece));
}

/** Tokens of one pre-tokenized piece: the lowest-ranked adjacent pair merges first. */
function mergeCount(bytes: string, table: Map<string, number>): number {
  if (table.has(bytes)) return 1;
  const bounds: number[] = [];
  for (let i = 0; i <= bytes.length; i++) bounds.push(i);
  while (bounds.length > 2) {
    let best = -1;
    let bestRank = Infinity;
    for (let i = 0; i < bounds.length - 2; i++) {
      const rank = table.get(bytes.slice(bounds[i], bounds[i + 2]));
      if (rank !== undefined && rank < bestRank) {
        bestRank = rank;
        best = i;
      }
    }
    if (best < 0) break;
    bounds.splice(best + 1, 1);
  }
  return bounds.length - 1;
}

/** Number of cl100k_base tokens of a text (no special tokens). */
export function countTokens(text: string): number {
  if (!ranks) load();
  const table = ranks!;
  const regex = pretokenizer!;
  regex.lastIndex = 0;
  let count = 0;
  for (const match of text.matchAll(regex)) count += mergeCount(toByteString(match[0]), table);
  return count;
}

/** Characters per token: about 1-2 for random strings, 3 and more for words and identifiers. */
export function charsPerToken(text: string): number {
  if (text.length === 0) return 0;
  return text.length / countTokens(text);
}
