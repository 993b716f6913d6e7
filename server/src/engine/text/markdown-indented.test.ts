import * as assert from 'node:assert/strict';
import { maskDocument } from './mask';
import { MIN_WORDS, readIndented } from './markdown-indented';

/**
 * Indented prose, written for these tests in the shapes copy pasted from the web takes: news
 * paragraphs, quotations, numbers and money, a one-sentence paragraph, a first line indented
 * like a book's (the paragraph runs on unindented), Markdown inside the text.
 */
const PROSE: readonly string[] = [
  'The two foreign ministers met in the capital on Tuesday and agreed to\nresume the stalled trade talks before the end of the year.',
  '"We have waited long enough," the minister told reporters outside the\nhall, adding that a deal could be signed within weeks.',
  'Exports rose 4.5% to $12.3 billion in the year to March, the ministry said,\nwith machinery and pharmaceuticals leading the gains.',
  'Officials from both sides will meet again in October.',
  'The ministry did not respond to a request for comment.',
  'According to the statement, the Prime Minister will travel to Osaka and\nKyoto — his third visit since 2022 — before returning home on Friday.',
  'The agreement, first proposed in 2019, covers defence, energy and R&D;\nboth governments called it "a new chapter".',
  'Read more: the minister\'s full remarks are on the *official* website, and\na [summary](https://example.org/summary) was issued later.',
  'Shares of the port operator fell 3% on Monday after the announcement,\nwhile the wider index was little changed.',
  'She said the visit was "productive" and that the two countries would\nwork together on climate, health and cyber security in the coming years!',
  'Is this the end of the road for the talks? Analysts in both capitals\nthink not.',
  'Police said the road would reopen by 6 p.m. local time.',
];

/** Indented code, written for these tests in the shapes READMEs use: commands, sessions, sources, data. */
const CODE: readonly string[] = [
  'npm install --save-dev factlint',
  '$ factlint drafts/\n$ factlint --fix drafts/story.md',
  '% make\n% make test',
  'const facts = loadTables(files);\nfor (const f of facts) console.log(f.name);',
  'def check(text):\n    return [w for w in text.split() if w]',
  '# Install the tool first, then run it over the folder of drafts.\npip install factlint',
  '// The checker reads every draft in the folder and reports what it finds.\ncheck(folder);',
  'date: 2024-05-01\nfacts: team.facts.yaml\nrules: strict',
  'Hello, world!',
  '>>> print("The minister arrived on Monday.")\nThe minister arrived on Monday.',
  '<p>The minister arrived on Monday and met the press.</p>',
  'SELECT name, title FROM people WHERE country = \'Japan\';',
  'git clone https://example.org/factlint.git\ncd factlint\nnpm test',
  'a3f9c2e1b7d84f6a9c0e2b5d7f1a3c4e5b6d7f8a9c0b1d2e3f4a5b6c7d8e9f0a1',
];

const indent = (block: string, by = '    '): string => block.split('\n').map((l) => by + l).join('\n');

/** The indented block's lines as [first non-blank, end) pairs, as the block pass records them. */
function lineRanges(text: string): number[] {
  const out: number[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    const nb = start + line.length - line.trimStart().length;
    if (nb < start + line.length) out.push(nb, start + line.length);
    start += line.length + 1;
  }
  return out;
}

describe('indented blocks: reads as prose or code', () => {
  for (const p of PROSE) {
    it(`reads as prose: ${JSON.stringify(p.slice(0, 40))}…`, () => {
      const text = indent(p);
      assert.equal(readIndented(text, lineRanges(text), false).prose, true);
    });
  }

  for (const c of CODE) {
    it(`reads as code: ${JSON.stringify(c.slice(0, 40))}…`, () => {
      const text = indent(c);
      assert.equal(readIndented(text, lineRanges(text), false).prose, false);
    });
  }

  it('reads a short sentence as code: a few words may be program output', () => {
    const text = indent('All tests passed.');
    const reading = readIndented(text, lineRanges(text), false);
    assert.ok(reading.words < MIN_WORDS);
    assert.equal(reading.prose, false);
  });

  it('reads words without a sentence end as code, unless the paragraph runs on unindented', () => {
    const text = indent('The minister said on Monday that the talks in the capital would');
    assert.equal(readIndented(text, lineRanges(text), false).prose, false);
    assert.equal(readIndented(text, lineRanges(text), true).prose, true);
  });

  it('names the code mark that decided it', () => {
    const text = indent('The total is computed as total = price * quantity for every line.');
    assert.equal(readIndented(text, lineRanges(text), false).mark, '=');
  });
});

describe('maskDocument: indented blocks', () => {
  it('checks an indented paragraph that reads as prose, and records nothing skipped', () => {
    const text = `Intro.\n\n${indent(PROSE[0])}\n\nEnd.`;
    const doc = maskDocument(text, 'markdown');
    assert.equal(doc.masked, text);
    assert.deepEqual(doc.skipped, []);
  });

  it('masks an indented block that reads as code, and records it as skipped', () => {
    const code = indent(CODE[1]);
    const text = `Intro.\n\n${code}\n\nEnd.`;
    const doc = maskDocument(text, 'markdown');
    assert.equal(doc.masked, `Intro.\n\n${code.replace(/[^\n]/g, ' ')}\n\nEnd.`);
    assert.deepEqual(doc.skipped, [{ kind: 'indented-code', start: 12, end: 8 + code.length }]);
  });

  it('reads several indented paragraphs as one block, each a paragraph of its own', () => {
    const text = `${indent(PROSE[1])}\n\n${indent(PROSE[3])}\n`;
    assert.equal(maskDocument(text, 'markdown').masked, text);
  });

  it('still masks inline code and links in indented prose', () => {
    const text = indent('The minister said `npm test` should pass, and [the report](https://example.org) agreed.');
    const masked = maskDocument(text, 'markdown').masked;
    assert.ok(!masked.includes('npm test'));
    assert.ok(!masked.includes('example.org'));
    assert.ok(masked.includes('The minister said'));
  });

  it('checks a tab-indented first line whose paragraph runs on unindented', () => {
    const text = '\tThe minister said on Monday that the talks in the capital would\ncontinue next week.\n';
    assert.equal(maskDocument(text, 'markdown').masked, text);
  });

  it('does not read an ordered list item after an indented block as the paragraph running on', () => {
    // Words without a sentence end, then a numbered item: code, as with nothing after it.
    const block = '    The minister said on Monday that the talks in the capital would\n';
    for (const next of ['1. Next item of the list.', '2) Another item']) {
      const doc = maskDocument(`${block}${next}\n`, 'markdown');
      assert.equal(doc.skipped[0]?.kind, 'indented-code', next);
    }
    // A line of text that merely opens with a number runs on.
    const runOn = `${block}2024 was the year it finally happened.\n`;
    assert.equal(maskDocument(runOn, 'markdown').masked.slice(0, block.length), block);
  });

  it('reads indented prose inside a block quote', () => {
    const text = `> Intro.\n>\n>     ${PROSE[3]}`;
    assert.equal(maskDocument(text, 'markdown').masked, `  Intro.\n \n      ${PROSE[3]}`);
  });
});

describe('maskDocument: skipped text', () => {
  it('records front matter, fenced code, HTML blocks, comments and code spans, in order', () => {
    const text = ['---', 'date: 2024-05-01', '---', 'Run `npm test` first.', '', '```', 'code', '```', '<!-- a note -->', '<script>', 'x', '</script>', 'End <!-- c --> here.'].join('\n');
    const doc = maskDocument(text, 'markdown');
    const at = (s: string): number => text.indexOf(s);
    assert.deepEqual(doc.skipped, [
      { kind: 'front-matter', start: 0, end: at('\nRun') },
      { kind: 'code-span', start: at('`npm'), end: at(' first') },
      { kind: 'fenced-code', start: at('```'), end: at('\n<!--') },
      { kind: 'html', start: at('<!-- a'), end: at('\n<script') },
      { kind: 'html', start: at('<script'), end: at('\nEnd') },
      { kind: 'html', start: at('<!-- c'), end: at(' here') },
    ]);
  });

  it('records an unclosed fence or HTML comment up to the end of the document', () => {
    const text = 'Text.\n\n```\ncode\nmore';
    assert.deepEqual(maskDocument(text, 'markdown').skipped, [{ kind: 'fenced-code', start: 7, end: text.length }]);
    const comment = 'Text.\n\n<!-- open\nhidden words';
    assert.deepEqual(maskDocument(comment, 'markdown').skipped, [{ kind: 'html', start: 7, end: comment.length }]);
  });

  it('records the HTML comments of a plain-text document and nothing else', () => {
    const text = 'Text `kept` here. <!-- a note --> More.';
    assert.deepEqual(maskDocument(text, 'plaintext').skipped, [{ kind: 'html', start: 18, end: 33 }]);
  });
});

describe('maskDocument: runs of indented lines', () => {
  it('reads each run between blank lines on its own: prose is checked, a command beside it masked', () => {
    const prose = indent(PROSE[0]);
    const command = indent(CODE[1]);
    const text = `${prose}\n\n${command}\n\n${indent(PROSE[3])}\n`;
    const doc = maskDocument(text, 'markdown');
    assert.equal(doc.masked, `${prose}\n\n${command.replace(/[^\n]/g, ' ')}\n\n${indent(PROSE[3])}\n`);
    assert.deepEqual(doc.skipped, [{ kind: 'indented-code', start: prose.length + 6, end: prose.length + 2 + command.length }]);
  });

  it('records neighbouring runs of code as one stretch of skipped text', () => {
    const text = `Intro.\n\n${indent(CODE[2])}\n\n${indent(CODE[0])}\n`;
    assert.deepEqual(maskDocument(text, 'markdown').skipped, [{ kind: 'indented-code', start: 12, end: text.length - 1 }]);
  });
});
