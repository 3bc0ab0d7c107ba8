import { Tiktoken } from 'js-tiktoken/lite';
import cl100k from 'js-tiktoken/ranks/cl100k_base';
import { describe, expect, it } from 'vitest';
import { charsPerToken, countTokens, decodeRankTable, encodeRankTable, preloadBpe, readTiktokenRanks } from '../../src/engine/bpe.js';
import { randomAlphanumeric } from '../helpers.js';

describe('BPE word-likeness', () => {
  const reference = new Tiktoken(cl100k);

  it('counts the same tokens as js-tiktoken on words, code, random strings and non-ASCII text', () => {
    preloadBpe();
    const samples = ['changeme', 'SuperSecretPassword', 'Xk9#mP2q', 'correct horse battery staple', '2023-01-01', 'héllo wörld', 'm{{h}o)p${e]nob(ody', randomAlphanumeric(40)];
    for (const sample of samples) expect(countTokens(sample), sample).toBe(reference.encode(sample).length);
  });

  it('gives the same counts from the binary table the build writes (dist/bpe-cl100k.bin)', () => {
    const { pattern, entries } = readTiktokenRanks();
    const binary = decodeRankTable(encodeRankTable(pattern, entries));
    for (const sample of ['changeme', 'Xk9#mP2q', 'héllo wörld', 'PasswordResetToken', randomAlphanumeric(40)]) {
      expect(countTokens(sample, binary), sample).toBe(reference.encode(sample).length);
    }
  });

  it('separates words from random strings', () => {
    expect(charsPerToken('changeme')).toBeGreaterThanOrEqual(3);
    expect(charsPerToken('PasswordResetToken')).toBeGreaterThanOrEqual(3);
    expect(charsPerToken('Xk9#mP2q')).toBeLessThan(2);
  });
});
