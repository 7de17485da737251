import { SourceLinks } from './SourceLinks.tsx';
import { useData } from './DataContext.tsx';
import { useStepView } from './useStepView.ts';
import { useT } from './useT.ts';
import { formatDate } from './format.ts';
import { useAppStore } from '../state/store.ts';

/** What happened at this step, the vote, and what the law required then, with sources. */
export function StepCard() {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const { dataset } = useData();
  const { step } = useStepView();
  return (
    <section className="step-card" aria-labelledby="step-card-title">
      <p className="step-card__date">{formatDate(step.date, lang)}</p>
      <h2 id="step-card-title">{step.title}</h2>
      <h3>{t('step.happened')}</h3>
      <p>{step.happened}</p>
      {step.vote ? (
        <p>
          <strong>{t('step.vote')}:</strong> {step.vote}
        </p>
      ) : null}
      <h3>{t('step.law')}</h3>
      <p>{step.lawRequired}</p>
      <details>
        <summary>{t('step.sources')}</summary>
        <SourceLinks ids={step.sourceIds} sources={dataset.sources} />
      </details>
    </section>
  );
}
