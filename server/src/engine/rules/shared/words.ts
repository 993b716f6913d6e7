/**
 * The English the rules know, as data: which words make a title about another time, open a
 * clause, tie a date to a milestone, and so on. Lower case, as tokens' `lower` reads them. A rule
 * that needs another word list adds it here, so what the checker knows of the language stays in
 * one place.
 */

// Titles written with a person (bindings.ts).

/** Before a title, makes it a past one ("former", "then-"). */
export const PAST_MODIFIERS: ReadonlySet<string> = new Set(['former', 'then', 'ex', 'erstwhile', 'outgoing', 'late', 'previous', 'past', 'retired', 'one-time', 'onetime']);

/** Before a title, makes it a future one ("incoming", "new"). */
export const FUTURE_MODIFIERS: ReadonlySet<string> = new Set(['incoming', 'future', 'next', 'designate', 'designated', 'prospective', 'new']);

/** Words that make a longer, unknown title out of a known one ("Deputy Prime Minister"). */
export const TITLE_PREFIXES: ReadonlySet<string> = new Set([
  'deputy', 'vice', 'junior', 'senior', 'state', 'assistant', 'joint', 'additional', 'principal', 'chief', 'acting', 'shadow',
  'parliamentary', 'associate', 'special', 'executive', 'permanent', 'interim', 'caretaker', 'honorary', 'regional', 'provincial',
]);

/** Common words that open a sentence with a capital without being part of a title. */
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'as', 'when', 'while', 'but', 'and', 'or', 'so', 'yet', 'meanwhile', 'yesterday', 'today', 'tomorrow', 'after', 'before',
  'later', 'earlier', 'then', 'since', 'until', 'once', 'if', 'though', 'although', 'because', 'with', 'without', 'under', 'for', 'at', 'on',
  'in', 'by', 'from', 'to', 'of', 'during', 'following', 'also', 'indeed', 'still', 'now', 'here', 'there', 'both', 'that', 'this', 'these',
  'those', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'last', 'next', 'separately', 'similarly', 'however', 'thus', 'according',
  'where', 'whereas', 'whether', 'even', 'only', 'just', 'like', 'unlike', 'amid', 'despite', 'against', 'between', 'about', 'outgoing',
]);

/** Joined to a title by a hyphen, make it a future one ("Foreign Minister-designate", "President-elect"). */
export const FUTURE_SUFFIXES: ReadonlySet<string> = new Set(['designate', 'elect']);

/** Prepositions through which a long title reaches a shorter one inside it ("Special Advisor to … Prime Minister"). */
export const TITLE_LINKING_PREPOSITIONS: ReadonlySet<string> = new Set(['to', 'of', 'for', 'at', 'with']);

// The date that governs a sentence (governing.ts).

/** Words that introduce a year or month as the time of a sentence ("in 2025"). */
export const TIME_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'during', 'throughout', 'early', 'late', 'mid', 'on', 'last']);

/** Words that open a clause of their own: a date after one is not the time of the title before it. */
export const CLAUSE_WORDS: ReadonlySet<string> = new Set([
  'which', 'who', 'whom', 'whose', 'that', 'where', 'when', 'while', 'although', 'though', 'whereas', 'because', 'unless', 'if',
  'after', 'before', 'since', 'until',
]);

/** After a comma, open a clause of their own ("…, and the minister said"). */
export const COORDINATORS: ReadonlySet<string> = new Set(['and', 'but', 'or']);

// Dates of milestones (attach.ts, the milestone rule).

/** Words right after a milestone that tie the date after them to it ("M in 2006", "M of April 22"). */
export const MILESTONE_DATE_LINKS: ReadonlySet<string> = new Set(['in', 'of', 'on', 'since', 'from', 'dated', 'at']);

/** Verbs of beginning: a date they govern says when a milestone began ("signed", "elevated to"). */
export const ORIGIN_VERBS: ReadonlySet<string> = new Set([
  'signed', 'established', 'announced', 'launched', 'founded', 'created', 'formed', 'adopted', 'concluded', 'inaugurated', 'unveiled',
  'agreed', 'elevated', 'upgraded', 'struck', 'introduced', 'began', 'started', 'proclaimed', 'issued', 'sealed', 'inked', 'set',
]);

/** Words that may stand between a milestone and its verb of beginning ("M was first signed in"). */
export const AUXILIARIES: ReadonlySet<string> = new Set(['was', 'were', 'is', 'are', 'been', 'had', 'has', 'first', 'formally', 'jointly', 'originally']);

/** Words that may stand between a verb of beginning and the milestone it governs ("signed the M"). */
export const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'their', 'this', 'that']);

/** Prepositions that make a milestone their object ("in the election"), so a date after it is the milestone's. */
export const MILESTONE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'for', 'of', 'at', 'since', 'during', 'after', 'before', 'following', 'until', 'from', 'to']);

/** "In response to the attack on May 7": after "<one of these> to", the date is the response's. */
export const RESPONSE_NOUNS: ReadonlySet<string> = new Set(['response', 'reaction', 'reply', 'retaliation', 'answer', 'reference']);

/** After a short generic milestone name, a preposition and a capital make a longer proper name ("Global Partnership for Education"). */
export const NAME_CONTINUING_PREPOSITIONS: ReadonlySet<string> = new Set(['for', 'on', 'of']);

// Weekdays and their dates (the weekday rule).

/** Words after which a weekday may belong to another event than the sentence's date. */
export const OTHER_EVENT_WORDS: ReadonlySet<string> = new Set([
  'said', 'says', 'say', 'told', 'tells', 'would', 'will', 'which', 'who', 'whom', 'when', 'after', 'before', 'since', 'until', 'that', 'while', 'announced', 'added',
]);

/** Words before a bare year that make it the time of the sentence ("In 2022,"), not a quantity or a target ("to 2028"). */
export const YEAR_INTRODUCERS: ReadonlySet<string> = new Set(['in', 'during', 'throughout', 'early', 'late', 'mid', 'of']);

/** Words that join two weekdays or two days into a pair or a range ("Friday and Saturday", "9 to 11"). */
export const RANGE_LINKS: ReadonlySet<string> = new Set(['and', 'or', 'to', 'through', 'until', 'till', 'thru']);

// Expansions of acronyms (the acronym rule).

/** Words an expansion may add, drop or swap and still be a misspelling of the right one. */
export const EXPANSION_FUNCTION_WORDS: ReadonlySet<string> = new Set(['of', 'for', 'and', 'the', 'on', 'in', 'to', 'a', 'an', '&']);

// Near forms of known phrases (near-forms.ts, for the term and acronym rules).

/** The words that coordinate a known phrase's modifiers, whose order writers mix up ("Free and Open"). */
export const NAME_COORDINATORS: ReadonlySet<string> = new Set(['and', '&']);

/**
 * Head nouns of the names of think tanks and civic bodies, which writers swap for one another
 * ("Observer Research Organisation" for "… Foundation"). Political and government bodies
 * (party, front, council, commission, agency) are left out: there a different head usually
 * names a different, real body.
 */
export const INSTITUTION_HEADS: ReadonlySet<string> = new Set([
  'foundation', 'institute', 'institution', 'organisation', 'organization', 'forum', 'centre', 'center', 'society', 'association', 'trust',
]);
