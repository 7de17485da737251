import { useEffect, useMemo, useRef, useState } from 'react';
import { stepPicture } from '../../domain/step-picture.ts';
import { useAppStore } from '../../state/store.ts';
import { useData } from '../DataContext.tsx';
import { useT } from '../useT.ts';
import { HandoutSheet } from './HandoutSheet.tsx';
import './classroom.css';

export interface PrintHandoutProps {
  /** Closes the preview; the opener returns focus to its button. */
  onClose: () => void;
}

/**
 * The print handout as an on-screen preview of its pages (one US Letter page per step, for the
 * current step or all steps) with Print and Close. While it is open, print.css prints only these
 * pages, without any of the app's controls.
 */
export default function PrintHandout({ onClose }: PrintHandoutProps) {
  const t = useT();
  const { dataset } = useData();
  const layer = useAppStore((s) => s.layer);
  const stepId = useAppStore((s) => s.step);
  const [scope, setScope] = useState<'step' | 'all'>('step');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const current = dataset.steps.find((s) => s.id === stepId) ?? dataset.steps.at(-1);
  const steps = scope === 'all' ? dataset.steps : current ? [current] : [];
  const pictures = useMemo(
    () => new Map(dataset.steps.map((s) => [s.id, stepPicture(dataset, layer, s.id)])),
    [dataset, layer],
  );

  useEffect(() => {
    const root = document.documentElement;
    root.classList.add('handout-open');
    // The app behind the preview is out of reach (Tab, screen readers) while the preview is open.
    const app = document.getElementById('root');
    if (app) app.inert = true;
    headingRef.current?.focus();
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => {
      root.classList.remove('handout-open');
      if (app) app.inert = false;
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [onClose]);

  return (
    <div className="handout" role="dialog" aria-modal="true" aria-labelledby="handout-title">
      <div className="handout__bar">
        <h2 id="handout-title" ref={headingRef} tabIndex={-1}>
          {t('handout.title')}
        </h2>
        <fieldset className="handout__scope">
          <legend>{t('handout.scope')}</legend>
          <label>
            <input
              type="radio"
              name="handout-scope"
              checked={scope === 'step'}
              onChange={() => setScope('step')}
            />
            {t('handout.thisStep', { step: current?.label ?? '' })}
          </label>
          <label>
            <input
              type="radio"
              name="handout-scope"
              checked={scope === 'all'}
              onChange={() => setScope('all')}
            />
            {t('handout.allSteps', { count: dataset.steps.length })}
          </label>
        </fieldset>
        <button type="button" className="handout__print" onClick={() => window.print()}>
          {t('handout.print')}
        </button>
        <button type="button" onClick={onClose}>
          {t('handout.close')}
        </button>
      </div>
      <div className="handout__sheets">
        {steps.map((step, i) => {
          const picture = pictures.get(step.id);
          return picture ? (
            <HandoutSheet
              key={step.id}
              step={step}
              layer={layer}
              picture={picture}
              page={i + 1}
              pages={steps.length}
            />
          ) : null;
        })}
      </div>
    </div>
  );
}
