import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { check, type CheckOptions, type CompiledFacts } from '../engine';
import { FactsCache } from '../project/cache';
import { DEFAULT_TABLE_FILE, TableLoader } from '../project/tables';
import { Checker } from './checker';
import { MAX_DIAGNOSTICS, OMITTED_CODE } from './diagnostics';
import { Offload, OFFLOAD_CHARS, type Offloaded } from './offload';
import type { DocumentSetup } from './workspace';

const SETUP: DocumentSetup = { enabled: true, tables: { defaultTable: true, files: [] }, rules: {}, articleDate: '2026-03-06', origins: new Map(), configUnusable: false, problems: [] };

/** A draft of at least OFFLOAD_CHARS characters with `findings` FIOPs spread through it. */
function largeDraft(findings: number): string {
  const filler = 'Officials met again to talk about trade and ports.\n';
  const block = filler.repeat(Math.ceil(OFFLOAD_CHARS / findings / filler.length) + 1);
  return Array.from({ length: findings }, () => `${block}The FIOP plan was discussed.\n\n`).join('');
}

/** An offload whose checks finish when the test says, counting the calls. */
class HeldOffload {
  calls = 0;
  private readonly held: { run: () => void; fail: () => void }[] = [];
  check(text: string, compiled: CompiledFacts, options: CheckOptions): Promise<Offloaded | null> {
    this.calls++;
    return new Promise((resolve, reject) =>
      this.held.push({
        run: () => {
          const result = check(text, compiled, options);
          resolve({ result, total: result.findings.length });
        },
        fail: () => reject(new Error('thread failed')),
      }),
    );
  }
  finish(i = 0): void {
    this.held[i].run();
  }
  fail(i = 0): void {
    this.held[i].fail();
  }
}

function checkerWith(offload: HeldOffload): Checker {
  return new Checker(new TableLoader({ cache: new FactsCache(null) }), DEFAULT_TABLE_FILE, offload as unknown as Offload);
}

const doc = (uri: string, version: number, text: string) => TextDocument.create(uri, 'markdown', version, text);

describe('checking very large drafts off the server thread', () => {
  it('checks a small draft at once while a large one waits on the thread, and a second request waits for the same check', async () => {
    const offload = new HeldOffload();
    const checker = checkerWith(offload);
    const large = doc('file:///large.md', 1, largeDraft(3));
    const pending = checker.runAsync(large, SETUP);
    const again = checker.runAsync(large, SETUP);
    assert.equal(offload.calls, 1, 'one check for one version');
    // The thread that answers the client is free: a small draft is checked meanwhile.
    const small = await checker.runAsync(doc('file:///small.md', 1, 'The FIOP plan.\n'), SETUP);
    assert.deepEqual(small.diagnostics.map((d) => d.code), ['acronym']);
    assert.equal(checker.current(large), undefined, 'no result yet');
    offload.finish();
    const outcome = await pending;
    assert.equal(await again, outcome);
    assert.deepEqual(outcome.diagnostics.map((d) => d.code), ['acronym', 'acronym', 'acronym']);
    assert.equal(checker.current(large), outcome);
  });

  it('never lets an older version replace a newer result, nor keep one made before the facts changed', async () => {
    const offload = new HeldOffload();
    const checker = checkerWith(offload);
    const text = largeDraft(2);
    const older = checker.runAsync(doc('file:///a.md', 1, text), SETUP);
    const newerDoc = doc('file:///a.md', 2, text.replace('FIOP', 'FOIP'));
    const newer = checker.runAsync(newerDoc, SETUP);
    offload.finish(1);
    await newer;
    offload.finish(0);
    await older;
    assert.equal(checker.current(newerDoc)?.diagnostics.length, 1);
    const third = checker.runAsync(doc('file:///b.md', 1, text), SETUP);
    checker.clear();
    offload.finish(2);
    await third;
    assert.equal(checker.last('file:///b.md'), undefined);
  });

  it('checks here when the thread fails, with the same result', async () => {
    const offload = new HeldOffload();
    const checker = checkerWith(offload);
    const large = doc('file:///large.md', 1, largeDraft(2));
    const pending = checker.runAsync(large, SETUP);
    offload.fail();
    assert.deepEqual((await pending).diagnostics.map((d) => d.code), ['acronym', 'acronym']);
  });

  it('gives, on a real worker thread, exactly the engine result of this thread', async function () {
    this.timeout(60_000);
    const loader = new TableLoader({ cache: new FactsCache(null) });
    const compiled = loader.load({ defaultTable: true, files: [] }).compiled!;
    const offload = new Offload(() => undefined);
    try {
      const text = largeDraft(4);
      const options: CheckOptions = { format: 'markdown', today: '2026-11-21' };
      const here = check(text, compiled, options);
      assert.deepEqual(await offload.check(text, compiled, options), { result: here, total: here.findings.length });
      // The facts go over once; a second check uses them.
      const second = `${text}Foreign Minister Takeshi Iwaya spoke.\n`;
      const secondHere = check(second, compiled, options);
      assert.deepEqual(await offload.check(second, compiled, options), { result: secondHere, total: secondHere.findings.length });
      // Past what the editor is shown, only the first findings come back, with the count.
      const many = 'FIOP '.repeat(MAX_DIAGNOSTICS + 5);
      const cut = await offload.check(many, compiled, options);
      assert.equal(cut?.total, MAX_DIAGNOSTICS + 5);
      assert.deepEqual(cut?.result.findings, check(many, compiled, options).findings.slice(0, MAX_DIAGNOSTICS + 1));
    } finally {
      offload.dispose();
    }
  });

  it('drops a check still waiting for its turn when a newer one of the same document comes', async function () {
    this.timeout(60_000);
    const compiled = new TableLoader({ cache: new FactsCache(null) }).load({ defaultTable: true, files: [] }).compiled!;
    const offload = new Offload(() => undefined);
    try {
      const options: CheckOptions = { format: 'markdown', today: '2026-11-21' };
      const v1 = offload.check('The FIOP plan.\n', compiled, options, 'a.md');
      const v2 = offload.check('The FIOP and FIOP plan.\n', compiled, options, 'a.md');
      const other = offload.check('FIOP.\n', compiled, options, 'b.md');
      const v3 = offload.check('No plan.\n', compiled, options, 'a.md');
      assert.equal((await v1)?.total, 1, 'the running check finishes');
      assert.equal(await v2, null, 'the waiting one is dropped');
      assert.equal((await other)?.total, 1, "another document's check is not dropped");
      assert.equal((await v3)?.total, 0);
    } finally {
      offload.dispose();
    }
  });

  it('keeps no result of a document closed while it was checked, so the reopened one is checked afresh', async () => {
    const offload = new HeldOffload();
    const checker = checkerWith(offload);
    const text = largeDraft(2);
    const pending = checker.runAsync(doc('file:///c.md', 7, text), SETUP);
    checker.forget('file:///c.md');
    offload.finish();
    await pending;
    assert.equal(checker.last('file:///c.md'), undefined);
    const reopened = doc('file:///c.md', 1, text);
    const again = checker.runAsync(reopened, SETUP);
    offload.finish(1);
    const outcome = await again;
    assert.equal(checker.current(reopened), outcome);
  });

  it(`shows at most ${MAX_DIAGNOSTICS.toLocaleString('en-US')} findings of a document, then a note of how many there are`, async () => {
    const checker = checkerWith(new HeldOffload());
    const text = 'FIOP '.repeat(MAX_DIAGNOSTICS + 3);
    const outcome = await checker.runAsync(doc('file:///many.md', 1, text), SETUP);
    assert.equal(outcome.diagnostics.length, MAX_DIAGNOSTICS + 1);
    assert.equal(outcome.result?.findings.length, MAX_DIAGNOSTICS);
    const note = outcome.diagnostics[MAX_DIAGNOSTICS];
    assert.equal(note.code, OMITTED_CODE);
    assert.equal(note.message, `factlint shows the first 10,000 of 10,003 findings in this document; the factlint command reports them all.`);
    assert.equal(note.range.start.character, MAX_DIAGNOSTICS * 5);
  });
});
