import { BASIS_PATTERN } from '../domain/palette.ts';
import type { Basis } from '../domain/dataset.ts';
import { useStepView } from './useStepView.ts';
import { useT } from './useT.ts';

export interface LegendProps {
  highlighted: string | null;
  onHighlight: (classId: string | null) => void;
}

const PATTERN_KEYS = {
  statewide: 'legend.pattern.statewide',
  disputed: 'legend.pattern.disputed',
  unknown: 'legend.pattern.unknown',
} as const;

/**
 * Classes present at this step with their colour and count; pressing one highlights its counties.
 * Classes with no county are left out (e.g. the voluntary-era detainer classes after Dec 2024).
 */
export function Legend({ highlighted, onHighlight }: LegendProps) {
  const t = useT();
  const { classes, colours, counts, cells, layer } = useStepView();
  const basesPresent = new Set<Basis>(
    cells.map((c) =>
      layer === 'stance' ? c.stanceBasis : layer === 'detainer' ? c.detainerBasis : 'documented',
    ),
  );
  return (
    <section className="legend" aria-labelledby="legend-title">
      <h2 id="legend-title" className="legend__title">
        {t('legend.title')}
      </h2>
      <ul className="legend__classes">
        {classes
          .filter((cls) => (counts.get(cls.id) ?? 0) > 0 || cls.id === highlighted)
          .map((cls) => {
            const count = counts.get(cls.id) ?? 0;
            const pressed = highlighted === cls.id;
            return (
              <li key={cls.id}>
                <button
                  type="button"
                  aria-pressed={pressed}
                  title={cls.description}
                  onClick={() => onHighlight(pressed ? null : cls.id)}
                >
                  <svg className="legend__swatch" viewBox="0 0 16 16" aria-hidden="true">
                    <rect width="16" height="16" fill={colours.get(cls.id)} />
                  </svg>
                  <span className="legend__label">{cls.label}</span>
                  <span className="legend__count">
                    {count}
                    <span className="visually-hidden">
                      {' '}
                      {count === 1 ? t('legend.countyUnit') : t('legend.countiesUnit')}
                    </span>
                  </span>
                </button>
              </li>
            );
          })}
      </ul>
      {layer !== 'sheriff' ? (
        <ul className="legend__patterns">
          {(['statewide', 'disputed', 'unknown'] as const)
            .filter((basis) => basesPresent.has(basis))
            .map((basis) => (
              <li key={basis}>
                <svg className="legend__swatch" viewBox="0 0 16 16" aria-hidden="true">
                  <rect width="16" height="16" fill="var(--legend-pattern-bg)" />
                  <rect width="16" height="16" fill={`url(#${BASIS_PATTERN[basis]})`} />
                </svg>
                {t(PATTERN_KEYS[basis])}
              </li>
            ))}
        </ul>
      ) : null}
      <p className="legend__note">
        <svg className="legend__swatch" viewBox="0 0 16 16" aria-hidden="true">
          <rect x="2" y="2" width="12" height="12" className="legend__outline-sample" />
        </svg>
        {layer === 'sheriff' ? t('legend.newSheriff') : t('legend.changed')}
      </p>
    </section>
  );
}
