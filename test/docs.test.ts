/**
 * Documentation that cannot drift from the code: every "contract §N" names a section of
 * docs/contract.md, the contract's examples are what factlint does, every file a README's file
 * table names exists, and relative links in the READMEs and docs/ lead somewhere.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type * as Engine from '../server/src/engine';
import { factlint, folder, removeFolders, ROOT } from './cli-helpers';
import {
  contractSections,
  fencedBlocks,
  fileTableNames,
  filesUnder,
  headingAnchors,
  relativeLinks,
  sectionRefs,
  type Place,
} from './markdown-docs';

const CONTRACT = path.join(ROOT, 'docs', 'contract.md');

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { RULES } = require(path.join(ROOT, 'server', 'out', 'engine')) as typeof Engine;

/** The rows of the first Markdown table after a heading that starts with `heading`: id and default level. */
function ruleRows(text: string, heading: string): { id: string; level: string }[] {
  const from = text.indexOf(heading);
  assert.ok(from >= 0, `no heading "${heading}"`);
  const rows: { id: string; level: string }[] = [];
  for (const line of text.slice(from).split('\n').slice(1)) {
    const m = /^\| `([a-z-]+)` \| (\w+) \|/.exec(line);
    if (m) rows.push({ id: m[1], level: m[2] });
    else if (rows.length > 0) break;
  }
  return rows;
}

/** Where contract references may be written: the sources, tests, scripts, bench and docs. */
const REF_ROOTS = ['server/src', 'client/src', 'common/src', 'test', 'scripts', 'bench', 'docs'];
const REF_FILES = /\.(ts|js|mjs|cjs|md)$/;

const rel = (file: string) => path.relative(ROOT, file).split(path.sep).join('/');
const at = (p: Place) => `${p.file}:${p.line}`;

/** Every README.md of the repository, outside dependencies, build output and test fixtures. */
function readmes(): string[] {
  return filesUnder(ROOT, (name) => name === 'README.md').filter((f) => !rel(f).startsWith('test/fixtures/'));
}

describe('documentation', () => {
  describe('reading our Markdown', () => {
    it('finds_section_references_with_ranges_and_steps', () => {
      const text = 'see contract §3, step 2\nand contract §2–§5; not §7 alone\n';
      assert.deepEqual(
        sectionRefs(text, 'x').map((r) => [r.line, r.sections]),
        [
          [1, [3]],
          [2, [2, 5]],
        ],
      );
      assert.deepEqual(
        sectionRefs(text, 'x', true).map((r) => r.sections),
        [[3], [2, 5], [7]],
      );
    });

    it('reads_names_from_file_tables_only_and_reports_a_row_without_one', () => {
      const text = [
        '| setting | default |',
        '| --- | --- |',
        '| `factlint.enable` | `true` |',
        '',
        '| file | job |',
        '| --- | --- |',
        '| `a.ts`, `b/` | two |',
        '| plain words | none |',
        '',
        '```',
        '| file | job |',
        '| --- | --- |',
        '| `in-a-fence.ts` | example |',
        '```',
      ].join('\n');
      assert.deepEqual(
        fileTableNames(text, 'R').map((n) => [n.line, n.name]),
        [
          [7, 'a.ts'],
          [7, 'b/'],
          [8, ''],
        ],
      );
    });

    it('makes_heading_anchors_as_github_does_and_reads_links_to_them', () => {
      const text = '# Title\n## Project configuration (`.factlint.yaml`)\n## Rules\n### Rules\n```\n## In a fence\n```\n';
      assert.deepEqual([...headingAnchors(text)], ['title', 'project-configuration-factlintyaml', 'rules', 'rules-1']);
      const links = relativeLinks('see [a](#rules), [b](cli.md#in-ci), [c](cli.md), `[d](#not-a-link)`, [e](https://x.org/#y)', 'docs/x.md');
      assert.deepEqual(
        links.map((l) => [l.name, l.anchor]),
        [
          ['x.md', 'rules'],
          ['cli.md', 'in-ci'],
          ['cli.md', undefined],
        ],
      );
    });

    it('numbers_the_contract_sections_by_their_headings', () => {
      assert.deepEqual([...contractSections('# T\n## 1. Names\n### 1.5 no\n## 2. Facts\n```\n## 9. in a fence\n```\n')], [1, 2]);
    });
  });

  describe('the contract', () => {
    const text = fs.readFileSync(CONTRACT, 'utf8');
    const sections = contractSections(text);

    it('keeps_the_five_sections_the_code_cites', () => {
      assert.deepEqual([...sections].sort(), [1, 2, 3, 4, 5]);
    });

    it('has_a_section_for_every_contract_reference_in_the_repository', () => {
      const files = [path.join(ROOT, 'README.md'), ...REF_ROOTS.flatMap((r) => filesUnder(path.join(ROOT, r), (n) => REF_FILES.test(n)))];
      const refs = files.flatMap((f) => sectionRefs(fs.readFileSync(f, 'utf8'), rel(f), f === CONTRACT));
      // The code cited the contract 33 times when this test was written; far fewer means the scan broke.
      assert.ok(refs.length >= 30, `only ${refs.length} references found`);
      const broken = refs.filter((r) => r.sections.some((n) => !sections.has(n)));
      assert.deepEqual(broken.map((r) => `${at(r)}: ${r.text}`), [], `docs/contract.md has sections ${[...sections].join(', ')}`);
    });

    it('lists_every_rule_with_its_default_level_in_section_5', () => {
      assert.deepEqual(ruleRows(text, '## 5.'), RULES.map((r) => ({ id: r.id, level: r.defaultSeverity })));
    });

    it('is_linked_from_the_readme', () => {
      const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
      assert.ok(/\]\(docs\/contract\.md(#[^)]*)?\)/.test(readme), 'README.md has no link to docs/contract.md');
    });

    describe('its example', () => {
      afterEach(removeFolders);

      it('is_the_report_factlint_prints_for_the_example_draft_and_table', () => {
        const [table] = fencedBlocks(text, 'yaml');
        const [draft] = fencedBlocks(text, 'markdown');
        const [command] = fencedBlocks(text, 'sh');
        const [report] = fencedBlocks(text, 'json');
        const args = command.trim().split(/\s+/);
        assert.equal(args.shift(), 'factlint');
        const dir = folder({ 'zenda.facts.yaml': table, 'drafts/zenda.md': draft });
        const run = factlint(dir, args);
        assert.equal(run.stderr, '');
        assert.equal(run.code, 1);
        // Re-indenting the contract's compacted example gives the exact bytes, key order included.
        assert.equal(run.stdout, JSON.stringify(JSON.parse(report), null, 2) + '\n');
      });
    });
  });

  describe('folder READMEs', () => {
    const files = readmes();

    it('are_all_found', () => {
      const names = files.map(rel);
      for (const expected of ['README.md', 'server/src/cli/README.md', 'server/src/engine/README.md', 'client/README.md', 'bench/README.md']) {
        assert.ok(names.includes(expected), `${expected} not among ${names.join(', ')}`);
      }
    });

    it('name_only_files_and_folders_that_exist_in_their_file_tables', () => {
      const names = files.flatMap((f) => fileTableNames(fs.readFileSync(f, 'utf8'), rel(f)));
      assert.ok(names.length >= 50, `only ${names.length} names in file tables`);
      const wrong = names.flatMap((n) => {
        if (n.name === '') return [`${at(n)}: a file table row with no name in backticks`];
        const target = path.join(ROOT, path.dirname(n.file), n.name);
        const stat = fs.statSync(target, { throwIfNoEntry: false });
        if (!stat) return [`${at(n)}: ${n.name} does not exist`];
        if (n.name.endsWith('/') && !stat.isDirectory()) return [`${at(n)}: ${n.name} is not a folder`];
        return [];
      });
      assert.deepEqual(wrong, []);
    });

    it('and_the_docs_link_only_to_files_that_exist', () => {
      const docs = filesUnder(path.join(ROOT, 'docs'), (n) => n.endsWith('.md'));
      const links = [...files, ...docs].flatMap((f) => relativeLinks(fs.readFileSync(f, 'utf8'), rel(f)));
      const broken = links.filter((l) => !fs.existsSync(path.join(ROOT, path.dirname(l.file), l.name)));
      assert.deepEqual(broken.map((l) => `${at(l)}: ${l.name}`), []);
    });

    it('and_the_packages_carry_every_file_their_docs_link_to', () => {
      // "Show documentation" opens docs/rules/<id>.md from the installed package, and factlint-ls
      // --help and imported tables name docs/ pages: both packages carry docs/, and what it links to.
      const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { files: string[] };
      const npmFiles = [...manifest.files.filter((f) => !f.startsWith('!')), 'package.json', 'README.md', 'LICENSE'];
      // What scripts/package.js puts in the .vsix; there README.md is the store page, not the
      // repository's, so a link to it would mislead.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { kept } = require(path.join(ROOT, 'scripts', 'package.js')) as { kept: string[] };
      const vsixFiles = kept.filter((e) => e !== 'README.md');
      const carries = (entries: string[], file: string) => entries.some((e) => file === e.replace(/\/$/, '') || file.startsWith(e.replace(/\/$/, '') + '/'));
      const docs = filesUnder(path.join(ROOT, 'docs'), () => true).map(rel);
      assert.ok(docs.includes('docs/rules/title.md') && docs.includes('docs/checking.md'));
      const wrong: string[] = [];
      for (const [name, entries] of [['the npm package', npmFiles], ['the .vsix', vsixFiles]] as const) {
        for (const doc of docs) if (!carries(entries, doc)) wrong.push(`${name} lacks ${doc}`);
        for (const doc of docs.filter((d) => d.endsWith('.md'))) {
          for (const l of relativeLinks(fs.readFileSync(path.join(ROOT, doc), 'utf8'), doc)) {
            const target = path.posix.normalize(path.posix.join(path.posix.dirname(doc), l.name));
            if (!carries(entries, target)) wrong.push(`${doc}:${l.line} links to ${target}, which ${name} lacks`);
          }
        }
      }
      assert.deepEqual(wrong, []);
    });

    it('and_every_link_to_a_section_names_a_heading_of_its_page', () => {
      const docs = filesUnder(path.join(ROOT, 'docs'), (n) => n.endsWith('.md'));
      const links = [...files, ...docs]
        .flatMap((f) => relativeLinks(fs.readFileSync(f, 'utf8'), rel(f)))
        .filter((l) => l.anchor !== undefined && l.name.endsWith('.md'));
      // The README's split into docs/ pages left 25 links to sections; far fewer means the scan broke.
      assert.ok(links.length >= 20, `only ${links.length} links to sections found`);
      const broken = links.filter((l) => {
        const target = path.join(ROOT, path.dirname(l.file), l.name);
        return fs.existsSync(target) && !headingAnchors(fs.readFileSync(target, 'utf8')).has(l.anchor!);
      });
      assert.deepEqual(broken.map((l) => `${at(l)}: ${l.name}#${l.anchor}`), []);
    });
  });
});
