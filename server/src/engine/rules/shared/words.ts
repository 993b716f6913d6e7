/**
 * The English the rules know, as data: which words make a title about another time, open a
 * clause, tie a date to a milestone, and so on. Lower case, as tokens' `lower` reads them. A rule
 * that needs another word list adds it here, so what the checker knows of the language stays in
 * one place.
 */

// Titles written with a person (bindings.ts).

/** Before a title, makes it a past one ("former", "then-"). */
export const PAST_MODIFIERS: ReadonlySet<string> = new Set(['former', 'then', 'ex', 'erstwhile', 'outgoing', 'late', 'previous', 'past', 'retired', 'one-time', 'onetime']);

/** Before a title whose name's possessive names the time of the post ("during", "under"). */
export const PERIOD_PREPOSITIONS: ReadonlySet<string> = new Set(['during', 'under', 'in', 'throughout', 'through', 'over', 'since', 'before', 'after', 'from', 'until', 'till']);

/**
 * After a title and a possessive name, the time of the post itself ("during Prime Minister X's
 * tenure", "under Chancellor Y's government"): the title names the period when it was held. Read
 * only after one of `PERIOD_PREPOSITIONS`.
 */
export const OFFICE_PERIOD_NOUNS: ReadonlySet<string> = new Set(['tenure', 'term', 'terms', 'premiership', 'presidency', 'chancellorship', 'administration', 'government', 'era', 'reign', 'rule', 'stint', 'years', 'days', 'time', 'watch']);

/**
 * Before a title, tells of a succession ("had succeeded Foreign Secretary X", "took over from
 * Prime Minister Y"): the title was held at that event, whose time the sentence may not give.
 */
export const SUCCESSION_WORDS: ReadonlySet<string> = new Set(['succeed', 'succeeded', 'succeeds', 'succeeding', 'replace', 'replaced', 'replaces', 'replacing', 'predecessor', 'predecessors']);

/** The word before "from" in a succession ("took over from", "handed over from", "taking charge from"). */
export const SUCCESSION_BEFORE_FROM: ReadonlySet<string> = new Set(['over', 'charge', 'baton', 'reins']);

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

/** Before the first date of a span ("from 2012 to 2020", "between 2014 and 2016"). */
export const RANGE_OPENERS: ReadonlySet<string> = new Set(['from', 'between']);

/**
 * After a person, tells of leaving the post ("Chancellor X quit", "Home Secretary Y was sacked"):
 * the title was held until that event, whose time the sentence may not give.
 */
export const DEPARTURE_WORDS: ReadonlySet<string> = new Set(['quit', 'quits', 'resign', 'resigned', 'resigns', 'resigning', 'resignation', 'sacked', 'fired', 'dismissed', 'ousted', 'stepped', 'steps']);

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

/** Verbs that raise a relationship to a level, read only before "to" ("raised to a Global Partnership"); alone, "raised the attack" dates nothing. */
export const ELEVATION_VERBS: ReadonlySet<string> = new Set(['raised', 'lifted', 'promoted', 'transformed']);

/** Words that join the items of a list ("M1 in 2000, M2 in 2006 and M3 in 2014"). */
export const LIST_JOINERS: ReadonlySet<string> = new Set(['and', 'or']);

/** Words after which a milestone's name has ended, so a verb before it governs the milestone itself ("launched M in Tokyo", not "launched M talks"). */
export const NOUN_PHRASE_ENDERS: ReadonlySet<string> = new Set([...MILESTONE_PREPOSITIONS, ...MILESTONE_DATE_LINKS, ...LIST_JOINERS, 'with', 'between', 'as', 'by']);

/** A stage in the life of an agreement or a plan, named by the words a text and a table use for it. */
export interface MilestoneStage {
  /** Nouns for it: a milestone named "<noun> of X" or "X's <noun>" is this stage of the milestone X; in a text, "the <noun> of X" means that one. */
  nouns: readonly string[];
  /** Past-tense verbs for it: "X <verb> in D" says when this stage came. */
  verbs: readonly string[];
  /** A beginning, which a milestone with no stage in its name stands for ("signed X in D" dates X itself). */
  begins: boolean;
}

/**
 * The stages a table may list of one agreement, each as its own milestone ("India-Australia
 * ECTA" signed, "entry into force of the India-Australia ECTA"): the words around a mention say
 * which of them a date belongs to.
 */
export const MILESTONE_STAGES: readonly MilestoneStage[] = [
  {
    nouns: ['entry into force', 'coming into force', 'coming into effect', 'implementation'],
    verbs: ['entered into force', 'came into force', 'came into effect', 'took effect', 'went into effect', 'went into force', 'implemented'],
    begins: false,
  },
  { nouns: ['ratification'], verbs: ['ratified'], begins: false },
  { nouns: ['signing', 'signature'], verbs: ['signed', 'inked', 'sealed'], begins: true },
  { nouns: ['announcement', 'launch', 'unveiling'], verbs: ['announced', 'launched', 'unveiled'], begins: true },
  { nouns: ['adoption'], verbs: ['adopted'], begins: true },
];

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

// Titles (the compiled tables).

/**
 * Wordings writers use for the same office in any country, both ways round: a table's title or
 * alias that holds one wording is also found under the other, unless some table gives that other
 * wording as a title of its own. Lower case; each side is replaced word for word.
 */
export const TITLE_SYNONYMS: readonly (readonly [string, string])[] = [
  ['prime minister', 'premier'],
  ['foreign minister', 'foreign affairs minister'],
  ['minister for foreign affairs', 'minister of foreign affairs'],
  ['defence minister', 'defense minister'],
  ['minister of defence', 'minister of defense'],
  ['minister for defence', 'minister of defence'],
];

/**
 * Two titles are loose wordings of one post when their words agree once these are dropped and
 * head nouns are taken as one ("Foreign Minister" for a "Foreign Secretary": a minister all the
 * same). Rank words (TITLE_PREFIXES: "State", "Vice", "Deputy") are never dropped, and keep the
 * head noun as written, so a junior post is not the senior one ("Minister of State" is not
 * "Secretary of State"). Lower case.
 */
export const TITLE_FILLER_WORDS: ReadonlySet<string> = new Set(['of', 'for', 'the', 'and', 'affairs']);
export const TITLE_HEAD_NOUNS: ReadonlySet<string> = new Set(['minister', 'secretary']);

// Surnames standing alone (the name rule).

/** Before a capitalised word, make it a thing, a place or a language rather than a person ("the Trust", "in Greek"). */
export const NOT_BEFORE_A_PERSON: ReadonlySet<string> = new Set([
  ...DETERMINERS, 'these', 'those', 'our', 'his', 'her', 'my', 'your', 'in', 'into', 'at', 'inside', 'across', 'throughout', 'per',
]);

/** After a capitalised word, show it is a person speaking or acting ("Kovalenko said"), where a noun would follow an adjective ("Greek officials"). */
export const AFTER_A_PERSON: ReadonlySet<string> = new Set([
  'said', 'says', 'told', 'tells', 'added', 'adds', 'wrote', 'writes', 'argued', 'argues', 'insisted', 'insists', 'warned', 'warns', 'announced', 'announces',
  'replied', 'claimed', 'claims', 'confirmed', 'confirms', 'denied', 'denies', 'admitted', 'admits', 'spoke', 'speaks', 'met', 'meets', 'visited', 'visits',
  'has', 'had', 'was', 'is', 'will', 'would', 'could', 'can', 'should', 'must', 'did', 'does', 'who', 'whose', 'himself', 'herself',
]);

// When a person held a role (the tenure rule).

/** How a tenure phrase stands to its subject: "X became", "X was appointed", "since becoming" (the sentence's one person). */
export type TenureSubject = 'active' | 'passive' | 'participle';

/** A phrase that says when a person took up or held a role. */
export interface TenurePhrase {
  /** Its words, lower case ("took office"). */
  words: string;
  /** Where its subject is written. */
  subject: TenureSubject;
  /** `start`: a date after "in" or "on" is when the role began ("became T in D"); `held`: only "since D" and "from D to D" date it ("served as T from D to D"). */
  claim: 'start' | 'held';
  /** The title may be left out and taken from a title written with the person ("Prime Minister X, who took office in 2021"). */
  titleOptional?: boolean;
  /** A date within a term may be a second appointment or swearing-in to the same office, so only a date outside it is wrong. */
  mayRepeat?: boolean;
}

/**
 * Phrases that state a tenure. "Appointed", "named" and "sworn in" are passive: the person
 * before "was" is the holder, while in "X appointed Y" it is not. "Elected" is left out on
 * purpose: an election's day is not the day a person takes office.
 */
export const TENURE_PHRASES: readonly TenurePhrase[] = [
  { words: 'became', subject: 'active', claim: 'start' },
  { words: 'become', subject: 'active', claim: 'start' },
  { words: 'took office', subject: 'active', claim: 'start', titleOptional: true, mayRepeat: true },
  { words: 'assumed office', subject: 'active', claim: 'start', titleOptional: true, mayRepeat: true },
  { words: 'assumed', subject: 'active', claim: 'start', mayRepeat: true },
  { words: 'took over', subject: 'active', claim: 'start', mayRepeat: true },
  { words: 'appointed', subject: 'passive', claim: 'start', mayRepeat: true },
  { words: 'named', subject: 'passive', claim: 'start', mayRepeat: true },
  { words: 'sworn in', subject: 'passive', claim: 'start', titleOptional: true, mayRepeat: true },
  { words: 'becoming', subject: 'participle', claim: 'start' },
  { words: 'taking office', subject: 'participle', claim: 'start', titleOptional: true, mayRepeat: true },
  { words: 'assuming office', subject: 'participle', claim: 'start', titleOptional: true, mayRepeat: true },
  { words: 'assuming', subject: 'participle', claim: 'start', mayRepeat: true },
  { words: 'being appointed', subject: 'participle', claim: 'start', mayRepeat: true },
  { words: 'being named', subject: 'participle', claim: 'start', mayRepeat: true },
  { words: 'being sworn in', subject: 'participle', claim: 'start', titleOptional: true, mayRepeat: true },
  { words: 'been', subject: 'active', claim: 'held', mayRepeat: true },
  { words: 'served', subject: 'active', claim: 'held', mayRepeat: true },
  { words: 'serving', subject: 'active', claim: 'held', mayRepeat: true },
  { words: 'was', subject: 'active', claim: 'held', mayRepeat: true },
];

/** Words that may stand between a tenure phrase and its subject ("X was formally appointed", "X has been"). */
export const TENURE_AUXILIARIES: ReadonlySet<string> = new Set([
  'was', 'were', 'is', 'has', 'had', 'have', 'been', 'formally', 'officially', 'first', 'later', 'subsequently', 'then', 'also', 'finally', 'eventually',
]);

/** Of the auxiliaries, those that make a passive phrase ("was appointed"): without one, "X appointed Y" makes X the one who appoints. */
export const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set(['was', 'were', 'is', 'been']);

/** Words before a participle phrase that make it a time of the sentence's person ("since becoming", "after being sworn in"). */
export const PARTICIPLE_INTRODUCERS: ReadonlySet<string> = new Set(['since', 'after', 'before', 'upon', 'on']);

/** After a person's possessive, make someone else the subject ("X's predecessor, since assuming …"). */
export const RELATION_NOUNS: ReadonlySet<string> = new Set([
  'predecessor', 'successor', 'rival', 'deputy', 'wife', 'husband', 'spouse', 'partner', 'son', 'daughter', 'father', 'mother', 'brother',
  'sister', 'aide', 'adviser', 'advisor', 'spokesperson', 'spokesman', 'spokeswoman', 'counterpart', 'opponent', 'challenger', 'envoy',
  'secretary', 'minister', 'government', 'cabinet', 'party', 'office', 'team', 'staff', 'chief',
]);

/** Nouns for an office as a post ("the post of Prime Minister", "the prime minister's post"). */
export const POST_NOUNS: ReadonlySet<string> = new Set(['post', 'office', 'role', 'job', 'position', 'chair', 'seat']);

/** Possessors that make an ambiguous title a national one ("the country's premier"). */
export const NATIONAL_POSSESSORS: ReadonlySet<string> = new Set(['country', 'nation']);

/**
 * One-word titles of `TITLE_SYNONYMS` with the wording they stand for, for the tenure rule. Read
 * only after a national possessor ("the country's premier", "Britain's premier") and not before
 * "of": a state's or a province's premier is another office.
 */
export const ONE_WORD_TITLE_SYNONYMS: ReadonlyMap<string, string> = new Map(
  TITLE_SYNONYMS.flatMap(([a, b]): [string, string][] => [...(a.includes(' ') ? [] : [[a, b] as [string, string]]), ...(b.includes(' ') ? [] : [[b, a] as [string, string]])]),
);

/** Nouns of roles that a tenure phrase may join to its title ("appointed Prime Minister and leader of the party on …"). */
export const ROLE_NOUNS: ReadonlySet<string> = new Set(['leader', 'head', 'chair', 'chairman', 'chairwoman', 'chairperson', 'president', 'chief', 'member']);

/** Words after which a tenure's date is the whole of it ("became Prime Minister in 2022 after …", not "in 2022 talks"). */
export const TENURE_DATE_FOLLOWERS: ReadonlySet<string> = new Set([
  'after', 'following', 'when', 'and', 'but', 'amid', 'with', 'as', 'before', 'until', 'while', 'having', 'upon', 'under', 'succeeding',
  'replacing', 'to', 'through', 'till', 'at', 'in', 'on', 'by', 'for', 'from', 'where', 'which', 'who', 'that', 'since',
]);

/** Words that end a term in a range ("from 2019 to 2021"). */
export const RANGE_ENDS: ReadonlySet<string> = new Set(['to', 'until', 'till', 'through', 'thru']);

/** After "last", a span before the article date that dates a tenure ("took office last month"). */
export const RELATIVE_UNITS: ReadonlySet<string> = new Set(['month', 'year']);

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

// People no table knows yet (../../additions.ts, the editor's "Add … to a facts table").

/**
 * Words that make a run of capitalised words after a title a place, a body, another title or a
 * form of address rather than a person's name ("Prime Minister New Delhi…", "Foreign Minister
 * Ada Quill Foundation", "Foreign Minister Deputy…", "Foreign Minister Dr …").
 */
export const NOT_NAME_WORDS: ReadonlySet<string> = new Set([
  ...INSTITUTION_HEADS, ...TITLE_PREFIXES, ...ROLE_NOUNS,
  'new', 'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'upper', 'lower', 'greater',
  'san', 'santa', 'los', 'las', 'port', 'fort', 'mount', 'lake', 'cape', 'city', 'island', 'islands', 'bay', 'valley', 'province',
  'district', 'county', 'region', 'river', 'coast', 'republic', 'kingdom', 'union', 'street', 'road', 'square', 'avenue', 'hall',
  'house', 'palace', 'office', 'ministry', 'department', 'council', 'committee', 'commission', 'agency', 'bank', 'party', 'court',
  'parliament', 'assembly', 'senate', 'congress', 'university', 'college', 'school', 'hospital', 'airport', 'station', 'group',
  'company', 'corporation', 'summit', 'government', 'cabinet', 'embassy', 'consulate',
  'minister', 'ministers', 'secretary', 'ambassador', 'envoy', 'spokesperson', 'spokesman', 'spokeswoman', 'adviser', 'advisor',
  'governor', 'mayor', 'general', 'admiral', 'colonel', 'senator', 'premier', 'chancellor', 'king', 'queen', 'prince', 'princess',
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sir', 'dame', 'lord', 'lady', 'madam', 'mister',
]);

/**
 * Words a headline in title case leaves in lower case ("Foreign Minister Ada Quill Visits Tokyo
 * for Talks"): a sentence with no other lower-case word is a headline, whose capitals say nothing
 * about where a name ends.
 */
export const TITLE_CASE_SMALL_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'and', 'but', 'or', 'nor', 'for', 'of', 'on', 'in', 'at', 'to', 'by', 'with', 'from', 'as', 'vs', 'via', 'per', 'into', 'over', 'up',
]);
