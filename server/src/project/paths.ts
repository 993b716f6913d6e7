/** Paths as factlint prints them. */
import * as path from 'node:path';

/** A path as printed: relative to `cwd`, with forward slashes. */
export function displayPath(file: string, cwd: string): string {
  return path.relative(cwd, file).split(path.sep).join('/');
}
