import { useLayoutEffect, useRef } from 'react';
import type { Step } from '../../domain/dataset.ts';
import { questionsFor } from '../../domain/discussion.ts';
import type { Layer } from '../../domain/layers.ts';
import type { StepPicture } from '../../domain/step-picture.ts';
import { useAppStore } from '../../state/store.ts';
import { useData } from '../DataContext.tsx';
import { formatDate } from '../format.ts';
import { CountyMap } from '../map/CountyMap.tsx';
import { useT } from '../useT.ts';
import { StaticLegend } from './StaticLegend.tsx';

/** Type size of a sheet (pt) and the smallest it may shrink to so that a long step still fits one page. */
const TYPE_PT = 8;
const MIN_TYPE_PT = 6;

const GLOSSARY = ['glossary.detainer', 'glossary.warrant', 'glossary.287g', 'glossary.sheriff'] as const;

export interface HandoutSheetProps {
  step: Step;
  layer: Layer;
  picture: StepPicture;
  page: number;
  pages: number;
}

/**
 * One US Letter page of the handout: the step's map, legend with counts, what happened and what
 * the law required, discussion questions, glossary, the step's sources and the data-as-of date.
 */
export function HandoutSheet({ step, layer, picture, page, pages }: HandoutSheetProps) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const { dataset, geometry } = useData();
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const labels = new Map(picture.legend.map((e) => [e.id, e.label]));
  const asOf = formatDate(dataset.asOf, lang);
  const titleId = `sheet-${step.id}-title`;
  const sheetRef = useRef<HTMLElement>(null);

  // One page per step, whatever the length of the step's text and sources: lower the type size
  // (everything inside is in em) until nothing overflows the page box (10in tall inside margins).
  useLayoutEffect(() => {
    const sheet = sheetRef.current;
    if (!sheet) return;
    let size = TYPE_PT;
    sheet.style.fontSize = `${size}pt`;
    while (sheet.scrollHeight > sheet.clientHeight + 1 && size > MIN_TYPE_PT) {
      size -= 0.25;
      sheet.style.fontSize = `${size}pt`;
    }
  }, [step, layer, picture]);

  return (
    <article className="sheet" aria-labelledby={titleId} ref={sheetRef}>
      <header className="sheet__head">
        <p className="sheet__app">
          {t('app.title')} · {t('app.asOf', { date: asOf })}
        </p>
        <h2 id={titleId} className="sheet__title">
          {step.label}: {step.title}
        </h2>
        <p className="sheet__layer">{t('map.label', { layer: t(`layer.${layer}`), step: step.label })}</p>
      </header>
      <div className="sheet__map">
        <CountyMap
          geometry={geometry}
          fills={picture.fills}
          patterns={picture.patterns}
          label={t('map.label', { layer: t(`layer.${layer}`), step: step.label })}
          countyLabel={(name, fips) => {
            const cls = labels.get(picture.classOf.get(fips) ?? '');
            return cls ? t('map.countyClass', { name, cls }) : t('map.county', { name });
          }}
        />
      </div>
      <StaticLegend
        entries={picture.legend.filter((e) => e.count > 0)}
        bases={picture.bases}
        title={t('handout.counts')}
        id={`sheet-${step.id}-legend`}
        label={`${t('handout.counts')}, ${step.label}`}
      />
      <div className="sheet__columns">
        <section>
          <h3>{t('step.happened')}</h3>
          <p>{step.happened}</p>
          <h3>{t('step.law')}</h3>
          <p>{step.lawRequired}</p>
          <h3>{t('handout.questions')}</h3>
          <ol>
            {questionsFor(step.id).map((q) => (
              <li key={q}>{q}</li>
            ))}
          </ol>
        </section>
        <section>
          <h3>{t('handout.glossary')}</h3>
          <ul className="sheet__glossary">
            {GLOSSARY.map((key) => (
              <li key={key}>{t(key)}</li>
            ))}
            {picture.legend
              .filter((e) => e.count > 0)
              .map((e) => (
                <li key={e.id}>
                  <strong>{e.label}:</strong> {e.description}
                </li>
              ))}
          </ul>
        </section>
      </div>
      <section className="sheet__sources">
        <h3>{t('handout.sources')}</h3>
        <ol>
          {step.sourceIds.map((id) => {
            const source = sources.get(id);
            if (!source) return null;
            return (
              <li key={id}>
                {source.outlet}
                {source.published ? ` (${source.published})` : ''}: {source.title}.{' '}
                {source.url.startsWith('http') ? <span className="sheet__url">{source.url}</span> : null}
              </li>
            );
          })}
        </ol>
      </section>
      <footer className="sheet__foot">
        <span>{t('classroom.sourceLine', { date: asOf })}</span>
        <span>{t('handout.page', { n: page, total: pages })}</span>
      </footer>
    </article>
  );
}
