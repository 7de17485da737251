import { createElement, useMemo } from 'react';
import { parseMarkdown, type Inline } from './markdown.ts';

function InlineText({ parts }: { parts: Inline[] }) {
  return (
    <>
      {parts.map((part, i) => {
        if (part.kind === 'strong') return <strong key={i}>{part.text}</strong>;
        if (part.kind === 'em') return <em key={i}>{part.text}</em>;
        if (part.kind === 'code') return <code key={i}>{part.text}</code>;
        if (part.kind === 'link') {
          const external = /^https?:/.test(part.href);
          return external ? (
            <a key={i} href={part.href} target="_blank" rel="noopener noreferrer">
              {part.text}
            </a>
          ) : (
            <a key={i} href={part.href}>
              {part.text}
            </a>
          );
        }
        return <span key={i}>{part.text}</span>;
      })}
    </>
  );
}

/** Renders the project's Markdown as React elements; headings start at h2 under the page's h1. */
export function Markdown({ text }: { text: string }) {
  const blocks = useMemo(() => parseMarkdown(text), [text]);
  return (
    <div className="markdown">
      {blocks.map((block, i) => {
        if (block.kind === 'heading') {
          return createElement(
            `h${Math.min(6, block.level + 1)}`,
            { key: i },
            <InlineText parts={block.inline} />,
          );
        }
        if (block.kind === 'paragraph')
          return (
            <p key={i}>
              <InlineText parts={block.inline} />
            </p>
          );
        if (block.kind === 'list') {
          const items = block.items.map((item, j) => (
            <li key={j}>
              <InlineText parts={item} />
            </li>
          ));
          return block.ordered ? <ol key={i}>{items}</ol> : <ul key={i}>{items}</ul>;
        }
        return (
          <div key={i} className="markdown__table">
            <table>
              <thead>
                <tr>
                  {block.head.map((cell, j) => (
                    <th key={j} scope="col">
                      <InlineText parts={cell} />
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {block.rows.map((row, j) => (
                  <tr key={j}>
                    {row.map((cell, k) => (
                      <td key={k}>
                        <InlineText parts={cell} />
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        );
      })}
    </div>
  );
}
