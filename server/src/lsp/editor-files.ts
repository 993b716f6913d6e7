/**
 * Files as the editor has them, for the edits to tables and configs: the text of a document open
 * in the editor, else of the file on disk (read again only when its size or time of change
 * differs), without a byte-order mark, as the editor shows it.
 */
import * as fs from 'node:fs';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { readRegularFile, stripBom } from '../project/read';
import { fsPath } from './workspace';

/** The open documents, as the server's `TextDocuments` gives them. */
interface OpenDocuments {
  all(): TextDocument[];
}

/** Reads files as the editor has them. */
export class EditorFiles {
  private readonly disk = new Map<string, { size: number; mtimeMs: number; text: string }>();

  constructor(private readonly documents: OpenDocuments) {}

  /** The file's text, open or on disk; undefined when it cannot be read. */
  text(file: string): string | undefined {
    const open = this.open(file);
    if (open) return open.getText();
    try {
      const { size, mtimeMs } = fs.statSync(file);
      const known = this.disk.get(file);
      if (known && known.size === size && known.mtimeMs === mtimeMs) return known.text;
      const text = stripBom(readRegularFile(file).toString('utf8'));
      this.disk.set(file, { size, mtimeMs, text });
      return text;
    } catch {
      this.disk.delete(file);
      return undefined;
    }
  }

  /** The version of the file open in the editor, or null. */
  version(file: string): number | null {
    return this.open(file)?.version ?? null;
  }

  /** Forgets what was read from disk (a watched file changed). */
  forgetDisk(): void {
    this.disk.clear();
  }

  private open(file: string): TextDocument | undefined {
    return this.documents.all().find((d) => fsPath(d.uri) === file);
  }
}
