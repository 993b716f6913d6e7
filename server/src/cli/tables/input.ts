/**
 * Reading the files `factlint tables` is given (an importer's input, a table to describe, the
 * table an import replaces), one way for every subcommand: only a regular file (a named pipe
 * would block the command), its byte-order mark dropped, and for an importer's input UTF-8 (a
 * byte that is not is reported at its line and column). Messages start with the file's name as the user wrote it.
 */
import * as path from 'node:path';
import { displayPath } from '../../project/paths';
import { decodeDraft, readRegularFile } from '../../project/read';

/** A file's text, or why it cannot be read; `name` is how messages name the file. */
export type InputFile =
  | {
      name: string;
      /** The text, without a byte-order mark. */
      text: string;
      /** Whether the file starts with a byte-order mark (for a file that is edited and written back). */
      bom: boolean;
      error?: undefined;
    }
  | {
      name: string;
      text?: undefined;
      /** "FILE: cannot read it (ENOENT)", or "FILE:LINE:COLUMN: this byte is not UTF-8: …". */
      error: string;
      /** The file is not there at all. */
      missing: boolean;
    };

/**
 * Reads `file` (relative to `cwd`). With `utf8Hint`, a byte that is not UTF-8 is an error whose
 * message ends with the hint (how to save the file as UTF-8 in the program that makes such
 * files); without it, such a byte is read as U+FFFD, as the table loader reads tables.
 */
export function readInput(file: string, cwd: string, utf8Hint?: string): InputFile {
  const where = path.resolve(cwd, file);
  const name = displayPath(where, cwd);
  let bytes: Buffer;
  try {
    bytes = readRegularFile(where);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    return { name, error: `${name}: cannot read it (${err.code ?? err.message})`, missing: err.code === 'ENOENT' };
  }
  const draft = decodeDraft(bytes);
  if (draft.undecodable && utf8Hint !== undefined) {
    const { line, column } = draft.undecodable;
    return { name, error: `${name}:${line}:${column}: this byte is not UTF-8: ${utf8Hint}`, missing: false };
  }
  return { name, text: draft.text, bom: draft.bom };
}
