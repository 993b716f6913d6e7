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

describe('loading a large table', () => {
  const text = bigTable(100_000);

  it('reads a plain block-style table with the fast reader, not the full YAML parser', () => {
    assert.notEqual(
      readSimpleYaml(text, () => {}),
      null,
    );
  });

  it('loads 100,000 people in a few seconds at most (the full YAML parser alone needs several)', function () {
    this.timeout(30_000);
    const started = Date.now();
    const { facts, errors } = loadTables([{ name: 'big.facts.yaml', file: 'big.facts.yaml', text }]);
    const took = Date.now() - started;
    assert.deepEqual(errors, []);
    assert.equal(facts.people.length, 100_000);
    assert.deepEqual(facts.people[99_999].at, { table: 'big.facts.yaml', file: 'big.facts.yaml', line: 5 + 5 * 99_999 + 1, column: 5 });
    // Typically well under a second; the bound only catches a fall back to quadratic work or the slow path.
    assert.ok(took < 4000, `loading took ${took} ms`);
  });
});
