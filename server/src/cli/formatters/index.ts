/** The registry of output formats. */
import { github } from './github';
import { json } from './json';
import { junit } from './junit';
import { sarif } from './sarif';
import { stylish } from './stylish';
import type { Formatter } from './types';

export type { FormatContext, Formatter } from './types';

/** Formats `--format` accepts. */
export const FORMAT_NAMES = ['stylish', 'json', 'sarif', 'github', 'junit'] as const;

/** A format name `--format` accepts. */
export type FormatName = (typeof FORMAT_NAMES)[number];

/** Formatter by name. */
export const FORMATTERS: Readonly<Record<FormatName, Formatter>> = { stylish, json, sarif, github, junit };
