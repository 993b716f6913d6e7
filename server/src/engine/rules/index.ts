/** The rule registry, in alphabetical order of id. */
import { acronym } from './acronym';
import { milestone } from './milestone';
import { name } from './name';
import type { Rule } from './shared/rule';
import { term } from './term';
import { title } from './title';
import { titleDate } from './title-date';
import { weekday } from './weekday';

/** Every rule, sorted by id. */
export const ALL_RULES: readonly Rule[] = [acronym, milestone, name, term, title, titleDate, weekday];
