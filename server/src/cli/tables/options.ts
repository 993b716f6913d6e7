/**
 * What every `factlint tables` subcommand and importer reads its arguments with. Its own module,
 * so that the importers can use it without importing the dispatcher that imports them.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

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
