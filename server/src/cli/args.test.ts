import * as assert from 'node:assert/strict';
import { helpText, parseCliArgs, type CliOptions } from './args';

const RULE_IDS = ['acronym', 'name', 'title'];

function options(argv: string[]): CliOptions {
  const parsed = parseCliArgs(argv, RULE_IDS);
  assert.equal(parsed.kind, 'run', JSON.stringify(parsed));
  return (parsed as { options: CliOptions }).options;
}

function usageError(argv: string[]): string {
  const parsed = parseCliArgs(argv, RULE_IDS);
  assert.equal(parsed.kind, 'usage-error');
  return (parsed as { message: string }).message;
}

describe('cli args', () => {
  it('has_defaults_for_a_bare_run', () => {
    assert.deepEqual(options([]), {
      paths: [],
      facts: [],
      defaultFacts: true,
      date: undefined,
      format: 'stylish',
      fix: false,
      maxWarnings: undefined,
      rules: {},
      stdin: false,
      stdinFilename: undefined,
      color: undefined,
      concurrency: undefined,
      outputFile: undefined,
      quiet: false,
      changed: undefined,
      verbose: false,
    });
  });

  it('reads_every_flag', () => {
    const o = options([
      'a.md', '--facts', 'x.facts.yaml', '--facts=y.facts.yaml', '--no-default-facts', '--date', '2024-02-29',
      '--format', 'json', '--fix', '--max-warnings', '3', '--rule', 'acronym=off', '--rule', 'name=info', 'drafts/', '--verbose',
    ]);
    assert.equal(o.verbose, true);
    assert.deepEqual(o.paths, ['a.md', 'drafts/']);
    assert.deepEqual(o.facts, ['x.facts.yaml', 'y.facts.yaml']);
    assert.equal(o.defaultFacts, false);
    assert.equal(o.date, '2024-02-29');
    assert.equal(o.format, 'json');
    assert.equal(o.fix, true);
    assert.equal(o.maxWarnings, 3);
    assert.deepEqual(o.rules, { acronym: 'off', name: 'info' });
  });

  it('lets_the_last_rule_for_an_id_win', () => {
    assert.deepEqual(options(['--rule', 'acronym=off', '--rule', 'acronym=warning']).rules, { acronym: 'warning' });
  });

  it('lets_the_last_colour_flag_win', () => {
    assert.equal(options(['--color', '--no-color']).color, false);
    assert.equal(options(['--no-color', '--color']).color, true);
  });

  it('reads_stdin_and_its_name', () => {
    const o = options(['--stdin', '--stdin-filename', 'drafts/x.txt']);
    assert.equal(o.stdin, true);
    assert.equal(o.stdinFilename, 'drafts/x.txt');
  });

  it('reads_concurrency_as_a_number_auto_or_off', () => {
    assert.equal(options(['--concurrency', '4']).concurrency, 4);
    assert.equal(options(['--concurrency=1']).concurrency, 1);
    assert.equal(options(['--concurrency', 'auto']).concurrency, 'auto');
    assert.equal(options(['--concurrency', 'off']).concurrency, 'off');
    assert.equal(options(['--concurrency', '2', '--concurrency', 'off']).concurrency, 'off');
  });

  it('refuses_concurrency_that_is_not_a_number_auto_or_off', () => {
    for (const bad of ['0', '-2', '1.5', 'max', 'AUTO', '']) {
      assert.equal(usageError([`--concurrency=${bad}`]), `--concurrency needs a whole number 1 or more, auto or off, not "${bad}"`);
    }
    assert.match(usageError(['--concurrency']), /argument missing/);
  });

  it('answers_help_and_version_first', () => {
    assert.deepEqual(parseCliArgs(['--help', '--rule', 'x=y'], RULE_IDS), { kind: 'help' });
    assert.deepEqual(parseCliArgs(['-h'], RULE_IDS), { kind: 'help' });
    assert.deepEqual(parseCliArgs(['--version'], RULE_IDS), { kind: 'version' });
  });

  it('refuses_an_unknown_rule_naming_the_rules', () => {
    assert.equal(usageError(['--rule', 'x=bogus']), '--rule x=bogus names no rule "x"; rules: acronym, name, title');
  });

  it('refuses_an_unknown_level', () => {
    assert.equal(usageError(['--rule', 'acronym=loud']), '--rule acronym=loud: the level must be off, info, warning, error');
  });

  it('refuses_a_rule_without_a_level', () => {
    assert.match(usageError(['--rule', 'acronym']), /needs ID=LEVEL/);
  });

  it('refuses_dates_that_do_not_exist', () => {
    assert.match(usageError(['--date', '2025-02-29']), /real date written YYYY-MM-DD/);
    assert.match(usageError(['--date', '2025-13-01']), /real date/);
    assert.match(usageError(['--date', '25-01-01']), /real date/);
  });

  it('refuses_max_warnings_that_are_not_whole_numbers', () => {
    for (const bad of ['-1', '1.5', 'ten', '']) assert.match(usageError([`--max-warnings=${bad}`]), /whole number/);
    assert.equal(options(['--max-warnings', '0']).maxWarnings, 0);
  });

  it('takes_every_format_of_the_contract_and_refuses_others', () => {
    for (const f of ['stylish', 'json', 'sarif', 'github', 'junit']) assert.equal(options(['--format', f]).format, f);
    assert.equal(usageError(['--format', 'xml']), 'unknown format "xml"; use stylish or json or sarif or github or junit');
  });

  it('reads_the_output_file_and_quiet', () => {
    assert.equal(options(['--output-file', 'out/report.sarif']).outputFile, 'out/report.sarif');
    assert.equal(options(['-o', 'r.xml']).outputFile, 'r.xml');
    assert.equal(options(['--quiet']).quiet, true);
    assert.equal(usageError(['--output-file=']), '--output-file needs a file name');
  });

  it('reads_changed_alone_with_an_equals_base_or_with_the_next_argument', () => {
    assert.deepEqual(options(['--changed']).changed, { mayBePath: false });
    assert.deepEqual(options(['--changed', '--format', 'json']).changed, { mayBePath: false });
    assert.deepEqual(options(['--changed=origin/main', 'drafts/']), { ...options(['drafts/']), changed: { base: 'origin/main', mayBePath: false } });
    const o = options(['--changed', 'main', 'drafts/']);
    assert.deepEqual(o.changed, { base: 'main', mayBePath: true });
    assert.deepEqual(o.paths, ['drafts/']);
    // After "--" everything is a path.
    assert.deepEqual(options(['--', '--changed']).paths, ['--changed']);
    assert.equal(options(['--', '--changed']).changed, undefined);
  });

  it('refuses_changed_with_stdin_or_an_empty_base', () => {
    assert.equal(usageError(['--stdin', '--changed']), '--changed picks files from git; it cannot be used with --stdin');
    assert.match(usageError(['--changed=']), /^--changed= needs a git revision/);
  });

  it('refuses_unknown_options_and_missing_values', () => {
    assert.match(usageError(['--frobnicate']), /unknown option '--frobnicate'/);
    assert.match(usageError(['--date']), /argument missing/);
  });

  it('refuses_paths_with_stdin_and_a_stdin_name_without_it', () => {
    assert.match(usageError(['--stdin', 'a.md']), /do not also give paths/);
    assert.match(usageError(['--stdin-filename', 'a.md']), /add --stdin/);
  });

  it('help_lists_every_flag', () => {
    const help = helpText(RULE_IDS);
    for (const flag of ['--facts', '--no-default-facts', '--date', '--format', '--fix', '--max-warnings', '--rule',
      '--stdin', '--stdin-filename', '--color', '--no-color', '--concurrency', '--help', '--version']) {
      assert.ok(help.includes(`${flag} `) || help.includes(`${flag},`), flag);
    }
    assert.ok(help.includes('Rules: acronym, name, title'));
  });
});
