import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Markdown } from '../../src/components/Markdown.tsx';

const TEXT = `# Methodology

Intro with **bold**, *em*, \`code\` and [the README](data/README.md).

## Classes

- first [outside](https://example.org/out)
- second

1. one
2. two

| Class | Meaning |
| --- | --- |
| a | **A** |
`;

describe('Markdown', () => {
  it('renders headings one level down, under the page’s h1', () => {
    render(<Markdown text={TEXT} />);
    expect(screen.queryByRole('heading', { level: 1 })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Methodology' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'Classes' })).toBeInTheDocument();
  });

  it('renders inline marks as elements, never as raw HTML', () => {
    const { container } = render(<Markdown text={'**b** *e* `c` <script>alert(1)</script>'} />);
    expect(screen.getByText('b').tagName).toBe('STRONG');
    expect(screen.getByText('e').tagName).toBe('EM');
    expect(screen.getByText('c').tagName).toBe('CODE');
    expect(container.querySelector('script')).toBeNull();
    expect(container).toHaveTextContent('<script>alert(1)</script>');
  });

  it('opens external links in a new tab with noopener, and keeps relative links in place', () => {
    render(<Markdown text={TEXT} />);
    const outside = screen.getByRole('link', { name: 'outside' });
    expect(outside).toHaveAttribute('href', 'https://example.org/out');
    expect(outside).toHaveAttribute('target', '_blank');
    expect(outside.getAttribute('rel')?.split(' ')).toContain('noopener');
    const readme = screen.getByRole('link', { name: 'the README' });
    expect(readme).toHaveAttribute('href', 'data/README.md');
    expect(readme).not.toHaveAttribute('target');
  });

  it('renders bullet and numbered lists', () => {
    render(<Markdown text={TEXT} />);
    const [bullets, numbers] = screen.getAllByRole('list');
    expect(bullets!.tagName).toBe('UL');
    expect(
      within(bullets!)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['first outside', 'second']);
    expect(numbers!.tagName).toBe('OL');
    expect(
      within(numbers!)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['one', 'two']);
  });

  it('renders tables with column headers', () => {
    render(<Markdown text={TEXT} />);
    const table = screen.getByRole('table');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Class', 'Meaning']);
    expect(
      within(table)
        .getAllByRole('cell')
        .map((td) => td.textContent),
    ).toEqual(['a', 'A']);
    expect(within(table).getByText('A').tagName).toBe('STRONG');
  });
});
