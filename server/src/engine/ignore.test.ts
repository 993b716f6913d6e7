import assert from 'node:assert/strict';
import { check } from './index';
import { facts } from './rules/testing';

describe('ignore (.factlint.yaml)', () => {
  const text = 'Loans from the RBD rose under the Zenda Treaty; the RBD said so.';
  const rules = (ignore: { text: string; rule?: 'acronym' | 'term' | 'name' }[]) => check(text, facts(), { format: 'markdown', articleDate: '2025-03-01', today: '2026-11-21', ignore }).findings.map((f) => `${f.rule} ${f.text}`);

  it('leaves out every finding whose flagged text an entry names, for its rule or any', () => {
    assert.deepEqual(rules([]), ['acronym RBD', 'term Zenda Treaty', 'acronym RBD']);
    assert.deepEqual(rules([{ text: 'RBD' }]), ['term Zenda Treaty']);
    assert.deepEqual(rules([{ text: 'RBD', rule: 'acronym' }, { text: 'Zenda  Treaty' }]), []);
    assert.deepEqual(rules([{ text: 'RBD', rule: 'name' }, { text: 'Zenda' }]), ['acronym RBD', 'term Zenda Treaty', 'acronym RBD'], 'another rule, or part of the text, is no match');
  });
});
