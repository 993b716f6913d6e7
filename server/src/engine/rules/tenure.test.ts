import assert from 'node:assert/strict';
import { assertFinding, findings, TEST_TABLE } from './testing';

/** The test table and a person who held one office twice, and one whose term the table knows only by month and year. */
const TWICE = TEST_TABLE.replace(
  '  - name: Maria von Hallenberg',
  `  - name: Ivo Dragan
    roles:
      - office: ru-prime-minister
        from: 2012-12-26
        to: 2016-09-16
      - office: ru-prime-minister
        from: 2006-09-26
        to: 2007-09-26
  - name: Olga Ferenc
    roles:
      - office: gr-foreign-minister
        from: 2016-05
        to: 2017
  - name: Maria von Hallenberg`,
);

describe('rule tenure', () => {
  it('flags a start year the table contradicts, and writes the right one the same way', () => {
    assertFinding('tenure', 'Anna Kovalenko became Prime Minister in 2020.', {
      flagged: '2020',
      message: /^Anna Kovalenko became Prime Minister on 2021-03-01, not 2020 — test\.facts\.yaml$/,
      fixed: 'Anna Kovalenko became Prime Minister in 2021.',
    });
  });

  it('allows a start that fits at the precision of the text and of the table', () => {
    assert.deepEqual(findings('tenure', 'Anna Kovalenko became Prime Minister in 2021.'), []);
    assert.deepEqual(findings('tenure', 'Anna Kovalenko became Prime Minister in March 2021.'), []);
    assert.deepEqual(findings('tenure', 'Kovalenko took office as Prime Minister on March 1, 2021.'), []);
    assert.deepEqual(findings('tenure', 'Olga Ferenc became Foreign Minister on May 30, 2016.', '2025-03-01', TWICE), []);
  });

  it('judges a month against a day, and a day to the day', () => {
    assertFinding('tenure', 'Anna Kovalenko became Prime Minister in February 2021.', { fixed: 'Anna Kovalenko became Prime Minister in March 2021.' });
    assertFinding('tenure', 'Kovalenko was sworn in as Prime Minister on February 28, 2021.', {
      flagged: 'February 28, 2021',
      fixed: 'Kovalenko was sworn in as Prime Minister on March 1, 2021.',
    });
  });

  it('offers no fix when the table is less precise than the text', () => {
    const f = assertFinding('tenure', 'Olga Ferenc became Foreign Minister on April 2, 2016.', { flagged: 'April 2, 2016' }, '2025-03-01', TWICE);
    assert.deepEqual(f.fixes, []);
  });

  it('reads the passive forms, and never "X appointed Y"', () => {
    assertFinding('tenure', 'Piotr Stanek was formally appointed as Foreign Minister in April 2019.', { fixed: 'Piotr Stanek was formally appointed as Foreign Minister in May 2019.' });
    assertFinding('tenure', 'Piotr Stanek, appointed Foreign Minister in 2018, spoke.', { flagged: '2018' });
    assert.deepEqual(findings('tenure', 'Anna Kovalenko appointed Piotr Stanek as Foreign Minister in 2018.'), []);
    assert.deepEqual(findings('tenure', 'Anna Kovalenko was elected Prime Minister in 2020.'), []);
  });

  it('allows a second appointment within the term, but not a later "became"', () => {
    assert.deepEqual(findings('tenure', 'Piotr Stanek was appointed Foreign Minister in 2021.'), []);
    assert.deepEqual(findings('tenure', 'Lena Marchetti has been Foreign Minister since 2024.'), []);
    assertFinding('tenure', 'Piotr Stanek became Foreign Minister in 2021.', { fixed: 'Piotr Stanek became Foreign Minister in 2019.' });
    assertFinding('tenure', 'Piotr Stanek was appointed Foreign Minister in 2024.', { flagged: '2024' }, '2025-03-01');
  });

  it('leaves acting, interim and former titles, and offices the person never held, alone', () => {
    assert.deepEqual(findings('tenure', 'Lena Marchetti was appointed acting Prime Minister in 2020.'), []);
    assert.deepEqual(findings('tenure', 'Piotr Stanek became interim Foreign Minister in 2018.'), []);
    assert.deepEqual(findings('tenure', 'Former Foreign Minister Piotr Stanek, who took office in 2018, spoke.'), []);
    assert.deepEqual(findings('tenure', 'Lena Marchetti became Finance Minister in 2020.'), []);
  });

  it('judges the office the text names, not another the person held', () => {
    assertFinding('tenure', 'Piotr Stanek became Finance Minister in 2019.', {
      message: /^Piotr Stanek became Finance Minister on 2023-07-01, not 2019 — /,
      fixed: 'Piotr Stanek became Finance Minister in 2023.',
    });
  });

  it("reads whose tenure it is: the name before the verb or before \"who\", never one behind a comma", () => {
    assert.deepEqual(findings('tenure', 'Lena Marchetti replaced Piotr Stanek, who became Foreign Minister in 2019.'), []);
    assertFinding('tenure', 'Lena Marchetti replaced Piotr Stanek, who became Foreign Minister in 2018.', { flagged: '2018' });
    assert.deepEqual(findings('tenure', 'Lena Marchetti, who met Piotr Stanek, became Foreign Minister in 2023.'), []);
    assertFinding('tenure', 'Piotr Stanek — who became Foreign Minister in 2018 — spoke.', { flagged: '2018' });
  });

  it('takes the title written with the person for "took office" and "sworn in"', () => {
    assertFinding('tenure', 'Prime Minister Anna Kovalenko, who took office in 2020, spoke.', { fixed: 'Prime Minister Anna Kovalenko, who took office in 2021, spoke.' });
    assert.deepEqual(findings('tenure', 'Anna Kovalenko, who took office in 2020, spoke.'), []);
  });

  it('reads a term from one date to another, and allows the last full day', () => {
    assert.deepEqual(findings('tenure', 'Piotr Stanek served as Foreign Minister from May 2019 to June 2023.'), []);
    assert.deepEqual(findings('tenure', 'Piotr Stanek was Foreign Minister from May 1, 2019 to June 29, 2023.'), []);
    assertFinding('tenure', 'Piotr Stanek served as Foreign Minister from May 2018 to June 2023.', { flagged: 'May 2018', fixed: 'Piotr Stanek served as Foreign Minister from May 2019 to June 2023.' });
    assertFinding('tenure', 'Piotr Stanek served as Foreign Minister from May 2019 to June 2022.', {
      message: /^Piotr Stanek left office as Minister for Foreign Affairs on 2023-06-30, not June 2022 — /,
      fixed: 'Piotr Stanek served as Foreign Minister from May 2019 to June 2023.',
    });
    assert.deepEqual(findings('tenure', 'Lena Marchetti served as Foreign Minister from 2023 to 2024.'), []);
  });

  it('reads "T since D" in apposition and "has been T since D"', () => {
    assertFinding('tenure', 'Lena Marchetti, Foreign Minister since 2022, spoke.', { fixed: 'Lena Marchetti, Foreign Minister since 2023, spoke.' });
    assertFinding('tenure', 'Lena Marchetti has been Foreign Minister since June 2023.', { fixed: 'Lena Marchetti has been Foreign Minister since July 2023.' });
    assert.deepEqual(findings('tenure', 'Lena Marchetti, the former Foreign Minister since 2022, spoke.'), []);
  });

  it('reads a participle when the sentence names one person', () => {
    assertFinding('tenure', "This is Kovalenko's first trip since assuming the prime minister's post in May 2020.", { fixed: "This is Kovalenko's first trip since assuming the prime minister's post in March 2021." });
    assert.deepEqual(findings('tenure', 'Since becoming Prime Minister in 2020, Kovalenko has met Stanek twice.'), []);
    assert.deepEqual(findings('tenure', "This is Kovalenko's predecessor's first trip since becoming Prime Minister in 2020."), []);
  });

  it('reads "premier" as prime minister only after a national possessor', () => {
    assertFinding('tenure', "Kovalenko was appointed as the country's premier and leader of the party on February 28, 2021.", { flagged: 'February 28, 2021' });
    assert.deepEqual(findings('tenure', 'Kovalenko became premier in 2019.'), []);
    assert.deepEqual(findings('tenure', "Kovalenko became the country's premier of the north in 2019."), []);
  });

  it('takes a year-less date in the article year, but not when the article date is a guess', () => {
    assertFinding('tenure', 'Kovalenko was sworn in as Prime Minister on Saturday, February 27.', { fixed: 'Kovalenko was sworn in as Prime Minister on Saturday, March 1.' }, '2021-06-01');
    assert.deepEqual(findings('tenure', 'Kovalenko was sworn in as Prime Minister on February 27.', ''), []);
    assert.deepEqual(findings('tenure', 'Kovalenko was sworn in as Prime Minister on December 27.', '2021-06-01'), []);
  });

  it('reads "last month" and "last year" from the article date, without a fix', () => {
    assert.deepEqual(findings('tenure', 'Kovalenko, who took office as Prime Minister last month, spoke.', '2021-04-10'), []);
    assert.deepEqual(findings('tenure', 'Kovalenko, who took office as Prime Minister last year, spoke.', '2022-04-10'), []);
    const f = assertFinding('tenure', 'Kovalenko, who took office as Prime Minister last month, spoke.', { flagged: 'last month' }, '2021-02-10');
    assert.deepEqual(f.fixes, []);
    assert.deepEqual(findings('tenure', 'Prime Minister Anna Kovalenko, who took office last March, spoke.', '2021-09-10'), []);
    assertFinding('tenure', 'Prime Minister Anna Kovalenko, who took office last January, spoke.', { fixed: 'Prime Minister Anna Kovalenko, who took office last March, spoke.' }, '2021-09-10');
  });

  it('gives no fix for an office held twice, and allows either start', () => {
    assert.deepEqual(findings('tenure', 'Ivo Dragan became Prime Minister in 2012.', '2025-03-01', TWICE), []);
    const f = assertFinding('tenure', 'Ivo Dragan became Prime Minister in 2010.', { message: /^Ivo Dragan became Prime Minister on 2012-12-26 and on 2006-09-26, not 2010 — / }, '2025-03-01', TWICE);
    assert.deepEqual(f.fixes, []);
  });

  it('says nothing when the date dates something else', () => {
    assert.deepEqual(findings('tenure', 'Anna Kovalenko became Prime Minister in 2019 elections.'), []);
    assert.deepEqual(findings('tenure', 'Anna Kovalenko became Prime Minister on Monday.'), []);
    assert.deepEqual(findings('tenure', 'Anna Kovalenko became Prime Minister for the second time in 2019.'), []);
  });

  it('gives a range\'s end without a year the year of its start, or the next one', () => {
    const brief = TEST_TABLE.replace('  - name: Maria von Hallenberg', '  - name: Nora Lind\n    roles:\n      - office: ru-finance-minister\n        from: 2022-09-06\n        to: 2022-10-25\n  - name: Maria von Hallenberg');
    assert.deepEqual(findings('tenure', 'Nora Lind served as Finance Minister from September 6, 2022 to October 25.', '2025-03-01', brief), []);
    assert.deepEqual(findings('tenure', 'Piotr Stanek served as Foreign Minister from July 1, 2022 to June 30.', '2025-03-01'), []);
  });

  it('reads "premier" as prime minister after a country or "the country\'s", not after a province', () => {
    assert.deepEqual(findings('tenure', "Kovalenko became Northshire's premier in 2019."), []);
  });

  it('is an info, not fixable, past the table\'s horizon', () => {
    const table = TEST_TABLE.replace('version: 1\n', 'version: 1\nasOf: 2019-01-01\n');
    const [f] = findings('tenure', 'Anna Kovalenko became Prime Minister in 2020.', '2025-03-01', table);
    assert.equal(f.severity, 'info');
    assert.equal(f.fixable, false);
    assert.match(f.message, /^As of 2019-01-01, test\.facts\.yaml says Anna Kovalenko became Prime Minister/);
  });
});

