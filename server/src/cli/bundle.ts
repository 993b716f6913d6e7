/**
 * The entry of `dist/cli.js`, the CLI as one bundled file that `bin/factlint.js` loads: one file
 * to read and compile instead of a hundred modules, which takes about 60 ms off every run. The
 * same file is its worker threads' script: loaded on a worker, `worker.ts` starts serving. One
 * file also gives both threads the same engine stamp, so they share the table cache.
 */
import './worker';
import { setWorkerFile } from './workers';

setWorkerFile(__filename);

export { run } from './main';
