/**
 * Loaded by mocha before any test (see .mocharc.json): compiled tables are cached in a fresh
 * folder of the run's own, never in the user's cache, and the folder is removed at the end.
 * Child processes (the CLI, the language server) inherit the setting.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factlint-test-cache-'));
process.env.FACTLINT_CACHE_DIR = dir;
delete process.env.FACTLINT_NO_CACHE;
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
