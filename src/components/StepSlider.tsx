import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { setStep, useAppStore } from '../state/store.ts';
import { togglePlayback, stopPlayback } from '../state/playback.ts';
import { useData } from './DataContext.tsx';
import { useStepView } from './useStepView.ts';
import { useT } from './useT.ts';

/**
 * The time slider (WAI-ARIA slider pattern): one focusable thumb, arrows/Home/End/PageUp/PageDown,
 * drag or click anywhere on the track, labelled ticks; plus play/pause.
 */
export function StepSlider() {
  const t = useT();
  const { dataset } = useData();
  const { step, stepIndex } = useStepView();
  const playing = useAppStore((s) => s.playing);
  const trackRef = useRef<HTMLDivElement>(null);
  const steps = dataset.steps;
  const last = steps.length - 1;
  const percent = (index: number) => (last === 0 ? 0 : (index / last) * 100);

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

  const indexAt = (clientX: number): number => {
    const box = trackRef.current?.getBoundingClientRect();
    if (!box || box.width === 0) return stepIndex;
    return Math.round(((clientX - box.left) / box.width) * last);
  };

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    stopPlayback();
    event.currentTarget.setPointerCapture?.(event.pointerId);
    go(indexAt(event.clientX));
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (event.buttons === 1) go(indexAt(event.clientX));
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
      <div className="step-slider__body">
        <div
          ref={trackRef}
          className="step-slider__track"
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
        >
          <div className="step-slider__rail" aria-hidden="true">
            <div className="step-slider__fill" style={{ width: `${percent(stepIndex)}%` }} />
          </div>
          <div
            className="step-slider__thumb"
            role="slider"
            tabIndex={0}
            aria-label={t('step.label')}
            aria-valuemin={1}
            aria-valuemax={steps.length}
            aria-valuenow={stepIndex + 1}
            aria-valuetext={t('step.valuetext', { label: step.label, title: step.title })}
            style={{ left: `${percent(stepIndex)}%` }}
            onKeyDown={onKeyDown}
          />
        </div>
        <ol className="step-slider__ticks" aria-hidden="true">
          {steps.map((s, i) => (
            <li
              key={s.id}
              className={i === stepIndex ? 'is-current' : undefined}
              style={{ left: `${percent(i)}%` }}
              onClick={() => {
                stopPlayback();
                go(i);
              }}
            >
              {s.label}
            </li>
          ))}
        </ol>
      </div>
    </div>
  );
}
