/**
 * The hand-written Markdown masker against micromark, character by character: on the CommonMark
 * spec's examples, on news drafts made by the bench's generator, and on samples of GFM and of the
 * masker's own choices. White space is not compared (whether a marker's trailing space is hidden
 * changes no word), nor a leading byte order mark (micromark drops it). Any disagreement that
 * `differences.ts` does not explain fails, with the input and both readings.
 */
import assert from 'node:assert/strict';
import * as path from 'node:path';
import type * as Mask from '../../server/src/engine/text/mask';
import { DIFFERENCES, type Difference } from './differences';
import { loadOracle, type ReadMarkdown, type Reading } from './oracle';
import { SAMPLES } from './samples';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { maskText } = require(path.resolve(__dirname, '../../../server/out/engine/text/mask')) as typeof Mask;

/** The spec's examples as the `commonmark-spec` package extracts them (tabs are written `→` there). */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const spec = (require('commonmark-spec') as { tests: { markdown: string; section: string; number: number }[] }).tests;

/** The bench's seeded generator (plain CommonJS that needs nothing from bench/node_modules). */
const BENCH = path.resolve(__dirname, '../../../bench/lib');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { makeFacts } = require(path.join(BENCH, 'facts')) as { makeFacts(seed: number, people: number): unknown };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { stream } = require(path.join(BENCH, 'prng')) as { stream(seed: number, label: string): unknown };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { writeCorpus } = require(path.join(BENCH, 'corpus')) as {
  writeCorpus(facts: unknown, rng: unknown, size: { files: number; bytes: number }, write: (name: string, text: string) => void): unknown;
};

/** The bench's seed; a 1,000-person table keeps the generator quick (the drafts' Markdown is the same kind). */
const SEED = 20260301;
const DRAFTS = 40;

/** What comparing one text found. */
interface Comparison {
  /** Offsets of disagreeing characters that no difference explains. */
  unexplained: number[];
  /** The differences that explained at least one character. */
  used: Set<Difference>;
  /** micromark's reading and the masker's, for the failure message. */
  reading: Reading;
  ours: Uint8Array;
}

function isNeutral(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 32 || c === 9 || c === 10 || c === 13 || (i === 0 && c === 0xfeff);
}

/** The masker's verdict per character, read from `maskText` (a hidden character becomes a space). */
function oursOf(text: string): Uint8Array {
  const masked = maskText(text, 'markdown');
  const ours = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) if (masked.charCodeAt(i) !== text.charCodeAt(i)) ours[i] = 1;
  return ours;
}

function compare(read: ReadMarkdown, text: string): Comparison {
  const reading = read(text);
  const ours = oursOf(text);
  const unexplained: number[] = [];
  const used = new Set<Difference>();
  for (let at = 0; at < text.length; at++) {
    if (isNeutral(text, at) || reading.mask[at] === ours[at]) continue;
    const difference = DIFFERENCES.find((d) => d.explains({ reading, ours, at }));
    if (difference === undefined) unexplained.push(at);
    else used.add(difference);
  }
  return { unexplained, used, reading, ours };
}

/** The text with every hidden (non-white-space) character drawn as `•`. */
function picture(text: string, mask: Uint8Array): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += mask[i] === 1 && !isNeutral(text, i) ? '•' : text[i];
  return out;
}

function describeFailure(title: string, text: string, c: Comparison): string {
  const indent = (s: string): string => s.split('\n').map((l) => `    ${l}`).join('\n');
  return [
    `${title}: the masker and micromark disagree at offsets ${c.unexplained.join(', ')}, and no listed difference explains it`,
    `  input:\n${indent(text)}`,
    `  micromark (• = syntax):\n${indent(picture(text, c.reading.mask))}`,
    `  masker (• = hidden):\n${indent(picture(text, c.ours))}`,
  ].join('\n');
}

describe('the Markdown masker agrees with micromark', function () {
  let read: ReadMarkdown;

  before(async function () {
    read = await loadOracle();
  });

  it('on every CommonMark spec example, except where a listed difference explains it, on exactly its listed examples', () => {
    const failures: string[] = [];
    const seen = new Map<Difference, number[]>(DIFFERENCES.map((d) => [d, []]));
    for (const example of spec) {
      const text = example.markdown.replace(/→/g, '\t');
      const c = compare(read, text);
      if (c.unexplained.length > 0) failures.push(describeFailure(`spec example ${example.number} (${example.section})`, text, c));
      for (const d of c.used) seen.get(d)?.push(example.number);
    }
    assert.ok(spec.length > 600, `only ${spec.length} spec examples were read`);
    assert.equal(failures.length, 0, `${failures.length} examples disagree:\n\n${failures.slice(0, 10).join('\n\n')}`);
    for (const d of DIFFERENCES) {
      assert.deepEqual(seen.get(d), [...d.spec], `the difference "${d.name}" shows on other spec examples than it lists`);
    }
  });

  it('on news drafts from the bench generator', () => {
    const facts = makeFacts(SEED, 1000);
    const drafts: [string, string][] = [];
    writeCorpus(facts, stream(SEED, 'corpus'), { files: DRAFTS, bytes: 5000 }, (name, text) => drafts.push([name, text]));
    assert.equal(drafts.length, DRAFTS);
    const failures: string[] = [];
    for (const [name, text] of drafts) {
      const c = compare(read, text);
      if (c.unexplained.length > 0) failures.push(describeFailure(`draft ${name}`, text, c));
    }
    assert.equal(failures.length, 0, failures.slice(0, 3).join('\n\n'));
  });

  describe('on samples of GFM and of the masker\'s choices', () => {
    for (const sample of SAMPLES) {
      it(sample.expect === undefined ? `agrees on ${sample.name}` : `differs on ${sample.name} only as "${sample.expect}" explains`, () => {
        const c = compare(read, sample.text);
        assert.equal(c.unexplained.length, 0, describeFailure(sample.name, sample.text, c));
        assert.deepEqual([...c.used].map((d) => d.name), sample.expect === undefined ? [] : [sample.expect]);
      });
    }
  });

  it('lists every difference with its reason, says which are bugs and where, and each shows somewhere', () => {
    for (const d of DIFFERENCES) {
      assert.ok(d.reason.length > 40, `"${d.name}" needs a reason`);
      assert.equal(d.reason.startsWith('Masker bug:'), d.bug === 'masker', `"${d.name}": a masker bug's reason starts "Masker bug:"`);
      assert.equal(d.name.startsWith('micromark:'), d.bug === 'micromark', `"${d.name}": micromark's own strays are named "micromark: …"`);
      const shown = d.spec.length > 0 || SAMPLES.some((s) => s.expect === d.name);
      assert.ok(shown, `"${d.name}" shows on no spec example and no sample: remove it, or add a sample`);
    }
  });
});
