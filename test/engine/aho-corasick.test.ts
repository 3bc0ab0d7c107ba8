import { describe, expect, it } from 'vitest';
import { KeywordAutomaton } from '../../src/engine/aho-corasick.js';

describe('KeywordAutomaton', () => {
  const automaton = new KeywordAutomaton(['he', 'she', 'his', 'hers', 'ghp_']);
  const found = (text: string) => automaton.findAll(text).map((hit) => `${automaton.keywords[hit.keyword]}@${hit.end}`);

  it('reports every occurrence, overlapping ones included, at their end offsets', () => {
    expect(found('ushers')).toEqual(['she@4', 'he@4', 'hers@6']);
  });

  it('folds ASCII case', () => {
    expect(found('SHE GHP_')).toEqual(['she@3', 'he@3', 'ghp_@8']);
  });

  it('restarts after a non-ASCII character', () => {
    expect(found('hé his')).toEqual(['his@6']);
  });

  it('finds nothing in text without keywords', () => {
    expect(found('nothing to see')).toEqual([]);
  });

  it('finds exactly what a naive search finds, for random keywords over a small alphabet', () => {
    // A small alphabet makes keywords share prefixes and suffixes, so failure links are exercised.
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const word = (min: number, max: number) =>
      Array.from({ length: min + Math.floor(random() * (max - min + 1)) }, () => 'abcAB_'[Math.floor(random() * 6)]).join('');
    for (let round = 0; round < 50; round++) {
      const keywords = [...new Set(Array.from({ length: 1 + Math.floor(random() * 12) }, () => word(1, 5).toLowerCase()))];
      const text = word(0, 200);
      const automaton = new KeywordAutomaton(keywords);
      const naive: string[] = [];
      const lower = text.toLowerCase();
      for (let end = 1; end <= text.length; end++) {
        keywords.forEach((keyword, id) => {
          if (end >= keyword.length && lower.slice(end - keyword.length, end) === keyword) naive.push(`${id}@${end}`);
        });
      }
      const hits = automaton.findAll(text).map((hit) => `${hit.keyword}@${hit.end}`);
      expect(hits.sort()).toEqual(naive.sort());
    }
  });
});
