/**
 * Acceptance on the two stories the project started from: the 2026 one has exactly one error, a
 * wrong acronym, and the 2025 one none. Each runs on our paraphrase (always) and on the real
 * article (when its folder is there, as in CI; see articles.ts), where the paraphrases are also
 * checked to be in our own words.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type * as Engine from '../server/src/engine';
import type * as Tables from '../server/src/project/tables';
import { skipWithoutRealArticles, storyTitle, STORIES, type Story } from './articles';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const engine = require(path.resolve(__dirname, '../../server/out/engine')) as typeof Engine;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const tables = require(path.resolve(__dirname, '../../server/out/project/tables')) as typeof Tables;

let compiled: Engine.CompiledFacts | undefined;

/** The default table, compiled once for every story. */
function defaultFacts(): Engine.CompiledFacts {
  if (!compiled) {
    const result = new tables.TableLoader().load({ defaultTable: true, files: [] });
    assert.ok(result.compiled, JSON.stringify(result.errors));
    compiled = result.compiled;
  }
  return compiled;
}

function check(story: Story): { text: string; result: Engine.CheckResult } {
  const text = fs.readFileSync(story.file, 'utf8');
  return { text, result: engine.check(text, defaultFacts(), { format: 'plaintext', today: '2026-11-21' }) };
}

/** The sentences of a text, roughly: enough to tell whether one was copied. */
function sentences(text: string): string[] {
  return text.split(/(?<=[.!?]["”’']?)\s+|\n+/).map((s) => s.trim()).filter((s) => s.split(/\s+/).length >= 6);
}

describe('the stories factlint started from', () => {
  for (const year of [2026, 2025] as const) {
    it(storyTitle('real', `paraphrases the ${year} story without copying a sentence of it`), function () {
      skipWithoutRealArticles(this, 'real');
      const [real, ours] = (['real', 'paraphrased'] as const).map((kind) => {
        const story = STORIES.find((s) => s.kind === kind && s.year === year)!;
        return fs.readFileSync(story.file, 'utf8');
      });
      assert.ok(sentences(real).length > 5, 'the real story should split into sentences');
      assert.deepEqual(sentences(real).filter((s) => ours.includes(s)), []);
    });
  }

  for (const story of STORIES) {
    if (story.fiop) {
      it(storyTitle(story.kind, `flags only the FIOP of "Free and Open Indo-Pacific (FIOP)" in the ${story.year} story`), function () {
        skipWithoutRealArticles(this, story.kind);
        const { text, result } = check(story);
        assert.equal(result.articleDate, story.articleDate);
        assert.equal(result.findings.length, 1, JSON.stringify(result.findings, null, 2));
        const [f] = result.findings;
        assert.equal(f.rule, 'acronym');
        assert.equal(f.text, 'FIOP');
        assert.deepEqual(f.fixes, [{ title: 'Replace "FIOP" with "FOIP"', edits: [{ offset: f.offset, length: 4, text: 'FOIP' }] }]);
        assert.equal(text.slice(f.offset - 28, f.offset + 5), 'Free and Open Indo-Pacific (FIOP)');
      });
    } else {
      it(storyTitle(story.kind, `flags nothing in the ${story.year} story`), function () {
        skipWithoutRealArticles(this, story.kind);
        const { result } = check(story);
        assert.equal(result.articleDate, story.articleDate);
        assert.deepEqual(result.findings, []);
      });
    }
  }
});
