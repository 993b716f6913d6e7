/**
 * What is wrong with a draft's configuration or tables (a missing or broken table, a broken
 * `.factlint.yaml`), told to the user the way other editors can see it too, not only the VS Code
 * status bar: each problem once in the log, a `window/showMessage` for new errors, and
 * diagnostics pushed on the file at fault while it is not open in the editor (an open facts
 * table shows its own errors). Drafts are re-checked on every keystroke, so everything here is
 * said once per distinct problem, and again only after files or settings changed.
 */

/** A place in a file, 1-based. */
export interface Place {
  /** Absolute path. */
  file: string;
  /** 1-based line. */
  line: number;
  /** 1-based column. */
  column: number;
}

/** One thing wrong with what a document is checked with. */
export interface Problem {
  /** `error`: told in a message and the log; `info` (a table left unread in an untrusted workspace): the log only. */
  level: 'error' | 'info';
  /** Where it is, when it is in a file. */
  at?: Place;
  /** What is wrong and how to fix it. */
  message: string;
}

/** Where problems go. */
export interface ProblemSink {
  /** A line for the log. */
  log(level: Problem['level'], message: string): void;
  /** A message the user sees at once (`window/showMessage`, Error). */
  show(message: string): void;
  /** Replaces the diagnostics pushed for a file (an empty list clears them). */
  push(file: string, problems: Problem[]): void;
  /** Whether a file is a facts table open in the editor: its own check shows its errors. */
  isOpenTable(file: string): boolean;
  /** A file as messages name it. */
  display(file: string): string;
}

/** Most lines remembered as told, before starting afresh. */
const MAX_TOLD = 1000;

/** Tells problems once each, and keeps the diagnostics pushed for files at fault. */
export class ProblemReport {
  private readonly told = new Set<string>();
  /** Files with pushed diagnostics, and the problems pushed, as one string. */
  private readonly pushed = new Map<string, string>();

  constructor(private readonly sink: ProblemSink) {}

  /** The text of a problem: file:line:column: message. */
  text(p: Problem): string {
    return p.at ? `${this.sink.display(p.at.file)}:${p.at.line}:${p.at.column}: ${p.message}` : p.message;
  }

  /**
   * What one check found: its problems, and the files it read whose every problem is among them
   * (so a file missing from `problems` is now clean).
   */
  report(problems: readonly Problem[], observed: readonly string[]): void {
    const fresh: string[] = [];
    for (const p of problems) {
      if (p.at && this.sink.isOpenTable(p.at.file)) continue;
      const text = this.text(p);
      if (this.told.has(text)) continue;
      if (this.told.size >= MAX_TOLD) this.told.clear();
      this.told.add(text);
      this.sink.log(p.level, `factlint: ${text}`);
      if (p.level === 'error') fresh.push(text);
    }
    if (fresh.length > 0) this.sink.show(`factlint: ${fresh[0]}${fresh.length > 1 ? ` (and ${fresh.length - 1} more in the factlint log)` : ''}`);

    const byFile = new Map<string, Problem[]>(observed.map((f) => [f, []]));
    for (const p of problems) {
      if (!p.at) continue;
      const list = byFile.get(p.at.file) ?? [];
      list.push(p);
      byFile.set(p.at.file, list);
    }
    for (const [file, list] of byFile) {
      if (this.sink.isOpenTable(file)) continue;
      const key = JSON.stringify(list.map((p) => this.text(p)));
      if ((this.pushed.get(file) ?? '[]') === key) continue;
      if (list.length === 0) this.pushed.delete(file);
      else this.pushed.set(file, key);
      this.sink.push(file, list);
    }
  }

  /** Files or settings changed: a problem still there is told again. */
  retell(): void {
    this.told.clear();
  }

  /** A file was opened in the editor; true when diagnostics had been pushed for it (the caller clears them). */
  opened(file: string): boolean {
    return this.pushed.delete(file);
  }
}
