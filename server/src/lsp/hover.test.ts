import assert from 'node:assert/strict';
import { factFirst, hoverMarkdown } from './hover';

const at = { table: 'default', file: null, line: 486, column: 5 };

describe('hover cards', () => {
  it('end each line with a hard break so Markdown keeps them apart', () => {
    const md = hoverMarkdown([{ kind: 'acronym', text: 'FOIP', acronym: { short: 'FOIP', expansion: 'Free and Open Indo-Pacific', variants: ['FIOP'], source: 'mofa.go.jp', at }, at }]);
    assert.equal(md, '**FOIP**: Free and Open Indo-Pacific  \nKnown wrong forms: FIOP  \nSource: [mofa.go.jp](https://mofa.go.jp)\n\n_factlint · default table, line 486_');
  });

  it('use no HTML and no escapes that floats outside VS Code would show, and link web addresses', () => {
    const md = hoverMarkdown([
      { kind: 'term', text: 'x', term: { canonical: 'Free & Open Indo-Pacific (FOIP) #1', variants: [], source: 'speech of 2016 (Nairobi)', at }, at },
      { kind: 'milestone', text: 'y', milestone: { name: 'Summit', aliases: [], date: { year: 2014 }, source: 'https://www.mea.gov.in/bilateral (PDF)', at }, date: '2014', at },
    ]);
    assert.doesNotMatch(md, /<\/?[a-z]+>/, 'no HTML');
    assert.doesNotMatch(md, /\\[()#+!<>&]/, 'no escaped brackets, hashes or signs');
    assert.match(md, /\*\*Free & Open Indo-Pacific \(FOIP\) #1\*\*/);
    assert.match(md, /Source: speech of 2016 \(Nairobi\)\n/, 'a citation without an address is plain text');
    assert.match(md, /Source: \[www\.mea\.gov\.in\/bilateral\]\(https:\/\/www\.mea\.gov\.in\/bilateral\) \(PDF\)\n/, 'an address is linked, the words after it stay text');
    assert.match(hoverMarkdown([{ kind: 'term', text: 'x', term: { canonical: 'T', variants: [], source: 'https://example.org/a(b)', at }, at }]), /Source: \[example\.org\/a\(b\)\]\(https:\/\/example\.org\/a%28b%29\)/);
  });

  it('link each citation of a source, and escape only what would start Markdown', () => {
    const md = hoverMarkdown([
      {
        kind: 'acronym',
        text: 'X',
        acronym: {
          short: 'X_Y',
          expansion: 'snake_case and _emphasis_ and *stars* and [brackets] and `code`',
          variants: [],
          source: 'https://www.mofa.go.jp/press/kaiken/kaikenite_000001_00057.html (press conference, 22 Apr 2025); Deccan Chronicle, story 1810435; tass.com/world/1850271',
          at,
        },
        at,
      },
    ]);
    assert.match(md, /^\*\*X_Y\*\*: snake_case and \\_emphasis\\_ and \\\*stars\\\* and \\\[brackets\] and \\`code\\` {2}\n/);
    assert.match(
      md,
      /\nSource: \[www\.mofa\.go\.jp\/press\/kaiken\/kaikenite_000001_00057\.html\]\(https:\/\/www\.mofa\.go\.jp\/press\/kaiken\/kaikenite_000001_00057\.html\) \(press conference, 22 Apr 2025\); Deccan Chronicle, story 1810435; \[tass\.com\/world\/1850271\]\(https:\/\/tass\.com\/world\/1850271\)\n/,
    );
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
        governing: [],
        at,
      },
    ]);
    assert.match(md, /^\*\*Vikram Misri\*\* {2}\nAlso written: Misri\n\n- Deputy National Security Advisor \(India\), 2022-01-01 to 2024-06-30\n- \*\*Foreign Secretary \(India\)\*\*, since 2024-07-15 — deccanchronicle\n/);
  });

  it('put the card of the fact a finding under the cursor cites first', () => {
    const other = { table: 'default', file: null, line: 10, column: 5 };
    const cited = { table: 'default', file: null, line: 486, column: 5 };
    const term = { kind: 'term' as const, text: 'x', term: { canonical: 'A B C', variants: [], at: other }, at: other };
    const acronym = { kind: 'acronym' as const, text: 'y', acronym: { short: 'ABC', expansion: 'A B C', variants: [], at: cited }, at: cited };
    const finding = { offset: 5, length: 3, fact: { table: 'default', line: 486 } };
    assert.deepEqual(factFirst([term, acronym], [finding], 6), [acronym, term]);
    assert.deepEqual(factFirst([term, acronym], [finding], 20), [term, acronym], 'not under the cursor: as they were');
    assert.deepEqual(factFirst([term, acronym], [], 6), [term, acronym]);
  });

  it('name the date a person or title is judged at, and why', () => {
    const person = (governing: { when: string; why: string }[]) =>
      hoverMarkdown([{ kind: 'person', text: 'Misri', person: { name: 'Vikram Misri', aliases: [], roles: [], at }, roles: [{ title: 'Foreign Secretary', from: '2024-07-15', current: true }], governing, at }]);
    assert.match(person([{ when: 'on 2026-03-09', why: 'the sentence says "on March 9"' }]), /\n\nGoverning date: on 2026-03-09 — the sentence says "on March 9"\n\n_factlint/);
    assert.match(
      person([
        { when: 'in 2019', why: 'the sentence says "in 2019", which may be about something else' },
        { when: 'on 2026-03-10', why: 'the article date (front matter)' },
      ]),
      /\nGoverning dates: in 2019 — the sentence says "in 2019", which may be about something else; or on 2026-03-10 — the article date \(front matter\)\n/,
    );
    const title = hoverMarkdown([
      {
        kind: 'title',
        text: 'Foreign Secretary',
        offices: [{ office: { id: 'in-fs', title: 'Foreign Secretary', aliases: [], country: 'India', at }, holders: ['Vikram Misri'] }],
        when: 'on 2026-03-10',
        governing: [{ when: 'on 2026-03-10', why: 'the article date (front matter)' }],
        at,
      },
    ]);
    assert.match(title, /Held on 2026-03-10: Vikram Misri\n\nGoverning date: on 2026-03-10 — the article date \(front matter\)\n\n_factlint/);
  });
});
