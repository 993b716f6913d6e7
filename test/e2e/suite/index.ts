/**
 * The suite's entry point, as `@vscode/test-electron` (and code-server's `payload`) expect:
 * `run()` runs every `*.test.js` beside it with mocha and rejects when a test failed.
 *
 * Results are written with console.error, one line per test behind REPORT_PREFIX: in
 * code-server console.log reaches only the workbench's log, console.error the browser console.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import { warmUp } from './helpers';

/** What the runners look for in the output to find the suite's own lines. */
export const REPORT_PREFIX = '[factlint-e2e] ';

function report(line: string): void {
  console.error(REPORT_PREFIX + line);
}

/** One line per test: `pass <title> (ms)`, `fail <title>` then the error, and a closing count. */
class LineReporter extends Mocha.reporters.Base {
  constructor(runner: Mocha.Runner, options?: Mocha.MochaOptions) {
    super(runner, options);
    runner.on('pass', (t) => report(`pass ${t.fullTitle()} (${t.duration ?? 0} ms)`));
    runner.on('pending', (t) => report(`skip ${t.fullTitle()}`));
    runner.on('fail', (t, err: Error) => {
      report(`fail ${t.fullTitle()}`);
      for (const l of String(err?.stack ?? err).split('\n').slice(0, 12)) report(`     ${l}`);
    });
    runner.once('end', () => report(`end ${this.stats.passes} passing, ${this.stats.failures} failing, ${this.stats.pending} pending`));
  }
}

/** Runs the suite; resolves when every test passed. */
export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 30000, color: false, reporter: LineReporter, rootHooks: { beforeAll: [warmUp] } });
  const grep = process.env.FACTLINT_E2E_GREP;
  if (grep) mocha.grep(grep);
  for (const f of fs.readdirSync(__dirname).sort()) {
    if (f.endsWith('.test.js')) mocha.addFile(path.join(__dirname, f));
  }
  return new Promise((resolve, reject) => {
    try {
      mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} e2e tests failed`)) : resolve()));
    } catch (err) {
      reject(err);
    }
  });
}
