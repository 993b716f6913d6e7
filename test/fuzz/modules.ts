/**
 * The compiled modules the fuzz suite drives, loaded from `server/out` as the other tests load
 * them (compiled tests live in `test/out`, the code under test in `server/out`).
 */
import * as path from 'node:path';
import type * as Engine from '../../server/src/engine';
import type * as Fix from '../../server/src/cli/fix';
import type * as Checker from '../../server/src/lsp/checker';
import type * as Documents from '../../server/src/lsp/documents';
import type * as Tables from '../../server/src/project/tables';
import type * as Tokenize from '../../server/src/engine/text/tokenize';
import type * as Words from '../../server/src/engine/rules/shared/words';

const OUT = path.resolve(__dirname, '../../../server/out');

function load<T>(module: string): T {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(path.join(OUT, module)) as T;
}

/** The engine's public surface. */
export const engine = load<typeof Engine>('engine');
/** `--fix` on one text (the CLI's loop over `applyFixes`). */
export const fix = load<typeof Fix>('cli/fix');
/** The language server's checker: one document version → its outcome and diagnostics. */
export const checker = load<typeof Checker>('lsp/checker');
/** The language server's guarded document store. */
export const documents = load<typeof Documents>('lsp/documents');
/** The one facts-table loader of both front ends. */
export const tables = load<typeof Tables>('project/tables');
/** How the matcher reads a phrase (to keep generated tables free of contradictions). */
export const tokenize = load<typeof Tokenize>('engine/text/tokenize');
/** The rules' word lists: the words that make a rule look closer. */
export const words = load<typeof Words>('engine/rules/shared/words');

export type { Engine };
