import { useEffect, useRef, type PointerEvent } from 'react';
import { selectPlaying, selectStep, setStep, useAppStore } from '../state/store.ts';
import { togglePlayback, stopPlayback } from '../state/playback.ts';
import { useData } from './DataContext.tsx';
import { useLiveBinding } from './useLiveBinding.ts';
import { useStepView } from './useStepView.ts';
import { useT } from './useT.ts';

/** The step index a key moves the slider to from `from` (before clamping), or undefined for other keys. */
function keyTarget(key: string, from: number, last: number): number | undefined {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowUp':
    case 'PageUp':
      return from + 1;
    case 'ArrowLeft':
    case 'ArrowDown':
    case 'PageDown':
      return from - 1;
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return undefined;
  }
}

type Steps = readonly { id: string }[];

/** The store's step, which the slider's render follows a task later: keys and drags move from it. */
const storeStepIndex = (steps: Steps): number => steps.findIndex((s) => s.id === useAppStore.getState().step);

/** Moves the store to the step at `index`, clamped to the slider's ends. */
function goToStep(steps: Steps, index: number): void {
  const target = steps[Math.max(0, Math.min(steps.length - 1, index))];
  if (target) setStep(target.id);
}

/**
 * The time slider (WAI-ARIA slider pattern): the whole track is the one focusable slider, moved by
 * arrows, Home/End and PageUp/PageDown, by a click or drag anywhere on it, with labelled stops; plus
 * play/pause. Stops are equal grid columns, so positions need no inline styles (a strict CSP with
 * `style-src 'self'` blocks style attributes in the prerendered HTML).
 */
export function StepSlider() {
  const t = useT();
  const { dataset } = useData();
  const { step, stepIndex } = useStepView();
  const playing = useAppStore(selectPlaying);
  const steps = dataset.steps;
  const track = useRef<HTMLDivElement>(null);

  // The slider answers in the key press's task: its value, spoken and shown (the stops take their
  // look from aria-valuenow: src/domain/slider-stops.ts).
  useLiveBinding(selectStep, (id) => {
    const element = track.current;
    const index = steps.findIndex((s) => s.id === id);
    const target = steps[index];
    if (!element || !target) return;
    element.setAttribute('aria-valuenow', String(index + 1));
    element.setAttribute('aria-valuetext', t('step.valuetext', { label: target.label, title: target.title }));
  });

  // A native listener, not React's onKeyDown: React's root listener still sees the press but finds
  // no handler, so it builds no synthetic event for it: less work ahead of the map's new colours.
  useEffect(() => {
    const element = track.current;
    if (!element) return;
    const onKeyDown = (event: KeyboardEvent) => {
      const index = keyTarget(event.key, storeStepIndex(steps), steps.length - 1);
      if (index === undefined) return;
      event.preventDefault();
      stopPlayback();
      goToStep(steps, index);
    };
    element.addEventListener('keydown', onKeyDown);
    return () => element.removeEventListener('keydown', onKeyDown);
  }, [steps]);

  const indexAt = (element: HTMLElement, clientX: number): number => {
    const box = element.getBoundingClientRect();
    if (box.width === 0) return storeStepIndex(steps);
    return Math.floor(((clientX - box.left) / box.width) * steps.length);
  };

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    stopPlayback();
    event.currentTarget.setPointerCapture?.(event.pointerId);
    goToStep(steps, indexAt(event.currentTarget, event.clientX));
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (event.buttons === 1) goToStep(steps, indexAt(event.currentTarget, event.clientX));
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
        ref={track}
        className="step-slider__track"
        role="slider"
        tabIndex={0}
        aria-label={t('step.label')}
        aria-valuemin={1}
        aria-valuemax={steps.length}
        aria-valuenow={stepIndex + 1}
        aria-valuetext={t('step.valuetext', { label: step.label, title: step.title })}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
      >
        {steps.map((s) => (
          <div key={s.id} className="step-slider__stop" data-step={s.id}>
            <span className="step-slider__rail" />
            <span className="step-slider__dot" />
            <span className="step-slider__label">{s.label}</span>
          </div>
        ))}
      </div>
    </div>
  );
}
