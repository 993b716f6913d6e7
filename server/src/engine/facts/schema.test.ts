import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { allowedKeys, factsSchema } from './schema';

/** The schema file shipped in the npm package, at the repository root (tests run from server/out/engine/facts). */
const shipped = path.join(__dirname, '..', '..', '..', '..', 'schemas', 'facts.schema.json');

describe('facts schema', () => {
  it('has the generated validators of exactly this schema', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { validatorsSource } = require(path.join(__dirname, '..', '..', '..', '..', 'scripts', 'write-schema.js')) as { validatorsSource: (s: unknown) => string };
    const onDisk = fs.readFileSync(path.join(__dirname, '..', '..', '..', 'src', 'engine', 'facts', 'schema-validators.ts'), 'utf8');
    assert.ok(onDisk === validatorsSource(factsSchema), 'schema-validators.ts is stale: run `npx tsc -b && node scripts/write-schema.js`');
  });

  it('ships schemas/facts.schema.json exactly as schema.ts defines it', () => {
    const onDisk: unknown = JSON.parse(fs.readFileSync(shipped, 'utf8'));
    assert.deepEqual(onDisk, JSON.parse(JSON.stringify(factsSchema)), 'schemas/facts.schema.json is stale: run `npx tsc -b && node scripts/write-schema.js`');
  });

  it('compiles under ajv in strict mode, as the loader uses it', () => {
    const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false });
    assert.equal(typeof ajv.compile(factsSchema), 'function');
  });

  it('accepts the example table of the contract', () => {
    const validate = new Ajv({ strictRequired: false }).compile(factsSchema);
    const example = {
      version: 1,
      offices: [{ id: 'jp-foreign-minister', title: 'Minister for Foreign Affairs', aliases: ['Foreign Minister', 'Foreign Affairs Minister', 'FM'], country: 'Japan', source: '…' }],
      people: [
        {
          name: 'Toshimitsu Motegi',
          aliases: ['Motegi', 'MOTEGI Toshimitsu'],
          roles: [
            { office: 'jp-foreign-minister', from: '2019-09-11', to: '2021-11-04' },
            { office: 'jp-foreign-minister', from: '2025-10-21' },
            { title: 'Special Advisor to the Prime Minister', country: 'Japan', from: '2025-10-21' },
          ],
        },
      ],
      acronyms: [{ short: 'FOIP', expansion: 'Free and Open Indo-Pacific', variants: ['FIOP'] }],
      terms: [{ canonical: 'Special Strategic and Global Partnership', variants: ['Special Strategic Global Partnership'] }],
      milestones: [{ name: 'Special Strategic and Global Partnership', aliases: [], date: 2014, source: '…' }],
    };
    assert.equal(validate(example), true, JSON.stringify(validate.errors));
  });

  it('rejects unknown keys, a bad date shape and a role with both an office and a title, for editors too', () => {
    const validate = new Ajv({ allErrors: true, strictRequired: false }).compile(factsSchema);
    assert.equal(validate({ version: 1, people: [{ name: 'A', roles: [{ office: 'a', title: 'B', from: 'May 2025' }] }], extra: 1 }), false);
    const kinds = (validate.errors ?? []).map((e) => `${e.instancePath} ${e.keyword}`);
    assert.ok(kinds.includes(' additionalProperties'), kinds.join('\n'));
    assert.ok(kinds.includes('/people/0/roles/0 oneOf'), kinds.join('\n'));
    assert.ok(kinds.includes('/people/0/roles/0/from anyOf'), kinds.join('\n'));
  });

  it('lists the allowed keys of each kind of entry in the order the contract writes them', () => {
    assert.deepEqual(allowedKeys, {
      table: ['version', 'asOf', 'offices', 'people', 'acronyms', 'terms', 'milestones'],
      office: ['id', 'title', 'aliases', 'country', 'wikidata', 'source'],
      person: ['name', 'aliases', 'wikidata', 'roles', 'source'],
      role: ['office', 'title', 'country', 'from', 'to', 'source'],
      acronym: ['short', 'expansion', 'variants', 'source'],
      term: ['canonical', 'variants', 'source'],
      milestone: ['name', 'aliases', 'date', 'source'],
    });
  });
});
