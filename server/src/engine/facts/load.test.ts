import assert from 'node:assert/strict';
import { formatFactsError, parseTable, type TableInput } from './load';
import type { FactsError } from './model';

/** A user table named like the file it came from. */
function table(...lines: string[]): TableInput {
  return { name: 'tables/a.facts.yaml', file: 'tables/a.facts.yaml', text: lines.join('\n') + '\n' };
}

/** The errors of a table as "line:column message" lines. */
function errorsOf(input: TableInput): string[] {
  return parseTable(input).errors.map((e) => `${e.line}:${e.column} ${e.message}`);
}

/** The single error of a table. */
function onlyError(input: TableInput): FactsError {
  const { errors } = parseTable(input);
  assert.equal(errors.length, 1, `expected one error, got:\n${errors.map(formatFactsError).join('\n')}`);
  return errors[0];
}

function assertAt(e: FactsError, line: number, column: number, ...phrases: string[]): void {
  assert.deepEqual([e.line, e.column], [line, column], formatFactsError(e));
  for (const p of phrases) assert.ok(e.message.includes(p), `"${e.message}" should include "${p}"`);
}

describe('parseTable', () => {
  describe('a valid table', () => {
    const input = table(
      'version: 1',
      'offices:',
      '  - id: jp-foreign-minister',
      '    title: Minister for Foreign Affairs',
      '    aliases: [Foreign Minister, FM]',
      '    country: Japan',
      'people:',
      '  # comments and blank lines are fine',
      '',
      '  - name: Toshimitsu Motegi',
      '    aliases:',
      '      - Motegi',
      '      - MOTEGI Toshimitsu',
      '    roles:',
      '      - office: jp-foreign-minister',
      '        from: 2019-09-11',
      '        to: 2021-11-04',
      '      - title: Special Advisor to the Prime Minister',
      '        country: Japan',
      '        from: 2025-10',
      '    source: "https://example.org/motegi"',
      'acronyms:',
      '  - short: FOIP',
      '    expansion: Free and Open Indo-Pacific',
      '    variants: [FIOP]',
      'terms:',
      '  - canonical: Special Strategic and Global Partnership',
      "    variants: ['Special Strategic Global Partnership']",
      'milestones:',
      '  - name: Special Strategic and Global Partnership',
      '    aliases: []',
      '    date: 2014',
    );

    it('accepts it without errors', () => {
      assert.deepEqual(errorsOf(input), []);
    });

    it('reads every entry into the model, each with the place it is written', () => {
      const { facts } = parseTable(input);
      const at = (line: number, column: number) => ({ table: 'tables/a.facts.yaml', file: 'tables/a.facts.yaml', line, column });
      assert.deepEqual(facts, {
        offices: [{ id: 'jp-foreign-minister', title: 'Minister for Foreign Affairs', aliases: ['Foreign Minister', 'FM'], country: 'Japan', at: at(3, 5) }],
        people: [
          {
            name: 'Toshimitsu Motegi',
            aliases: ['Motegi', 'MOTEGI Toshimitsu'],
            roles: [
              { office: 'jp-foreign-minister', from: { year: 2019, month: 9, day: 11 }, to: { year: 2021, month: 11, day: 4 }, at: at(15, 9) },
              { title: 'Special Advisor to the Prime Minister', country: 'Japan', from: { year: 2025, month: 10 }, at: at(18, 9) },
            ],
            source: 'https://example.org/motegi',
            at: at(10, 5),
          },
        ],
        acronyms: [{ short: 'FOIP', expansion: 'Free and Open Indo-Pacific', variants: ['FIOP'], at: at(23, 5) }],
        terms: [{ canonical: 'Special Strategic and Global Partnership', variants: ['Special Strategic Global Partnership'], at: at(27, 5) }],
        milestones: [{ name: 'Special Strategic and Global Partnership', aliases: [], date: { year: 2014 }, at: at(30, 5) }],
        horizons: [],
      });
    });

    it('gives the embedded table a null file and the name "default"', () => {
      const { facts, errors } = parseTable({ name: 'default', file: null, text: 'version: 1\nterms:\n  - canonical: X\n' });
      assert.deepEqual(errors, []);
      assert.deepEqual(facts?.terms[0].at, { table: 'default', file: null, line: 3, column: 5 });
    });

    it('reads the same model when the table uses YAML the fast reader leaves to the full parser', () => {
      const fancy = input.text.replace('aliases: [Foreign Minister, FM]', 'aliases: &fm [Foreign Minister, FM]').replace('    aliases: []', '    aliases: {a: 1}');
      // {a: 1} is wrong on purpose, to see the full parser's path report the same kind of error.
      const { facts, errors } = parseTable({ ...input, text: fancy });
      assert.deepEqual(facts?.offices[0].aliases, ['Foreign Minister', 'FM']);
      assert.deepEqual(facts?.people[0].roles[1].at.line, 18);
      assert.deepEqual(
        errors.map((e) => `${e.line}:${e.column} ${e.message}`),
        ['31:14 "aliases" should be a list, not a set of keys, e.g. [first, second]'],
      );
    });

    it('accepts a four-digit year written as a string, and years as numbers', () => {
      const { facts, errors } = parseTable(table('version: 1', 'milestones:', '  - name: A', '    date: "2014"', '  - name: B', '    date: 2015-03'));
      assert.deepEqual(errors, []);
      assert.deepEqual(facts?.milestones.map((m) => m.date), [{ year: 2014 }, { year: 2015, month: 3 }]);
    });

    it('reads a table whose lines end in a lone CR (an old Mac file) as it reads the same table with LF, at the same places', () => {
      const withLf = parseTable(input);
      const withCr = parseTable({ ...input, text: input.text.replace(/\n/g, '\r') });
      assert.deepEqual(withCr.errors, []);
      assert.deepEqual(withCr.facts, withLf.facts);
      const broken = parseTable({ ...input, text: 'version: 1\rterms:\r  - canonical: X\r    variants: Y\r' });
      assert.deepEqual(broken.errors.map((e) => `${e.line}:${e.column}`), ['4:15']);
    });

    it('counts columns after a byte-order mark', () => {
      const { facts, errors } = parseTable({ name: 'a', file: 'a', text: '\ufeffversion: 1\nterms:\n- canonical: X\n  variants: [Y]\n' });
      assert.deepEqual(errors, []);
      assert.deepEqual([facts?.terms[0].at.line, facts?.terms[0].at.column], [3, 3]);
    });
  });

  describe('unknown keys', () => {
    it('flags an unknown key in an office, suggesting the nearest one and listing the allowed keys', () => {
      const e = onlyError(table('version: 1', 'offices:', '  - id: fm', '    title: Foreign Minister', '    titel: Minister'));
      assertAt(e, 5, 5);
      assert.equal(e.message, 'unknown key "titel" in an office: did you mean "title"? Allowed keys: id, title, aliases, country, wikidata, source');
    });

    it('flags an unknown top-level key', () => {
      const e = onlyError(table('version: 1', 'peple: []'));
      assertAt(e, 2, 1, 'unknown key "peple" at the top of the table', 'did you mean "people"?', 'Allowed keys: version, asOf, offices, people, acronyms, terms, milestones');
    });

    it('flags an unknown key in a role and knows the usual synonyms', () => {
      const e = onlyError(table('version: 1', 'people:', '  - name: A', '    roles:', '      - title: Envoy', '        since: 2020'));
      assertAt(e, 6, 9, 'unknown key "since" in a role: did you mean "from"?', 'Allowed keys: office, title, country, from, to, source');
    });

    it('flags an unknown key with no near match without guessing', () => {
      const e = onlyError(table('version: 1', 'terms:', '  - canonical: X', '    wikipedia: y'));
      assertAt(e, 4, 5);
      assert.equal(e.message, 'unknown key "wikipedia" in a term. Allowed keys: canonical, variants, source');
    });
  });

  describe('missing keys and wrong types', () => {
    it('flags a table without a version, and reads no facts from it', () => {
      const { facts, errors } = parseTable(table('terms:', '  - canonical: X'));
      assert.equal(facts, null);
      assert.equal(errors.length, 1);
      assertAt(errors[0], 1, 1, 'this is not a facts table: it has no "version: 1" line');
    });

    it('quotes nothing of a file that has no version, whatever it holds', () => {
      // A config or a typo may name any file: its content must not reach a CI log through an error.
      for (const text of ['root:$6$SECRETHASH:19000:0:99999:7:::\ndaemon:*:19000::::::\n', 'password: SECRET\nkeys: [SECRETKEY]\n', 'password: SECRET\n- SECRETITEM\n', '!SECRETTAG x: 1\n', '- SECRET\n', '- item\nversion: 1\n  password SECRET\n', '--- |\n  SECRET\n']) {
        const { facts, errors } = parseTable(table(...text.split('\n')));
        assert.equal(facts, null);
        assert.equal(errors.length, 1, JSON.stringify(errors));
        assert.doesNotMatch(errors[0].message, /SECRET/);
      }
    });

    it('flags a version other than 1', () => {
      const { facts, errors } = parseTable(table('version: 2'));
      assert.equal(facts, null);
      assertAt(errors[0], 1, 10, '"version" must be 1');
    });

    it('flags a missing required key at the start of the entry', () => {
      const e = onlyError(table('version: 1', 'acronyms:', '  - short: FOIP', '    variants: [FIOP]'));
      assertAt(e, 3, 5, 'this acronym has no "expansion"', 'add "expansion: …"');
    });

    it('flags a key with no value at the key', () => {
      const e = onlyError(table('version: 1', 'offices:', '  - id: fm', '    title:'));
      assertAt(e, 4, 5, '"title" has no value');
    });

    it('flags an empty string', () => {
      const e = onlyError(table('version: 1', 'people:', '  - name: ""'));
      assertAt(e, 3, 11, '"name" is empty');
    });

    it('flags an empty alias', () => {
      const e = onlyError(table('version: 1', 'people:', "  - name: A", "    aliases: [B, '']"));
      assertAt(e, 4, 18, 'an entry of "aliases" is empty');
    });

    it('flags text where a list belongs and shows how to write the list', () => {
      const e = onlyError(table('version: 1', 'people:', '  - name: Toshimitsu Motegi', '    aliases: Motegi'));
      assertAt(e, 4, 14, '"aliases" should be a list, not the text "Motegi": write aliases: [Motegi]');
    });

    it('flags a number where text belongs and says to quote it', () => {
      const e = onlyError(table('version: 1', 'acronyms:', '  - short: G20', '    expansion: Group of Twenty', '    variants: [G-20, 20]'));
      assertAt(e, 5, 22, 'each entry of "variants" should be text, not the number 20: put it in quotes, "20"');
    });

    it('flags a list entry that is not a mapping', () => {
      const e = onlyError(table('version: 1', 'offices:', '  - fm'));
      assertAt(e, 3, 5, 'each entry of "offices" should be an office with keys such as "id:" and "title:", not the text "fm"');
    });

    it('flags an office id that is not kebab-case and suggests one', () => {
      const e = onlyError(table('version: 1', 'offices:', '  - id: Foreign Minister', '    title: Foreign Minister'));
      assertAt(e, 3, 9, 'office id "Foreign Minister" is not kebab-case', 'e.g. "foreign-minister"');
    });

    it('flags a role with both an office and a title', () => {
      const e = onlyError(
        table('version: 1', 'offices:', '  - id: fm', '    title: Foreign Minister', 'people:', '  - name: A', '    roles:', '      - office: fm', '        title: Foreign Minister'),
      );
      assertAt(e, 9, 9, 'this role has both "office" and "title"');
    });

    it('flags a role with neither an office nor a title', () => {
      const e = onlyError(table('version: 1', 'people:', '  - name: A', '    roles:', '      - from: 2020'));
      assertAt(e, 5, 9, 'this role has neither "office" nor "title"');
    });

    it('flags a country on a role that names an office', () => {
      const e = onlyError(
        table('version: 1', 'offices:', '  - id: fm', '    title: Foreign Minister', 'people:', '  - name: A', '    roles:', '      - office: fm', '        country: Japan'),
      );
      assertAt(e, 9, 9, '"country" goes only with a one-off "title"');
    });

    it('reports every problem of a table, in order, not just the first', () => {
      const lines = errorsOf(table('version: 1', 'offices:', '  - id: a', '    titel: A', '  - id: b', '    title: B', '    aliases: B'));
      assert.deepEqual(
        lines.map((l) => l.split(' ')[0]),
        ['3:5', '4:5', '7:14'],
      );
    });
  });

  describe('dates', () => {
    const role = (from: string) => table('version: 1', 'people:', '  - name: A', '    roles:', '      - title: Envoy', `        from: ${from}`);

    it('flags a day that does not exist and offers the last day of the month', () => {
      const e = onlyError(role('2025-02-30'));
      assertAt(e, 6, 15);
      assert.equal(e.message, '"2025-02-30" is not a real date: write the date as YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2025-02-28)');
    });

    it('flags a month that does not exist', () => {
      assertAt(onlyError(role('2025-13')), 6, 15, '"2025-13" is not a real date', 'YYYY, YYYY-MM or YYYY-MM-DD', 'e.g. 2025-12');
    });

    it('flags a date written in words and offers the same date in the accepted form', () => {
      assertAt(onlyError(role('May 2025')), 6, 15, '"May 2025" is not a date factlint can read', 'YYYY, YYYY-MM or YYYY-MM-DD', 'e.g. 2025-05');
    });

    it('flags a two-digit year', () => {
      assertAt(onlyError(role('25-01-01')), 6, 15, '"25-01-01" is not a date factlint can read', 'YYYY, YYYY-MM or YYYY-MM-DD');
    });

    it('accepts 29 February in a leap year only', () => {
      assert.deepEqual(errorsOf(role('2024-02-29')), []);
      assertAt(onlyError(role('2025-02-29')), 6, 15, 'is not a real date');
    });

    it('flags a milestone with a bad date and leaves it out', () => {
      const { facts, errors } = parseTable(table('version: 1', 'milestones:', '  - name: X', '    date: 2014-06-31'));
      assertAt(errors[0], 4, 11, '"2014-06-31" is not a real date', 'e.g. 2014-06-30');
      assert.deepEqual(facts?.milestones, []);
    });

    it('flags a role that starts after it ends, at its "from"', () => {
      const e = onlyError(table('version: 1', 'people:', '  - name: A', '    roles:', '      - title: Envoy', '        from: 2021-06', '        to: 2021-05-31'));
      assertAt(e, 6, 15, 'this role starts (from: 2021-06) after it ends (to: 2021-05-31)', 'swap the two dates');
    });

    it('accepts a role whose partial dates overlap, such as from 2021 to 2021-01', () => {
      assert.deepEqual(errorsOf(table('version: 1', 'people:', '  - name: A', '    roles:', '      - title: Envoy', '        from: 2021', '        to: 2021-01')), []);
    });
  });

  describe('the horizon, asOf', () => {
    it('reads a full day into the table\'s horizon, with its place', () => {
      const { facts, errors } = parseTable(table('version: 1', 'asOf: 2026-03-06', 'terms:', '  - canonical: X'));
      assert.deepEqual(errors, []);
      assert.deepEqual(facts?.horizons, [{ date: { year: 2026, month: 3, day: 6 }, at: { table: 'tables/a.facts.yaml', file: 'tables/a.facts.yaml', line: 2, column: 7 } }]);
    });

    it('reads it through the full YAML parser too (quoted, after a flow mapping)', () => {
      const { facts, errors } = parseTable(table('version: 1', 'asOf: "2026-03-06"', 'terms: [{canonical: X}]'));
      assert.deepEqual(errors, []);
      assert.deepEqual(facts?.horizons.map((h) => h.date), [{ year: 2026, month: 3, day: 6 }]);
    });

    it('flags a date that is not a full day, at its value', () => {
      assertAt(onlyError(table('version: 1', 'asOf: 2026-03')), 2, 7, 'asOf must be a full day written YYYY-MM-DD', 'not the text "2026-03"');
      assertAt(onlyError(table('version: 1', 'asOf: March 6, 2026')), 2, 7, 'asOf must be a full day written YYYY-MM-DD');
      assertAt(onlyError(table('version: 1', 'asOf: 2026')), 2, 7, 'asOf must be a full day', 'not the number 2026');
    });

    it('flags a day that does not exist', () => {
      assertAt(onlyError(table('version: 1', 'asOf: 2026-02-30')), 2, 7, 'asOf "2026-02-30" is not a real day');
    });

    it('flags an empty asOf', () => {
      assertAt(onlyError(table('version: 1', 'asOf:')), 2, 1, '"asOf" has no value', 'or remove the line');
    });
  });

  describe('duplicates within a table', () => {
    it('flags an office id defined twice, naming the first place', () => {
      const { facts, errors } = parseTable(table('version: 1', 'offices:', '  - id: fm', '    title: A', '  - id: fm', '    title: B'));
      assert.equal(errors.length, 1);
      assertAt(errors[0], 5, 9, 'office id "fm" is already defined at tables/a.facts.yaml:3:9');
      assert.deepEqual(
        facts?.offices.map((o) => o.title),
        ['A'],
      );
    });

    it('flags a person listed twice', () => {
      assertAt(onlyError(table('version: 1', 'people:', '  - name: A', '  - name: A')), 4, 11, '"A" is already listed at tables/a.facts.yaml:3:11', 'merge the two entries');
    });

    it('flags an acronym, a term and a milestone defined twice', () => {
      const lines = errorsOf(
        table(
          'version: 1',
          'acronyms:',
          '  - {short: X, expansion: Ex}',
          '  - {short: X, expansion: Ex}',
          'terms:',
          '  - canonical: T',
          '  - canonical: T',
          'milestones:',
          '  - {name: M, date: 2014}',
          '  - {name: M, date: 2014}',
        ),
      );
      assert.deepEqual(lines, [
        '4:13 acronym "X" is already defined at tables/a.facts.yaml:3:13: merge the two entries into one',
        '7:16 term "T" is already defined at tables/a.facts.yaml:6:16: merge the two entries into one',
        '10:12 milestone "M" is already defined at tables/a.facts.yaml:9:12: merge the two entries into one',
      ]);
    });

    it('flags a key written twice in one entry, naming the first', () => {
      const e = onlyError(table('version: 1', 'offices:', '  - id: fm', '    title: A', '    title: B'));
      assertAt(e, 5, 5, 'the key "title" appears twice in the same entry (first at tables/a.facts.yaml:4:5)');
    });
  });

  describe('documents that are not a table', () => {
    it('reports a YAML syntax error at the position the YAML parser gives', () => {
      const { facts, errors } = parseTable(table('version: 1', 'terms:', '  - canonical: "Unclosed', '    variants: []'));
      assert.equal(facts, null);
      assert.equal(errors.length, 1);
      assert.ok(errors[0].message.startsWith('YAML syntax error: '), errors[0].message);
      assert.deepEqual([errors[0].line, errors[0].column], [5, 1]);
    });

    it('reports bad indentation as a YAML syntax error', () => {
      const { errors } = parseTable(table('version: 1', 'terms:', '  - canonical: A', '   variants: [B]'));
      assert.ok(errors.length >= 1);
      assert.ok(errors[0].message.startsWith('YAML syntax error: '), errors[0].message);
      assert.equal(errors[0].line, 4);
    });

    it('flags a document that is a list', () => {
      const { facts, errors } = parseTable(table('- version: 1'));
      assert.equal(facts, null);
      assertAt(errors[0], 1, 1, 'a facts table must be a set of keys starting with "version: 1", not a list');
    });

    it('flags an empty document', () => {
      const { facts, errors } = parseTable(table('# nothing yet'));
      assert.equal(facts, null);
      assertAt(errors[0], 1, 1, 'the table is empty');
    });

    it('flags a file with two YAML documents', () => {
      assertAt(onlyError(table('version: 1', '---', 'version: 1')), 2, 1, 'more than one YAML document');
    });
  });

  describe('many errors', () => {
    it('reports at most 50 errors per table and sums up the rest', () => {
      const lines = ['version: 1', 'terms:'];
      for (let i = 0; i < 60; i++) lines.push(`  - canonical: T${i}`, '    bad: 1');
      const { errors } = parseTable(table(...lines));
      assert.equal(errors.length, 51);
      assertAt(errors[49], 102, 5, 'unknown key "bad"');
      assertAt(errors[50], 104, 5, '… and 10 more errors in this table');
    });
  });

  describe('formatFactsError', () => {
    it('writes file:line:column: message', () => {
      assert.equal(formatFactsError({ file: 'default', line: 41, column: 5, message: 'm' }), 'default:41:5: m');
    });
  });
});
