import { useMemo } from 'react';
import { changesSince } from '../../domain/layers.ts';
import { HATCHED, sharedLegend, stepPicture } from '../../domain/step-picture.ts';
import { setStep, setView, useAppStore } from '../../state/store.ts';
import { useData } from '../DataContext.tsx';
import { CountyMap } from '../map/CountyMap.tsx';
import { useT } from '../useT.ts';
import { StaticLegend } from './StaticLegend.tsx';
import './classroom.css';

/**
 * Every step side by side for the chosen layer (view=multiples), with one shared legend: for
 * comparing steps rather than animating them. Each step's caption opens that step on the map.
 */
export default function SmallMultiples() {
  const t = useT();
  const { dataset, geometry } = useData();
  const layer = useAppStore((s) => s.layer);
  const current = useAppStore((s) => s.step);

  const panels = useMemo(
    () =>
      dataset.steps.map((step, i) => {
        const previous = dataset.steps[i - 1];
        const changed = changesSince(
          previous ? dataset.cells[previous.id] : undefined,
          dataset.cells[step.id] ?? [],
          layer,
        );
        return {
          step,
          picture: stepPicture(dataset, layer, step.id),
          outlined: new Set(changed.map((c) => c.fips)),
        };
      }),
    [dataset, layer],
  );
  const legend = sharedLegend(panels.map((p) => p.picture));
  const bases = HATCHED.filter((b) => panels.some((p) => p.picture.bases.includes(b)));
  const layerName = t(`layer.${layer}`);

  return (
    <section className="multiples" aria-labelledby="multiples-title">
      <h2 id="multiples-title" className="multiples__title">
        {t('multiples.title', { layer: layerName })}
      </h2>
      <StaticLegend
        entries={legend}
        bases={bases}
        counts={false}
        title={t('legend.title')}
        id="multiples-legend-title"
      />
      <p className="legend__note">{layer === 'sheriff' ? t('legend.newSheriff') : t('legend.changed')}</p>
      <ol className="multiples__grid">
        {panels.map(({ step, picture, outlined }) => {
          const labels = new Map(picture.legend.map((e) => [e.id, e.label]));
          return (
            <li key={step.id} className={`multiples__panel${step.id === current ? ' is-current' : ''}`}>
              <figure>
                <figcaption>
                  <button
                    type="button"
                    className="link-button"
                    aria-label={t('multiples.open', { step: step.label })}
                    onClick={() => {
                      setStep(step.id);
                      setView('map');
                    }}
                  >
                    {step.label}
                  </button>{' '}
                  {step.title}
                </figcaption>
                <CountyMap
                  geometry={geometry}
                  fills={picture.fills}
                  patterns={picture.patterns}
                  outlined={outlined}
                  label={t('map.label', { layer: layerName, step: step.label })}
                  countyLabel={(name, fips) => {
                    const cls = labels.get(picture.classOf.get(fips) ?? '');
                    return cls ? t('map.countyClass', { name, cls }) : t('map.county', { name });
                  }}
                />
                <p className="multiples__counts">
                  {picture.legend
                    .filter((e) => e.count > 0)
                    .map((e) => `${e.label}: ${e.count}`)
                    .join(' · ')}
                </p>
              </figure>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
