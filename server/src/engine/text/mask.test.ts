import * as assert from 'node:assert/strict';
import { maskDocument, maskText, type DocumentFormat } from './mask';

/** In expected patterns, this marks a unit that must be masked; every other unit must be kept. */
const M = '•';

/**
 * Asserts how `input` is masked. `pattern` is `input` with each masked unit replaced by `•`
 * (a masked space may be written either way). Checking the pattern against the input first
 * catches typos in the test itself.
 */
function expectMask(input: string, pattern: string, format: DocumentFormat = 'markdown'): void {
  assert.equal(pattern.length, input.length, `pattern length for ${JSON.stringify(input)}`);
  for (let i = 0; i < input.length; i++) {
    if (pattern[i] !== M && pattern[i] !== input[i]) {
      assert.fail(`pattern differs from input at ${i}: ${JSON.stringify(pattern[i])} vs ${JSON.stringify(input[i])}`);
    }
  }
  assert.equal(maskText(input, format), pattern.split(M).join(' '));
}

/** Asserts that `input` comes out unchanged. */
function expectKept(input: string, format: DocumentFormat = 'markdown'): void {
  assert.equal(maskText(input, format), input);
}

const lines = (...ls: string[]): string => ls.join('\n');

describe('maskText: front matter', () => {
  it('masks YAML front matter', () => {
    expectMask(
      lines('---', 'title: Visit', 'date: 2025-05-22', '---', 'Text.'),
      lines('•••', '••••••••••••', '••••••••••••••••', '•••', 'Text.'),
    );
  });

  it('masks YAML front matter closed by ...', () => {
    expectMask(lines('---', 'a: 1', '...', 'Text.'), lines('•••', '••••', '•••', 'Text.'));
  });

  it('masks TOML front matter', () => {
    expectMask(lines('+++', 'title = "x"', '+++', 'Text.'), lines('•••', '•••••••••••', '•••', 'Text.'));
  });

  it('masks front matter with CRLF line endings', () => {
    expectMask('---\r\na: 1\r\n---\r\nText.', '•••\r\n••••\r\n•••\r\nText.');
  });

  it('keeps the text after an opening --- that never closes (the --- is a thematic break)', () => {
    expectMask(lines('---', 'title: Visit', '', 'The minister arrived.'), lines('•••', 'title: Visit', '', 'The minister arrived.'));
  });

  it('keeps the text after an opening --- followed by a blank line', () => {
    expectMask(lines('---', '', 'Text.', '---', 'More.'), lines('•••', '', 'Text.', '•••', 'More.'));
  });

  it('ignores --- pairs that do not start the file', () => {
    expectMask(lines('Intro.', '', '---', 'a: 1', '---'), lines('Intro.', '', '•••', 'a: 1', '•••'));
  });
});

describe('maskText: fenced code', () => {
  it('masks a backtick fence with its info string', () => {
    expectMask(lines('Before.', '```js title="x"', 'const a = 1;', '```', 'After.'), lines('Before.', '•••••••••••••••', '••••••••••••', '•••', 'After.'));
  });

  it('masks a tilde fence', () => {
    expectMask(lines('~~~', 'code', '~~~', 'After.'), lines('•••', '••••', '•••', 'After.'));
  });

  it('masks a fence that interrupts a paragraph', () => {
    expectMask(lines('Para', '```', 'x', '```'), lines('Para', '•••', '•', '•••'));
  });

  it('masks until a closing fence of the same character at least as long', () => {
    expectMask(
      lines('````', '```', '~~~~', '`````', 'Text.'),
      lines('••••', '•••', '••••', '•••••', 'Text.'),
    );
    expectMask(lines('~~~', '```', '~~', '~~~~  ', 'Text.'), lines('•••', '•••', '••', '••••••', 'Text.'));
  });

  it('does not close a fence with a line that has text after the fence characters', () => {
    expectMask(lines('```', '``` not closed', 'code', '```', 'Text.'), lines('•••', '••••••••••••••', '••••', '•••', 'Text.'));
  });

  it('masks an unclosed fence to the end of the document', () => {
    expectMask(lines('Text.', '```', 'code', '', 'still code'), lines('Text.', '•••', '••••', '', '••••••••••'));
  });

  it('masks fences indented inside list items', () => {
    expectMask(
      lines('1. Step one:', '   ```sh', '   npm test', '   ```', '2. Step two.'),
      lines('•• Step one:', '   •••••', '   ••••••••', '   •••', '•• Step two.'),
    );
  });

  it('masks fences inside block quotes and ends them with the quote', () => {
    expectMask(lines('> ```', '> code', 'Text.'), lines('• •••', '• ••••', 'Text.'));
  });

  it('keeps a line with a backtick in a backtick fence info string as text', () => {
    expectMask('``` not `a` fence', '``` not ••• fence');
  });

  it('keeps up to three spaces of indentation before a fence but not four', () => {
    expectMask(lines('   ```', '   x', '   ```'), lines('   •••', '   •', '   •••'));
    expectMask(lines('    ```', '    x'), lines('•••••••', '•••••'));
  });
});

describe('maskText: indented code', () => {
  it('masks indented code at the start of the document', () => {
    expectMask(lines('    code here', 'Text.'), lines('•••••••••••••', 'Text.'));
  });

  it('masks indented code after a blank line, with spaces or a tab', () => {
    expectMask(lines('Text.', '', '    code', '\tmore code', '', '    still', 'Para.'), lines('Text.', '', '••••••••', '••••••••••', '', '•••••••••', 'Para.'));
  });

  it('keeps indented lines that continue a paragraph', () => {
    expectKept(lines('The minister said', '    that the visit', '\twould go ahead.'));
  });

  it('keeps indented lazy lines of a paragraph in a block quote', () => {
    expectMask(lines('> The minister said', '    that it went well.'), lines('• The minister said', '    that it went well.'));
  });

  it('keeps indented paragraphs inside list items', () => {
    expectMask(
      lines('- First item', '', '      More about the first item.', '- Second'),
      lines('• First item', '', '      More about the first item.', '• Second'),
    );
  });

  it('masks indented code after a heading', () => {
    expectMask(lines('# Title', '    code'), lines('• Title', '••••••••'));
  });

  it('masks indented code inside a block quote', () => {
    expectMask(lines('> Text.', '>', '>     code'), lines('• Text.', '•', '•     ••••'));
  });
});

describe('maskText: code spans', () => {
  it('masks single-backtick code spans', () => {
    expectMask('Run `npm test` now.', 'Run •••••••••• now.');
  });

  it('masks double-backtick code spans that contain a backtick', () => {
    expectMask('A `` code ` span `` here.', 'A ••••••••••••••••• here.');
  });

  it('keeps backtick runs that have no closing run of the same length', () => {
    expectMask('Two `` then ` one `and` more.', 'Two `` then •••••••and` more.');
    expectKept('A lone ` backtick.');
  });

  it('masks code spans that cross a line break inside a paragraph', () => {
    expectMask(lines('Use `a', 'b` here.'), lines('Use ••', '•• here.'));
  });

  it('keeps a backslash-escaped backtick as text', () => {
    expectMask('A \\`tick\\` here.', 'A •`tick•` here.');
  });

  it('masks code spans that cross block quote markers', () => {
    expectMask(lines('> a `b', '> c` d'), lines('• a ••', '• •• d'));
  });

  it('masks code spans before links and emphasis can use their characters', () => {
    expectMask('[not `a](link)` *x`y*`', '[not •••••••••• *x••••');
  });
});

describe('maskText: links and images', () => {
  it('masks an inline link destination and title but keeps the link text', () => {
    expectMask('See [the report](https://x.org/r "Report") now.', 'See •the report••••••••••••••••••••••••••• now.');
  });

  it('keeps nested brackets in link text', () => {
    expectMask('A [text [with] brackets](u) b.', 'A •text [with] brackets•••• b.');
  });

  it('masks parentheses inside link destinations', () => {
    expectMask('[Foo](https://en.wikipedia.org/wiki/Foo_(bar)) x', '•Foo•••••••••••••••••••••••••••••••••••••••••• x');
  });

  it('masks angle-bracket destinations with spaces', () => {
    expectMask('[a](<my file.md> \'t\') b', '•a••••••••••••••••••• b');
  });

  it('masks a link destination on the next line', () => {
    expectMask(lines('[text](', 'url)'), lines('•text••', '••••'));
  });

  it('keeps image alt text and masks the source', () => {
    expectMask('![Motegi in Delhi](img/m.jpg) caption', '••Motegi in Delhi•••••••••••• caption');
  });

  it('keeps link text with emphasis and code inside', () => {
    expectMask('[**Bold** and `c`](u)', '•••Bold•• and •••••••');
  });

  it('does not nest links: the inner link wins', () => {
    expectMask('[a [b](u) c](v)', '[a •b•••• c](v)');
  });

  it('masks titles in single quotes and parentheses, and empty destinations', () => {
    expectMask("[a](u 'single') [b](u (paren)) [c](<>) [d]( )", "•a••• ••••••••• •b••• •••••••• •c••••• •d•• •");
  });

  it('masks an image inside a link and keeps its alt text', () => {
    expectMask('[![Alt words](img.png)](https://x.org)', '•••Alt words••••••••••••••••••••••••••');
  });

  it('does not pair emphasis inside link text with emphasis outside it', () => {
    expectMask('*[a*](u)', '*•a*••••');
  });

  it('keeps a bracket followed by a space and parentheses as text', () => {
    expectKept('[note] (see below)');
  });

  it('masks reference definitions whole', () => {
    expectMask(lines('Text [a][id].', '', '[id]: https://x.org "Title"', '[b]: <u v>'), lines('Text •a•••••.', '', '•••••••••••••••••••••••••••', '••••••••••'));
  });

  it('masks a reference definition title on the next line', () => {
    expectMask(lines('[id]: /url', '  "The title"', 'Text.'), lines('••••••••••', '  •••••••••••', 'Text.'));
  });

  it('masks full, collapsed and shortcut reference links defined anywhere', () => {
    expectMask(
      lines('A [text][Ref], [ref][] and [REF].', '', '[ref]: /u'),
      lines('A •text••••••, •ref••• and •REF•.', '', '•••••••••'),
    );
  });

  it('keeps reference-looking brackets with no definition', () => {
    expectKept('A [text][nope] and [other].');
  });

  it('keeps a definition-like line inside a paragraph (definitions cannot interrupt one)', () => {
    expectMask(lines('Text', '[id]: /u'), lines('Text', '[id]: /u'));
  });

  it('masks footnote references and definition markers, keeping the note text', () => {
    expectMask(
      lines('Claim.[^1]', '', '[^1]: The source said so.', '', '    More of the note.'),
      lines('Claim.••••', '', '••••• The source said so.', '', '    More of the note.'),
    );
  });
});

describe('maskText: autolinks and bare URLs', () => {
  it('masks autolinks', () => {
    expectMask('At <https://mea.gov.in/x> or <press@mea.gov.in>.', 'At •••••••••••••••••••••• or ••••••••••••••••••.');
  });

  it('masks bare URLs without trailing punctuation', () => {
    expectMask('See https://x.org/a?b=1. Or http://y.org, and www.z.org).', 'See •••••••••••••••••••. Or ••••••••••••, and •••••••••).');
  });

  it('masks balanced parentheses of a bare URL but not the one around it', () => {
    expectMask('(https://en.wikipedia.org/wiki/Foo_(bar))', '(•••••••••••••••••••••••••••••••••••••••)');
  });

  it('masks bare URLs in quotes and emphasis', () => {
    expectMask('"https://x.org" and *https://y.org*', '"•••••••••••••" and •••••••••••••••');
  });

  it('masks bare e-mail addresses but not handles', () => {
    expectMask('Write to press.office@mea.gov.in. Follow @MEAIndia.', 'Write to •••••••••••••••••••••••. Follow @MEAIndia.');
  });

  it('keeps words that merely contain http or www', () => {
    expectKept('The httpd and awww.org and http: alone.');
  });
});

describe('maskText: HTML', () => {
  it('masks inline HTML comments', () => {
    expectMask('A <!-- note --> b <!--> c <!---> d', 'A ••••••••••••• b ••••• c •••••• d');
  });

  it('masks multi-line HTML comments as blocks', () => {
    expectMask(lines('<!--', 'hidden', '-->', 'Text.'), lines('••••', '••••••', '•••', 'Text.'));
  });

  it('keeps text after a comment block on its last line', () => {
    expectMask('<!-- a --> Seen *here*.', '•••••••••• Seen •here•.');
  });

  it('masks a never-closed comment block to the end but keeps a never-closed inline one', () => {
    expectMask(lines('Text <!-- open', '', '<!-- never', 'closed'), lines('Text <!-- open', '', '••••••••••', '••••••'));
  });

  it('masks inline HTML comments that span lines of a paragraph', () => {
    expectMask(lines('Para <!-- a', 'comment --> end'), lines('Para •••• •', '••••••• ••• end'));
  });

  it('masks comments inside list items and block quotes', () => {
    expectMask(lines('- item <!-- c --> x', '> <!-- d -->', '> text'), lines('• item •••• • ••• x', '• •••• • •••', '• text'));
  });

  it('keeps HTML entities', () => {
    expectKept('Tom &amp; Jerry &copy; 2024 &#x41;');
  });

  it('masks tags and keeps the text between them', () => {
    expectMask('A <span class="x">word</span><br/> and <a href=\'/\'>link</a>.', 'A ••••• ••••••••••word•••••••••••• and •• •••••••••link••••.');
  });

  it('masks script and style blocks whole', () => {
    expectMask(lines('<script>', 'var x = "Modi";', '</script>', '<STYLE>p {}</STYLE>', 'Text.'), lines('••••••••', '•••••••••••••••', '•••••••••', '•••••••••••••••••••', 'Text.'));
  });

  it('keeps less-than signs that do not open tags', () => {
    expectKept('If a < b and 3 <4 or <3 hearts, <not a tag.');
  });

  it('masks processing instructions, declarations and CDATA', () => {
    expectMask('a <?php x ?> b <!DOCTYPE html> c <![CDATA[ y ]]> d', 'a •••••••••• b ••••••••••••••• c ••••••••••••••• d');
  });
});

describe('maskText: emphasis', () => {
  it('masks emphasis, strong and strikethrough delimiters', () => {
    expectMask('**Foreign Minister** Takeshi _said_ __so__ ~~not~~ *x*.', '••Foreign Minister•• Takeshi •said• ••so•• ••not•• •x•.');
  });

  it('keeps intra-word underscores', () => {
    expectKept('snake_case and a_b_c and file_name_here');
  });

  it('keeps asterisks and underscores that are not delimiters', () => {
    expectKept('5 * 3 = 15, a * b, _ alone, ** and 2 * 3.');
  });

  it('keeps a delimiter run without a partner', () => {
    expectMask('**bold* text', '*•bold• text');
    expectKept('*open only');
  });

  it('masks intra-word asterisks that pair up', () => {
    expectMask('un*frigging*believable 2*3*4', 'un•frigging•believable 2•3•4');
  });

  it('keeps runs of three or more tildes inside a paragraph', () => {
    expectKept('a ~~~b~~~ c');
  });

  it('masks emphasis across lines of a paragraph', () => {
    expectMask(lines('*start', 'end*'), lines('•start', 'end•'));
  });
});

describe('maskText: escapes and block markers', () => {
  it('masks the backslash of an escape and keeps the escaped character', () => {
    expectMask('\\*not emphasis\\* and \\# and \\[x\\]', '•*not emphasis•* and •# and •[x•]');
  });

  it('masks the backslash before an escaped block marker and keeps the marker as text', () => {
    expectMask(lines('\\> not quote', '\\- not list', '\\# not heading'), lines('•> not quote', '•- not list', '•# not heading'));
  });

  it('masks a backslash hard line break', () => {
    expectMask(lines('a\\', 'b'), lines('a•', 'b'));
  });

  it('keeps backslashes that escape nothing', () => {
    expectKept('C:\\path and a\\b');
  });

  it('masks heading markers, including closing sequences', () => {
    expectMask(lines('# Title', '## Sub ##', '###### Six', '#Not', '####### Seven'), lines('• Title', '•• Sub ••', '•••••• Six', '#Not', '####### Seven'));
  });

  it('masks setext heading underlines', () => {
    expectMask(lines('Title', '=====', 'Sub', '---'), lines('Title', '•••••', 'Sub', '•••'));
  });

  it('masks thematic breaks', () => {
    expectMask(lines('a', '', '* * *', '___', 'b'), lines('a', '', '•••••', '•••', 'b'));
  });

  it('masks block quote markers at every level', () => {
    expectMask(lines('> Quote', '> > Nested', '>no space'), lines('• Quote', '• • Nested', '•no space'));
  });

  it('masks bullets and numbers of list items', () => {
    expectMask(lines('- one', '* two', '+ three', '1. four', '2) five', '10. six'), lines('• one', '• two', '• three', '•• four', '•• five', '••• six'));
  });

  it('masks GFM task list checkboxes', () => {
    expectMask(lines('- [ ] task', '- [x] done', '- [y] not a box'), lines('• ••• task', '• ••• done', '• [y] not a box'));
  });

  it('masks a number and period that start a paragraph, which CommonMark reads as a list item', () => {
    expectMask('2014. The year of the upgrade.', '••••• The year of the upgrade.');
  });

  it('keeps a number that cannot start a list inside a paragraph', () => {
    expectMask(lines('In', '2014. That year.'), lines('In', '2014. That year.'));
  });

  it('masks table pipes and delimiter rows', () => {
    expectMask(
      lines('| Name | Title |', '| :--- | ----: |', '| Motegi | FM |', 'Rows without pipes', '', 'After.'),
      lines('• Name • Title •', '••••••••••••••••', '• Motegi • FM •', 'Rows without pipes', '', 'After.'),
    );
  });

  it('keeps escaped pipes in tables and masks code spans in cells', () => {
    expectMask(lines('a | b', '--|--', '`x` | y \\| z'), lines('a • b', '•••••', '••• • y •| z'));
  });

  it('keeps pipes in a paragraph with no delimiter row', () => {
    expectKept(lines('a | b', 'c | d'));
  });
});

describe('maskText: line endings and plain documents', () => {
  it('masks the same constructs with CRLF line endings', () => {
    expectMask(
      '# Title\r\n\r\n```\r\ncode\r\n```\r\n> *Quote*\r\n\r\n    indented\r\nText `x`.\r\n',
      '• Title\r\n\r\n•••\r\n••••\r\n•••\r\n• •Quote•\r\n\r\n••••••••••••\r\nText •••.\r\n',
    );
  });

  it('treats a lone CR as a line break', () => {
    expectMask('# Title\r```\rcode\r```\rText.', '• Title\r•••\r••••\r•••\rText.');
  });

  it('keeps a document with no Markdown in it unchanged', () => {
    expectKept(lines(
      'NEW DELHI, May 22 (Reuters) - Foreign Minister Toshimitsu Motegi met his Indian counterpart',
      "on Thursday, the ministry's spokesperson said; the talks (the first since 2014) covered the",
      'Free and Open Indo-Pacific & trade. "It was a good meeting," he said -- adding 5% growth',
      'was "possible" at a cost of $3.5 bn / year. Q&A: 10:30 a.m. #1 priority? Yes!',
      '',
      'Second paragraph: the Special Strategic and Global Partnership, set up in 2014, is 11 years old.',
      '',
    ));
  });

  it('masks a byte order mark', () => {
    expectMask('\uFEFF# T', '•• T');
  });

  it('returns an empty string for an empty document', () => {
    assert.equal(maskText('', 'markdown'), '');
    assert.equal(maskText('', 'plaintext'), '');
  });
});

describe('maskText: plain text', () => {
  it('keeps Markdown syntax in plain text', () => {
    expectKept(lines('# Not a heading', '**not bold** `not code` [not](a link)', '    not code', '---'), 'plaintext');
  });

  it('masks bare URLs, e-mail addresses and HTML comments in plain text', () => {
    expectMask(
      'See https://x.org/a. Mail a@b.org <!-- factlint-disable name -->\n<!--\nmulti\n--> end',
      'See •••••••••••••••. Mail ••••••• ••••••••••••••••••••••••••••••\n••••\n•••••\n••• end',
      'plaintext',
    );
  });

  it('keeps a byte order mark in plain text', () => {
    expectMask('\uFEFFSee https://x.org', '\uFEFFSee •••••••••••••', 'plaintext');
  });

  it('keeps a never-closed comment in plain text', () => {
    expectKept('a <!-- b\nc', 'plaintext');
  });
});

describe('maskDocument', () => {
  it('reports HTML comments that count, sorted, but not those in code or front matter', () => {
    const text = lines('---', 'x: <!-- fm -->', '---', '<!-- block -->', '`<!-- code -->` and <!-- inline -->', '```', '<!-- fenced -->', '```');
    const { htmlComments } = maskDocument(text, 'markdown');
    assert.deepEqual(htmlComments.map((c) => text.slice(c.start, c.end)), ['<!-- block -->', '<!-- inline -->']);
  });

  it('reports multi-line comments from <!-- to -->', () => {
    const text = 'a\n<!--\nb\n-->\n';
    const { htmlComments } = maskDocument(text, 'markdown');
    assert.deepEqual(htmlComments, [{ start: 2, end: 12 }]);
  });
});

// ---- properties and performance --------------------------------------------------------------

/** A small deterministic PRNG (mulberry32), so failures reproduce. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  'word', 'Minister', ' ', ' ', '  ', '\n', '\n', '\r\n', '\r', '\t', '    ', '*', '**', '_', '__', '~', '~~', '`', '``', '```',
  '~~~', '[', ']', '(', ')', '![', '](', '<', '>', '<!--', '-->', '<span a="b">', '</span>', '<br/>', '\\', '#', '# ',
  '> ', '- ', '+ ', '1. ', '2) ', '---', '+++', '===', '|', ':-', '"', "'", 'https://x.org/a_(b)', 'www.a.bc', 'a@b.cd',
  '[id]: /u "t"', '[^1]', '[^1]: ', '&amp;', 'é', '😀', '\u00a0', '\uFEFF', '.', ',', '<script>', '</script>', '<?', '?>',
];

function randomDoc(next: () => number, maxPieces: number): string {
  const count = Math.floor(next() * maxPieces);
  let s = '';
  for (let k = 0; k < count; k++) s += PIECES[Math.floor(next() * PIECES.length)];
  return s;
}

/** Checks the masked copy's invariants: same length, each unit kept or blanked, line breaks and surrogate pairs intact. */
function checkInvariants(input: string, format: DocumentFormat): void {
  const out = maskText(input, format);
  assert.equal(out.length, input.length, `length for ${JSON.stringify(input)}`);
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    const o = out.charCodeAt(i);
    if (c === 10 || c === 13) assert.equal(o, c, `line break at ${i} in ${JSON.stringify(input)}`);
    else if (o !== c && o !== 32) assert.fail(`unit ${i} changed to ${o} in ${JSON.stringify(input)}`);
    if (c >= 0xd800 && c <= 0xdbff) {
      assert.equal(o === c, out.charCodeAt(i + 1) === input.charCodeAt(i + 1), `split surrogate pair at ${i} in ${JSON.stringify(input)}`);
    }
  }
  assert.equal(maskText(input, format), out, 'deterministic');
}

describe('maskText: properties', () => {
  it('keeps the length, line breaks and surrogate pairs of 4,000 generated documents', () => {
    const next = prng(20250522);
    for (let k = 0; k < 4000; k++) {
      const doc = randomDoc(next, 60);
      checkInvariants(doc, 'markdown');
      checkInvariants(doc, 'plaintext');
    }
  });

  it('keeps 500 generated prose-only documents unchanged in both formats', () => {
    const next = prng(7);
    const prose = ['The', ' ', 'minister', ',', '.', '\n', "'s", '(2014)', '-', '—', '"said"', '5%', '&'];
    for (let k = 0; k < 500; k++) {
      let s = '';
      const count = Math.floor(next() * 40);
      for (let j = 0; j < count; j++) s += prose[Math.floor(next() * prose.length)];
      // A line starting with "-" is a list item or a thematic break in Markdown; avoid line starts.
      const doc = s.replace(/(^|\n)[-\s]+/g, '$1');
      assert.equal(maskText(doc, 'markdown'), doc, JSON.stringify(doc));
      assert.equal(maskText(doc, 'plaintext'), doc, JSON.stringify(doc));
    }
  });
});

// Speed is measured by the benchmark, never asserted here; a quadratic case shows there as a
// collapse in throughput. These tests pin down that such inputs are masked whole and safely.
describe('maskText: pathological input', () => {
  /** Masks `input` in both formats and checks the lengths. */
  function timed(input: string): void {
    const out = maskText(input, 'markdown');
    assert.equal(out.length, input.length);
    assert.equal(maskText(input, 'plaintext').length, input.length);
  }

  it('handles 10,000 unmatched backticks of growing run lengths', () => {
    let s = '';
    for (let k = 1; s.length < 200_000; k++) s += '`'.repeat(k % 50 + 1) + ' a ';
    timed(s);
    timed('` '.repeat(100_000));
  });

  it('handles many never-closed HTML comments and tags', () => {
    timed('<!-- a '.repeat(30_000));
    timed('<a x="'.repeat(30_000));
    timed('<a b=\'1\' '.repeat(30_000));
    timed('<!-- x\n'.repeat(30_000));
  });

  it('handles many unclosed brackets and link openings', () => {
    timed('[a]('.repeat(50_000));
    timed('['.repeat(100_000) + ']'.repeat(100_000));
    timed('[x](<'.repeat(40_000));
    timed('[a](b "'.repeat(30_000));
    timed(lines('[x]: /u', '') + '[x]'.repeat(60_000) + '[x]['.repeat(30_000));
  });

  it('handles long runs of emphasis delimiters', () => {
    timed('*a _b '.repeat(40_000));
    timed('a* b_ '.repeat(40_000));
    timed('**'.repeat(100_000));
  });

  it('handles deep containers and long lines', () => {
    timed('> '.repeat(20_000) + 'x\n' + 'y\n'.repeat(1000));
    timed('- '.repeat(20_000) + 'x\n');
    timed(('a'.repeat(1000) + ' https://x.org/' + '('.repeat(100) + '\n').repeat(200));
    timed('a@'.repeat(100_000));
  });
});
