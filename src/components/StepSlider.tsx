import { type KeyboardEvent, type PointerEvent } from 'react';
import { setStep, useAppStore } from '../state/store.ts';
import { togglePlayback, stopPlayback } from '../state/playback.ts';
import { useData } from './DataContext.tsx';
import { useUrgentStepView } from './useStepView.ts';
import { useT } from './useT.ts';

/**
 * The time slider (WAI-ARIA slider pattern): the whole track is the one focusable slider, moved by
 * arrows, Home/End and PageUp/PageDown, by a click or drag anywhere on it, with labelled stops; plus
 * play/pause. Stops are equal grid columns, so positions need no inline styles (a strict CSP with
 * `style-src 'self'` blocks style attributes in the prerendered HTML).
 */
export function StepSlider() {
  const t = useT();
  const { dataset } = useData();
  const { step, stepIndex } = useUrgentStepView();
  const playing = useAppStore((s) => s.playing);
  const steps = dataset.steps;
  const last = steps.length - 1;

  const go = (index: number) => {
    const target = steps[Math.max(0, Math.min(last, index))];
    if (target) setStep(target.id);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const moves: Record<string, number> = {
      ArrowRight: stepIndex + 1,
      ArrowUp: stepIndex + 1,
      PageUp: stepIndex + 1,
      ArrowLeft: stepIndex - 1,
      ArrowDown: stepIndex - 1,
      PageDown: stepIndex - 1,
      Home: 0,
      End: last,
    };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    stopPlayback();
    go(target);
  };

  const indexAt = (element: HTMLElement, clientX: number): number => {
    const box = element.getBoundingClientRect();
    if (box.width === 0) return stepIndex;
    return Math.floor(((clientX - box.left) / box.width) * steps.length);
  };

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    stopPlayback();
    event.currentTarget.setPointerCapture?.(event.pointerId);
    go(indexAt(event.currentTarget, event.clientX));
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (event.buttons === 1) go(indexAt(event.currentTarget, event.clientX));
  };

  return (
    <div className="step-slider">
      <button
        type="button"
        className="step-slider__play"
        aria-pressed={playing}
        onClick={togglePlayback}
        disabled={steps.length < 2}
      >
        <span aria-hidden="true">{playing ? '❚❚' : '▶'}</span> {playing ? t('step.pause') : t('step.play')}
      </button>
      <div
        className="step-slider__track"
        role="slider"
        tabIndex={0}
        aria-label={t('step.label')}
        aria-valuemin={1}
        aria-valuemax={steps.length}
        aria-valuenow={stepIndex + 1}
        aria-valuetext={t('step.valuetext', { label: step.label, title: step.title })}
        onKeyDown={onKeyDown}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
      >
        {steps.map((s, i) => (
          <div
            key={s.id}
            className={`step-slider__stop${i <= stepIndex ? ' is-reached' : ''}${i === stepIndex ? ' is-current' : ''}${i < stepIndex ? ' is-passed' : ''}`}
            data-step={s.id}
          >
            <span className="step-slider__rail" />
            <span className="step-slider__dot" />
            <span className="step-slider__label">{s.label}</span>
          </div>
        ))}
      </div>
    </div>
  );
}
