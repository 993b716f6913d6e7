import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseConfig } from './config';

const RULE_IDS = ['acronym', 'name'];
const FILE = path.resolve('/project/.factlint.yaml');

function errors(text: string): string[] {
  const parsed = parseConfig(text, FILE, RULE_IDS);
  assert.equal(parsed.config, null);
  return parsed.errors;
}

describe('cli config', () => {
  it('reads_every_key', () => {
    const { config, errors } = parseConfig(
      'facts:\n  - tables/a.facts.yaml\n  - ./b.facts.yaml\ndefaultFacts: false\nrules:\n  acronym: warning\n  name: off\ndate: 2026-03-06\n',
      FILE,
      RULE_IDS,
    );
    assert.deepEqual(errors, []);
    assert.deepEqual(config, {
      file: FILE,
      facts: [
        { file: path.resolve('/project/tables/a.facts.yaml'), line: 2, column: 5 },
        { file: path.resolve('/project/b.facts.yaml'), line: 3, column: 5 },
      ],
      defaultFacts: false,
      rules: { acronym: 'warning', name: 'off' },
      date: '2026-03-06',
      ignore: [],
    });
  });

  it('reads_ignore_entries_as_texts_or_a_text_and_a_rule', () => {
    const { config, errors } = parseConfig('ignore:\n  - Indo Pacific\n  - { text: FIOP, rule: acronym }\n  - text: "Mr X"\n', FILE, RULE_IDS);
    assert.deepEqual(errors, []);
    assert.deepEqual(config?.ignore, [{ text: 'Indo Pacific' }, { text: 'FIOP', rule: 'acronym' }, { text: 'Mr X' }]);
  });

  it('flags_ignore_entries_it_cannot_read_with_line_and_column', () => {
    assert.deepEqual(errors('ignore:\n  - { txt: x }\n  - { text: y, rule: nope }\n  - 3\n  - { rule: name }\n'), [
      '2:7: unknown key "txt" in an "ignore" entry; the keys are text, rule',
      '2:5: this "ignore" entry has no "text": add the flagged text',
      '3:22: unknown rule "nope"; the rules are acronym, name',
      '4:5: an "ignore" entry is a flagged text or {text: …, rule: …}',
      '5:5: this "ignore" entry has no "text": add the flagged text',
    ]);
    assert.deepEqual(errors('ignore: FIOP\n'), ['1:9: "ignore" must be a list of flagged texts, each a string or {text: …, rule: …}, like ["Indo Pacific", {text: FIOP, rule: acronym}]']);
  });

  it('allows_an_empty_file', () => {
    assert.deepEqual(parseConfig('', FILE, RULE_IDS), { config: { file: FILE, facts: [], rules: {}, ignore: [] }, errors: [] });
    assert.deepEqual(parseConfig('# nothing\n', FILE, RULE_IDS).errors, []);
  });

  it('flags_unknown_keys_with_line_and_column', () => {
    assert.deepEqual(errors('defaultFacts: true\nfactz: []\n'), [
      '2:1: unknown key "factz"; the keys are facts, defaultFacts, rules, date, ignore',
    ]);
  });

  it('flags_wrong_types', () => {
    assert.deepEqual(errors('facts: one.facts.yaml\ndefaultFacts: no\ndate: 2026\nrules: [acronym]\n'), [
      '1:8: "facts" must be a list of facts table paths relative to this file, like [team.facts.yaml]',
      '2:15: "defaultFacts" must be true or false',
      '3:7: "date" must be a real date written YYYY-MM-DD, like 2026-03-06',
      '4:8: "rules" must map rule ids to off, info, warning, error, like {acronym: warning}',
    ]);
  });

  it('flags_unknown_rules_and_levels', () => {
    assert.deepEqual(errors('rules:\n  acronym: loud\n  nmae: off\n'), [
      '2:12: rule "acronym" must be off, info, warning, error',
      '3:3: unknown rule "nmae"; the rules are acronym, name',
    ]);
  });

  it('flags_a_date_that_does_not_exist', () => {
    assert.match(errors('date: 2026-02-30\n')[0], /^1:7: "date" must be a real date/);
  });

  it('flags_yaml_syntax_errors_with_position', () => {
    const [e] = errors('rules:\n  acronym: warning\n rules: x\n');
    assert.match(e, /^\d+:\d+: .+; fix the YAML syntax$/);
  });

  it('flags_a_top_level_that_is_not_a_mapping', () => {
    assert.deepEqual(errors('- facts\n'), ['1:1: .factlint.yaml must be a mapping with the keys facts, defaultFacts, rules, date, ignore']);
  });

  describe('tables outside the project', () => {
    it('refuses_a_table_above_or_beside_the_config_folder', () => {
      assert.deepEqual(errors('facts: [../shared.facts.yaml, /etc/shadow]\n'), [
        '1:9: "../shared.facts.yaml" lies outside this project (the folder of .factlint.yaml and below, links followed); name a table inside it, or give that table on the command line with --facts',
        '1:31: "/etc/shadow" lies outside this project (the folder of .factlint.yaml and below, links followed); name a table inside it, or give that table on the command line with --facts',
      ]);
    });

    it('follows_links_inside_the_project_to_where_they_lead', () => {
      const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'factlint-config-')));
      try {
        fs.mkdirSync(path.join(dir, 'project'));
        fs.writeFileSync(path.join(dir, 'secret.yaml'), 'version: 1\n');
        fs.writeFileSync(path.join(dir, 'project', 'own.facts.yaml'), 'version: 1\n');
        fs.symlinkSync(path.join(dir, 'secret.yaml'), path.join(dir, 'project', 'team.facts.yaml'));
        fs.symlinkSync(path.join(dir, 'project', 'own.facts.yaml'), path.join(dir, 'project', 'alias.facts.yaml'));
        const file = path.join(dir, 'project', '.factlint.yaml');
        const parsed = parseConfig('facts: [team.facts.yaml, alias.facts.yaml]\n', file, RULE_IDS);
        assert.deepEqual(parsed.errors, ['1:9: "team.facts.yaml" lies outside this project (the folder of .factlint.yaml and below, links followed); name a table inside it, or give that table on the command line with --facts']);
        // The user may name the same table on the command line: then the config may name it too.
        const allowed = parseConfig('facts: [team.facts.yaml, alias.facts.yaml]\n', file, RULE_IDS, new Set([path.join(dir, 'secret.yaml')]));
        assert.deepEqual(allowed.errors, []);
        assert.deepEqual(allowed.config?.facts.map((t) => path.basename(t.file)), ['team.facts.yaml', 'alias.facts.yaml']);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  });
});
