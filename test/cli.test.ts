/**
 * End-to-end tests of the `factlint` command: the real `bin/factlint.js` run over temporary
 * folders, with exact stdout, stderr and exit codes. Each folder brings its own facts table and
 * runs with --no-default-facts (or `defaultFacts: false`), so nothing depends on the default table.
 * Most tests rely only on the acronym rule: a listed variant ("FIOP") is always an `acronym`
 * finding with one fix.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { factlint, folder, MESSAGE_START, OWN, removeFolders, ROOT, TABLE, type Run } from './cli-helpers';
import * as os from 'node:os';
import * as path from 'node:path';

/** JSON output, after checking it is one pretty-printed document. */
function json(r: Run): Report {
  assert.equal(r.stderr, '');
  const doc = JSON.parse(r.stdout) as Report;
  assert.equal(r.stdout, JSON.stringify(doc, null, 2) + '\n');
  return doc;
}

interface Report {
  version: number;
  files: { path: string; articleDate: string; findings: { rule: string; severity: string; message: string; line: number; column: number; fact: { table: string; file: string | null; line: number } }[] }[];
  summary: { files: number; errors: number; warnings: number; infos: number };
}

/** The message of the first finding in `file`, checked against our own table. */
function messageOf(dir: string, file: string): string {
  const message = json(factlint(dir, [...OWN, '--format', 'json', file])).files[0].findings[0].message;
  assert.match(message, MESSAGE_START);
  return message;
}

/** Every file under `dir`, relative, sorted. */
function listing(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[]).map((p) => p.split(path.sep).join('/')).sort();
}

/** Makes a named pipe (POSIX only). */
function mkfifo(file: string): void {
  const r = spawnSync('mkfifo', [file]);
  assert.equal(r.status, 0, String(r.stderr));
}

function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

describe('factlint CLI (end to end)', function () {
  this.timeout(30000);

  before(() => {
    assert.ok(fs.existsSync(path.join(ROOT, 'server', 'out', 'cli', 'main.js')), 'build first: npx tsc -b');
  });

  afterEach(() => {
    removeFolders();
  });

  describe('json format', () => {
    it('prints_exactly_the_contract_document', () => {
      const dir = folder({ 't.facts.yaml': TABLE, 'a.md': 'We back the FIOP vision.\n' });
      const r = factlint(dir, [...OWN, '--format', 'json', '--date', '2026-03-06', 'a.md']);
      const message = (JSON.parse(r.stdout) as Report).files[0].findings[0].message;
      assert.match(message, MESSAGE_START);
      const expected = {
        version: 1,
        files: [
          {
            path: 'a.md',
            articleDate: '2026-03-06',
            articleDateSource: 'option',
            articleDateGuessed: false,
            findings: [
              {
                rule: 'acronym',
                severity: 'error',
                message,
                line: 1,
                column: 13,
                endLine: 1,
                endColumn: 17,
                offset: 12,
                length: 4,
                text: 'FIOP',
                fixes: [{ title: 'Replace "FIOP" with "FOIP"', edits: [{ offset: 12, length: 4, text: 'FOIP' }] }],
                fixable: true,
                fact: { table: 't.facts.yaml', file: 't.facts.yaml', line: 3 },
              },
            ],
          },
        ],
        summary: { files: 1, errors: 1, warnings: 0, infos: 0 },
      };
      assert.equal(r.stdout, JSON.stringify(expected, null, 2) + '\n');
      assert.equal(r.stderr, '');
      assert.equal(r.code, 1);
    });

    it('lists_clean_files_too_sorted_by_path', () => {
      const dir = folder({ 't.facts.yaml': TABLE, 'b.md': 'Nothing here.\n', 'a.md': 'FIOP\n', 'sub/c.txt': 'FIOP FIOP\n' });
      const doc = json(factlint(dir, [...OWN, '--format', 'json', '--date', '2026-03-06', 'sub', 'b.md', 'a.md']));
      assert.deepEqual(
        doc.files.map((f) => [f.path, f.findings.length]),
        [['a.md', 1], ['b.md', 0], ['sub/c.txt', 2]],
      );
      assert.deepEqual(doc.summary, { files: 3, errors: 3, warnings: 0, infos: 0 });
    });

    it('counts_utf16_columns_after_a_bom_on_later_lines', () => {
      const dir = folder({ 't.facts.yaml': TABLE, 'a.md': '\uFEFF😀 x\nThe FIOP\n' });
      const r = factlint(dir, [...OWN, '--format', 'json', '--date', '2026-03-06', 'a.md']);
      const f = JSON.parse(r.stdout).files[0].findings[0];
      assert.deepEqual(
        [f.line, f.column, f.endLine, f.endColumn, f.offset, f.length],
        [2, 5, 2, 9, 9, 4],
      );
    });

    it('prints_an_empty_document_when_nothing_is_found', () => {
      const dir = folder({ 't.facts.yaml': TABLE, 'a.md': 'Nothing here.\n' });
      const r = factlint(dir, [...OWN, '--format', 'json', '--date', '2026-03-06', 'a.md']);
      assert.deepEqual(json(r), {
        version: 1,
        files: [{ path: 'a.md', articleDate: '2026-03-06', articleDateSource: 'option', articleDateGuessed: false, findings: [] }],
        summary: { files: 1, errors: 0, warnings: 0, infos: 0 },
      });
      assert.equal(r.code, 0);
    });
  });

  describe('stylish format', () => {
    it('prints_aligned_lines_per_file_and_a_summary', () => {
      const dir = folder({
        't.facts.yaml': TABLE,
        'a.md': 'We back the FIOP vision.\n' + '\n'.repeat(8) + 'FIOP again.\n',
        'b.md': 'clean\n',
        'c.txt': 'x FIOP\n',
      });
      const message = messageOf(dir, 'a.md');
      const r = factlint(dir, [...OWN, '--date', '2026-03-06', '.']);
      assert.equal(
        r.stdout,
        [
          'a.md',
          '  article date 2026-03-06 (--date or .factlint.yaml)',
          `   1:13  error  ${message}  acronym`,
          `  10:1   error  ${message}  acronym`,
          '',
          'c.txt',
          '  article date 2026-03-06 (--date or .factlint.yaml)',
          `  1:3  error  ${message}  acronym`,
          '',
          '✖ 3 problems (3 errors, 0 warnings, 0 infos)',
          '  3 fixable with --fix',
          '',
        ].join('\n'),
      );
      assert.equal(r.stderr, '');
      assert.equal(r.code, 1);
    });

    it('prints_nothing_for_a_clean_run', () => {
      const dir = folder({ 't.facts.yaml': TABLE, 'a.md': 'Nothing to see.\n' });
      const r = factlint(dir, [...OWN, 'a.md']);
      assert.deepEqual(r, { code: 0, stdout: '', stderr: '' });
    });

    it('uses_colour_only_when_asked_or_forced', () => {
      const dir = folder({ 't.facts.yaml': TABLE, 'a.md': 'FIOP\n' });
      const esc = '\u001b[';
      assert.ok(!factlint(dir, [...OWN, 'a.md']).stdout.includes(esc), 'no colour in a pipe');
      assert.ok(factlint(dir, [...OWN, '--color', 'a.md']).stdout.includes(`${esc}31merror`), '--color');
      assert.ok(factlint(dir, [...OWN, 'a.md'], { env: { FORCE_COLOR: '1' } }).stdout.includes(esc), 'FORCE_COLOR');
      assert.ok(!factlint(dir, [...OWN, 'a.md'], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout.includes(esc), 'NO_COLOR');
      assert.ok(!factlint(dir, [...OWN, '--no-color', 'a.md'], { env: { FORCE_COLOR: '1' } }).stdout.includes(esc), '--no-color');
    });
  });

  describe('rules, warnings and exit codes', () => {
    it('rule_off_silences_a_rule', () => {
      const dir = folder({ 't.facts.yaml': TABLE, 'a.md': 'FIOP\n' });
      assert.deepEqual(factlint(dir, [...OWN, '--rule', 'acronym=off', 'a.md']), { code: 0, stdout: '', stderr: '' });
    });

    it('warnings_exit_0_unless_over_max_warnings', () => {
      const dir = folder({ 't.facts.yaml': TABLE, 'a.md': 'FIOP and FIOP\n' });
      const warn = [...OWN, '--rule', 'acronym=warning', 'a.md'];
      const plain = factlint(dir, warn);
      assert.equal(plain.code, 0);
      assert.ok(plain.stdout.includes('✖ 2 problems (0 errors, 2 warnings, 0 infos)\n'), plain.stdout);
      assert.equal(factlint(dir, [...warn, '--max-warnings', '2']).code, 0);
      const over = factlint(dir, [...warn, '--max-warnings', '1']);
      assert.equal(over.code, 1);
      assert.equal(over.stderr, 'factlint: too many warnings (2; --max-warnings is 1)\n');
    });

    it('info_findings_never_fail_the_run', () => {
      const dir = folder({ 't.facts.yaml': TABLE, 'a.md': 'FIOP\n' });
      const r = factlint(dir, [...OWN, '--rule', 'acronym=info', '--max-warnings', '0', 'a.md']);
      assert.equal(r.code, 0);
      assert.ok(r.stdout.includes('  1:1  info  '), r.stdout);
    });

    it('refuses_an_unknown_rule_with_exit_2', () => {
      const dir = folder({ 't.facts.yaml': TABLE, 'a.md': 'FIOP\n' });
      const r = factlint(dir, [...OWN, '--rule', 'x=bogus', 'a.md']);
      assert.equal(r.code, 2);
      assert.equal(r.stdout, '');
      assert.match(r.stderr, /^factlint: --rule x=bogus names no rule "x"; rules: acronym, .*weekday\nUsage: factlint /);
    });

    it('refuses_an_unknown_level_with_exit_2', () => {
      const dir = folder({ 'a.md': 'FIOP\n' });
      const r = factlint(dir, ['--rule', 'acronym=bogus', 'a.md']);
      assert.equal(r.code, 2);
      assert.equal(r.stderr.split('\n')[0], 'factlint: --rule acronym=bogus: the level must be off, info, warning, error');
    });

    it('refuses_bad_flag_values_with_exit_2', () => {
      const dir = folder({ 'a.md': 'x\n' });
      const cases: [string[], string][] = [
        [['--date', '2025-02-30'], 'factlint: --date needs a real date written YYYY-MM-DD, not "2025-02-30"'],
        [['--max-warnings', 'many'], 'factlint: --max-warnings needs a whole number 0 or more, not "many"'],
        [['--format', 'xml'], 'factlint: unknown format "xml"; use stylish or json or sarif or github or junit'],
        [['--output-file='], 'factlint: --output-file needs a file name'],
        [['--bogus'], "factlint: unknown option '--bogus'"],
        [['--concurrency', '0'], 'factlint: --concurrency needs a whole number 1 or more, auto or off, not "0"'],
        [['--concurrency', 'all'], 'factlint: --concurrency needs a whole number 1 or more, auto or off, not "all"'],
      ];
      for (const [args, first] of cases) {
        const r = factlint(dir, [...args, 'a.md']);
        assert.equal(r.code, 2, args.join(' '));
        assert.equal(r.stdout, '');
        assert.ok(r.stderr.startsWith(first), r.stderr);
        assert.ok(r.stderr.includes('"factlint --help" lists the options'), r.stderr);
      }
    });

    it('help_lists_every_flag_and_exits_0', () => {
      const r = factlint(os.tmpdir(), ['--help']);
      assert.equal(r.code, 0);
      assert.ok(r.stdout.startsWith('Usage: factlint [options] [paths or globs ...]\n'));
      for (const flag of ['--facts FILE', '--no-default-facts', '--date YYYY-MM-DD', '--format NAME', '-o, --output-file FILE', '--quiet', '--changed [BASE]', '--fix',
        '--max-warnings N', '--rule ID=LEVEL', '--stdin ', '--stdin-filename NAME', '--color, --no-color', '--concurrency N|auto|off', '-h, --help', '--version']) {
        assert.ok(r.stdout.includes(`  ${flag}`), flag);
      }
    });

    it('version_prints_the_package_version', () => {
      const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
      assert.deepEqual(factlint(os.tmpdir(), ['--version']), { code: 0, stdout: `${pkg.version}\n`, stderr: '' });
    });
  });

  describe('facts tables', () => {
    it('a_bad_table_is_exit_2_with_file_line_column_and_nothing_checked', () => {
      const dir = folder({
        't.facts.yaml': TABLE,
        'bad.facts.yaml': 'version: 1\nacronyms:\n  - short: FOIP\n    expanson: Free and Open Indo-Pacific\n',
        'a.md': 'FIOP\n',
      });
      const r = factlint(dir, [...OWN, '--facts', 'bad.facts.yaml', '--format', 'json', 'a.md']);
      assert.equal(r.code, 2);
      assert.equal(r.stdout, '');
      // Every problem in the table is reported, each with its file, line and column.
      assert.match(r.stderr, /^factlint: bad\.facts\.yaml:4:5: .*"expanson"/m);
      for (const line of r.stderr.trimEnd().split('\n')) assert.match(line, /^factlint: bad\.facts\.yaml:\d+:\d+: ./);
    });

    it('a_missing_table_is_exit_2', () => {
      const dir = folder({ 'a.md': 'FIOP\n' });
      const r = factlint(dir, ['--no-default-facts', '--facts', 'missing.facts.yaml', 'a.md']);
      assert.deepEqual(r, {
        code: 2,
        stdout: '',
        stderr: 'factlint: --facts: facts table missing.facts.yaml does not exist\n',
      });
    });

    it('no_default_facts_checks_against_the_given_tables_only', () => {
      const dir = folder({ 'a.md': 'We back the FIOP vision.\n' });
      assert.deepEqual(factlint(dir, ['--no-default-facts', 'a.md']), { code: 0, stdout: '', stderr: '' });
    });

    it('loads_the_embedded_default_table_without_no_default_facts (needs FOIP in facts/default.facts.yaml)', () => {
      const dir = folder({ 'a.md': 'We back the FIOP vision.\n' });
      const r = factlint(dir, ['--format', 'json', 'a.md']);
      const facts = json(r).files[0].findings.map((f) => f.fact);
      assert.ok(facts.length > 0 && facts.every((f) => f.table === 'default' && f.file === null), r.stdout);
    });
  });

  describe('.factlint.yaml', () => {
    const CONFIG = 'defaultFacts: false\nfacts: [tables/t.facts.yaml]\n';

    it('is_found_upwards_with_table_paths_relative_to_it', () => {
      const dir = folder({ '.factlint.yaml': CONFIG, 'tables/t.facts.yaml': TABLE, 'drafts/deep/a.md': 'FIOP\n' });
      const fromRoot = json(factlint(dir, ['--format', 'json', 'drafts']));
      assert.equal(fromRoot.files[0].path, 'drafts/deep/a.md');
      assert.deepEqual(fromRoot.files[0].findings[0].fact, { table: 'tables/t.facts.yaml', file: 'tables/t.facts.yaml', line: 3 });
      const fromDrafts = json(factlint(path.join(dir, 'drafts'), ['--format', 'json', 'deep/a.md']));
      assert.equal(fromDrafts.files[0].path, 'deep/a.md');
      assert.equal(fromDrafts.files[0].findings[0].fact.file, '../tables/t.facts.yaml');
    });

    it('the_nearest_config_wins_and_the_cli_wins_over_it', () => {
      const dir = folder({
        '.factlint.yaml': CONFIG,
        'tables/t.facts.yaml': TABLE,
        'top.md': 'FIOP\n',
        'drafts/.factlint.yaml': 'defaultFacts: false\nfacts: [tables/t.facts.yaml]\nrules: {acronym: warning}\n',
        'drafts/tables/t.facts.yaml': TABLE,
        'drafts/a.md': 'FIOP\n',
      });
      const severities = (r: Run) => json(r).files.map((f) => [f.path, f.findings[0].severity]);
      assert.deepEqual(severities(factlint(dir, ['--format', 'json', '.'])), [
        ['drafts/a.md', 'warning'],
        ['top.md', 'error'],
      ]);
      assert.deepEqual(severities(factlint(dir, ['--format', 'json', '--rule', 'acronym=info', '.'])), [
        ['drafts/a.md', 'info'],
        ['top.md', 'info'],
      ]);
    });

    it('gives_the_article_date_unless_date_is_passed', () => {
      const dir = folder({ '.factlint.yaml': CONFIG + 'date: 2025-05-01\n', 'tables/t.facts.yaml': TABLE, 'a.md': 'x\n' });
      assert.equal(json(factlint(dir, ['--format', 'json', 'a.md'])).files[0].articleDate, '2025-05-01');
      assert.equal(json(factlint(dir, ['--format', 'json', '--date', '2024-02-29', 'a.md'])).files[0].articleDate, '2024-02-29');
    });

    it('an_unknown_key_is_exit_2_naming_file_line_column', () => {
      const dir = folder({ 'sub/.factlint.yaml': 'defaultFacts: false\nfactz: []\n', 'sub/a.md': 'FIOP\n' });
      assert.deepEqual(factlint(dir, ['sub']), {
        code: 2,
        stdout: '',
        stderr: 'factlint: sub/.factlint.yaml:2:1: unknown key "factz"; the keys are facts, defaultFacts, rules, date, ignore\n',
      });
    });

    it('a_missing_table_names_the_config_line', () => {
      const dir = folder({ '.factlint.yaml': 'defaultFacts: false\nfacts:\n  - nope.facts.yaml\n', 'a.md': 'FIOP\n' });
      assert.deepEqual(factlint(dir, ['a.md']), {
        code: 2,
        stdout: '',
        stderr: 'factlint: .factlint.yaml:3:5: facts table nope.facts.yaml does not exist\n',
      });
    });

    it('a_bad_rule_level_is_exit_2', () => {
      const dir = folder({ '.factlint.yaml': 'rules:\n  acronym: loud\n', 'a.md': 'FIOP\n' });
      const r = factlint(dir, ['a.md']);
      assert.equal(r.code, 2);
      assert.equal(r.stderr, 'factlint: .factlint.yaml:2:12: rule "acronym" must be off, info, warning, error\n');
    });
  });

  describe('files, globs and .factlintignore', () => {
    const DRAFTS = {
      't.facts.yaml': TABLE,
      'drafts/a.md': 'FIOP\n',
      'drafts/b.markdown': 'FIOP\n',
      'drafts/c.txt': 'FIOP\n',
      'drafts/d.rst': 'FIOP\n',
      'drafts/old/e.md': 'FIOP\n',
      'drafts/node_modules/pkg/f.md': 'FIOP\n',
    };
    const paths = (r: Run) => json(r).files.map((f) => f.path);

    it('searches_directories_for_md_markdown_and_txt_skipping_node_modules', () => {
      const dir = folder(DRAFTS);
      assert.deepEqual(paths(factlint(dir, [...OWN, '--format', 'json', 'drafts'])), [
        'drafts/a.md',
        'drafts/b.markdown',
        'drafts/c.txt',
        'drafts/old/e.md',
      ]);
    });

    it('checks_the_working_directory_when_given_no_paths', () => {
      const dir = folder({ 't.facts.yaml': TABLE, 'a.md': 'FIOP\n', 'sub/b.txt': 'x\n' });
      assert.deepEqual(paths(factlint(dir, [...OWN, '--format', 'json'])), ['a.md', 'sub/b.txt']);
    });

    it('expands_globs_and_deduplicates', () => {
      const dir = folder(DRAFTS);
      assert.deepEqual(paths(factlint(dir, [...OWN, '--format', 'json', 'drafts/**/*.{txt,rst}', 'drafts/c.txt', './drafts/c.txt'])), [
        'drafts/c.txt',
        'drafts/d.rst',
      ]);
    });

    it('a_path_that_matches_nothing_is_exit_2', () => {
      const dir = folder(DRAFTS);
      const r = factlint(dir, [...OWN, 'drafts', 'nope.md', 'drafts/*.doc']);
      assert.deepEqual(r, {
        code: 2,
        stdout: '',
        stderr:
          'factlint: no files matching "nope.md" were found; check the path, or quote a glob so the shell leaves it alone\n' +
          'factlint: no files matching "drafts/*.doc" were found; check the path, or quote a glob so the shell leaves it alone\n',
      });
    });

    it('honours_factlintignore_in_the_working_directory', () => {
      const dir = folder({ ...DRAFTS, '.factlintignore': '# old drafts\nold/\n*.txt\n' });
      assert.deepEqual(paths(factlint(dir, [...OWN, '--format', 'json', 'drafts'])), ['drafts/a.md', 'drafts/b.markdown']);
      // Named explicitly, an ignored file is skipped with a note naming the line that ignores it, and exit 0.
      assert.deepEqual(factlint(dir, [...OWN, 'drafts/c.txt']), {
        code: 0,
        stdout: '',
        stderr: 'factlint: drafts/c.txt was not checked: .factlintignore:3 ignores it ("*.txt"); change that line to have it checked\n',
      });
      // A glob whose every match is ignored says so.
      const r = factlint(dir, [...OWN, 'drafts/**/*.txt']);
      assert.equal(r.code, 2);
      assert.equal(r.stderr, 'factlint: all files matching "drafts/**/*.txt" are ignored by .factlintignore\n');
    });

    it('notes_an_ignored_file_named_explicitly_but_checks_the_others_and_counts_no_warning', () => {
      const dir = folder({ ...DRAFTS, '.factlintignore': 'drafts/old\n' });
      const r = factlint(dir, [...OWN, '--format', 'json', '--max-warnings', '0', 'drafts/old/e.md', 'drafts/a.md']);
      assert.equal(r.code, 1);
      assert.equal(r.stderr, 'factlint: drafts/old/e.md was not checked: .factlintignore:1 ignores it ("drafts/old"); change that line to have it checked\n');
      assert.deepEqual((JSON.parse(r.stdout) as Report).files.map((f) => f.path), ['drafts/a.md']);
      // The note is no finding: it leaves the exit code and --max-warnings alone.
      assert.equal(factlint(dir, [...OWN, '--max-warnings', '0', 'drafts/old/e.md']).code, 0);
    });

    it('walks_a_folder_holding_a_link_to_itself_once', () => {
      const dir = folder(DRAFTS);
      fs.symlinkSync('.', path.join(dir, 'drafts', 'again'));
      assert.deepEqual(paths(factlint(dir, [...OWN, '--format', 'json', 'drafts'])), ['drafts/a.md', 'drafts/b.markdown', 'drafts/c.txt', 'drafts/old/e.md']);
    });

    it('ends_a_walk_through_two_links_to_the_folder_itself', () => {
      // Two links back up make 2^40 paths before the system's link limit: a walk by path never ends.
      const dir = folder(DRAFTS);
      fs.symlinkSync('.', path.join(dir, 'drafts', 'again'));
      fs.symlinkSync('..', path.join(dir, 'drafts', 'old', 'up'));
      const r = factlint(dir, [...OWN, '--format', 'json', 'drafts', 'drafts/**/*.txt']);
      assert.deepEqual(paths(r), ['drafts/a.md', 'drafts/b.markdown', 'drafts/c.txt', 'drafts/old/e.md']);
    });

    it('checks_a_draft_reached_directly_and_through_links_once_under_the_path_that_sorts_first', () => {
      const dir = folder({ 't.facts.yaml': TABLE, 'drafts/a.md': 'FIOP\n', 'shared/s.md': 'FIOP\n' });
      fs.symlinkSync('a.md', path.join(dir, 'drafts', 'z-link.md'));
      fs.symlinkSync('drafts', path.join(dir, 'alias'));
      // A link to a draft outside the folder walked is followed, as one inside it is.
      fs.symlinkSync(path.join('..', 'shared', 's.md'), path.join(dir, 'drafts', 'shared.md'));
      assert.deepEqual(paths(factlint(dir, [...OWN, '--format', 'json', 'drafts'])), ['drafts/a.md', 'drafts/shared.md']);
      assert.deepEqual(paths(factlint(dir, [...OWN, '--format', 'json', 'drafts/z-link.md', 'drafts/a.md'])), ['drafts/a.md']);
      // Every draft is met under the link "alias" first, whose paths sort before "drafts/…" and "shared/…".
      assert.deepEqual(paths(factlint(dir, [...OWN, '--format', 'json'])), ['alias/a.md', 'alias/shared.md']);
    });

    it('refuses_a_named_pipe_given_by_name_with_exit_2_without_opening_it', function () {
      if (process.platform === 'win32') return this.skip();
      const dir = folder({ 't.facts.yaml': TABLE, 'a.md': 'FIOP\n' });
      mkfifo(path.join(dir, 'pipe.md'));
      assert.deepEqual(factlint(dir, [...OWN, 'a.md', 'pipe.md']), {
        code: 2,
        stdout: '',
        stderr: 'factlint: pipe.md is a named pipe, not a regular file, so it was not read; to check text from a pipe, give it on standard input with --stdin\n',
      });
    });

    it('refuses_an_ignore_file_that_is_a_named_pipe_without_waiting_on_it', function () {
      if (process.platform === 'win32') return this.skip();
      const dir = folder({ 't.facts.yaml': TABLE, 'a.md': 'FIOP\n' });
      mkfifo(path.join(dir, '.factlintignore'));
      assert.deepEqual(factlint(dir, [...OWN, 'a.md']), { code: 2, stdout: '', stderr: 'factlint: cannot read .factlintignore: it is a named pipe, not a regular file\n' });
    });

    it('skips_a_named_pipe_met_in_a_walk_with_a_note_and_checks_the_rest', function () {
      if (process.platform === 'win32') return this.skip();
      const dir = folder({ 't.facts.yaml': TABLE, 'drafts/a.md': 'FIOP\n' });
      mkfifo(path.join(dir, 'drafts', 'pipe.md'));
      const r = factlint(dir, [...OWN, '--format', 'json', 'drafts']);
      assert.equal(r.code, 1);
      assert.equal(r.stderr, 'factlint: drafts/pipe.md is a named pipe, not a regular file: skipped\n');
      assert.deepEqual((JSON.parse(r.stdout) as Report).files.map((f) => f.path), ['drafts/a.md']);
    });

    it('a_file_that_cannot_be_read_is_exit_2_naming_it', () => {
      const dir = folder({ 't.facts.yaml': TABLE, 'a.md': 'FIOP\n' });
      let target = 'a.md';
      if (process.getuid?.() === 0) {
        // root reads anything; /proc/self/mem is a file whose reading fails.
        if (!fs.existsSync('/proc/self/mem')) return assert.ok(true);
        target = path.relative(dir, '/proc/self/mem').split(path.sep).join('/');
      } else fs.chmodSync(path.join(dir, 'a.md'), 0o000);
      const r = factlint(dir, [...OWN, target]);
      assert.equal(r.code, 2);
      assert.equal(r.stdout, '');
      assert.ok(r.stderr.startsWith(`factlint: cannot read ${target}: `), r.stderr);
    });
  });

  describe('--stdin', () => {
    it('checks_standard_input_as_stdin', () => {
      const dir = folder({ 't.facts.yaml': TABLE });
      const r = factlint(dir, [...OWN, '--stdin', '--format', 'json', '--date', '2026-03-06'], { input: 'The FIOP.\n' });
      const doc = json(r);
      assert.equal(r.code, 1);
      assert.deepEqual([doc.files[0].path, doc.files[0].findings[0].column], ['<stdin>', 5]);
    });

    it('stdin_filename_names_the_text_and_finds_its_config', () => {
      const dir = folder({ 'drafts/.factlint.yaml': 'defaultFacts: false\nfacts: [t.facts.yaml]\n', 'drafts/t.facts.yaml': TABLE });
      const r = factlint(dir, ['--stdin', '--stdin-filename', 'drafts/new.txt'], { input: 'FIOP\n' });
      assert.equal(r.code, 1);
      const lines = r.stdout.split('\n');
      assert.equal(lines[0], 'drafts/new.txt');
      assert.match(lines[1], /^ {2}article date \d{4}-\d\d-\d\d \(no date found: judged at today's date\)$/);
      assert.match(lines[2], /^ {2}1:1 {2}error {2}"FIOP" should be "FOIP".* {2}acronym$/);
    });

    it('stdin_filename_extension_picks_markdown_or_plain_text (needs Markdown masking of inline code)', () => {
      const dir = folder({ 't.facts.yaml': TABLE });
      const input = 'Code: `FIOP`\n';
      const count = (name: string) =>
        json(factlint(dir, [...OWN, '--stdin', '--stdin-filename', name, '--format', 'json'], { input })).summary.errors;
      assert.equal(count('x.md'), 0);
      assert.equal(count('x.txt'), 1);
    });

    it('refuses_paths_together_with_stdin', () => {
      const r = factlint(os.tmpdir(), ['--stdin', 'a.md']);
      assert.equal(r.code, 2);
      assert.ok(r.stderr.startsWith('factlint: --stdin checks standard input; do not also give paths (a.md)\n'), r.stderr);
    });

    it('with_fix_prints_the_fixed_text_and_reports_what_remains_on_stderr', () => {
      const dir = folder({ 't.facts.yaml': TABLE });
      const r = factlint(dir, [...OWN, '--stdin', '--fix'], { input: '\uFEFFThe FIOP plan.\r\n' });
      assert.deepEqual(r, { code: 0, stdout: '\uFEFFThe FOIP plan.\r\n', stderr: '' });
      const clean = factlint(dir, [...OWN, '--stdin', '--fix'], { input: 'Nothing.\n' });
      assert.deepEqual(clean, { code: 0, stdout: 'Nothing.\n', stderr: '' });
    });
  });

  describe('--fix', () => {
    it('fixes_in_place_keeping_bom_and_crlf_atomically_and_idempotently', () => {
      const original = '\uFEFFThe FIOP plan.\r\nAnd FIOP again.\r\n';
      const dir = folder({ 't.facts.yaml': TABLE, 'a.md': original, 'b.md': 'Clean.\n' });
      const before = listing(dir);
      const cleanStat = fs.statSync(path.join(dir, 'b.md'));
      const first = factlint(dir, [...OWN, '--fix', '.']);
      assert.deepEqual(first, { code: 0, stdout: '', stderr: 'fixed 2 problems in a.md\n' });
      assert.equal(fs.readFileSync(path.join(dir, 'a.md'), 'utf8'), '\uFEFFThe FOIP plan.\r\nAnd FOIP again.\r\n');
      assert.deepEqual(listing(dir), before, 'no temporary files left behind');
      assert.equal(fs.statSync(path.join(dir, 'b.md')).mtimeMs, cleanStat.mtimeMs, 'clean files are not rewritten');
      const aStat = fs.statSync(path.join(dir, 'a.md'));
      const second = factlint(dir, [...OWN, '--fix', '.']);
      assert.deepEqual(second, { code: 0, stdout: '', stderr: '' });
      assert.equal(fs.statSync(path.join(dir, 'a.md')).mtimeMs, aStat.mtimeMs, 'second run changes nothing');
    });

    it('reports_what_remains_in_json_without_extra_output', () => {
      const dir = folder({ 't.facts.yaml': TABLE, 'a.md': 'FIOP\n' });
      const r = factlint(dir, [...OWN, '--fix', '--format', 'json', '--date', '2026-03-06', 'a.md']);
      assert.equal(r.code, 0);
      assert.deepEqual(json(r), {
        version: 1,
        files: [{ path: 'a.md', articleDate: '2026-03-06', articleDateSource: 'option', articleDateGuessed: false, findings: [] }],
        summary: { files: 1, errors: 0, warnings: 0, infos: 0 },
      });
      assert.equal(fs.readFileSync(path.join(dir, 'a.md'), 'utf8'), 'FOIP\n');
    });

    it('refuses_to_rewrite_a_file_with_bytes_that_are_not_utf8_and_says_where', () => {
      // A Latin-1 "é": checked as text with a replacement character, but never written back.
      const bytes = Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' talks on the FIOP plan.\n')]);
      const dir = folder({ 't.facts.yaml': TABLE, 'a.md': bytes, 'b.md': 'The FIOP plan.\n' });
      const r = factlint(dir, [...OWN, '--fix', '.']);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /^fixed 1 problem in b\.md\n/);
      assert.match(r.stderr, /\nfactlint: a\.md was not fixed: it is not valid UTF-8 \(line 1, column 4: byte 3 of the input\)/);
      assert.match(r.stdout, /a\.md\n.*"FIOP" should be "FOIP"/s, 'what remains in a.md is reported');
      assert.deepEqual(fs.readFileSync(path.join(dir, 'a.md')), bytes);
      assert.equal(fs.readFileSync(path.join(dir, 'b.md'), 'utf8'), 'The FOIP plan.\n');
    });

    it('gives_nothing_back_on_stdin_with_bytes_that_are_not_utf8', () => {
      const dir = folder({ 't.facts.yaml': TABLE });
      const input = Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' talks on the FIOP plan.\n')]);
      const r = factlint(dir, [...OWN, '--stdin', '--fix'], { input });
      assert.equal(r.code, 2);
      assert.equal(r.stdout, '');
      assert.match(r.stderr, /"FIOP" should be "FOIP"/);
      assert.match(r.stderr, /factlint: <stdin> was not fixed: it is not valid UTF-8/);
      // Nothing to fix changes nothing: the text still is not given back, as it would not be the same bytes.
      const clean = factlint(dir, [...OWN, '--stdin', '--fix'], { input: Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' news.\n')]) });
      assert.deepEqual([clean.code, clean.stdout], [2, '']);
      assert.match(clean.stderr, /factlint: <stdin> was not fixed: it is not valid UTF-8 \(line 1, column 4: byte 3/);
    });

    it('refuses_a_read_only_file', () => {
      const dir = folder({ 't.facts.yaml': TABLE, 'a.md': 'The FIOP plan.\n' });
      fs.chmodSync(path.join(dir, 'a.md'), 0o444);
      const r = factlint(dir, [...OWN, '--fix', 'a.md']);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /factlint: a\.md was not fixed: it is read-only; make it writable/);
      assert.equal(fs.readFileSync(path.join(dir, 'a.md'), 'utf8'), 'The FIOP plan.\n');
    });

    it('leaves_files_alone_when_the_rule_is_off', () => {
      const dir = folder({ 't.facts.yaml': TABLE, 'a.md': 'FIOP\n' });
      assert.deepEqual(factlint(dir, [...OWN, '--fix', '--rule', 'acronym=off', 'a.md']), { code: 0, stdout: '', stderr: '' });
      assert.equal(fs.readFileSync(path.join(dir, 'a.md'), 'utf8'), 'FIOP\n');
    });
  });

  describe('article date', () => {
    it('falls_back_to_the_local_date_today_without_a_date (needs the engine article date search)', () => {
      const dir = folder({ 't.facts.yaml': TABLE, 'a.md': 'No date here.\n' });
      assert.equal(json(factlint(dir, [...OWN, '--format', 'json', 'a.md'])).files[0].articleDate, localToday());
    });

    it('date_flag_overrides_a_date_line_in_the_text (needs the engine article date search)', () => {
      const dir = folder({ 't.facts.yaml': TABLE, 'a.md': 'date 2025-05-01\nText.\n' });
      assert.equal(json(factlint(dir, [...OWN, '--format', 'json', 'a.md'])).files[0].articleDate, '2025-05-01');
      assert.equal(json(factlint(dir, [...OWN, '--format', 'json', '--date', '2026-01-02', 'a.md'])).files[0].articleDate, '2026-01-02');
    });
  });
});
