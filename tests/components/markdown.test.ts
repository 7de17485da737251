import { describe, expect, it } from 'vitest';
import { parseInline, parseMarkdown } from '../../src/components/markdown.ts';

describe('parseInline', () => {
  it('keeps plain text as one text part', () => {
    expect(parseInline('Plain words, no marks.')).toEqual([{ kind: 'text', text: 'Plain words, no marks.' }]);
  });

  it('reads bold, italic (with * or _), code and links between text', () => {
    expect(
      parseInline('A **bold** and *em* and _also em_ with `code` and [a link](https://example.org/x).'),
    ).toEqual([
      { kind: 'text', text: 'A ' },
      { kind: 'strong', text: 'bold' },
      { kind: 'text', text: ' and ' },
      { kind: 'em', text: 'em' },
      { kind: 'text', text: ' and ' },
      { kind: 'em', text: 'also em' },
      { kind: 'text', text: ' with ' },
      { kind: 'code', text: 'code' },
      { kind: 'text', text: ' and ' },
      { kind: 'link', text: 'a link', href: 'https://example.org/x' },
      { kind: 'text', text: '.' },
    ]);
  });

  it('leaves underscores inside words alone (class ids like no_stated_policy)', () => {
    expect(parseInline('The class no_stated_policy is the default.')).toEqual([
      { kind: 'text', text: 'The class no_stated_policy is the default.' },
    ]);
  });

  it('keeps marks inside code literal', () => {
    expect(parseInline('`**not bold**`')).toEqual([{ kind: 'code', text: '**not bold**' }]);
  });

  it('reads relative links', () => {
    expect(parseInline('[README](data/README.md)')).toEqual([
      { kind: 'link', text: 'README', href: 'data/README.md' },
    ]);
  });

  it('gives no parts for an empty string', () => {
    expect(parseInline('')).toEqual([]);
  });
});

describe('parseMarkdown', () => {
  it('reads ATX headings of every level, and needs the space after the hashes', () => {
    expect(parseMarkdown('# One\n## Two **bold**\n###### Six\n#hashtag')).toEqual([
      { kind: 'heading', level: 1, inline: [{ kind: 'text', text: 'One' }] },
      {
        kind: 'heading',
        level: 2,
        inline: [
          { kind: 'text', text: 'Two ' },
          { kind: 'strong', text: 'bold' },
        ],
      },
      { kind: 'heading', level: 6, inline: [{ kind: 'text', text: 'Six' }] },
      { kind: 'paragraph', inline: [{ kind: 'text', text: '#hashtag' }] },
    ]);
  });

  it('joins a paragraph’s lines with spaces and splits paragraphs at blank lines', () => {
    expect(parseMarkdown('First line\n  second line\n\nNext paragraph.')).toEqual([
      { kind: 'paragraph', inline: [{ kind: 'text', text: 'First line second line' }] },
      { kind: 'paragraph', inline: [{ kind: 'text', text: 'Next paragraph.' }] },
    ]);
  });

  it('ends a paragraph at a heading, a list or a table on the next line', () => {
    // A list runs to the next blank line (lines after an item continue it, as CommonMark's lazy lines do).
    const blocks = parseMarkdown('Text\n# Head\nMore\n- item\n\nAgain\n| a |\n| --- |\n| 1 |');
    expect(blocks.map((b) => b.kind)).toEqual([
      'paragraph',
      'heading',
      'paragraph',
      'list',
      'paragraph',
      'table',
    ]);
  });

  it('reads bullet lists with - or *, joining continuation lines into the item', () => {
    expect(parseMarkdown('- one\n* two\n  continued\n- three')).toEqual([
      {
        kind: 'list',
        ordered: false,
        items: [
          [{ kind: 'text', text: 'one' }],
          [{ kind: 'text', text: 'two continued' }],
          [{ kind: 'text', text: 'three' }],
        ],
      },
    ]);
  });

  it('reads numbered lists as ordered', () => {
    expect(parseMarkdown('1. first\n2. **second**\n\n- other list')).toEqual([
      {
        kind: 'list',
        ordered: true,
        items: [[{ kind: 'text', text: 'first' }], [{ kind: 'strong', text: 'second' }]],
      },
      { kind: 'list', ordered: false, items: [[{ kind: 'text', text: 'other list' }]] },
    ]);
  });

  it('reads pipe tables with a header, a delimiter row (alignment colons allowed) and body rows', () => {
    expect(
      parseMarkdown(
        '| Class | Meaning |\n|:---|---:|\n| `a` | **A** |\n| b | [B](https://b.example) |\n\nAfter.',
      ),
    ).toEqual([
      {
        kind: 'table',
        head: [[{ kind: 'text', text: 'Class' }], [{ kind: 'text', text: 'Meaning' }]],
        rows: [
          [[{ kind: 'code', text: 'a' }], [{ kind: 'strong', text: 'A' }]],
          [[{ kind: 'text', text: 'b' }], [{ kind: 'link', text: 'B', href: 'https://b.example' }]],
        ],
      },
      { kind: 'paragraph', inline: [{ kind: 'text', text: 'After.' }] },
    ]);
  });

  it('treats a pipe line without a delimiter row as a paragraph', () => {
    expect(parseMarkdown('| not | a table |')).toEqual([
      { kind: 'paragraph', inline: [{ kind: 'text', text: '| not | a table |' }] },
    ]);
  });

  it('accepts Windows and old Mac line endings', () => {
    expect(parseMarkdown('# H\r\nText\r\rMore')).toEqual([
      { kind: 'heading', level: 1, inline: [{ kind: 'text', text: 'H' }] },
      { kind: 'paragraph', inline: [{ kind: 'text', text: 'Text' }] },
      { kind: 'paragraph', inline: [{ kind: 'text', text: 'More' }] },
    ]);
  });

  it('gives no blocks for empty or blank input', () => {
    expect(parseMarkdown('')).toEqual([]);
    expect(parseMarkdown('\n  \n\t\n')).toEqual([]);
  });
});
