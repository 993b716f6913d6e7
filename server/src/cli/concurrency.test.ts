import * as assert from 'node:assert/strict';
import { AUTO_MIN_CHARS_PER_WORKER, AUTO_MIN_FILES_PER_WORKER, parseConcurrency, workerCount, type Workload } from './concurrency';

const MB = 1024 * 1024;

/** Plenty of everything: 16 cores, 2,000 files, 100 MB of drafts, a 1 MB table in the cache. */
const BIG: Workload = { concurrency: 'auto', cores: 16, files: 2000, chars: 100 * MB, tableBytes: MB, tablesCached: true };

describe('cli concurrency', () => {
  it('parses_numbers_auto_and_off', () => {
    assert.equal(parseConcurrency('off'), 'off');
    assert.equal(parseConcurrency('auto'), 'auto');
    assert.equal(parseConcurrency('1'), 1);
    assert.equal(parseConcurrency('12'), 12);
    for (const bad of ['0', '-1', '2.0', ' 2', 'Off', '', '99999999999999999999']) assert.equal(parseConcurrency(bad), null, bad);
  });

  it('off_and_one_thread_use_no_workers', () => {
    assert.equal(workerCount({ ...BIG, concurrency: 'off' }), 0);
    assert.equal(workerCount({ ...BIG, concurrency: 1 }), 0);
  });

  it('a_number_is_taken_as_given_up_to_the_number_of_files', () => {
    assert.equal(workerCount({ ...BIG, concurrency: 3, cores: 1, chars: 10, tableBytes: 100 * MB, tablesCached: false }), 3);
    assert.equal(workerCount({ ...BIG, concurrency: 16, files: 5 }), 5);
    assert.equal(workerCount({ ...BIG, concurrency: 4, files: 1 }), 0, 'one file, or --stdin, stays on the main thread');
  });

  it('auto_takes_one_worker_per_two_cores_when_there_is_plenty_of_work', () => {
    assert.equal(workerCount(BIG), 8);
    assert.equal(workerCount({ ...BIG, cores: 5 }), 2);
    assert.equal(workerCount({ ...BIG, cores: 4 }), 2);
  });

  it('auto_uses_no_workers_on_two_cores_or_fewer', () => {
    assert.equal(workerCount({ ...BIG, cores: 3 }), 0);
    assert.equal(workerCount({ ...BIG, cores: 2 }), 0);
    assert.equal(workerCount({ ...BIG, cores: 1 }), 0);
  });

  it('auto_starts_at_8_files_and_2_mb', () => {
    const least: Workload = { ...BIG, files: 2 * AUTO_MIN_FILES_PER_WORKER, chars: 2 * AUTO_MIN_CHARS_PER_WORKER, tableBytes: 0 };
    assert.equal(least.files, 8);
    assert.equal(least.chars, 2 * MB);
    assert.equal(workerCount(least), 2);
    assert.equal(workerCount({ ...least, files: 7 }), 0);
    assert.equal(workerCount({ ...least, chars: least.chars - 1 }), 0);
    assert.equal(workerCount({ ...least, files: 12, chars: 3 * MB }), 3);
  });

  it('auto_gives_each_worker_an_eighth_of_the_tables_bytes_in_drafts', () => {
    // The benchmark's 10.5 MB corpus on 8 cores, with its 2.7 MB and 20.4 MB tables.
    const bench: Workload = { concurrency: 'auto', cores: 8, files: 2000, chars: 10_500_000, tableBytes: 2_700_000, tablesCached: true };
    assert.equal(workerCount(bench), 4);
    assert.equal(workerCount({ ...bench, tableBytes: 20_400_000 }), 4, '2.55 MB each');
    assert.equal(workerCount({ ...bench, tableBytes: 40_000_000 }), 2, '5 MB each');
    assert.equal(workerCount({ ...bench, tableBytes: 50_000_000 }), 0);
  });

  it('auto_without_the_table_cache_gives_each_worker_the_tables_bytes_in_drafts', () => {
    const bench: Workload = { concurrency: 'auto', cores: 8, files: 2000, chars: 10_500_000, tableBytes: 2_700_000, tablesCached: false };
    assert.equal(workerCount(bench), 3);
    assert.equal(workerCount({ ...bench, tableBytes: 20_400_000 }), 0);
  });
});
