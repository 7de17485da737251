import { Suspense, use, useEffect, useRef } from 'react';
import type { Basis, Fact } from '../domain/dataset.ts';
import { joinCell, type CoreCell } from '../domain/dataset-split.ts';
import { classesFor } from '../domain/layers.ts';
import { selectCounty, useAppStore } from '../state/store.ts';
import { useData } from './DataContext.tsx';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { formatDate } from './format.ts';
import { SourceLinks } from './SourceLinks.tsx';
import { useStepView } from './useStepView.ts';
import { useT } from './useT.ts';

/** Sheriff, classes with their basis, and the dated record behind them (the lazily loaded half). */
function CountyEvidence({ core, stepId }: { core: CoreCell; stepId: string }) {
  const t = useT();
  const { dataset, loadDetail } = useData();
  const lang = useAppStore((s) => s.lang);
  const detail = use(loadDetail());
  const index = dataset.cells[stepId]?.findIndex((c) => c.fips === core.fips) ?? -1;
  const cell = joinCell(core, detail.cells[stepId]?.[index]);
  if (!cell) return <p role="alert">{t('card.error')}</p>;

  const stanceLabels = new Map(classesFor(dataset, 'stance').map((c) => [c.id, c.label]));
  const detainerLabels = new Map(classesFor(dataset, 'detainer').map((c) => [c.id, c.label]));
  const factsById = new Map(detail.facts.map((f) => [f.id, f]));
  const facts = cell.factIds.map((id) => factsById.get(id)).filter((f): f is Fact => f !== undefined);
  const basisText = (basis: Basis) => t(`basis.${basis}`);

  return (
    <>
      <dl className="county-card__facts">
        <dt>{t('card.sheriff')}</dt>
        <dd>
          {cell.sheriff ? (
            <>
              {cell.sheriff}
              {cell.party ? ` (${t(`party.${cell.party}`)})` : ''}
              {cell.sheriffSince
                ? `, ${t(cell.sheriffSinceIsEarliestInData ? 'card.sinceAtLeast' : 'card.since', {
                    date: formatDate(cell.sheriffSince, lang),
                  })}`
                : ''}
              {cell.sheriffHow ? <span className="county-card__how"> · {cell.sheriffHow}</span> : null}
              {cell.sheriffCertainty === 'as_elected' ? (
                <span className="county-card__caveat">{t('card.asElected')}</span>
              ) : null}
              {cell.sheriffNote ? <span className="county-card__caveat">{cell.sheriffNote}</span> : null}
            </>
          ) : (
            t('card.sheriffUnknown')
          )}
        </dd>
        <dt>{t('card.stance')}</dt>
        <dd>
          {stanceLabels.get(cell.stance) ?? cell.stance}
          <span className={`basis basis--${cell.stanceBasis}`}>{basisText(cell.stanceBasis)}</span>
          {cell.stanceNote ? <span className="county-card__note">{cell.stanceNote}</span> : null}
        </dd>
        <dt>{t('card.detainer')}</dt>
        <dd>
          {detainerLabels.get(cell.detainer) ?? cell.detainer}
          <span className={`basis basis--${cell.detainerBasis}`}>{basisText(cell.detainerBasis)}</span>
          {cell.detainerNote ? <span className="county-card__note">{cell.detainerNote}</span> : null}
        </dd>
        {cell.basisNote ? (
          <>
            <dt>{t('card.basis')}</dt>
            <dd>{cell.basisNote}</dd>
          </>
        ) : null}
      </dl>
      <h3>{t('card.record')}</h3>
      {facts.length === 0 ? (
        <p>{t('card.noRecord')}</p>
      ) : (
        <ol className="county-card__record">
          {facts.map((fact) => (
            <li key={fact.id}>
              <span className="county-card__date">{formatDate(fact.date, lang)}</span>{' '}
              {fact.claimant ? <strong>{t('card.claimant', { who: fact.claimant })}: </strong> : null}
              {fact.summary}
              <SourceLinks ids={fact.sourceIds} sources={detail.sources} />
            </li>
          ))}
        </ol>
      )}
      <h3>{t('step.sources')}</h3>
      <SourceLinks ids={cell.sourceIds} sources={detail.sources} />
    </>
  );
}

/**
 * The county's evidence card: sheriff, stance and detainer class at this step with their basis,
 * the dated facts behind them with sources, and the county across all steps. Escape closes it and
 * returns focus to the county on the map.
 */
export function CountyCard() {
  const t = useT();
  const { dataset } = useData();
  const lang = useAppStore((s) => s.lang);
  const fips = useAppStore((s) => s.county);
  const { step, cellByFips } = useStepView();
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (fips) headingRef.current?.focus();
  }, [fips]);

  if (!fips) return null;
  const county = dataset.counties.find((c) => c.fips === fips);
  const core = cellByFips.get(fips);
  if (!county || !core) return null;

  const stanceLabels = new Map(classesFor(dataset, 'stance').map((c) => [c.id, c.label]));
  const detainerLabels = new Map(classesFor(dataset, 'detainer').map((c) => [c.id, c.label]));

  const close = () => {
    selectCounty(null);
    document.querySelector<SVGPathElement>(`.county-map path[data-fips="${fips}"]`)?.focus();
  };

  return (
    <section
      className="county-card"
      aria-labelledby="county-card-title"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          close();
        }
      }}
    >
      <div className="county-card__head">
        <h2 id="county-card-title" ref={headingRef} tabIndex={-1}>
          {t('card.title', { name: county.name })}
        </h2>
        <button type="button" className="county-card__close" onClick={close}>
          {t('card.close')}
        </button>
      </div>
      <p className="county-card__step">
        {t('card.atStep', { step: `${step.label} (${formatDate(step.date, lang)})` })}
      </p>
      <ErrorBoundary fallback={<p role="alert">{t('card.error')}</p>}>
        <Suspense fallback={<p className="county-card__loading">{t('card.loading')}</p>}>
          <CountyEvidence core={core} stepId={step.id} />
        </Suspense>
      </ErrorBoundary>
      <h3>{t('card.history')}</h3>
      <table className="county-card__history">
        <thead>
          <tr>
            <th scope="col">{t('card.historyStep')}</th>
            <th scope="col">{t('card.sheriff')}</th>
            <th scope="col">{t('card.stance')}</th>
            <th scope="col">{t('card.detainer')}</th>
          </tr>
        </thead>
        <tbody>
          {dataset.steps.map((s) => {
            const c = dataset.cells[s.id]?.find((x) => x.fips === fips);
            return (
              <tr key={s.id} aria-current={s.id === step.id ? 'true' : undefined}>
                <th scope="row">{s.label}</th>
                <td>{c?.sheriff ? `${c.sheriff}${c.party ? ` (${c.party})` : ''}` : '—'}</td>
                <td>{c ? (stanceLabels.get(c.stance) ?? c.stance) : '—'}</td>
                <td>{c ? (detainerLabels.get(c.detainer) ?? c.detainer) : '—'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
