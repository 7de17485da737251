import { BASIS_PATTERN } from '../../domain/palette.ts';
import type { HatchedBasis, LegendEntry } from '../../domain/step-picture.ts';
import { useT } from '../useT.ts';

const PATTERN_KEYS = {
  statewide: 'legend.pattern.statewide',
  disputed: 'legend.pattern.disputed',
  unknown: 'legend.pattern.unknown',
} as const;

export interface StaticLegendProps {
  entries: readonly LegendEntry[];
  /** Hatched evidence levels to explain. */
  bases: readonly HatchedBasis[];
  /** Show each class's count (one step); off for a legend shared by several steps. */
  counts?: boolean;
  /** Heading level text; the legend is a labelled region. */
  title: string;
  id: string;
  /** Accessible name when several legends share a visible title (handout pages). */
  label?: string;
}

/** A legend that only explains (no highlight buttons): slides, small multiples and handouts. */
export function StaticLegend({ entries, bases, counts = true, title, id, label }: StaticLegendProps) {
  const t = useT();
  return (
    <section
      className="static-legend"
      {...(label === undefined ? { 'aria-labelledby': id } : { 'aria-label': label })}
    >
      <h2 id={id} className="static-legend__title">
        {title}
      </h2>
      <ul className="static-legend__classes">
        {entries.map((entry) => (
          <li key={entry.id}>
            <svg className="legend__swatch" viewBox="0 0 16 16" aria-hidden="true">
              <rect width="16" height="16" fill={entry.colour} />
            </svg>
            <span>{entry.label}</span>
            {counts ? (
              <span className="legend__count">
                {' '}
                {entry.count}
                <span className="visually-hidden">
                  {' '}
                  {entry.count === 1 ? t('legend.countyUnit') : t('legend.countiesUnit')}
                </span>
              </span>
            ) : null}
          </li>
        ))}
        {bases.map((basis) => (
          <li key={basis} className="static-legend__pattern">
            <svg className="legend__swatch" viewBox="0 0 16 16" aria-hidden="true">
              <rect width="16" height="16" fill="var(--legend-pattern-bg)" />
              <rect width="16" height="16" fill={`url(#${BASIS_PATTERN[basis]})`} />
            </svg>
            <span>{t(PATTERN_KEYS[basis])}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
