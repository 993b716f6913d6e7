/**
 * What every `factlint tables` subcommand and importer reads its arguments with. Its own module,
 * so that the importers can use it without importing the dispatcher that imports them.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { isIsoDay } from '../../engine';

/** A mistake in the arguments: the message says what to write instead. */
export class UsageError extends Error {}

/** Reads a subcommand's options (`util.parseArgs`, positionals allowed, strict), its errors turned into usage errors. */
export function parseOptions<T extends ParseArgsConfig>(config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (e) {
    throw new UsageError((e as Error).message.replace(/\. To specify a positional argument.*$/s, ''));
  }
}

/** The options every importer takes, for its `parseOptions` config: where to write, the table's `asOf`, and whether to write at all. */
export const IMPORT_OPTIONS = {
  output: { type: 'string' },
  'as-of': { type: 'string' },
  'dry-run': { type: 'boolean' },
} as const;

/** What `IMPORT_OPTIONS` say, checked. */
export interface ImportTarget {
  /** The table to write, as given. */
  output: string;
  /** The table's `asOf`, a real day. */
  asOf?: string;
  dryRun: boolean;
}

/** Checks an importer's `IMPORT_OPTIONS` (`format` names it in messages, `example` is an output to suggest). */
export function importTarget(values: { output?: string; 'as-of'?: string; 'dry-run'?: boolean }, format: string, example: string): ImportTarget {
  if (values.output === undefined) throw new UsageError(`import ${format} needs --output FILE, the facts table to write (e.g. --output ${example})`);
  const asOf = values['as-of'];
  if (asOf !== undefined && !isIsoDay(asOf)) throw new UsageError(`--as-of "${asOf}" is not a day: write the last day the facts were checked as YYYY-MM-DD`);
  return { output: values.output, asOf, dryRun: values['dry-run'] === true };
}
