import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { WdEntity } from './entities';
import { PartialFile } from './partial';

const ITEM = { id: 'Q1', type: 'item', labels: { en: { language: 'en', value: 'Alda Brennick' } }, claims: {} } as WdEntity;

describe('wikidata partial file', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factlint-partial-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const file = () => path.join(dir, 'out.facts.yaml.partial.jsonl');

  it('starts_with_a_header_and_reads_back_what_was_kept', () => {
    const notes: string[] = [];
    const first = new PartialFile(file(), { offices: ['Q9'] });
    assert.deepEqual(first.load('2026-11-20', notes), { retrieved: '2026-11-20', holders: null, entities: new Map() });
    first.saveHolders(['Q1', 'Q2']);
    first.saveEntities(new Map([['Q1', ITEM], ['Q2', null]]));
    const again = new PartialFile(file(), { offices: ['Q9'] }).load('2026-11-21', notes);
    assert.deepEqual(again, { retrieved: '2026-11-20', holders: ['Q1', 'Q2'], entities: new Map([['Q1', ITEM], ['Q2', null]]) });
    assert.deepEqual(notes, []);
  });

  it('drops_a_last_line_cut_short', () => {
    const p = new PartialFile(file(), { offices: ['Q9'] });
    p.load('2026-11-20', []);
    p.saveHolders(['Q1']);
    fs.appendFileSync(file(), '{"entities": {"Q1": {"id": "Q1", "lab');
    const notes: string[] = [];
    const again = new PartialFile(file(), { offices: ['Q9'] }).load('2026-11-21', notes);
    assert.deepEqual([again.holders, again.entities.size], [['Q1'], 0]);
    assert.deepEqual(notes, ['out.facts.yaml.partial.jsonl ended in a line cut short, which was dropped']);
    assert.equal(fs.readFileSync(file(), 'utf8').split('\n').length, 3, 'the cut line is gone from the file');
  });

  it('starts_afresh_for_other_options', () => {
    new PartialFile(file(), { offices: ['Q9'] }).load('2026-11-20', []);
    const notes: string[] = [];
    const other = new PartialFile(file(), { offices: ['Q8'] }).load('2026-11-21', notes);
    assert.equal(other.retrieved, '2026-11-21');
    assert.deepEqual(notes, ['out.facts.yaml.partial.jsonl was kept by a run with other options; starting afresh']);
  });

  it('never_overwrites_a_file_it_did_not_write', () => {
    fs.writeFileSync(file(), 'my notes\n');
    assert.throws(() => new PartialFile(file(), {}).load('2026-11-21', []), /out\.facts\.yaml\.partial\.jsonl is in the way: it was not written by this import; delete it or give another --output/);
    assert.equal(fs.readFileSync(file(), 'utf8'), 'my notes\n');
  });
});
