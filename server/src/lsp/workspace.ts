/**
 * The workspace, and what a document in it is checked with: its settings, the nearest
 * `.factlint.yaml`, and the facts tables both name — the same tables and levels the CLI would
 * use, plus the editor's settings. In an untrusted workspace only tables inside the workspace
 * folders are read.
 */
import * as path from 'node:path';
import fg from 'fast-glob';
import { URI } from 'vscode-uri';
import type { FactlintSettings } from '../../../common/out/settings';
import { RULES, type RuleId, type RuleLevel } from '../engine';
import { ConfigFinder } from '../project/config';
import type { TableSet } from '../project/tables';

/** Everything needed to check one document besides its text. */
export interface DocumentSetup {
  /** Check it at all. */
  enabled: boolean;
  /** Its tables. */
  tables: TableSet;
  /** Rule levels: `.factlint.yaml`'s, then the settings'. */
  rules: Partial<Record<RuleId, RuleLevel>>;
  /** Article date forced by the settings or `.factlint.yaml`. */
  articleDate?: string;
  /** Problems with the configuration, for the log. */
  problems: string[];
}

/** The file-system path of a `file:` URI, else undefined. */
export function fsPath(uri: string): string | undefined {
  const u = URI.parse(uri);
  return u.scheme === 'file' ? u.fsPath : undefined;
}

/** Workspace folders, trust, and `.factlint.yaml` lookup. */
export class Workspace {
  /** Workspace folders, as file-system paths. */
  folders: string[] = [];
  /** Whether the workspace is trusted. */
  trusted = true;
  private configs: ConfigFinder;
  private readonly globs = new Map<string, string[]>();

  constructor() {
    this.configs = new ConfigFinder(process.cwd(), RULES.map((r) => r.id));
  }

  /** Forgets cached configs and glob results (a config or a table was created, changed or deleted). */
  reset(): void {
    this.configs = new ConfigFinder(process.cwd(), RULES.map((r) => r.id));
    this.globs.clear();
  }

  /** The workspace folder holding a path, or the first folder. */
  folderOf(file: string | undefined): string | undefined {
    if (file) {
      const inside = this.folders.filter((f) => isInside(file, f)).sort((a, b) => b.length - a.length);
      if (inside.length > 0) return inside[0];
    }
    return this.folders[0];
  }

  /** True when a table may be read: always in a trusted workspace, else only inside its folders. */
  mayRead(file: string): boolean {
    return this.trusted || this.folders.some((f) => isInside(file, f));
  }

  /** The setup of a document from its URI and settings. */
  setup(uri: string, settings: FactlintSettings): DocumentSetup {
    const file = fsPath(uri);
    const folder = this.folderOf(file);
    const problems: string[] = [];
    const lookFrom = file ? path.dirname(file) : folder;
    const found = lookFrom ? this.configs.find(lookFrom) : { config: null, errors: [] };
    problems.push(...found.errors);
    let config = found.config;
    if (config && !this.mayRead(config.file)) {
      problems.push(`${config.file}: not read, because the workspace is not trusted and the file is outside it`);
      config = null;
    }
    const files: string[] = [];
    for (const t of config?.facts ?? []) files.push(t.file);
    if (folder) files.push(...this.expand(folder, settings.facts));
    else if (settings.facts.length > 0) problems.push('factlint.facts is set but there is no workspace folder to resolve it against');
    const readable = files.filter((f) => {
      if (this.mayRead(f)) return true;
      problems.push(`${f}: not read, because the workspace is not trusted and the table is outside it`);
      return false;
    });
    return {
      enabled: settings.enable,
      tables: { defaultTable: settings.useDefaultFacts && config?.defaultFacts !== false, files: [...new Set(readable)] },
      rules: { ...(config?.rules ?? {}), ...settings.rules },
      articleDate: settings.articleDate || config?.date || undefined,
      problems,
    };
  }

  private expand(folder: string, patterns: string[]): string[] {
    if (patterns.length === 0) return [];
    const key = JSON.stringify([folder, patterns]);
    let out = this.globs.get(key);
    if (!out) {
      out = [];
      for (const p of patterns) {
        if (fg.isDynamicPattern(p)) out.push(...fg.sync(p, { cwd: folder, absolute: true, ignore: ['**/node_modules/**'] }).sort());
        else out.push(path.resolve(folder, p));
      }
      this.globs.set(key, out);
    }
    return out;
  }
}

function isInside(file: string, folder: string): boolean {
  const rel = path.relative(folder, file);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}
