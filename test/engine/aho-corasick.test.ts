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
});
