/**
 * `.factlint.yaml`: the project configuration nearest to a checked file (looked up from its
 * folder upwards; the nearest one wins, whole). Problems are reported as file:line:column.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { isIsoDay, RULE_LEVELS, type IgnoreEntry, type RuleId, type RuleLevel } from '../engine';
import { displayPath, insideFolder, realPathOrSelf } from './paths';
import { readRegularFile, stripBom } from './read';

/** The config file's name. */
export const CONFIG_FILE = '.factlint.yaml';

const KEYS = ['facts', 'defaultFacts', 'rules', 'date', 'ignore'];

/** A facts table a config names. */
export interface ConfigTable {
  /** Absolute path, resolved against the config file's folder. */
  file: string;
  /** Where the config names it, 1-based. */
  line: number;
  /** Column in the config, 1-based. */
  column: number;
}

/** One `.factlint.yaml`, read and checked. */
export interface ProjectConfig {
  /** Absolute path of the config file. */
  file: string;
  /** Facts tables to add. */
  facts: ConfigTable[];
  /** False to leave out the embedded default table. */
  defaultFacts?: boolean;
  /** Rule levels. */
  rules: Partial<Record<RuleId, RuleLevel>>;
  /** Article date for the files it governs. */
  date?: string;
  /** Findings to leave out, by their flagged text (and rule). */
  ignore: IgnoreEntry[];
}

/** One problem with a config, where it is (1-based; 1:1 when the file could not be read at all). */
export interface ConfigIssue {
  /** 1-based line. */
  line: number;
  /** 1-based column. */
  column: number;
  /** What is wrong and how to fix it. */
  message: string;
}

/** The config governing a folder, as found. */
export interface FoundConfig {
  /** The config, or null when there is none or it has errors. */
  config: ProjectConfig | null;
  /** Its errors as "file:line:column: message", the file relative to the finder's `cwd`. */
  errors: string[];
  /** The config file found (absolute), broken or not; null when there is none. */
  file: string | null;
  /** Its errors, one per entry of `errors`, with their place in `file`. */
  issues: ConfigIssue[];
}

/** Finds and reads configs, caching per folder and per file. */
export class ConfigFinder {
  private readonly byFolder = new Map<string, string | null>();
  private readonly byFile = new Map<string, FoundConfig>();

  /**
   * `cwd` is where error paths are relative to; `ruleIds` are the engine's rule ids; `allowed`
   * are tables the user named (`--facts`), by real path, which a config may name wherever they are.
   */
  constructor(
    private readonly cwd: string,
    private readonly ruleIds: readonly string[],
    private readonly allowed: ReadonlySet<string> = new Set(),
  ) {}

  /** The config governing files in `folder` (absolute), or null; errors are "file:line:column: message". */
  find(folder: string): FoundConfig {
    const file = this.locate(folder);
    if (file === null) return { config: null, errors: [], file: null, issues: [] };
    let loaded = this.byFile.get(file);
    if (!loaded) {
      loaded = this.read(file);
      this.byFile.set(file, loaded);
    }
    return loaded;
  }

  private locate(folder: string): string | null {
    const cached = this.byFolder.get(folder);
    if (cached !== undefined) return cached;
    const candidate = path.join(folder, CONFIG_FILE);
    let found: string | null;
    if (fs.existsSync(candidate)) found = candidate;
    else {
      const parent = path.dirname(folder);
      found = parent === folder ? null : this.locate(parent);
    }
    this.byFolder.set(folder, found);
    return found;
  }

  private read(file: string): FoundConfig {
    const shown = displayPath(file, this.cwd);
    let text: string;
    try {
      text = readRegularFile(file).toString('utf8');
    } catch (e) {
      const message = `cannot read: ${(e as Error).message}`;
      return { config: null, errors: [`${shown}: ${message}`], file, issues: [{ line: 1, column: 1, message }] };
    }
    const { config, errors } = parseConfig(text, file, this.ruleIds, this.allowed);
    const issues = errors.map((e) => {
      const m = /^(\d+):(\d+): ([^]*)$/.exec(e);
      return m ? { line: Number(m[1]), column: Number(m[2]), message: m[3] } : { line: 1, column: 1, message: e };
    });
    return { config, errors: errors.map((e) => `${shown}:${e}`), file, issues };
  }
}

/**
 * Parses the text of a config at `file`; errors are "line:column: message". A table it names must
 * lie in the config's folder or below (by real path), unless it is one of `allowed` (real paths).
 */
export function parseConfig(
  text: string,
  file: string,
  ruleIds: readonly string[],
  allowed: ReadonlySet<string> = new Set(),
): { config: ProjectConfig | null; errors: string[] } {
  const lines = new LineCounter();
  const doc = parseDocument(stripBom(text), { lineCounter: lines, prettyErrors: false });
  const errors: string[] = [];
  const at = (node: YamlNode | null | undefined) => {
    const { line, col } = lines.linePos(node?.range?.[0] ?? 0);
    return `${Math.max(line, 1)}:${Math.max(col, 1)}`;
  };
  for (const e of doc.errors) {
    const { line, col } = lines.linePos(e.pos[0]);
    errors.push(`${line}:${col}: ${e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}; fix the YAML syntax`);
  }
  if (errors.length > 0) return { config: null, errors };

  const config: ProjectConfig = { file, facts: [], rules: {}, ignore: [] };
  const root = doc.contents;
  if (root === null || (isScalar(root) && root.value === null)) return { config, errors };
  if (!isMap(root)) {
    return { config: null, errors: [`${at(root)}: ${CONFIG_FILE} must be a mapping with the keys ${KEYS.join(', ')}`] };
  }

  for (const pair of root.items) {
    const key = pair.key as YamlNode | null;
    const value = pair.value as YamlNode | null;
    const name = isScalar(key) ? String(key.value) : '';
    if (!KEYS.includes(name)) {
      errors.push(`${at(key)}: unknown key "${name}"; the keys are ${KEYS.join(', ')}`);
      continue;
    }
    if (value === null || (isScalar(value) && value.value === null)) continue;
    switch (name) {
      case 'facts':
        if (!isSeq(value) || !value.items.every((i) => isScalar(i) && typeof i.value === 'string')) {
          errors.push(`${at(value)}: "facts" must be a list of facts table paths relative to this file, like [team.facts.yaml]`);
          break;
        }
        for (const item of value.items) {
          const { line, col } = lines.linePos((item as YamlNode).range?.[0] ?? 0);
          const rel = String((item as { value: unknown }).value);
          const table = path.resolve(path.dirname(file), rel);
          // A config comes with the drafts, from anyone who can change them: it may only name
          // tables of its own project, so that it cannot make a check read (and an error quote)
          // any other file on the machine.
          const real = realPathOrSelf(table);
          if (!allowed.has(real) && !insideFolder(realPathOrSelf(path.dirname(file)), real)) {
            errors.push(`${line}:${col}: "${rel}" lies outside this project (the folder of ${CONFIG_FILE} and below, links followed); name a table inside it, or give that table on the command line with --facts`);
          } else config.facts.push({ file: table, line, column: col });
        }
        break;
      case 'defaultFacts':
        if (!isScalar(value) || typeof value.value !== 'boolean') {
          errors.push(`${at(value)}: "defaultFacts" must be true or false`);
        } else config.defaultFacts = value.value;
        break;
      case 'rules':
        if (!isMap(value)) {
          errors.push(`${at(value)}: "rules" must map rule ids to ${RULE_LEVELS.join(', ')}, like {acronym: warning}`);
          break;
        }
        for (const rule of value.items) {
          const id = isScalar(rule.key) ? String(rule.key.value) : '';
          const level = isScalar(rule.value) ? rule.value.value : undefined;
          if (!ruleIds.includes(id)) {
            errors.push(`${at(rule.key as YamlNode)}: unknown rule "${id}"; the rules are ${ruleIds.join(', ')}`);
          } else if (typeof level !== 'string' || !(RULE_LEVELS as readonly string[]).includes(level)) {
            errors.push(`${at(rule.value as YamlNode)}: rule "${id}" must be ${RULE_LEVELS.join(', ')}`);
          } else config.rules[id as RuleId] = level as RuleLevel;
        }
        break;
      case 'date':
        if (!isScalar(value) || typeof value.value !== 'string' || !isIsoDay(value.value)) {
          errors.push(`${at(value)}: "date" must be a real date written YYYY-MM-DD, like 2026-03-06`);
        } else config.date = value.value;
        break;
      case 'ignore':
        if (!isSeq(value)) {
          errors.push(`${at(value)}: "ignore" must be a list of flagged texts, each a string or {text: …, rule: …}, like ["Indo Pacific", {text: FIOP, rule: acronym}]`);
          break;
        }
        for (const item of value.items as YamlNode[]) {
          if (isScalar(item) && typeof item.value === 'string' && item.value.trim() !== '') {
            config.ignore.push({ text: item.value });
            continue;
          }
          if (!isMap(item)) {
            errors.push(`${at(item)}: an "ignore" entry is a flagged text or {text: …, rule: …}`);
            continue;
          }
          const entry: { text?: string; rule?: RuleId } = {};
          for (const field of item.items) {
            const k = isScalar(field.key) ? String(field.key.value) : '';
            const v = isScalar(field.value) ? field.value.value : undefined;
            if (k === 'text' && typeof v === 'string' && v.trim() !== '') entry.text = v;
            else if (k === 'rule' && typeof v === 'string' && ruleIds.includes(v)) entry.rule = v as RuleId;
            else if (k === 'rule') errors.push(`${at(field.value as YamlNode)}: unknown rule "${String(v)}"; the rules are ${ruleIds.join(', ')}`);
            else if (k === 'text') errors.push(`${at(field.value as YamlNode)}: "text" must be the flagged text, not empty`);
            else errors.push(`${at(field.key as YamlNode)}: unknown key "${k}" in an "ignore" entry; the keys are text, rule`);
          }
          if (entry.text === undefined) {
            if (!item.items.some((f) => isScalar(f.key) && f.key.value === 'text')) errors.push(`${at(item)}: this "ignore" entry has no "text": add the flagged text`);
          } else config.ignore.push(entry as IgnoreEntry);
        }
        break;
    }
  }
  return errors.length > 0 ? { config: null, errors } : { config, errors };
}
