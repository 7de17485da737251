import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { selectCounty } from '../state/store.ts';
import { useData } from './DataContext.tsx';
import { useT } from './useT.ts';

const MAX_OPTIONS = 8;

/** Folds case and accents so "mcdowell" finds McDowell. */
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

/** Type-ahead county finder (WAI-ARIA combobox with list autocomplete). */
export function CountySearch() {
  const t = useT();
  const { dataset } = useData();
  const id = useId();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [activeIndex, setActiveIndex] = useState(-1);

  const matches = useMemo(() => {
    const q = fold(query.trim());
    if (!q) return [];
    const starts = dataset.counties.filter((c) => fold(c.name).startsWith(q));
    const contains = dataset.counties.filter((c) => !fold(c.name).startsWith(q) && fold(c.name).includes(q));
    return [...starts, ...contains].slice(0, MAX_OPTIONS);
  }, [dataset.counties, query]);

  const listId = `${id}-list`;
  const optionId = (i: number) => `${id}-option-${i}`;
  const expanded = open && query.trim().length > 0;

  const choose = (index: number) => {
    const county = matches[index];
    if (!county) return;
    selectCounty(county.fips);
    setQuery(county.name);
    setOpen(false);
    setActiveIndex(-1);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActiveIndex((i) => (matches.length === 0 ? -1 : (i + 1) % matches.length));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      // From no active option, Up goes to the last one (not, by the wrap-around sum, the one before it).
      setActiveIndex((i) =>
        matches.length === 0 ? -1 : i < 0 ? matches.length - 1 : (i - 1 + matches.length) % matches.length,
      );
    } else if (event.key === 'Enter') {
      if (expanded && matches.length > 0) {
        event.preventDefault();
        choose(activeIndex >= 0 ? activeIndex : 0);
      }
    } else if (event.key === 'Escape') {
      if (expanded) setOpen(false);
      else setQuery('');
      setActiveIndex(-1);
    }
  };

  return (
    <div className="county-search">
      <label htmlFor={`${id}-input`}>{t('search.label')}</label>
      <input
        id={`${id}-input`}
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && activeIndex >= 0 ? optionId(activeIndex) : undefined}
        placeholder={t('search.placeholder')}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setOpen(true);
          setActiveIndex(-1);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label={t('search.label')}
        className="county-search__list"
        hidden={!expanded}
      >
        {matches.map((county, i) => (
          <li
            key={county.fips}
            id={optionId(i)}
            role="option"
            aria-selected={i === activeIndex}
            onMouseDown={(event) => {
              event.preventDefault();
              choose(i);
            }}
          >
            {county.name}
          </li>
        ))}
      </ul>
      <p className="visually-hidden" aria-live="polite">
        {expanded
          ? matches.length === 0
            ? t('search.none', { query: query.trim() })
            : matches.length === 1
              ? t('search.countOne')
              : t('search.count', { count: matches.length })
          : ''}
      </p>
      {expanded && matches.length === 0 ? (
        <p className="county-search__none">{t('search.none', { query: query.trim() })}</p>
      ) : null}
    </div>
  );
}
