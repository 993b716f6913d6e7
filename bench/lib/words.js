'use strict';
// Word lists for the generator: name syllables per naming tradition, countries, office titles,
// and the vocabulary of news-like filler. Nothing here is a real person.

/**
 * Naming traditions. A given name or surname is a start syllable, an optional middle one and an
 * end; `order: 'family-first'` traditions also get the "SURNAME Given" alias; `particles` are
 * lower-case words some surnames take ("van der"), `hyphen` the share of hyphenated given names.
 */
const CULTURES = [
  {
    id: 'jp',
    order: 'family-first',
    givenStart: ['Ta', 'Ke', 'Hi', 'Hiro', 'Yu', 'Ki', 'Sa', 'Na', 'Mi', 'Ha', 'Ka', 'Shi', 'To', 'Mo', 'Ma', 'Ri', 'Ko', 'Ai', 'Ya', 'Su', 'Tsu', 'Nori', 'Masa', 'Kazu', 'Yoshi'],
    givenMid: ['', '', 'ka', 'mi', 'ru', 'no', 'ta', 'ki', 'shi'],
    givenEnd: ['shi', 'ro', 'ko', 'ki', 'to', 'ya', 'mi', 'na', 'e', 'hiko', 'taka', 'nori', 'masa', 'haru', 'aki', 'yuki', 'kazu', 'o'],
    surStart: ['Ta', 'Ka', 'Na', 'Ya', 'Ma', 'Mo', 'Shi', 'Hi', 'Su', 'Ki', 'Ku', 'Se', 'O', 'I', 'Wa', 'Mu', 'Ha', 'No', 'Fu', 'Ishi', 'Matsu', 'Naka', 'Taka', 'Yoshi', 'Kawa'],
    surMid: ['', '', 'ka', 'mi', 'ku', 'no', 'ta', 'zu', 'na'],
    surEnd: ['moto', 'yama', 'kawa', 'mura', 'shita', 'da', 'ta', 'gi', 'no', 'saki', 'hara', 'naka', 'bayashi', 'oka', 'uchi', 'zawa', 'shima', 'ichi', 'gawa', 'suke'],
  },
  {
    id: 'in',
    order: 'given-first',
    givenStart: ['Ra', 'Vi', 'Su', 'Pra', 'A', 'Ma', 'Ni', 'Sa', 'De', 'Ka', 'Ha', 'Ja', 'Shi', 'Go', 'Ku', 'Ana', 'Lak', 'Pri', 'Ra', 'Ar', 'Di', 'San', 'Ve', 'Ish'],
    givenMid: ['', '', 'ja', 'na', 'vi', 'ra', 'shi'],
    givenEnd: ['jesh', 'kram', 'nil', 'hul', 'deep', 'esh', 'ita', 'ana', 'ya', 'mar', 'han', 'nav', 'run', 'endra', 'ika', 'shant', 'avi', 'ansh', 'ini'],
    surStart: ['Shar', 'Ver', 'Pa', 'Me', 'Kri', 'Na', 'Jai', 'Ba', 'Cha', 'Ra', 'Go', 'Mi', 'Sri', 'Deshi', 'Kul', 'Bhat', 'Iyen', 'Chau', 'Red', 'Pil', 'Mu', 'Thak'],
    surMid: ['', '', 'an', 'in', 'ra', 'ka', 'ya'],
    surEnd: ['ma', 'tel', 'hta', 'shnan', 'yar', 'nerjee', 'ndra', 'kar', 'wal', 'thy', 'ndey', 'shankar', 'gar', 'dhury', 'lai', 'dy', 'sri', 'gupta', 'nath', 'war'],
  },
  {
    id: 'sl',
    order: 'given-first',
    givenStart: ['Vla', 'Dmi', 'Ser', 'Ole', 'Bo', 'Mi', 'Ya', 'Ta', 'Ka', 'Li', 'Svet', 'Ni', 'Pe', 'Ana', 'Iri', 'Ste', 'Ra', 'Zo', 'Ve', 'Lu'],
    givenMid: ['', '', 'di', 'ro', 'sla', 'na'],
    givenEnd: ['dimir', 'triy', 'gei', 'ksandr', 'ris', 'khail', 'roslav', 'tiana', 'terina', 'dmila', 'lana', 'kolai', 'tro', 'stasia', 'na', 'pan', 'dan', 'slav', 'ra'],
    surStart: ['Kova', 'Pe', 'Iva', 'Sok', 'Mo', 'No', 'Vol', 'Za', 'Kuz', 'Bel', 'Shev', 'Tka', 'Lis', 'Dra', 'Ho', 'Mar', 'Ste', 'Pav', 'Kra', 'Hor'],
    surMid: ['', '', 'len', 'ro', 'ko', 'na', 'vi'],
    surEnd: ['lenko', 'trov', 'nov', 'olov', 'rozov', 'vak', 'kov', 'netsov', 'chenko', 'chuk', 'ska', 'nova', 'ovic', 'enko', 'ski', 'czyk', 'nik', 'shyn', 'yev', 'lova'],
  },
  {
    id: 'es',
    order: 'given-first',
    particles: ['de la', 'del', 'de'],
    givenStart: ['Ale', 'Ma', 'Jo', 'Lu', 'Ca', 'Fer', 'Ga', 'Di', 'Ra', 'Pa', 'Ro', 'Isa', 'Ele', 'Vic', 'Mi', 'An', 'Fe', 'Se', 'Ti', 'Be'],
    givenMid: ['', '', 'ri', 'le', 'na', 'ta'],
    givenEnd: ['jandro', 'ria', 'rge', 'cia', 'rlos', 'nando', 'briela', 'ego', 'fael', 'blo', 'drigo', 'bel', 'na', 'toria', 'guel', 'tonio', 'lipe', 'bastian', 'ago', 'atriz'],
    surStart: ['Gar', 'Fer', 'Lo', 'Mar', 'Gon', 'Ro', 'San', 'Ra', 'Tor', 'Flo', 'Va', 'Cas', 'Mo', 'Or', 'Gu', 'Me', 'Ca', 'Ji', 'Vi', 'Her'],
    surMid: ['', '', 'ri', 'da', 'te', 'la'],
    surEnd: ['cia', 'nandez', 'pez', 'tinez', 'zalez', 'driguez', 'chez', 'mirez', 'res', 'rez', 'lencia', 'tillo', 'rales', 'tega', 'zman', 'dina', 'brera', 'menez', 'llalobos', 'nandes'],
  },
  {
    id: 'ar',
    order: 'given-first',
    particles: ['al-', 'bin'],
    givenStart: ['Moha', 'Ah', 'Kha', 'Fa', 'Ha', 'Ya', 'Om', 'Ka', 'Sa', 'Ra', 'Nou', 'Lay', 'Ami', 'Zay', 'Tar', 'Bas', 'Dal', 'Ja', 'Mus', 'Wa'],
    givenMid: ['', '', 'ri', 'li', 'mi', 'sa'],
    givenEnd: ['mmed', 'med', 'lid', 'tima', 'ssan', 'sin', 'ar', 'rim', 'mir', 'nia', 'ra', 'la', 'na', 'nab', 'iq', 'sem', 'ia', 'bir', 'tafa', 'leed'],
    surStart: ['Has', 'Mah', 'Kha', 'Ra', 'Sa', 'Na', 'Ab', 'Ha', 'Ma', 'Qa', 'Sha', 'Ta', 'Bar', 'Zah', 'Fa', 'Jab', 'Kar', 'Man', 'Ot', 'Yas'],
    surMid: ['', '', 'da', 'mi', 'sa', 'ra'],
    surEnd: ['san', 'moud', 'lil', 'shid', 'leh', 'sser', 'dallah', 'mdan', 'lik', 'sim', 'kir', 'hir', 'ghouti', 'wzi', 'bari', 'rimi', 'souri', 'aibi', 'mani', 'sour'],
  },
  {
    id: 'wa',
    order: 'given-first',
    givenStart: ['Olu', 'Chi', 'Ade', 'Ngo', 'Kwa', 'Ama', 'Yaw', 'Ifeo', 'Emeka', 'Folu', 'Bola', 'Tun', 'Kofi', 'Abe', 'Nne', 'Obi', 'Seun', 'Temi', 'Uche', 'Zai'],
    givenMid: ['', '', 'wa', 'mi', 'la', 'de'],
    givenEnd: ['wale', 'nedu', 'bayo', 'zi', 'me', 'ka', 'ma', 'dun', 'soji', 'nike', 'tunde', 'lola', 'femi', 'chukwu', 'nna', 'sola', 'kemi', 'dara', 'ye', 'ola'],
    surStart: ['Ade', 'Oka', 'Nwa', 'Obi', 'Ola', 'Ose', 'Eze', 'Ogu', 'Asa', 'Bam', 'Ako', 'Men', 'Oye', 'Dia', 'Kou', 'Tra', 'Sow', 'Agy', 'Ofo', 'Ibe'],
    surMid: ['', '', 'ba', 'lo', 'ri', 'ne'],
    surEnd: ['yemi', 'for', 'chukwu', 'gwu', 'dele', 'kunle', 'nwa', 'nna', 'gbe', 'bola', 'fo', 'sah', 'wusu', 'llo', 'mah', 'raore', 'yode', 'kwu', 'mbe', 'ware'],
  },
  {
    id: 'nl',
    order: 'given-first',
    particles: ['van', 'van der', 'von', 'de'],
    givenStart: ['Wil', 'Hen', 'Jo', 'Ma', 'Pie', 'Kla', 'Ann', 'Lie', 'Die', 'Ger', 'Fri', 'Ul', 'Han', 'Jan', 'Ste', 'Ing', 'Bri', 'Ru', 'Lot', 'Mar'],
    givenMid: ['', '', 'de', 'ri', 'te'],
    givenEnd: ['lem', 'drik', 'hannes', 'rtin', 'ter', 'as', 'eke', 'sbeth', 'trich', 'hard', 'da', 'rike', 'nes', 'ssen', 'fan', 'rid', 'gitte', 'dolf', 'te', 'tijn'],
    surStart: ['Berg', 'Hoff', 'Schmi', 'Wag', 'Brau', 'Kle', 'Hart', 'Jans', 'Vis', 'Meij', 'Bos', 'Dek', 'Lang', 'Wolf', 'Schr', 'Neu', 'Zim', 'Kru', 'Hol', 'Mul'],
    surMid: ['', '', 'er', 'en', 'el'],
    surEnd: ['mann', 'dt', 'ner', 'sen', 'ser', 'er', 'stra', 'ema', 'kens', 'huis', 'inga', 'meier', 'brink', 'rath', 'berg', 'dijk', 'horst', 'feld', 'wald', 'ling'],
  },
  {
    id: 'no',
    order: 'given-first',
    givenStart: ['Sig', 'Ing', 'Bjo', 'Ast', 'Ha', 'Ei', 'Kje', 'Sol', 'Tor', 'Ra', 'Liv', 'Ole', 'Fre', 'Kar', 'Mag', 'Hel', 'Sve', 'Ulf', 'Gun', 'Ase'],
    givenMid: ['', '', 'ri', 'ne', 'da'],
    givenEnd: ['rid', 'rid', 'rn', 'rid', 'kon', 'rik', 'til', 'veig', 'bjorn', 'gnhild', 'ika', 'ja', 'drik', 'nus', 'ga', 'nar', 'var', 'lin', 'hild', 'stein'],
    surStart: ['Lind', 'Berg', 'Dahl', 'Holm', 'Sol', 'Strand', 'Lund', 'Nord', 'Hag', 'Fjel', 'Vik', 'Ek', 'Sand', 'Moe', 'Rud', 'Aas', 'Bakk', 'Haug', 'Torv', 'Skog'],
    surMid: ['', '', 'e', 'a'],
    surEnd: ['qvist', 'gren', 'strom', 'berg', 'heim', 'vik', 'land', 'lund', 'stad', 'dal', 'sen', 'nes', 'rud', 'by', 'haug', 'mark', 'stedt', 'blad', 'fors', 'holm'],
  },
  {
    id: 'zh',
    order: 'family-first',
    givenStart: ['Xiao', 'Jian', 'Wei', 'Ming', 'Hong', 'Zhi', 'Guo', 'Hui', 'Jing', 'Yong', 'Chun', 'Qing', 'Xin', 'Li', 'Hai', 'Dong', 'Ying', 'Jun', 'Lin', 'Shu'],
    givenMid: [''],
    givenEnd: ['ming', 'hua', 'guo', 'ping', 'jun', 'feng', 'lan', 'ling', 'qiang', 'yu', 'wen', 'jie', 'bo', 'hong', 'xia', 'tao', 'mei', 'long', 'yan', 'fang'],
    surStart: ['Zhang', 'Wang', 'Chen', 'Huang', 'Zhao', 'Zhou', 'Yang', 'Xu', 'Sun', 'Zhu', 'Guo', 'Luo', 'Liang', 'Song', 'Tang', 'Feng', 'Deng', 'Jiang', 'Han', 'Cao'],
    surMid: [''],
    surEnd: ['', '', '', 'ling', 'shan', 'tian', 'hou', 'men', 'ren', 'qiu', 'ke', 'ping', 'lu', 'sha', 'gong', 'fei', 'mo', 'ye', 'ning', 'lai'],
  },
  {
    id: 'en',
    order: 'given-first',
    givenStart: ['Al', 'Ed', 'Ca', 'Eli', 'Ja', 'Ma', 'Ro', 'Sa', 'Tho', 'Wil', 'Fio', 'Gra', 'Har', 'Lu', 'Oli', 'Phi', 'Ra', 'Ste', 'Vic', 'Ben'],
    givenMid: ['', '', 'ri', 'ne', 'la'],
    givenEnd: ['ice', 'ward', 'roline', 'nor', 'mes', 'rgaret', 'bert', 'rah', 'mas', 'liam', 'na', 'ham', 'riet', 'cas', 'ver', 'lippa', 'chel', 'phen', 'toria', 'jamin'],
    surStart: ['Ash', 'Black', 'Brad', 'Cart', 'Craw', 'Dun', 'Fair', 'Gar', 'Hal', 'Hart', 'Kin', 'Mor', 'Pen', 'Ren', 'Sed', 'Thorn', 'Wes', 'Whit', 'Wood', 'Stan'],
    surMid: ['', '', 'er', 'ing', 'le'],
    surEnd: ['ford', 'wood', 'ley', 'wright', 'ton', 'more', 'field', 'worth', 'combe', 'shaw', 'bridge', 'well', 'ridge', 'by', 'ham', 'hurst', 'cott', 'dale', 'low', 'wick'],
  },
];

const COUNTRIES = [
  'Argentina', 'Australia', 'Austria', 'Bangladesh', 'Belgium', 'Bolivia', 'Botswana', 'Brazil', 'Bulgaria', 'Cambodia',
  'Cameroon', 'Canada', 'Chile', 'China', 'Colombia', 'Costa Rica', 'Croatia', 'Cyprus', 'Czech Republic', 'Denmark',
  'Ecuador', 'Egypt', 'Estonia', 'Ethiopia', 'Fiji', 'Finland', 'France', 'Germany', 'Ghana', 'Greece',
  'Guatemala', 'Hungary', 'Iceland', 'India', 'Indonesia', 'Iraq', 'Ireland', 'Italy', 'Jamaica', 'Japan',
  'Jordan', 'Kazakhstan', 'Kenya', 'Kuwait', 'Laos', 'Latvia', 'Lebanon', 'Lithuania', 'Luxembourg', 'Madagascar',
  'Malaysia', 'Maldives', 'Mali', 'Malta', 'Mexico', 'Mongolia', 'Morocco', 'Mozambique', 'Myanmar', 'Namibia',
  'Nepal', 'Netherlands', 'New Zealand', 'Nigeria', 'Norway', 'Oman', 'Pakistan', 'Panama', 'Paraguay', 'Peru',
  'Philippines', 'Poland', 'Portugal', 'Qatar', 'Romania', 'Rwanda', 'Saudi Arabia', 'Senegal', 'Serbia', 'Singapore',
  'Slovakia', 'Slovenia', 'South Africa', 'South Korea', 'Spain', 'Sri Lanka', 'Sweden', 'Switzerland', 'Tanzania', 'Thailand',
  'Tunisia', 'Turkey', 'Uganda', 'Ukraine', 'United Kingdom', 'United States', 'Uruguay', 'Vietnam', 'Zambia', 'Zimbabwe',
];

/** Twenty offices per country: [id suffix, canonical title, aliases]. */
const OFFICES = [
  ['prime-minister', 'Prime Minister', ['Premier']],
  ['president', 'President', ['Head of State']],
  ['foreign-minister', 'Minister for Foreign Affairs', ['Foreign Minister', 'Foreign Affairs Minister']],
  ['finance-minister', 'Minister of Finance', ['Finance Minister']],
  ['defence-minister', 'Minister of Defence', ['Defence Minister', 'Defense Minister']],
  ['interior-minister', 'Minister of Home Affairs', ['Interior Minister', 'Home Minister']],
  ['trade-minister', 'Minister of Trade and Industry', ['Trade Minister', 'Industry Minister']],
  ['health-minister', 'Minister of Health', ['Health Minister']],
  ['education-minister', 'Minister of Education', ['Education Minister']],
  ['justice-minister', 'Minister of Justice', ['Justice Minister', 'Attorney General']],
  ['agriculture-minister', 'Minister of Agriculture', ['Agriculture Minister', 'Farm Minister']],
  ['energy-minister', 'Minister of Energy', ['Energy Minister']],
  ['transport-minister', 'Minister of Transport', ['Transport Minister']],
  ['environment-minister', 'Minister of the Environment', ['Environment Minister']],
  ['vice-foreign-minister', 'Vice Minister for Foreign Affairs', ['Vice Foreign Minister', 'Deputy Foreign Minister']],
  ['national-security-adviser', 'National Security Adviser', ['National Security Advisor']],
  ['central-bank-governor', 'Governor of the Central Bank', ['Central Bank Governor']],
  ['chief-justice', 'Chief Justice', ['Chief Justice of the Supreme Court']],
  ['speaker', 'Speaker of Parliament', ['Parliamentary Speaker']],
  ['un-ambassador', 'Permanent Representative to the United Nations', ['UN Ambassador', 'Ambassador to the United Nations']],
];

/** One-off titles ("Special Envoy for …"): a head and topics. */
const ENVOY_HEADS = ['Special Envoy for', 'Special Adviser on', 'Chief Negotiator for', 'Senior Adviser on', 'Commissioner for'];
const ENVOY_TOPICS = ['Climate', 'Maritime Affairs', 'Trade Talks', 'Refugees', 'Water Security', 'Cyber Policy', 'Energy Transition', 'Humanitarian Affairs', 'Arctic Affairs', 'Food Security', 'Digital Trade', 'Critical Minerals'];

/** Place names for datelines and milestones. */
const PLACE_START = ['Vel', 'Mar', 'Tor', 'Ash', 'Bel', 'Kal', 'Sor', 'Dun', 'Lis', 'Nor', 'Ost', 'Rav', 'Sel', 'Tam', 'Var', 'Zel', 'Cor', 'Fen', 'Gal', 'Hal', 'Iss', 'Jor', 'Lan', 'Mor', 'Pel', 'Quen', 'Ros', 'Sten', 'Ulm', 'Wen'];
const PLACE_END = ['mora', 'haven', 'grad', 'bridge', 'port', 'dale', 'ena', 'ova', 'ara', 'oria', 'burg', 'stad', 'mouth', 'field', 'vik', 'ovo', 'ano', 'ville', 'ford', 'holm'];

/** Milestone kinds: "the Velmora Accord", "the Treaty of Velmora", "the Velmora Declaration on Climate". */
const MILESTONE_AFTER = ['Accord', 'Declaration', 'Agreement', 'Protocol', 'Charter', 'Compact', 'Communique', 'Framework', 'Summit', 'Convention'];
const MILESTONE_TOPICS = ['Maritime Security', 'Climate Finance', 'Trade', 'Nuclear Safety', 'Fisheries', 'Water Sharing', 'Digital Commerce', 'Border Management', 'Space Cooperation', 'Energy Security', 'Migration', 'Health Cooperation'];

/** Acronym expansions: the words that give letters, and the small words between. */
const ORG_WORDS = [
  'Council', 'Agency', 'Authority', 'Bureau', 'Commission', 'Committee', 'Forum', 'Fund', 'Initiative', 'Institute',
  'Organisation', 'Partnership', 'Programme', 'Union', 'Alliance', 'Association', 'Board', 'Centre', 'Corporation', 'Network',
  'Office', 'Service', 'Treaty', 'Framework', 'Dialogue', 'Mechanism', 'Facility', 'Group', 'Conference', 'Secretariat',
];
const DOMAIN_WORDS = [
  'Maritime', 'Energy', 'Digital', 'Regional', 'Economic', 'Strategic', 'Security', 'Trade', 'Investment', 'Development',
  'Climate', 'Health', 'Agricultural', 'Nuclear', 'Space', 'Financial', 'Infrastructure', 'Technology', 'Cultural', 'Scientific',
  'Industrial', 'Coastal', 'Arctic', 'Pacific', 'Atlantic', 'Continental', 'Northern', 'Southern', 'Eastern', 'Western',
  'Central', 'National', 'International', 'Global', 'Joint', 'Bilateral', 'Multilateral', 'Humanitarian', 'Environmental', 'Monetary',
  'Fiscal', 'Labour', 'Cyber', 'Defence', 'Ocean', 'River', 'Rail', 'Aviation', 'Water', 'Food',
  'Mineral', 'Research', 'Innovation', 'Education', 'Youth', 'Urban', 'Rural', 'Renewable', 'Semiconductor', 'Critical',
  'Supply', 'Export', 'Import', 'Customs', 'Postal', 'Telecommunications', 'Quantum', 'Hydrogen', 'Solar', 'Wind',
  'Forest', 'Wildlife', 'Disaster', 'Emergency', 'Veterans', 'Pension', 'Insurance', 'Banking', 'Statistics', 'Standards',
  'Police', 'Border', 'Immigration', 'Heritage', 'Tourism', 'Sports', 'Medical', 'Pharmaceutical', 'Vaccine', 'Ports',
  'Shipping', 'Logistics', 'Satellite', 'Weather', 'Seismic', 'Polar', 'Desert', 'Mountain', 'Island', 'Delta',
];
const LINK_WORDS = ['for', 'of', 'and', 'on'];

/** Terms: "Comprehensive Economic and Strategic Partnership", "supply chain resilience initiative". */
const TERM_ADJ = [
  'Comprehensive', 'Special', 'Strategic', 'Global', 'Enhanced', 'Free', 'Open', 'Inclusive', 'Sustainable', 'Resilient',
  'Secure', 'Prosperous', 'Rules-Based', 'Peaceful', 'Trusted', 'Balanced', 'Mutual', 'Shared', 'Green', 'Blue',
  'Digital', 'Economic', 'Maritime', 'Regional', 'Integrated', 'Connected', 'Balanced', 'Just', 'Fair', 'Transparent',
];
const TERM_NOUN = [
  'Partnership', 'Cooperation', 'Dialogue', 'Agenda', 'Vision', 'Order', 'Corridor', 'Compact', 'Charter', 'Roadmap',
  'Framework', 'Alliance', 'Network', 'Transition', 'Growth', 'Connectivity', 'Resilience', 'Prosperity', 'Security', 'Initiative',
];
const TERM_MID = [
  'Trade', 'Energy', 'Investment', 'Supply Chain', 'Technology', 'Defence', 'Climate', 'Ocean', 'Data', 'Talent',
  'Health', 'Space', 'Food', 'Water', 'Infrastructure', 'Innovation', 'Semiconductor', 'Mineral', 'Skills', 'Tourism',
];

/** Filler vocabulary. */
const NOUNS = [
  'agreement', 'budget', 'proposal', 'delegation', 'framework', 'policy', 'investment', 'reform', 'deal', 'summit',
  'visit', 'programme', 'package', 'plan', 'review', 'report', 'project', 'process', 'dispute', 'tariff',
  'loan', 'corridor', 'pipeline', 'port', 'railway', 'election', 'coalition', 'parliament', 'committee', 'ministry',
  'ceasefire', 'exports', 'imports', 'inflation', 'growth', 'deficit', 'debt', 'currency', 'market', 'sector',
  'industry', 'workforce', 'border', 'coastline', 'region', 'province', 'harbour', 'airport', 'bridge', 'highway',
  'grid', 'network', 'satellite', 'vaccine', 'hospital', 'university', 'treaty', 'memorandum', 'consensus', 'timetable',
  'subsidy', 'bond', 'fleet', 'drought', 'harvest', 'reservoir', 'refinery', 'factory', 'strike', 'protest',
];
const PEOPLE_NOUNS = ['officials', 'diplomats', 'analysts', 'economists', 'investors', 'lawmakers', 'residents', 'farmers', 'workers', 'negotiators', 'observers', 'executives'];
const VERBS = [
  'review', 'approve', 'expand', 'strengthen', 'discuss', 'announce', 'sign', 'launch', 'extend', 'finance',
  'support', 'reject', 'delay', 'restore', 'revise', 'negotiate', 'deliver', 'secure', 'build', 'protect',
  'reduce', 'raise', 'boost', 'cut', 'fund', 'monitor', 'assess', 'resolve', 'complete', 'accelerate',
];
const VERBS_PAST = [
  'reviewed', 'approved', 'expanded', 'strengthened', 'discussed', 'announced', 'signed', 'launched', 'extended', 'financed',
  'supported', 'rejected', 'delayed', 'restored', 'revised', 'negotiated', 'delivered', 'secured', 'built', 'protected',
  'reduced', 'raised', 'boosted', 'cut', 'funded', 'monitored', 'assessed', 'resolved', 'completed', 'accelerated',
];
const SAY = ['said', 'told reporters', 'said in a statement', 'told parliament', 'wrote in a letter', 'said on social media', 'told a news conference', 'said in an interview'];
const ADJS = [
  'new', 'bilateral', 'regional', 'annual', 'joint', 'economic', 'strategic', 'long-awaited', 'ambitious', 'modest',
  'contested', 'final', 'preliminary', 'revised', 'cautious', 'broad', 'narrow', 'fragile', 'urgent', 'formal',
  'informal', 'major', 'minor', 'critical', 'early', 'renewed', 'expanded', 'proposed', 'planned', 'delayed',
  'coastal', 'northern', 'southern', 'eastern', 'western', 'rural', 'urban', 'digital', 'green', 'maritime',
];
const ADVERBS = ['however', 'meanwhile', 'separately', 'earlier', 'later', 'also', 'still', 'already', 'again', 'quietly'];
const NUMBERS = ['two', 'three', 'four', 'five', 'six', 'seven', 'ten', 'twelve', 'several', 'dozens of'];
const UNITS = ['billion dollars', 'million euros', 'per cent', 'kilometres', 'tonnes', 'megawatts', 'days', 'weeks', 'months', 'years'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const SECTIONS = ['world', 'asia', 'europe', 'africa', 'americas', 'business', 'economy', 'energy', 'climate', 'security', 'trade', 'health', 'technology', 'politics', 'diplomacy', 'markets', 'science', 'opinion', 'analysis', 'regions'];

module.exports = {
  CULTURES,
  COUNTRIES,
  OFFICES,
  ENVOY_HEADS,
  ENVOY_TOPICS,
  PLACE_START,
  PLACE_END,
  MILESTONE_AFTER,
  MILESTONE_TOPICS,
  ORG_WORDS,
  DOMAIN_WORDS,
  LINK_WORDS,
  TERM_ADJ,
  TERM_NOUN,
  TERM_MID,
  NOUNS,
  PEOPLE_NOUNS,
  VERBS,
  VERBS_PAST,
  SAY,
  ADJS,
  ADVERBS,
  NUMBERS,
  UNITS,
  MONTHS,
  WEEKDAYS,
  SECTIONS,
};
