import assert from 'node:assert/strict';
import { Lexicon } from './lexicon';
import { phraseKeys, Tok, tokenize } from './tokenize';

/** Keys and flags as the string path (phrases, no lexicon) makes them, possessives written out as phrases do. */
function stringPath(text: string): { words: string[]; flags: number[] } {
  const k = phraseKeys(text);
  return { words: k.words, flags: k.flags };
}

/** Keys and flags as the interning tokeniser makes them. */
function interned(text: string, lexicon = new Lexicon()): { words: string[]; flags: number[] } {
  const t = tokenize(text, lexicon);
  const words: string[] = [];
  const flags: number[] = [];
  for (let k = 0; k < t.count; k++) {
    words.push((t.flags[k] & Tok.Possessive) !== 0 ? t.lower[k] + "'s" : t.lower[k]);
    flags.push(t.flags[k]);
  }
  return { words, flags };
}

describe('lexicon (interned token keys)', () => {
  it('gives the same keys and flags as lower-casing each word as a string', () => {
    const text =
      "NATO's chief met O'Brien and O’Brien in São Paulo; the MEA, G20 and ministers' DON'T 2025 x1 " +
      'Ünal ÉCOLE naïve Ÿ 3rd ABC’s İstanbul ǅemal Indo-Pacific e.g. 1.5 it’s';
    assert.deepEqual(interned(text), stringPath(text));
  });

  it('returns one shared string per key, whatever the case or apostrophe it is written with', () => {
    const lexicon = new Lexicon();
    const t = tokenize('Misri MISRI misri O’Neil o\'neil', lexicon);
    assert.deepEqual(t.lower, ['misri', 'misri', 'misri', "o'neil", "o'neil"]);
    assert.equal(t.lower[0], t.lower[2]);
    const again = tokenize('MiSrI', lexicon);
    assert.equal(again.lower[0], 'misri');
  });

  it('gives each token the dictionary id of its key, asking the dictionary once per key', () => {
    const asked: string[] = [];
    const dict = new Map([['misri', 7], ['são', 9]]);
    const lexicon = new Lexicon((key) => {
      asked.push(key);
      return dict.get(key) ?? -1;
    });
    const t = tokenize('Misri met misri in São Paulo and MISRI left', lexicon);
    assert.deepEqual([...t.id], [7, -1, 7, -1, 9, -1, -1, 7, -1]);
    assert.deepEqual(asked, ['misri', 'met', 'in', 'são', 'paulo', 'and', 'left']);
  });

  it('keeps every word apart as its table grows past its first size', () => {
    const lexicon = new Lexicon();
    const words = Array.from({ length: 5000 }, (_, i) => `w${i.toString(36)}x`);
    const t = tokenize(words.join(' ') + ' ' + words.map((w) => w.toUpperCase()).join(' '), lexicon);
    assert.equal(t.count, 10000);
    for (let k = 0; k < 5000; k++) {
      assert.equal(t.lower[k], words[k]);
      assert.equal(t.lower[k + 5000], words[k]);
    }
  });

  it('starts afresh at the next text once it holds more words than its limit', () => {
    const asked: string[] = [];
    const lexicon = new Lexicon((key) => {
      asked.push(key);
      return -1;
    }, 2);
    tokenize('alpha beta gamma', lexicon);
    tokenize('alpha', lexicon);
    assert.deepEqual(asked, ['alpha', 'beta', 'gamma', 'alpha']);
    tokenize('alpha', lexicon);
    assert.deepEqual(asked, ['alpha', 'beta', 'gamma', 'alpha']);
  });
});
