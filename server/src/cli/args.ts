/** Command-line arguments: parsed with node's `util.parseArgs`, then validated into typed options. */
import { parseArgs } from 'node:util';
import { isIsoDay, RULE_LEVELS, type RuleId, type RuleLevel } from '../engine';
import { parseConcurrency, type Concurrency } from './concurrency';
import { FORMAT_NAMES, type FormatName } from './formatters';

/** Everything a run of the CLI was asked to do. */
export interface CliOptions {
  /** Paths, directories and globs to check (empty: the working directory). */
  paths: string[];
  /** Extra facts tables from `--facts`, as given. */
  facts: string[];
  /** False when `--no-default-facts` was given. */
  defaultFacts: boolean;
  /** Article date for every file (`--date`). */
  date?: string;
  /** Output format. */
  format: FormatName;
  /** Apply unambiguous fixes in place. */
  fix: boolean;
  /** Exit 1 when there are more warnings than this. */
  maxWarnings?: number;
  /** Rule levels from `--rule`, the last one for an id winning. */
  rules: Partial<Record<RuleId, RuleLevel>>;
  /** Check standard input instead of files. */
  stdin: boolean;
  /** Name of the standard-input text. */
  stdinFilename?: string;
  /** Forced colour on or off; undefined decides from the terminal and the environment. */
  color?: boolean;
  /** Threads checking files (`--concurrency`); undefined leaves it to FACTLINT_CONCURRENCY, else auto. */
  concurrency?: Concurrency;
  /** Where to write the report instead of standard output (`--output-file`). */
  outputFile?: string;
  /** Report errors only (`--quiet`); warnings still count for `--max-warnings`. */
  quiet: boolean;
  /** Check only the drafts that differ from a git base (`--changed`). */
  changed?: ChangedSpec;
  /** Say per file what the checks skipped, on standard error (`--verbose`). */
  verbose: boolean;
}

/** `--changed`, `--changed=BASE` or `--changed BASE`. */
export interface ChangedSpec {
  /** The base as given; undefined: the merge base with the default branch. */
  base?: string;
  /**
   * True when the base was the next argument rather than `=BASE`: if git knows no such commit but
   * a file or folder has that name, it was a path to check (`factlint --changed drafts/`).
   */
  mayBePath: boolean;
}

/** The outcome of reading the arguments. */
export type ParsedArgs =
  | { kind: 'run'; options: CliOptions }
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'usage-error'; message: string };

/** The four rule levels. */

const OPTIONS = {
  facts: { type: 'string', multiple: true },
  'no-default-facts': { type: 'boolean' },
  date: { type: 'string' },
  format: { type: 'string' },
  fix: { type: 'boolean' },
  'max-warnings': { type: 'string' },
  rule: { type: 'string', multiple: true },
  stdin: { type: 'boolean' },
  'stdin-filename': { type: 'string' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  concurrency: { type: 'string' },
  'output-file': { type: 'string', short: 'o' },
  quiet: { type: 'boolean' },
  verbose: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
} as const;

/** Reads `argv` (without node and the script); `ruleIds` are the engine's rule ids. */
export function parseCliArgs(argv: string[], ruleIds: readonly string[]): ParsedArgs {
  const split = takeChanged(argv);
  if (typeof split === 'string') return usageError(split);
  let parsed;
  try {
    parsed = parseArgs({ args: split.rest, options: OPTIONS, allowPositionals: true, strict: true, tokens: true });
  } catch (e) {
    return usageError(nodeMessage(e));
  }
  const { values, positionals, tokens } = parsed;
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };

  const format = values.format ?? 'stylish';
  if (!(FORMAT_NAMES as readonly string[]).includes(format)) {
    return usageError(`unknown format "${format}"; use ${FORMAT_NAMES.join(' or ')}`);
  }

  if (values.date !== undefined && !isIsoDay(values.date)) {
    return usageError(`--date needs a real date written YYYY-MM-DD, not "${values.date}"`);
  }

  let maxWarnings: number | undefined;
  if (values['max-warnings'] !== undefined) {
    const raw = values['max-warnings'];
    if (!/^\d+$/.test(raw) || !Number.isSafeInteger(Number(raw))) {
      return usageError(`--max-warnings needs a whole number 0 or more, not "${raw}"`);
    }
    maxWarnings = Number(raw);
  }

  const rules: Partial<Record<RuleId, RuleLevel>> = {};
  for (const spec of values.rule ?? []) {
    const eq = spec.indexOf('=');
    const id = eq < 0 ? spec : spec.slice(0, eq);
    const level = eq < 0 ? '' : spec.slice(eq + 1);
    if (eq < 0 || !ruleIds.includes(id)) {
      const what = eq < 0 ? `needs ID=LEVEL` : `names no rule "${id}"`;
      return usageError(`--rule ${spec} ${what}; rules: ${ruleIds.join(', ')}`);
    }
    if (!(RULE_LEVELS as readonly string[]).includes(level)) {
      return usageError(`--rule ${spec}: the level must be ${RULE_LEVELS.join(', ')}`);
    }
    rules[id as RuleId] = level as RuleLevel;
  }

  const concurrency = values.concurrency === undefined ? undefined : parseConcurrency(values.concurrency);
  if (concurrency === null) {
    return usageError(`--concurrency needs a whole number 1 or more, auto or off, not "${values.concurrency}"`);
  }

  const stdin = values.stdin ?? false;
  if (stdin && positionals.length > 0) {
    return usageError(`--stdin checks standard input; do not also give paths (${positionals.join(' ')})`);
  }
  if (!stdin && values['stdin-filename'] !== undefined) {
    return usageError('--stdin-filename names the --stdin text; add --stdin');
  }
  if (stdin && split.changed) {
    return usageError('--changed picks files from git; it cannot be used with --stdin');
  }
  if (values['output-file'] === '') {
    return usageError('--output-file needs a file name');
  }

  // --color and --no-color: the last one given wins.
  let color: boolean | undefined;
  for (const t of tokens) {
    if (t.kind === 'option' && (t.name === 'color' || t.name === 'no-color')) color = t.name === 'color';
  }

  return {
    kind: 'run',
    options: {
      paths: positionals,
      facts: values.facts ?? [],
      defaultFacts: !values['no-default-facts'],
      date: values.date,
      format: format as FormatName,
      fix: values.fix ?? false,
      maxWarnings,
      rules,
      stdin,
      stdinFilename: values['stdin-filename'],
      color,
      concurrency,
      outputFile: values['output-file'],
      quiet: values.quiet ?? false,
      changed: split.changed,
      verbose: values.verbose ?? false,
    },
  };
}

/**
 * Takes `--changed` out of the arguments before `parseArgs`, which has no options with an optional
 * value: `--changed` alone, `--changed=BASE`, or `--changed BASE` when the next argument is not an
 * option. Arguments after `--` are left alone. The last `--changed` wins.
 */
function takeChanged(argv: string[]): { rest: string[]; changed?: ChangedSpec } | string {
  const rest: string[] = [];
  let changed: ChangedSpec | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      rest.push(...argv.slice(i));
      break;
    }
    if (a === '--changed') {
      const next = argv[i + 1];
      if (next !== undefined && next !== '' && !next.startsWith('-')) {
        changed = { base: next, mayBePath: true };
        i++;
      } else changed = { mayBePath: false };
    } else if (a.startsWith('--changed=')) {
      const base = a.slice('--changed='.length);
      if (base === '') return '--changed= needs a git revision after the "=" (or write --changed alone for the default branch)';
      changed = { base, mayBePath: false };
    } else rest.push(a);
  }
  return { rest, changed };
}

function usageError(message: string): ParsedArgs {
  return { kind: 'usage-error', message };
}

/** node's parseArgs messages, first letter lowered to read after "factlint: ". */
function nodeMessage(e: unknown): string {
  const m = e instanceof Error ? e.message : String(e);
  return m.charAt(0).toLowerCase() + m.slice(1);
}

/** The help text: the CLI's reference, one line per flag. */
export function helpText(ruleIds: readonly string[]): string {
  return `Usage: factlint [options] [paths or globs ...]

Checks names, titles, acronyms, milestone dates and weekdays in news drafts against facts tables.
Directories are searched for *.md, *.markdown and *.txt; with no paths, the working directory.

Options:
  --facts FILE             add a facts table (repeatable)
  --no-default-facts       do not load the embedded default table
  --date YYYY-MM-DD        article date for every file
  --format NAME            output format: stylish (default), json, sarif, github, junit
  -o, --output-file FILE   write the report to FILE instead of standard output
  --quiet                  report errors only (warnings still count for --max-warnings)
  --verbose                say per file what was not checked (front matter, code, HTML) and
                           on which lines, on standard error
  --changed [BASE]         check only the drafts that differ from BASE in git (committed or not,
                           and new files); default BASE: the merge base with the default branch
  --fix                    apply every unambiguous fix in place, then report what remains
  --max-warnings N         exit 1 when there are more than N warnings
  --rule ID=LEVEL          set a rule to off, info, warning or error (repeatable)
  --stdin                  check standard input; with --fix, print the fixed text
  --stdin-filename NAME    name of the --stdin text: output path, format, .factlint.yaml lookup
  --color, --no-color      force colours on or off (default: on for a terminal; NO_COLOR, FORCE_COLOR)
  --concurrency N|auto|off threads checking files: N, off, or auto (default: by cores and work);
                           also FACTLINT_CONCURRENCY (the flag wins)
  -h, --help               print this help
  --version                print the version

Rules: ${ruleIds.join(', ')}
Configuration: .factlint.yaml nearest to each file (keys facts, defaultFacts, rules, date, ignore);
  .factlintignore in the working directory (gitignore syntax). Flags win over .factlint.yaml.
Exit codes: 0 no errors and warnings within --max-warnings; 1 errors or too many warnings;
  2 usage, configuration, facts-table or file error.
Tables: factlint tables init|check|stats|diff|import ... makes and keeps facts tables
  (factlint tables --help).
`;
}

/** The one-line hint printed after a usage error. */
export const USAGE_HINT = 'Usage: factlint [options] [paths or globs ...]; "factlint --help" lists the options.';
