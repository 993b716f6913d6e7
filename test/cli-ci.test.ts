/**
 * End-to-end tests of the CLI's CI features: every format on a real run (exit codes, an empty
 * run, a facts-table error), --output-file, --quiet, --verbose, and --changed in real git repositories.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { factlint, folder, OWN, removeFolders, TABLE } from './cli-helpers';

const FORMATS = ['stylish', 'json', 'sarif', 'github', 'junit'] as const;

/** Runs git in `cwd` with a fixed identity; throws with git's message on failure. */
function git(cwd: string, ...args: string[]): string {
  const r = spawnSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'init.defaultBranch=main', '-c', 'commit.gpgsign=false', ...args], {
    cwd,
    encoding: 'utf8',
  });
  assert.equal(r.status, 0, `git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

/** Paths of the files in a JSON report. */
function reported(stdout: string): string[] {
  return (JSON.parse(stdout) as { files: { path: string }[] }).files.map((f) => f.path);
}

/**
 * A repository whose main branch has a.md and the table; branch `feature` then changes b.md,
 * adds sub/c.md and leaves an untracked sub/d.md; notes.yaml changes too but is no draft.
 */
function repository(): string {
  const dir = folder({ 't.facts.yaml': TABLE, 'a.md': 'The FIOP.\n', 'b.md': 'Fine.\n', 'notes.yaml': 'a: 1\n' });
  git(dir, 'init', '-q');
  git(dir, 'add', '.');
  git(dir, 'commit', '-q', '-m', 'base');
  git(dir, 'checkout', '-q', '-b', 'feature');
  fs.writeFileSync(path.join(dir, 'b.md'), 'Now the FIOP.\n');
  fs.mkdirSync(path.join(dir, 'sub'));
  fs.writeFileSync(path.join(dir, 'sub', 'c.md'), 'Also the FIOP.\n');
  fs.writeFileSync(path.join(dir, 'notes.yaml'), 'a: 2\n');
  git(dir, 'add', '.');
  git(dir, 'commit', '-q', '-m', 'change');
  fs.writeFileSync(path.join(dir, 'sub', 'd.md'), 'Untracked FIOP.\n');
  return dir;
}

describe('factlint CLI in CI (end to end)', function () {
  this.timeout(60000);
  afterEach(() => removeFolders());

  describe('formats', () => {
    it('every_format_exits_1_on_an_error_finding_and_0_on_a_clean_draft', () => {
      const dir = folder({ 't.facts.yaml': TABLE, 'bad.md': 'The FIOP.\n', 'good.md': 'The FOIP.\n' });
      for (const format of FORMATS) {
        const bad = factlint(dir, [...OWN, '--format', format, 'bad.md']);
        assert.equal(bad.code, 1, format);
        assert.equal(bad.stderr, '', format);
        assert.ok(bad.stdout.includes('FIOP\\" should be') || bad.stdout.includes('FIOP" should be') || bad.stdout.includes('FIOP&quot; should be'), `${format}: ${bad.stdout}`);
        const good = factlint(dir, [...OWN, '--format', format, 'good.md']);
        assert.equal(good.code, 0, format);
        assert.ok(!/FIOP(\\"|"|&quot;) should be/.test(good.stdout), format);
      }
    });

    it('a_facts_table_error_is_exit_2_with_no_report_in_any_format_and_no_output_file', () => {
      const dir = folder({ 'bad.facts.yaml': 'version: 1\nacronyms:\n  - short: FOIP\n    expanson: x\n', 'a.md': 'The FIOP.\n' });
      for (const format of FORMATS) {
        const r = factlint(dir, ['--no-default-facts', '--facts', 'bad.facts.yaml', '--format', format, '--output-file', `out/${format}.txt`, 'a.md']);
        assert.equal(r.code, 2, format);
        assert.equal(r.stdout, '', format);
        assert.match(r.stderr, /^factlint: bad\.facts\.yaml:3:5: .*\nfactlint: bad\.facts\.yaml:4:5: unknown key "expanson"/, format);
        assert.equal(fs.existsSync(path.join(dir, 'out')), false, format);
      }
    });

    it('an_empty_run_is_exit_0_with_an_empty_report_in_every_format', () => {
      const dir = repository();
      git(dir, 'checkout', '-q', 'main');
      fs.rmSync(path.join(dir, 'sub'), { recursive: true, force: true });
      const out: Record<string, string> = {};
      for (const format of FORMATS) {
        const r = factlint(dir, [...OWN, '--changed', '--format', format]);
        assert.equal(r.code, 0, `${format}: ${r.stderr}`);
        assert.equal(r.stderr, '', format);
        out[format] = r.stdout;
      }
      assert.equal(out.stylish, '');
      assert.equal(out.github, '');
      assert.deepEqual(JSON.parse(out.json), { version: 1, files: [], summary: { files: 0, errors: 0, warnings: 0, infos: 0 } });
      assert.deepEqual(JSON.parse(out.sarif).runs[0].results, []);
      assert.match(out.junit, /<testsuites name="factlint" tests="0" failures="0" errors="0">/);
    });
  });

  describe('a file name holding a line break and a workflow command', () => {
    /** A real file whose name would, printed raw, put `::warning` at the start of a CI log line. */
    const NAME = 'x\n::warning file=evil.md::pwned.md';
    /** Whether any line of `out` is a GitHub Actions workflow command other than factlint's own findings. */
    const injected = (out: string) => out.split(/\r?\n|\r/).some((line) => /^\s*::(?!error file=x%0A%3A%3Awarning)/.test(line));

    it('never_starts_a_line_of_any_format_or_of_stderr_with_it', function () {
      if (process.platform === 'win32') return this.skip();
      const dir = folder({ 't.facts.yaml': TABLE, [NAME]: 'The FIOP.\n' });
      for (const format of FORMATS) {
        const r = factlint(dir, [...OWN, '--verbose', '--format', format, NAME]);
        assert.equal(r.code, 1, `${format}: ${r.stderr}`);
        assert.ok(!injected(r.stdout), `${format} stdout:\n${r.stdout}`);
        assert.ok(!injected(r.stderr), `${format} stderr:\n${r.stderr}`);
        assert.equal(r.stderr, '"x\\n::warning file=evil.md::pwned.md": nothing skipped\n', format);
      }
      // The file can still be found again from every report.
      const json = JSON.parse(factlint(dir, [...OWN, '--format', 'json', NAME]).stdout) as { files: { path: string }[] };
      assert.equal(json.files[0].path, NAME);
      const sarif = JSON.parse(factlint(dir, [...OWN, '--format', 'sarif', NAME]).stdout);
      assert.equal(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri, 'x%0A%3A%3Awarning%20file%3Devil.md%3A%3Apwned.md');
      assert.equal(decodeURIComponent(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri), NAME);
      assert.match(factlint(dir, [...OWN, '--format', 'github', NAME]).stdout, /^::error file=x%0A%3A%3Awarning file=evil\.md%3A%3Apwned\.md,line=1,col=5,/);
      const junit = factlint(dir, [...OWN, '--format', 'junit', NAME]).stdout;
      assert.ok(junit.includes('<failure type="acronym" message="error: &quot;FIOP&quot; should be &quot;FOIP&quot;'), junit);
      assert.ok(junit.includes('>x&#10;::warning file=evil.md::pwned.md:1:5: error: "FIOP" should be'), junit);
      // The stylish report quotes the name, as git does, and escapes its line break.
      assert.ok(factlint(dir, [...OWN, NAME]).stdout.startsWith('"x\\n::warning file=evil.md::pwned.md"\n  article date '));
    });

    it('keeps_it_on_one_line_in_messages_about_files', function () {
      if (process.platform === 'win32') return this.skip();
      const dir = folder({ 't.facts.yaml': TABLE, [NAME]: 'The FIOP.\n' });
      const fixed = factlint(dir, [...OWN, '--fix', NAME]);
      assert.deepEqual(fixed, { code: 0, stdout: '', stderr: 'fixed 1 problem in "x\\n::warning file=evil.md::pwned.md"\n' });
      const missing = factlint(dir, [...OWN, `${NAME}.txt`]);
      assert.equal(missing.code, 2);
      assert.equal(missing.stderr, 'factlint: no files matching "x\\n::warning file=evil.md::pwned.md.txt" were found; check the path, or quote a glob so the shell leaves it alone\n');
      fs.writeFileSync(path.join(dir, '.factlintignore'), 'x*\n');
      assert.equal(factlint(dir, [...OWN, NAME]).stderr, 'factlint: "x\\n::warning file=evil.md::pwned.md" was not checked: .factlintignore:1 ignores it ("x*"); change that line to have it checked\n');
    });
  });

  describe('--output-file', () => {
    it('writes_the_report_to_the_file_making_its_folder_and_keeps_the_exit_code', () => {
      const dir = folder({ 't.facts.yaml': TABLE, 'a.md': 'The FIOP.\n' });
      const r = factlint(dir, [...OWN, '--format', 'sarif', '--output-file', 'reports/ci/factlint.sarif', 'a.md']);
      assert.deepEqual([r.code, r.stdout, r.stderr], [1, '', '']);
      const written = fs.readFileSync(path.join(dir, 'reports/ci/factlint.sarif'), 'utf8');
      assert.equal(written, factlint(dir, [...OWN, '--format', 'sarif', 'a.md']).stdout);
      assert.equal(JSON.parse(written).runs[0].results[0].ruleId, 'acronym');
      // No temporary file is left beside it.
      assert.deepEqual(fs.readdirSync(path.join(dir, 'reports/ci')), ['factlint.sarif']);
    });

    it('replaces_an_old_report_and_writes_stylish_without_colour', () => {
      const dir = folder({ 't.facts.yaml': TABLE, 'a.md': 'The FIOP.\n', 'r.txt': 'old report\n' });
      const r = factlint(dir, [...OWN, '-o', 'r.txt', 'a.md'], { env: { FORCE_COLOR: '1' } });
      assert.equal(r.code, 1);
      const text = fs.readFileSync(path.join(dir, 'r.txt'), 'utf8');
      assert.match(text, /^a\.md\n {2}article date .*\n {2}1:5 {2}error/);
      assert.ok(!text.includes('\u001b['));
    });

    it('refuses_a_report_file_that_is_a_draft_being_checked_and_leaves_the_draft_whole', () => {
      // "--fix -o draft.md draft.md" once left the draft empty: the report was written over it.
      const draft = 'The FOIP was launched.\n';
      const dir = folder({ 't.facts.yaml': TABLE, 'a.md': draft, 'docs/b.md': draft });
      fs.symlinkSync(path.join(dir, 'a.md'), path.join(dir, 'link.md'));
      for (const args of [['--fix', '-o', 'a.md', 'a.md'], ['-o', './a.md', '.'], ['-o', 'link.md', 'a.md'], ['--fix', '-o', 'docs/b.md', 'docs']]) {
        const r = factlint(dir, [...OWN, ...args]);
        assert.equal(r.code, 2, args.join(' '));
        assert.match(r.stderr, /^factlint: --output-file \S+ is also a draft being checked \((a|docs\/b)\.md\): the report would overwrite it; write the report to another file\n$/, args.join(' '));
      }
      assert.equal(fs.readFileSync(path.join(dir, 'a.md'), 'utf8'), draft);
      assert.equal(fs.readFileSync(path.join(dir, 'docs/b.md'), 'utf8'), draft);
    });

    it('cannot_write_is_exit_2_naming_the_file', () => {
      const dir = folder({ 't.facts.yaml': TABLE, 'a.md': 'The FOIP.\n', 'blocker': 'a file, not a folder\n' });
      const r = factlint(dir, [...OWN, '--output-file', 'blocker/r.json', '--format', 'json', 'a.md']);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /^factlint: cannot write the report to blocker\/r\.json: /);
    });
  });

  describe('--quiet', () => {
    it('reports_errors_only_but_counts_warnings_for_max_warnings', () => {
      const dir = folder({ 't.facts.yaml': TABLE, 'a.md': 'The FIOP.\n' });
      const warn = ['--rule', 'acronym=warning'];
      const quiet = factlint(dir, [...OWN, ...warn, '--quiet', '--format', 'json', 'a.md']);
      assert.equal(quiet.code, 0);
      assert.deepEqual(JSON.parse(quiet.stdout).files[0].findings, []);
      assert.equal(factlint(dir, [...OWN, ...warn, '--quiet', 'a.md']).stdout, '');
      const capped = factlint(dir, [...OWN, ...warn, '--quiet', '--max-warnings', '0', '--format', 'github', 'a.md']);
      assert.equal(capped.code, 1);
      assert.equal(capped.stdout, '');
      assert.equal(capped.stderr, 'factlint: too many warnings (1; --max-warnings is 0)\n');
      // Errors still show.
      assert.match(factlint(dir, [...OWN, '--quiet', '--format', 'github', 'a.md']).stdout, /^::error file=a\.md,line=1,col=5,/);
    });
  });

  describe('--verbose', () => {
    it('says_per_file_on_stderr_what_was_skipped_and_on_which_lines_leaving_the_report_alone', () => {
      const draft = [
        '---', 'date: 2026-03-06', '---', 'Run `factlint` first.', '',
        '    The ministers backed a FIOP in their statement on Tuesday, officials said.', '',
        '    $ factlint --fix FIOP.md', '',
        '```', 'FIOP', '```', '',
      ].join('\n');
      const dir = folder({ 't.facts.yaml': TABLE, 'a.md': draft, 'b.txt': 'The FOIP.\n' });
      const r = factlint(dir, [...OWN, '--verbose', '--format', 'json', '--concurrency', 'off', 'a.md', 'b.txt']);
      assert.equal(r.code, 1);
      const findings = JSON.parse(r.stdout).files[0].findings as { line: number; text: string }[];
      assert.deepEqual(findings.map((f) => [f.line, f.text]), [[6, 'FIOP']]);
      assert.equal(r.stderr, 'a.md: skipped front matter (lines 1-3); fenced code (lines 10-12); indented code (line 8); inline code (line 4)\nb.txt: nothing skipped\n');
      assert.equal(factlint(dir, [...OWN, '--format', 'json', 'a.md', 'b.txt']).stderr, '');
    });

    it('says_what_was_skipped_in_the_fixed_text_with_fix_and_stdin', () => {
      const dir = folder({ 't.facts.yaml': TABLE });
      const r = factlint(dir, [...OWN, '--verbose', '--fix', '--stdin'], { input: '<!-- note -->\nThe FIOP.\n' });
      assert.equal(r.stdout, '<!-- note -->\nThe FOIP.\n');
      assert.match(r.stderr, /^<stdin>: skipped HTML \(line 1\)\n/);
    });
  });

  describe('--changed', () => {
    it('checks_the_drafts_changed_since_the_merge_base_with_the_default_branch_and_new_ones', () => {
      const dir = repository();
      const r = factlint(dir, [...OWN, '--changed', '--format', 'json']);
      assert.equal(r.code, 1, r.stderr);
      assert.deepEqual(reported(r.stdout), ['b.md', 'sub/c.md', 'sub/d.md']);
      // Uncommitted edits count too.
      fs.writeFileSync(path.join(dir, 'a.md'), 'Edited FIOP.\n');
      assert.deepEqual(reported(factlint(dir, [...OWN, '--changed', '--format', 'json']).stdout), ['a.md', 'b.md', 'sub/c.md', 'sub/d.md']);
    });

    it('takes_a_base_as_the_next_argument_or_after_equals_and_paths_narrow_it', () => {
      const dir = repository();
      assert.deepEqual(reported(factlint(dir, [...OWN, '--changed', 'main', '--format', 'json']).stdout), ['b.md', 'sub/c.md', 'sub/d.md']);
      assert.deepEqual(reported(factlint(dir, [...OWN, '--changed=main', '--format', 'json', 'sub']).stdout), ['sub/c.md', 'sub/d.md']);
      // Against HEAD only the untracked draft differs.
      assert.deepEqual(reported(factlint(dir, [...OWN, '--changed=HEAD', '--format', 'json']).stdout), ['sub/d.md']);
      // "sub" is no commit but a folder: a path to check, against the default branch.
      assert.deepEqual(reported(factlint(dir, [...OWN, '--changed', 'sub', '--format', 'json']).stdout), ['sub/c.md', 'sub/d.md']);
    });

    it('runs_from_a_subfolder_with_paths_relative_to_it', () => {
      const dir = repository();
      const r = factlint(path.join(dir, 'sub'), ['--no-default-facts', '--facts', '../t.facts.yaml', '--changed', '--format', 'json']);
      assert.deepEqual(reported(r.stdout), ['c.md', 'd.md']);
    });

    it('checks_a_changed_draft_reached_through_a_link_once', () => {
      const dir = repository();
      fs.symlinkSync('sub', path.join(dir, 'alias'));
      // Git names sub/c.md and sub/d.md; the walk meets them first as alias/… (which sorts first).
      assert.deepEqual(reported(factlint(dir, [...OWN, '--changed', '--format', 'json']).stdout), ['alias/c.md', 'alias/d.md', 'b.md']);
    });

    it('finds_the_default_branch_from_origin', () => {
      const origin = repository();
      git(origin, 'checkout', '-q', 'main');
      const parent = folder({});
      git(parent, 'clone', '-q', origin, 'clone');
      const dir = path.join(parent, 'clone');
      git(dir, 'checkout', '-q', '-b', 'work');
      fs.writeFileSync(path.join(dir, 'e.md'), 'New FIOP.\n');
      assert.deepEqual(reported(factlint(dir, [...OWN, '--changed', '--format', 'json']).stdout), ['e.md']);
    });

    it('says_what_to_do_outside_a_repository_or_with_an_unknown_base', () => {
      const plain = folder({ 't.facts.yaml': TABLE, 'a.md': 'x\n' });
      const outside = factlint(plain, [...OWN, '--changed']);
      assert.equal(outside.code, 2);
      assert.equal(outside.stdout, '');
      assert.match(outside.stderr, /^factlint: --changed needs a git repository, and .* is not in one/);
      const dir = repository();
      const unknown = factlint(dir, [...OWN, '--changed=no-such-branch']);
      assert.equal(unknown.code, 2);
      assert.equal(unknown.stderr, 'factlint: --changed: git knows no commit "no-such-branch"; name a branch, tag or commit (in CI, fetch it first)\n');
      const neither = factlint(dir, [...OWN, '--changed', 'nothing-here']);
      assert.equal(neither.code, 2);
      assert.match(neither.stderr, /git knows no commit "nothing-here"/);
    });
  });
});
