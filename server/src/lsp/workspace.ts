/**
 * The workspace, and what a document in it is checked with: its settings, the nearest
 * `.factlint.yaml`, and the facts tables both name — the same tables and levels the CLI would
 * use, plus the editor's settings. In an untrusted workspace only tables and configs inside the
 * workspace folders are read, by real path (a link inside pointing outside is outside). A config
 * with errors is replaced by its last good version while there is one.
 */
import * as path from 'node:path';
import fg from 'fast-glob';
import { URI } from 'vscode-uri';
import type { FactlintSettings } from '../../../common/out/settings';
import { RULES, type IgnoreEntry, type RuleId, type RuleLevel } from '../engine';
import { ConfigFinder, type ProjectConfig } from '../project/config';
import { insideFolder, loopSafeReaddir, realPathOrSelf } from '../project/paths';
import type { TableSet } from '../project/tables';
import type { Place, Problem } from './problems';

/** Where a table was named: an entry of a `.factlint.yaml`, or the `factlint.facts` setting. */
export type TableOrigin = Place | 'setting';

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
  /** `.factlint.yaml`'s `ignore`. */
  ignore?: IgnoreEntry[];
  /** Where each of `tables.files` was named. */
  origins: Map<string, TableOrigin>;
  /** The `.factlint.yaml` governing the document, broken or not. */
  configFile?: string;
  /** True when that config has errors and no good version was read before: the document cannot be checked as the CLI would. */
  configUnusable: boolean;
  /** Problems with the configuration, for the user. */
  problems: Problem[];
}

/** The file-system path of a `file:` URI, else undefined. */
export function fsPath(uri: string): string | undefined {
  const u = URI.parse(uri);
  return u.scheme === 'file' ? u.fsPath : undefined;
}

/** Workspace folders, trust, and `.factlint.yaml` lookup. */
export class Workspace {
  /** Whether the workspace is trusted. */
  trusted = true;
  private configs: ConfigFinder;
  private readonly globs = new Map<string, string[]>();
  private paths: string[] = [];
  private realPaths: string[] = [];
  /** The last good version of each config read, kept while the file has errors. */
  private readonly lastGood = new Map<string, ProjectConfig>();

  constructor() {
    this.configs = new ConfigFinder(process.cwd(), RULES.map((r) => r.id));
  }

  /** Forgets cached configs and glob results (a config or a table was created, changed or deleted). */
  reset(): void {
    this.configs = new ConfigFinder(process.cwd(), RULES.map((r) => r.id));
    this.globs.clear();
  }

  /** Workspace folders, as file-system paths. */
  get folders(): string[] {
    return this.paths;
  }

  set folders(paths: string[]) {
    this.paths = paths;
    this.realPaths = paths.map(realPathOrSelf);
  }

  /** The workspace folder holding a path, or the first folder. */
  folderOf(file: string | undefined): string | undefined {
    if (file) {
      const inside = this.folders.filter((f) => isInside(file, f)).sort((a, b) => b.length - a.length);
      if (inside.length > 0) return inside[0];
    }
    return this.folders[0];
  }

  /** A file as messages name it: relative to its workspace folder, else absolute. */
  display(file: string): string {
    const folder = this.folders.filter((f) => isInside(file, f)).sort((a, b) => b.length - a.length)[0];
    return folder === undefined ? file : path.relative(folder, file).split(path.sep).join('/');
  }

  /**
   * True when a table or config may be read: always in a trusted workspace, else only inside its
   * folders, comparing real paths, so that a link inside a folder to a file outside is outside.
   */
  mayRead(file: string): boolean {
    if (this.trusted) return true;
    const real = realPathOrSelf(file);
    return this.realPaths.some((f) => isInside(real, f));
  }

  /** Whether a folder is a workspace folder or lies in one. */
  inWorkspace(folder: string): boolean {
    return this.folders.some((f) => isInside(folder, f));
  }

  /** The `.factlint.yaml` governing files in `folder` (absolute), when there is one that may be read. */
  configOf(folder: string): string | undefined {
    const file = this.configs.find(folder).file;
    return file !== null && this.mayRead(file) ? file : undefined;
  }

  /** The setup of a document from its URI and settings. */
  setup(uri: string, settings: FactlintSettings): DocumentSetup {
    const file = fsPath(uri);
    const folder = this.folderOf(file);
    const problems: Problem[] = [];
    const lookFrom = file ? path.dirname(file) : folder;
    const found = lookFrom ? this.configs.find(lookFrom) : null;
    let config: ProjectConfig | null = null;
    let configUnusable = false;
    if (found?.file && !this.mayRead(found.file)) {
      problems.push({ level: 'info', message: `${found.file} not read: the workspace is not trusted and the file is outside it (links followed); trust the workspace to use it` });
    } else if (found?.file) {
      if (found.config) this.lastGood.set(found.file, found.config);
      config = found.config ?? this.lastGood.get(found.file) ?? null;
      configUnusable = config === null;
      const meanwhile = configUnusable ? ' — until it is fixed, the drafts it governs are not checked' : ' — until it is fixed, drafts use its last good version';
      for (const i of found.issues) problems.push({ level: 'error', at: { file: found.file, line: i.line, column: i.column }, message: `${i.message}${meanwhile}` });
    }
    const origins = new Map<string, TableOrigin>();
    for (const t of config?.facts ?? []) if (!origins.has(t.file)) origins.set(t.file, { file: config!.file, line: t.line, column: t.column });
    if (folder) {
      for (const f of this.expand(folder, settings.facts)) if (!origins.has(f)) origins.set(f, 'setting');
    } else if (settings.facts.length > 0) problems.push({ level: 'info', message: 'factlint.facts is set but there is no workspace folder to resolve it against; open a folder, or give the tables in .factlint.yaml' });
    const readable: string[] = [];
    for (const f of origins.keys()) {
      if (this.mayRead(f)) readable.push(f);
      else problems.push({ level: 'info', message: `${f} not read: the workspace is not trusted and the table is outside it (links followed); trust the workspace to use it` });
    }
    return {
      enabled: settings.enable,
      tables: { defaultTable: settings.useDefaultFacts && config?.defaultFacts !== false, files: readable },
      rules: { ...(config?.rules ?? {}), ...settings.rules },
      articleDate: settings.articleDate || config?.date || undefined,
      ignore: config?.ignore ?? [],
      origins,
      configFile: found?.file ?? undefined,
      configUnusable,
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
        // Each real folder once: a link loop in the workspace must not hang the server.
        const readdirSync = loopSafeReaddir();
        if (fg.isDynamicPattern(p)) out.push(...fg.sync(p, { cwd: folder, absolute: true, ignore: ['**/node_modules/**'], fs: { readdirSync: readdirSync as fg.FileSystemAdapter['readdirSync'] } }).sort());
        else out.push(path.resolve(folder, p));
      }
      this.globs.set(key, out);
    }
    return out;
  }
}

/** Whether `file` is `folder` or lies below it. */
function isInside(file: string, folder: string): boolean {
  return file === folder || insideFolder(folder, file);
}
