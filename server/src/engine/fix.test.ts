import * as assert from 'node:assert/strict';
import { applyFixes } from './fix';
import type { Edit, Finding } from './types';

/** A finding over `text[offset, offset+length)` with the given fixes (each a list of edits). */
function finding(offset: number, length: number, ...fixes: Edit[][]): Finding {
  return {
    rule: 'acronym',
    severity: 'error',
    message: `at ${offset}`,
    offset,
    length,
    text: '',
    fixes: fixes.map((edits, i) => ({ title: `fix ${i}`, edits })),
    fixable: fixes.length === 1,
    fact: { table: 't', file: null, line: 1 },
  };
}

/** A finding whose one fix replaces its own range with `replacement`. */
function replace(offset: number, length: number, replacement: string): Finding {
  return finding(offset, length, [{ offset, length, text: replacement }]);
}

describe('applyFixes', () => {
  it('applies_a_single_replacement', () => {
    const f = replace(4, 4, 'FOIP');
    const r = applyFixes('The FIOP plan', [f], { onlyFixable: true });
    assert.equal(r.text, 'The FOIP plan');
    assert.deepEqual(r.applied, [f]);
    assert.deepEqual(r.skipped, []);
  });

  it('applies_several_fixes_whatever_their_order', () => {
    const text = 'aa FIOP bb FIOP cc';
    const a = replace(3, 4, 'FOIP');
    const b = replace(11, 4, 'FOIP');
    const forward = applyFixes(text, [a, b], { onlyFixable: true });
    const backward = applyFixes(text, [b, a], { onlyFixable: true });
    assert.equal(forward.text, 'aa FOIP bb FOIP cc');
    assert.deepEqual(backward, forward);
    assert.deepEqual(forward.applied, [a, b]);
  });

  it('handles_replacements_that_change_length', () => {
    const r = applyFixes('x FM y FM z', [replace(2, 2, 'Foreign Minister'), replace(7, 2, '')]);
    assert.equal(r.text, 'x Foreign Minister y  z');
  });

  it('skips_ambiguous_findings_in_only_fixable_mode', () => {
    const f = finding(0, 4, [{ offset: 0, length: 4, text: 'A' }], [{ offset: 0, length: 4, text: 'B' }]);
    const r = applyFixes('FIOP', [f], { onlyFixable: true });
    assert.equal(r.text, 'FIOP');
    assert.deepEqual(r.applied, []);
    assert.deepEqual(r.skipped, [f]);
  });

  it('skips_a_single_fix_the_finding_marks_not_fixable', () => {
    const f = { ...replace(0, 4, 'FOIP'), fixable: false };
    const r = applyFixes('FIOP', [f], { onlyFixable: true });
    assert.equal(r.text, 'FIOP');
    assert.deepEqual(r.skipped, [f]);
  });

  it('applies_the_first_of_several_fixes_when_the_finding_is_fixable', () => {
    const f = { ...finding(0, 4, [{ offset: 0, length: 4, text: 'A' }], [{ offset: 0, length: 4, text: 'B' }]), fixable: true };
    assert.equal(applyFixes('FIOP', [f], { onlyFixable: true }).text, 'A');
  });

  it('applies_the_preferred_fix_when_ambiguity_is_allowed', () => {
    const f = finding(0, 4, [{ offset: 0, length: 4, text: 'A' }], [{ offset: 0, length: 4, text: 'B' }]);
    assert.equal(applyFixes('FIOP', [f]).text, 'A');
  });

  it('skips_findings_without_fixes', () => {
    const f = finding(0, 4);
    const r = applyFixes('FIOP', [f]);
    assert.equal(r.text, 'FIOP');
    assert.deepEqual(r.skipped, [f]);
  });

  it('skips_a_finding_that_overlaps_one_already_taken', () => {
    const first = replace(0, 6, 'ABCDEF');
    const second = replace(4, 4, 'WXYZ');
    const r = applyFixes('abcdefgh', [second, first], { onlyFixable: true });
    assert.equal(r.text, 'ABCDEFgh');
    assert.deepEqual(r.applied, [first]);
    assert.deepEqual(r.skipped, [second]);
  });

  it('allows_adjacent_edits', () => {
    const r = applyFixes('abcd', [replace(0, 2, 'AB'), replace(2, 2, 'CD')]);
    assert.equal(r.text, 'ABCD');
    assert.equal(r.applied.length, 2);
  });

  it('allows_an_insertion_at_the_edge_of_a_replacement', () => {
    const insert = finding(2, 0, [{ offset: 2, length: 0, text: '+' }]);
    const r = applyFixes('abcd', [replace(2, 2, 'CD'), insert, replace(0, 2, 'AB')]);
    assert.equal(r.text, 'AB+CD');
    assert.equal(r.applied.length, 3);
  });

  it('skips_an_insertion_inside_a_replacement', () => {
    const insert = finding(3, 0, [{ offset: 3, length: 0, text: '+' }]);
    const r = applyFixes('abcd', [replace(2, 2, 'CD'), insert]);
    assert.equal(r.text, 'abCD');
    assert.deepEqual(r.skipped, [insert]);
  });

  it('skips_a_second_insertion_at_the_same_place', () => {
    const a = finding(1, 0, [{ offset: 1, length: 0, text: 'X' }]);
    const b = finding(1, 0, [{ offset: 1, length: 0, text: 'Y' }]);
    const r = applyFixes('ab', [a, b]);
    assert.equal(r.applied.length, 1);
    assert.equal(r.skipped.length, 1);
    assert.equal(applyFixes('ab', [b, a]).text, r.text);
  });

  it('applies_a_fix_with_several_edits_together', () => {
    const f = finding(0, 1, [
      { offset: 6, length: 1, text: 'Z' },
      { offset: 0, length: 1, text: 'A' },
    ]);
    assert.equal(applyFixes('abcdefg', [f], { onlyFixable: true }).text, 'AbcdefZ');
  });

  it('skips_a_fix_whose_own_edits_overlap', () => {
    const f = finding(0, 3, [
      { offset: 0, length: 3, text: 'X' },
      { offset: 2, length: 2, text: 'Y' },
    ]);
    const r = applyFixes('abcdef', [f]);
    assert.equal(r.text, 'abcdef');
    assert.deepEqual(r.skipped, [f]);
  });

  it('skips_a_fix_with_edits_outside_the_text', () => {
    const f = replace(3, 5, 'X');
    const r = applyFixes('abcd', [f]);
    assert.equal(r.text, 'abcd');
    assert.deepEqual(r.skipped, [f]);
  });

  it('a_skipped_finding_does_not_block_later_ones', () => {
    const bad = finding(0, 4, [
      { offset: 0, length: 4, text: 'X' },
      { offset: 1, length: 1, text: 'Y' },
    ]);
    const good = replace(2, 2, 'CD');
    const r = applyFixes('abcd', [bad, good]);
    assert.equal(r.text, 'abCD');
    assert.deepEqual(r.applied, [good]);
  });

  it('counts_utf16_code_units', () => {
    const text = '😀 FIOP';
    const r = applyFixes(text, [replace(3, 4, 'FOIP')]);
    assert.equal(r.text, '😀 FOIP');
  });
});
