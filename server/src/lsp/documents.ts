/**
 * The text documents the server keeps, guarded against what a client may send wrong: a `didOpen`
 * whose text is not a string, an incremental change whose range is not made of whole numbers,
 * and one whose range lies outside the document.
 * `vscode-languageserver-textdocument` updates its line offsets from the range as given, so one
 * range out of bounds leaves every later position wrong until the document is closed. Here each
 * range is clamped to the document first (as `offsetAt` reads it), and what was wrong is logged.
 */
import type { TextDocumentsConfiguration } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position, Range } from 'vscode-languageserver-types';

/** A position as the document reads it: a line past the end is the end, a column past its line is the line's end. */
function clamp(doc: TextDocument, p: Position): Position {
  return doc.positionAt(doc.offsetAt(p));
}

function samePosition(a: Position, b: Position): boolean {
  return a.line === b.line && a.character === b.character;
}

/** LSP's lines and columns are whole numbers: a column of 1.5 would reach the text as 1 but the line offsets as 1.5. */
function isPosition(p: unknown): p is Position {
  const q = p as Position | null;
  return typeof q === 'object' && q !== null && Number.isInteger(q.line) && Number.isInteger(q.character);
}

function isRange(r: unknown): r is Range {
  const q = r as Range | null;
  return typeof q === 'object' && q !== null && isPosition(q.start) && isPosition(q.end);
}

/** The documents' configuration for `TextDocuments`, logging each repair with `warn`. */
export function guardedDocuments(warn: (message: string) => void): TextDocumentsConfiguration<TextDocument> {
  return {
    create(uri, languageId, version, content) {
      if (typeof content !== 'string') {
        warn(`factlint: ${uri} was opened with no text (its text was ${content === null ? 'null' : typeof content}); it is read as empty until the editor sends it again`);
        content = '';
      }
      return TextDocument.create(uri, languageId, version, content);
    },
    update(doc, changes, version) {
      // Each change is applied in turn, so the next one is clamped to the text it will change.
      for (const change of Array.isArray(changes) ? changes : []) {
        const c = change as { range?: unknown; text?: unknown };
        if (typeof c !== 'object' || c === null || typeof c.text !== 'string') {
          warn(`factlint: a change to ${doc.uri} (version ${version}) had no text and was left out`);
          continue;
        }
        if (c.range === undefined) {
          TextDocument.update(doc, [{ text: c.text }], version);
          continue;
        }
        if (!isRange(c.range)) {
          warn(`factlint: a change to ${doc.uri} (version ${version}) had a malformed range and was left out`);
          continue;
        }
        let start = clamp(doc, c.range.start);
        let end = clamp(doc, c.range.end);
        if (doc.offsetAt(start) > doc.offsetAt(end)) [start, end] = [end, start];
        if (!samePosition(start, c.range.start) || !samePosition(end, c.range.end)) {
          const r = c.range;
          warn(`factlint: a change to ${doc.uri} (version ${version}) reached outside the document (${r.start.line}:${r.start.character} to ${r.end.line}:${r.end.character}); it was applied within it`);
        }
        TextDocument.update(doc, [{ range: { start, end }, text: c.text }], version);
      }
      return TextDocument.update(doc, [], version);
    },
  };
}
