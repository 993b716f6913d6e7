import assert from 'node:assert/strict';
import * as path from 'node:path';
import type * as Format from '../client/src/format';

// Compiled tests live in test/out, the compiled client in client/out; format.ts needs no `vscode`.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { statusTooltip } = require(path.resolve(__dirname, '../../client/out/format')) as typeof Format;

describe('the status bar tooltip', () => {
  const base = { articleDate: '2026-03-04', facts: 12, tables: [], stale: false, skipped: [] };
  const tables = [{ label: 'default table', href: 'file:///x' }];

  it('says the year is a guess when a dateline or date is written without one', () => {
    const md = statusTooltip({ ...base, articleDateSource: 'dateline', articleDateGuessed: true }, tables);
    assert.match(md, /article date \*\*2026-03-04\*\*, from the dateline\. The year is a guess: the date is written without one\./);
  });

  it('says nothing more for a sure date, or for a source that names its guess already', () => {
    assert.doesNotMatch(statusTooltip({ ...base, articleDateSource: 'dateline', articleDateGuessed: false }, tables), /guess/);
    const today = statusTooltip({ ...base, articleDateSource: 'today', articleDateGuessed: true }, tables);
    assert.doesNotMatch(today, /The year is a guess/);
  });
});
