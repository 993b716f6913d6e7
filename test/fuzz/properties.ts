/**
 * The properties every generated case must have. Each function checks one case and throws an
 * AssertionError saying what broke; the mocha suite and `npm run fuzz` run the same functions.
 */
import assert from 'node:assert/strict';
import type { CheckOptions, CheckResult, CompiledFacts, Edit, Finding, TableInput } from '../../server/src/engine';
import * as fc from 'fast-check';
import { DraftArbitraries, type DraftCase } from './drafts';
import { engine, fix } from './modules';
import type { TableCase } from './tables';
import { vocabularyOf } from './vocabulary';

/** The day every draft property is judged at ("today"), so a case replays the same on any day. */
export const TODAY = '2026-03-06';

const RULE_IDS: ReadonlySet<string> = new Set(engine.RULES.map((r) => r.id));
const SEVERITIES: ReadonlySet<string> = new Set(['error', 'warning', 'info']);
const DATE_SOURCES: ReadonlySet<string> = new Set(['option', 'front-matter', 'date-line', 'dateline', 'first-date', 'weekday', 'today']);
const SKIPPED_KINDS: ReadonlySet<string> = new Set(['front-matter', 'fenced-code', 'indented-code', 'html', 'code-span']);

/** The engine's options for a draft case. */
export function optionsOf(c: DraftCase): CheckOptions {
  return { format: c.format, today: TODAY, ...(c.articleDate !== undefined ? { articleDate: c.articleDate } : {}), ...(c.rules !== undefined ? { rules: c.rules } : {}) };
}

/** Whether offset `i` falls between the two halves of a surrogate pair. */
function splitsPair(text: string, i: number): boolean {
  if (i <= 0 || i >= text.length) return false;
  const a = text.charCodeAt(i - 1);
  const b = text.charCodeAt(i);
  return a >= 0xd800 && a <= 0xdbff && b >= 0xdc00 && b <= 0xdfff;
}

/** A short quote of a finding for messages. */
function show(f: Finding): string {
  return `${f.rule} at ${f.offset}+${f.length} ${JSON.stringify(f.text)}: ${f.message}`;
}

/** What a message shows of a value that was never filled in. */
const GARBLED = /\bundefined\b|\bNaN\b|\[object Object\]|\bnull\b|\$\{/;

/** A message reads as words, outside what it quotes (a quoted draft or table may well say "null"). */
function assertWords(message: string, what: string): void {
  assert.doesNotMatch(message.replace(/"[^"]*"|\u201c[^\u201d]*\u201d/g, '""'), GARBLED, what);
}

/** Findings, fixes and skipped ranges of one check are well-formed for `text`. */
export function assertWellFormed(text: string, r: CheckResult): void {
  assert.match(r.articleDate, /^\d{4}-\d{2}-\d{2}$/, `article date ${r.articleDate}`);
  assert.ok(engine.isIsoDay(r.articleDate), `article date ${r.articleDate} is not a real day`);
  assert.ok(DATE_SOURCES.has(r.articleDateSource), `article date source ${r.articleDateSource}`);
  assert.equal(typeof r.articleDateGuessed, 'boolean');
  let prev: Finding | undefined;
  for (const f of r.findings) {
    const where = show(f);
    assert.ok(RULE_IDS.has(f.rule), `unknown rule: ${where}`);
    assert.ok(SEVERITIES.has(f.severity), `severity ${f.severity}: ${where}`);
    assert.ok(Number.isInteger(f.offset) && Number.isInteger(f.length), `offsets are not integers: ${where}`);
    assert.ok(f.offset >= 0 && f.length > 0 && f.offset + f.length <= text.length, `range outside the text (length ${text.length}): ${where}`);
    assert.equal(f.text, text.slice(f.offset, f.offset + f.length), `text is not the slice: ${where}`);
    assert.ok(!splitsPair(text, f.offset) && !splitsPair(text, f.offset + f.length), `range splits a surrogate pair: ${where}`);
    assert.ok(typeof f.message === 'string' && f.message.trim().length > 0, `empty message: ${where}`);
    assertWords(f.message, `garbled message: ${where}`);
    if (prev) {
      const order = prev.offset - f.offset || (prev.rule < f.rule ? -1 : prev.rule > f.rule ? 1 : 0) || prev.length - f.length;
      assert.ok(order < 0, `findings out of order or repeated: ${show(prev)} then ${where}`);
    }
    prev = f;
    assert.ok(!f.fixable || f.fixes.length > 0, `fixable without a fix: ${where}`);
    for (const x of f.fixes) {
      assert.ok(typeof x.title === 'string' && x.title.length > 0, `a fix without a title: ${where}`);
      assertWords(x.title, `garbled fix title ${JSON.stringify(x.title)}: ${where}`);
      assert.ok(x.edits.length > 0, `fix "${x.title}" has no edits: ${where}`);
      x.edits.forEach((e, i) => {
        const edit = `fix "${x.title}" edit ${JSON.stringify(e)}`;
        assert.ok(Number.isInteger(e.offset) && Number.isInteger(e.length) && e.offset >= 0 && e.length >= 0 && e.offset + e.length <= text.length, `${edit} outside the text (length ${text.length}): ${where}`);
        assert.equal(typeof e.text, 'string', `${edit} has no text: ${where}`);
        assert.ok(!splitsPair(text, e.offset) && !splitsPair(text, e.offset + e.length), `${edit} splits a surrogate pair: ${where}`);
        for (let j = 0; j < i; j++) assert.ok(!engine.editsOverlap(e, x.edits[j]), `${edit} overlaps ${JSON.stringify(x.edits[j])}: ${where}`);
      });
      const changed = x.edits.some((e) => text.slice(e.offset, e.offset + e.length) !== e.text);
      assert.ok(changed, `fix "${x.title}" changes nothing: ${where}`);
    }
    if (f.fact !== null) {
      assert.equal(typeof f.fact.table, 'string', `fact without a table: ${where}`);
      assert.ok(f.fact.file === null || typeof f.fact.file === 'string', `fact file: ${where}`);
      assert.ok(Number.isInteger(f.fact.line) && f.fact.line >= 1, `fact line ${f.fact.line}: ${where}`);
    }
  }
  let last = -1;
  for (const s of r.skipped) {
    assert.ok(SKIPPED_KINDS.has(s.kind), `skipped kind ${s.kind}`);
    assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start <= s.end && s.end <= text.length, `skipped range ${JSON.stringify(s)} (length ${text.length})`);
    assert.ok(s.start >= last, `skipped ranges out of order at ${JSON.stringify(s)}`);
    last = s.start;
  }
  // Nothing the checks skipped is flagged, but for the suppression rule, which reads comments.
  for (const f of r.findings) {
    if (f.rule === 'suppression') continue;
    const inside = r.skipped.find((s) => s.start <= f.offset && f.offset + f.length <= s.end);
    assert.equal(inside, undefined, `a finding inside skipped ${inside?.kind} ${JSON.stringify(inside)}: ${show(f)}`);
  }
}

/** Where offset `at` of the old text lands after `edits` (sorted, not overlapping) are applied. */
function mapOffset(at: number, edits: Edit[]): number {
  let delta = 0;
  for (const e of edits) {
    if (e.offset + e.length <= at) delta += e.text.length - e.length;
    else if (e.offset < at) return e.offset + delta + e.text.length;
  }
  return at + delta;
}

/**
 * One draft: the check does not throw and is well-formed and deterministic; `--fix` cures what it
 * applies, a second `--fix` changes nothing, the order of findings does not change what
 * `applyFixes` makes; under a comment that disables every rule nothing is found; hovers do not throw.
 */
export function checkDraft(c: DraftCase, compiled: CompiledFacts): void {
  const options = optionsOf(c);
  // Checks of the last few texts, so the fix passes below do not check one text twice.
  const memo = new Map<string, CheckResult>();
  const run = (text: string) => {
    let r = memo.get(text);
    if (!r) {
      if (memo.size >= 4) memo.delete(memo.keys().next().value as string);
      memo.set(text, (r = engine.check(text, compiled, options)));
    }
    return r;
  };
  const r = run(c.text);
  assertWellFormed(c.text, r);
  assert.deepEqual(engine.check(c.text, compiled, options), r, 'checking the same text twice gave different results');

  // One pass of --fix: the applied findings are gone from the re-check (same rule and message where they were).
  const pass = engine.applyFixes(c.text, r.findings, { onlyFixable: true });
  assert.equal(pass.applied.length + pass.skipped.length, r.findings.length, 'applyFixes lost findings');
  const reversed = engine.applyFixes(c.text, [...r.findings].reverse(), { onlyFixable: true });
  assert.equal(reversed.text, pass.text, 'applyFixes depends on the order of the findings');
  if (pass.applied.length > 0) {
    const edits = pass.applied.flatMap((f) => f.fixes[0].edits).sort((a, b) => a.offset - b.offset || a.length - b.length);
    const again = run(pass.text);
    assertWellFormed(pass.text, again);
    for (const f of pass.applied) {
      const start = mapOffset(f.offset, edits);
      const end = mapOffset(f.offset + f.length, edits);
      const left = again.findings.find((g) => g.rule === f.rule && g.message === f.message && g.offset < Math.max(end, start + 1) && start < g.offset + g.length);
      assert.equal(left, undefined, `the fix "${f.fixes[0].title}" of ${show(f)} did not cure it; after the fix: ${left && show(left)}`);
    }
  }

  // The whole of --fix (passes until nothing is left to fix): a second run changes nothing.
  const fixed = fix.fixText(c.text, r, run);
  assertWellFormed(fixed.text, fixed.result);
  const second = fix.fixText(fixed.text, fixed.result, run);
  assert.equal(second.text, fixed.text, `a second --fix changed the text again (${second.fixed} more fixes)`);

  // Every preferred fix applied at once (not only the fixable ones), as a person accepting each would: a text that checks.
  const all = engine.applyFixes(c.text, r.findings);
  assertWellFormed(all.text, run(all.text));

  // A draft under a comment that disables every rule, with nothing enabling one again, has no findings.
  if (!/factlint-enable/i.test(c.text)) {
    const quiet = engine.check(`<!-- factlint-disable -->\n\n${c.text}`, compiled, options);
    assert.deepEqual(quiet.findings.map(show), [], 'findings under <!-- factlint-disable -->');
  }

  for (const h of c.hovers) {
    const at = Math.round((h / 1000) * c.text.length);
    for (const card of engine.describeAt(c.text, compiled, options, at)) assert.equal(typeof card.kind, 'string');
  }
}

/** A facts error's position lies in the text it names. */
function assertErrorPlace(e: { file: string; line: number; column: number; message: string }, inputs: TableInput[]): void {
  const input = inputs.find((i) => i.name === e.file);
  assert.ok(input, `error names a table that was not loaded: ${JSON.stringify(e)}`);
  const text = input.text.replace(/^\uFEFF/, '');
  const lines = text.split(/\r\n|\r|\n/);
  assert.ok(Number.isInteger(e.line) && e.line >= 1 && e.line <= lines.length, `error line ${e.line} outside 1..${lines.length}: ${engine.formatFactsError(e)}`);
  const width = lines[e.line - 1].length;
  assert.ok(Number.isInteger(e.column) && e.column >= 1 && e.column <= width + 1, `error column ${e.column} outside 1..${width + 1}: ${engine.formatFactsError(e)}`);
  assert.ok(e.message.trim().length > 0, `empty message at ${e.file}:${e.line}:${e.column}`);
  assertWords(e.message, `garbled message: ${engine.formatFactsError(e)}`);
  assert.match(engine.formatFactsError(e), /^.+:\d+:\d+: \S/);
}

/** What loading a generated table gave, for the checks that follow. */
export interface TableOutcome {
  /** The tables' compiled facts, when they loaded without errors. */
  compiled?: CompiledFacts;
  /** The same, written by the table cache's serialiser and read back. */
  restored?: CompiledFacts;
  /** Their errors. */
  errors: number;
}

/**
 * One table set: `parseTable` and `loadTables` never throw, every error has a place in its file
 * and words, a table written by the contract's rules (`clean`) loads without errors, and a set
 * without errors compiles, and survives the table cache's serialising unchanged.
 */
export function checkTables(inputs: TableInput[], clean: boolean): TableOutcome {
  for (const input of inputs) {
    const one = engine.parseTable(input);
    for (const e of one.errors) assertErrorPlace(e, [input]);
  }
  const loaded = engine.loadTables(inputs);
  for (const e of loaded.errors) assertErrorPlace(e, inputs);
  if (clean) assert.deepEqual(loaded.errors.map(engine.formatFactsError), [], 'a table written by the rules of the contract has errors');
  if (loaded.errors.length > 0) return { errors: loaded.errors.length };
  const compiled = engine.compileFacts(loaded.facts);
  const parts = engine.serializeCompiled(compiled);
  const bytes = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    bytes.set(p, at);
    at += p.length;
  }
  const restored = engine.deserializeCompiled(bytes);
  assert.ok(restored, 'the table cache could not read back what it wrote');
  return { compiled, restored, errors: 0 };
}

/** Drafts checked against each generated table that loads. */
export const DRAFTS_PER_TABLE = 2;

/**
 * One generated table, alone or after the default table: it loads or gives placed errors; when
 * it loads, drafts written from its own forms check well (`checkDraft`), and the same with the
 * facts the table cache read back.
 */
export function checkTableCase(t: TableCase, defaultText: string): void {
  const own: TableInput = { name: 'fuzz.facts.yaml', file: 'fuzz.facts.yaml', text: t.text };
  const inputs = t.withDefault ? [{ name: 'default', file: null, text: defaultText }, own] : [own];
  const outcome = checkTables(inputs, t.clean && !t.withDefault);
  if (!outcome.compiled || !outcome.restored) return;
  const drafts = fc.sample(new DraftArbitraries(vocabularyOf(outcome.compiled.facts)).draft, { seed: t.draftSeed, numRuns: DRAFTS_PER_TABLE });
  for (const d of drafts) {
    try {
      checkDraft(d, outcome.compiled);
      assert.deepEqual(engine.check(d.text, outcome.restored, optionsOf(d)), engine.check(d.text, outcome.compiled, optionsOf(d)), 'the facts read back from the table cache check differently');
    } catch (e) {
      if (e instanceof Error) e.message += `\nin a draft checked against the table: ${JSON.stringify(d)}`;
      throw e;
    }
  }
}
