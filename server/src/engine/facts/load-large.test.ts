import assert from 'node:assert/strict';
import { readSimpleYaml } from './fast-yaml';
import { loadTables } from './load';

/** A table of `count` people, each with an alias and a role, as a large newsroom table would list them. */
function bigTable(count: number): string {
  const lines = ['version: 1', 'offices:', '  - id: foreign-minister', '    title: Minister for Foreign Affairs', 'people:'];
  for (let i = 0; i < count; i++) {
    lines.push(`  - name: Person Number${i}`, `    aliases: [Number${i}]`, '    roles:', '      - office: foreign-minister', '        from: 2019-09-11');
  }
  return lines.join('\n') + '\n';
}

// Speed is measured by the benchmark, never here: these tests only pin down behaviour at size.
describe('loading a large table', () => {
  const text = bigTable(20_000);

  it('reads a plain block-style table with the fast reader, not the full YAML parser', () => {
    assert.notEqual(
      readSimpleYaml(text, () => {}),
      null,
    );
  });

  it('keeps every entry and the position of the last one', () => {
    const { facts, errors } = loadTables([{ name: 'big.facts.yaml', file: 'big.facts.yaml', text }]);
    assert.deepEqual(errors, []);
    assert.equal(facts.people.length, 20_000);
    assert.deepEqual(facts.people[19_999].at, { table: 'big.facts.yaml', file: 'big.facts.yaml', line: 5 + 5 * 19_999 + 1, column: 5 });
  });
});
