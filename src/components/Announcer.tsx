import { useStepView } from './useStepView.ts';
import { useT } from './useT.ts';
import { useData } from './DataContext.tsx';

/** A polite live region that says which step is shown, so playback and key presses are heard. */
export function Announcer() {
  const t = useT();
  const { dataset } = useData();
  const { step, stepIndex } = useStepView();
  return (
    <p className="visually-hidden" aria-live="polite" aria-atomic="true">
      {t('step.position', { n: stepIndex + 1, total: dataset.steps.length })}: {step.label}, {step.title}
    </p>
  );
}
