/**
 * A deliberately small Markdown reader for the project's own methodology text: headings, paragraphs,
 * bullet and numbered lists, tables, and inline bold, italic, code and links. Not a general parser;
 * it builds a tree that Markdown.tsx renders as React elements (never as raw HTML).
 */
export type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'strong' | 'em' | 'code'; text: string }
  | { kind: 'link'; text: string; href: string };

export type Block =
  | { kind: 'heading'; level: number; inline: Inline[] }
  | { kind: 'paragraph'; inline: Inline[] }
  | { kind: 'list'; ordered: boolean; items: Inline[][] }
  | { kind: 'table'; head: Inline[][]; rows: Inline[][][] };

const INLINE = /(\*\*[^*]+\*\*|`[^`]+`|\[[^\]]+\]\([^)\s]+\)|(?<![\w*])[*_][^*_]+[*_](?![\w*]))/g;

export function parseInline(text: string): Inline[] {
  const parts: Inline[] = [];
  let last = 0;
  for (const match of text.matchAll(INLINE)) {
    const token = match[0];
    const index = match.index ?? 0;
    if (index > last) parts.push({ kind: 'text', text: text.slice(last, index) });
    if (token.startsWith('**')) parts.push({ kind: 'strong', text: token.slice(2, -2) });
    else if (token.startsWith('`')) parts.push({ kind: 'code', text: token.slice(1, -1) });
    else if (token.startsWith('[')) {
      const link = /^\[([^\]]+)\]\(([^)\s]+)\)$/.exec(token);
      parts.push({ kind: 'link', text: link?.[1] ?? token, href: link?.[2] ?? '' });
    } else parts.push({ kind: 'em', text: token.slice(1, -1) });
    last = index + token.length;
  }
  if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) });
  return parts;
}

const cellsOf = (line: string) =>
  line
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((cell) => parseInline(cell.trim()));

export function parseMarkdown(source: string): Block[] {
  const blocks: Block[] = [];
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] ?? '';
    if (!line.trim()) {
      i++;
      continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      blocks.push({ kind: 'heading', level: heading[1]!.length, inline: parseInline(heading[2]!.trim()) });
      i++;
      continue;
    }
    if (line.trim().startsWith('|') && /^\s*\|?\s*:?-{3,}/.test(lines[i + 1] ?? '')) {
      const head = cellsOf(line);
      const rows: Inline[][][] = [];
      i += 2;
      while (i < lines.length && (lines[i] ?? '').trim().startsWith('|'))
        rows.push(cellsOf(lines[i++] ?? ''));
      blocks.push({ kind: 'table', head, rows });
      continue;
    }
    const bullet = /^\s*([-*]|\d+\.)\s+/;
    if (bullet.test(line)) {
      const ordered = /^\s*\d+\./.test(line);
      const items: Inline[][] = [];
      let current = '';
      while (i < lines.length && (lines[i] ?? '').trim()) {
        const next = lines[i] ?? '';
        if (bullet.test(next)) {
          if (current) items.push(parseInline(current));
          current = next.replace(bullet, '');
        } else current += ` ${next.trim()}`;
        i++;
      }
      if (current) items.push(parseInline(current));
      blocks.push({ kind: 'list', ordered, items });
      continue;
    }
    let text = line.trim();
    i++;
    while (i < lines.length) {
      const next = lines[i] ?? '';
      if (!next.trim() || /^#{1,6}\s/.test(next) || bullet.test(next) || next.trim().startsWith('|')) break;
      text += ` ${next.trim()}`;
      i++;
    }
    blocks.push({ kind: 'paragraph', inline: parseInline(text) });
  }
  return blocks;
}
