/**
 * `--format json`: docs/contract.md §4's document, 2-space indent. `report.ts` builds the report in
 * exactly that shape and key order, so it is printed as it is.
 */
import type { Formatter } from './types';

export const json: Formatter = (report) => JSON.stringify(report, null, 2) + '\n';
