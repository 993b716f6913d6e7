/** The registry of output formats. */
import { json } from './json';
import { stylish } from './stylish';
import type { Formatter } from './types';

export type { FormatContext, Formatter } from './types';

/** Formats `--format` accepts. */
export const FORMAT_NAMES = ['stylish', 'json'] as const;

/** A format name `--format` accepts. */
export type FormatName = (typeof FORMAT_NAMES)[number];

/** Formats the contract names that are not written yet: `--format` refuses them with exit 2. */
export const LATER_FORMAT_NAMES = ['sarif', 'github', 'junit'] as const;

/** Formatter by name. */
export const FORMATTERS: Readonly<Record<FormatName, Formatter>> = { stylish, json };
