import * as assert from 'node:assert/strict';
import { buildReport, type ReportFinding } from '../report';
import type { Severity } from '../../engine';
import { stylish } from './stylish';

function finding(line: number, column: number, severity: Severity, message: string, fixes = 0): ReportFinding {
  const fix = { title: 'fix', edits: [{ offset: 0, length: 1, text: 'x' }] };
  return {
    rule: 'term',
    severity,
    message,
    line,
    column,
    endLine: line,
    endColumn: column + 1,
    offset: 0,
    length: 1,
    text: 'x',
    fixes: Array.from({ length: fixes }, () => fix),
    fixable: fixes === 1,
    fact: null,
  };
}

const ctx = { color: false, cwd: '/', version: '0.0.0', rules: [], ruleDoc: () => undefined };

describe('stylish formatter', () => {
  it('prints_nothing_when_there_are_no_findings', () => {
    assert.equal(stylish(buildReport([{ path: 'a.md', articleDate: '2026-01-01', articleDateSource: 'front-matter', articleDateGuessed: false, findings: [] }]), ctx), '');
  });

  it('aligns_columns_and_counts_each_severity_in_the_singular_and_plural', () => {
    const report = buildReport([
      { path: 'clean.md', articleDate: '2026-01-01', articleDateSource: 'front-matter', articleDateGuessed: false, findings: [] },
      {
        path: 'a.md',
        articleDate: '2026-01-01',
        articleDateSource: 'front-matter',
        articleDateGuessed: false,
        findings: [finding(2, 10, 'warning', 'long message here'), finding(120, 3, 'info', 'short', 1), finding(121, 4, 'info', 'two fixes', 2)],
      },
    ]);
    assert.equal(
      stylish(report, ctx),
      [
        'a.md',
        '  article date 2026-01-01 (front matter)',
        '    2:10  warning  long message here  term',
        '  120:3   info     short              term',
        '  121:4   info     two fixes          term',
        '',
        '✖ 3 problems (0 errors, 1 warning, 2 infos)',
        '  1 fixable with --fix',
        '',
      ].join('\n'),
    );
  });

  it('says_once_per_file_when_the_article_date_is_a_guess', () => {
    const at = (articleDateSource: string, articleDateGuessed: boolean) =>
      stylish(buildReport([{ path: 'a.md', articleDate: '2026-12-05', articleDateSource, articleDateGuessed, findings: [finding(1, 1, 'error', 'm'), finding(2, 1, 'error', 'n')] }]), ctx).split('\n')[1];
    assert.equal(at('today', true), "  article date 2026-12-05 (no date found: judged at today's date)");
    assert.equal(at('dateline', true), '  article date 2026-12-05 (dateline without a year: year guessed)');
    assert.equal(at('dateline', false), '  article date 2026-12-05 (dateline)');
  });

  it('wraps_messages_to_the_terminal_width_keeping_the_rule_on_the_first_line', () => {
    const long = 'As of 2026-03-06, the default table says Vikram Misri is Foreign Secretary (since 2024-07-15), not External Affairs Minister — default table';
    const report = buildReport([{ path: 'a.md', articleDate: '2026-01-01', articleDateSource: 'front-matter', articleDateGuessed: false, findings: [finding(8, 1, 'info', long), finding(13, 15, 'error', 'short')] }]);
    const lines = stylish(report, { ...ctx, width: 80 }).split('\n');
    for (const line of lines) assert.ok(line.length <= 80, `${line.length}: ${line}`);
    assert.match(lines[2], /^ {3}8:1 {3}info {3}As of 2026-03-06, .* term$/);
    const column = lines[2].indexOf('As of');
    assert.ok(lines[3].startsWith(' '.repeat(column)) && lines[3][column] !== ' ' && !lines[3].includes('term'), lines[3]);
    assert.equal(lines.filter((l) => l.endsWith('term')).length, 2, 'the rule once per finding');
    // The words are all there, in order.
    assert.equal(lines.slice(2, lines.findIndex((l) => l.includes('13:15'))).map((l) => l.slice(column).replace(/ +term$/, '')).join(' '), long);
    // No width (a file, a pipe): one line per finding.
    assert.equal(stylish(report, ctx).split('\n').filter((l) => l.includes('As of')).length, 1);
  });

  it('says_what_fix_would_fix_when_the_run_worked_it_out', () => {
    const report = buildReport([{ path: 'a.md', articleDate: '2026-12-05', articleDateSource: 'today', articleDateGuessed: true, findings: [finding(1, 1, 'error', 'm', 1)] }]);
    assert.ok(stylish(report, { ...ctx, fixable: 2 }).endsWith('  2 fixable with --fix\n'));
  });

  it('counts_only_findings_marked_fixable', () => {
    const guessed = { ...finding(1, 1, 'error', 'm', 1), fixable: false };
    const chosen = { ...finding(2, 1, 'error', 'n', 2), fixable: true };
    const out = stylish(buildReport([{ path: 'a.md', articleDate: '2026-12-05', articleDateSource: 'today', articleDateGuessed: true, findings: [guessed, chosen] }]), ctx);
    assert.ok(out.endsWith('  1 fixable with --fix\n'), out);
  });

  it('quotes_a_path_with_control_characters_and_escapes_them_in_paths_and_messages', () => {
    const at = (path: string, message: string) =>
      stylish(buildReport([{ path, articleDate: '2026-01-01', articleDateSource: 'front-matter', articleDateGuessed: false, findings: [finding(1, 1, 'error', message)] }]), ctx).split('\n');
    const lines = at('x\n::warning file=evil.md::pwned.md', 'says \u001b[31mred\u001b[0m\r\nand more');
    assert.equal(lines[0], '"x\\n::warning file=evil.md::pwned.md"');
    assert.equal(lines[2], '  1:1  error  says \\u001b[31mred\\u001b[0m\\r\\nand more  term');
    assert.deepEqual(lines.filter((l) => l.trimStart().startsWith('::')), []);
    // Quotes and backslashes in a name are escaped only when it is quoted; a plain name stays as it is.
    assert.equal(at('say "hi"\\.md', 'm')[0], '"say \\"hi\\"\\\\.md"');
    assert.equal(at('drafts/é 100%.md', 'm')[0], 'drafts/é 100%.md');
  });

  it('colours_only_when_asked', () => {
    const report = buildReport([{ path: 'a.md', articleDate: '2026-01-01', articleDateSource: 'front-matter', articleDateGuessed: false, findings: [finding(1, 1, 'error', 'm')] }]);
    assert.ok(!stylish(report, ctx).includes('\u001b['));
    assert.ok(stylish(report, { ...ctx, color: true }).includes('\u001b[31merror'));
  });
});
