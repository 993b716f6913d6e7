/**
 * Markdown that the CommonMark spec does not cover — GFM tables, task lists, strikethrough and
 * footnotes, front matter, drafts' habits — and one sample for each difference that no spec
 * example shows.
 */

/** One sample for the agreement test. */
export interface Sample {
  /** What it shows, as the test's title. */
  readonly name: string;
  /** The Markdown. */
  readonly text: string;
  /** The one difference (by name, see differences.ts) expected to explain its disagreements; none = full agreement. */
  readonly expect?: string;
}

const lines = (...ls: string[]): string => ls.join('\n');

/** The samples, agreeing ones first. */
export const SAMPLES: readonly Sample[] = [
  { name: 'a GFM table', text: lines('| Name | Post |', '| :--- | ---: |', '| `a|b` | [site](https://x.example) |', '| \\| | **bold** |', 'after') },
  { name: 'a table without outer pipes', text: lines('a | b', '--- | ---', 'c | d') },
  { name: 'a table in a block quote', text: lines('> | a | b |', '> | - | - |', '> | c | d |') },
  { name: 'task list items', text: lines('- [ ] to do', '- [x] done', '* [X] also done', '1. [ ] numbered') },
  { name: 'strikethrough with one and two tildes', text: '~one~ and ~~two~~ but not ~~~three~~~' },
  { name: 'footnote calls and definitions', text: lines('Text[^1] and [^note] and [^missing].', '', '[^1]: The note, *emphasised*.', '    Continued.', '', '[^note]: Another.') },
  { name: 'YAML front matter', text: lines('---', 'title: "A visit"', 'date: 2025-05-22', '---', '', '# A visit', '', 'Text.') },
  { name: 'TOML front matter', text: lines('+++', 'title = "x"', '+++', 'Text.') },
  { name: 'CRLF line endings', text: '---\r\na: 1\r\n---\r\n# Head\r\n\r\n> quote *em\r\n> more* end\r\n\r\n- item\r\n' },
  { name: 'a byte order mark before front matter', text: '\ufeff---\na: 1\n---\nText.' },
  { name: 'emphasis and links across the lines of a block quote', text: lines('> a *b', '> c* d `e', '> f` g [h', '> i](j)') },
  { name: 'nested lists and quotes', text: lines('- a', '  - b', '    > c', '    > - d', '- e', '', '  continued') },
  { name: 'reference links defined later', text: lines('[text][id], [Id][] and [id].', '', '[id]: https://x.example "Title"') },
  { name: 'entities and escapes', text: '&amp; &copy; &#123; \\*not em\\* \\[not link\\]' },
  { name: 'inline HTML and comments', text: 'Text <b>bold</b> <!-- note --> <br/> <img src="x"> end' },
  { name: 'setext headings and thematic breaks', text: lines('Title *x*', '===', '', 'Sub', '---', '', '***', '- - -') },
  // One for each difference that no spec example shows.
  { name: 'an empty task item', text: lines('- [ ]', '- [x] done'), expect: 'an empty task item keeps its checkbox' },
  { name: 'front matter closed by ...', text: lines('---', 'title: x', '...', 'Text.'), expect: 'front matter closed by ...' },
  {
    name: 'a blank line after the opening fence',
    text: lines('---', '', 'title: x', '---', 'Text.'),
    expect: 'front matter needs a line after its opening fence',
  },
  { name: 'a list numbered 2 after indented code', text: lines('    code', '', '2) item'), expect: 'micromark: a list after a paragraph or indented code' },
  { name: 'a block quote after an unclosed +++', text: lines('+++', '> quoted'), expect: 'micromark: the lines after an unclosed front matter fence' },
  {
    name: 'a definition with an unbalanced parenthesis',
    text: lines('[a]: x(y', '', 'See [a].'),
    expect: 'definition destinations with unbalanced parentheses',
  },
  {
    name: 'an escaped bracket in a <…> destination',
    text: lines('[a]: <x\\<y>', '', 'See [a].'),
    expect: 'escaped brackets in a <…> definition destination',
  },
  {
    name: 'an indented paragraph of prose before an indented command',
    text: lines('Intro.', '', '    The two ministers met on Tuesday and agreed to resume', '    the trade talks before the end of the year.', '', '    $ factlint', '', 'End.'),
    expect: 'indented prose',
  },
  { name: 'an indented line after a definition', text: lines('[a]: /url', '    more'), expect: 'the line after a reference definition' },
  { name: 'an empty list item, a blank line and code', text: lines('-', '', '    code'), expect: 'code after an empty list item and a blank line' },
  { name: 'a footnote definition under a paragraph', text: lines('Text.', '[^1]: The note.'), expect: 'a footnote definition after a paragraph line' },
  { name: 'a list item on a footnote\'s first line', text: lines('[^1]: - item'), expect: 'block syntax at the start of a footnote definition' },
];
