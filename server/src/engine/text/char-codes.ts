/**
 * The UTF-16 code units the maskers compare `charCodeAt` results with, named in one place.
 * A const enum, so that every use compiles to the bare number: these comparisons sit in the
 * maskers' hottest loops, where a property read per character would cost.
 */
export const enum Char {
  /** Horizontal tab. */
  Tab = 9,
  /** Line feed. */
  LineFeed = 10,
  /** Vertical tab. */
  VerticalTab = 11,
  /** Form feed. */
  FormFeed = 12,
  /** Carriage return. */
  CarriageReturn = 13,
  /** Space. */
  Space = 32,
  /** `!` */
  Bang = 33,
  /** `"` */
  DoubleQuote = 34,
  /** `#` */
  Hash = 35,
  /** `'` */
  SingleQuote = 39,
  /** `(` */
  LeftParen = 40,
  /** `)` */
  RightParen = 41,
  /** `*` */
  Star = 42,
  /** `+` */
  Plus = 43,
  /** `-` */
  Dash = 45,
  /** `.` */
  Dot = 46,
  /** `/` */
  Slash = 47,
  /** `0` */
  Digit0 = 48,
  /** `9` */
  Digit9 = 57,
  /** `:` */
  Colon = 58,
  /** `<` */
  LessThan = 60,
  /** `=` */
  Equals = 61,
  /** `>` */
  GreaterThan = 62,
  /** `?` */
  Question = 63,
  /** `@` */
  At = 64,
  /** `A` */
  UpperA = 65,
  /** `X` */
  UpperX = 88,
  /** `Z` */
  UpperZ = 90,
  /** `[` */
  LeftBracket = 91,
  /** `\` */
  Backslash = 92,
  /** `]` */
  RightBracket = 93,
  /** `^` */
  Caret = 94,
  /** `_` */
  Underscore = 95,
  /** `` ` `` */
  Backtick = 96,
  /** `a` */
  LowerA = 97,
  /** `x` */
  LowerX = 120,
  /** `z` */
  LowerZ = 122,
  /** `|` */
  Pipe = 124,
  /** `~` */
  Tilde = 126,
  /** Delete, the last ASCII code. */
  Delete = 127,
  /** The first code past ASCII. */
  AsciiEnd = 128,
  /** The byte order mark (zero-width no-break space). */
  ByteOrderMark = 0xfeff,
}
