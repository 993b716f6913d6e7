/** Paths as CI systems want them: relative to the repository's root rather than the working directory. */
import * as path from 'node:path';
import type { FormatContext } from './types';

/**
 * A report path (relative to the working directory, forward slashes) made relative to the CI
 * root when there is one and the file lies inside it; otherwise as it is. "<stdin>" stays.
 */
export function ciPath(reportPath: string, ctx: FormatContext): string {
  if (ctx.ciRoot === undefined || reportPath === '<stdin>') return reportPath;
  const rel = path.relative(ctx.ciRoot, path.resolve(ctx.cwd, reportPath));
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return reportPath;
  return rel.split(path.sep).join('/');
}
