import assert from 'node:assert/strict';
import { hoverMarkdown } from './hover';

const at = { table: 'default', file: null, line: 486, column: 5 };

describe('hover cards', () => {
  it('end each line with a hard break so Markdown keeps them apart', () => {
    const md = hoverMarkdown([{ kind: 'acronym', text: 'FOIP', acronym: { short: 'FOIP', expansion: 'Free and Open Indo-Pacific', variants: ['FIOP'], source: 'mofa.go.jp', at }, at }]);
    assert.equal(md, '**FOIP**: Free and Open Indo-Pacific  \nKnown wrong forms: FIOP  \nSource: _mofa.go.jp_\n\n<sub>factlint · default table, line 486</sub>');
  });

  it('list a person\'s roles, the one held at the governing date in bold', () => {
    const md = hoverMarkdown([
      {
        kind: 'person',
        text: 'Misri',
        person: { name: 'Vikram Misri', aliases: ['Misri'], roles: [], at },
        roles: [
          { title: 'Deputy National Security Advisor', country: 'India', from: '2022-01-01', to: '2024-06-30', current: false },
          { title: 'Foreign Secretary', country: 'India', from: '2024-07-15', current: true, source: 'deccanchronicle' },
        ],
        at,
      },
    ]);
    assert.match(md, /^\*\*Vikram Misri\*\* {2}\nAlso written: Misri\n\n- Deputy National Security Advisor \(India\), 2022-01-01 to 2024-06-30\n- \*\*Foreign Secretary \(India\)\*\*, since 2024-07-15 — _deccanchronicle_\n/);
  });
});
