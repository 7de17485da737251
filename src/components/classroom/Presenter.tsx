import { useEffect, useMemo, useRef, useState } from 'react';
import { NOTICE_WONDER_PROMPTS, questionsFor } from '../../domain/discussion.ts';
import { changesSince } from '../../domain/layers.ts';
import { stepPicture } from '../../domain/step-picture.ts';
import { stopPlayback } from '../../state/playback.ts';
import { setStep, useAppStore } from '../../state/store.ts';
import { useData } from '../DataContext.tsx';
import { formatDate } from '../format.ts';
import { CountyMap } from '../map/CountyMap.tsx';
import { useT } from '../useT.ts';
import {
  canFullscreen,
  enterFullscreen,
  exitFullscreen,
  isFullscreen,
  requestPresentFocus,
} from './fullscreen.ts';
import { StaticLegend } from './StaticLegend.tsx';
import './classroom.css';

const NONE: ReadonlySet<string> = new Set();
const NEXT = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ']);
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace']);

/** Leaves presenter mode (the store's `present`), fullscreen with it; focus goes back to the Present button. */
function exitPresenter(): void {
  requestPresentFocus();
  exitFullscreen();
  useAppStore.setState({ present: false });
}

/**
 * Presenter mode (`present=1`): the steps as slides of a guided story, in the projector theme and
 * large type, fullscreen where the browser allows it. Each slide: the step's map, what happened,
 * what the law required, and discussion questions. Keys: → ↓ PageDown Space next, ← ↑ PageUp
 * previous (presentation clickers send PageUp/PageDown or arrows), Home/End, R reveal, N notice &
 * wonder, F fullscreen, Escape exits. Notice & wonder is local state: it belongs to this session
 * at the projector, not to a shareable link.
 */
export default function Presenter() {
  const t = useT();
  const { dataset, geometry } = useData();
  const layer = useAppStore((s) => s.layer);
  const stepId = useAppStore((s) => s.step);
  const lang = useAppStore((s) => s.lang);
  const steps = dataset.steps;
  const found = steps.findIndex((s) => s.id === stepId);
  const index = found >= 0 ? found : steps.length - 1;
  const step = steps[index]!;
  const previous = steps[index - 1];
  const total = steps.length;

  const [noticeWonder, setNoticeWonder] = useState(false);
  const [revealed, setRevealed] = useState<string | null>(null);
  const hidden = noticeWonder && revealed !== step.id;
  const rootRef = useRef<HTMLDivElement>(null);
  const [fullscreen, setFullscreen] = useState(isFullscreen);
  // Set when the teacher leaves fullscreen on purpose (button or F) but keeps presenting.
  const keepPresenting = useRef(false);
  const toggleFullscreen = () => {
    if (isFullscreen()) {
      keepPresenting.current = true;
      exitFullscreen();
    } else enterFullscreen();
  };

  const picture = useMemo(() => stepPicture(dataset, layer, step.id), [dataset, layer, step.id]);
  const outlined = useMemo(
    () =>
      new Set(
        changesSince(
          previous ? dataset.cells[previous.id] : undefined,
          dataset.cells[step.id] ?? [],
          layer,
        ).map((c) => c.fips),
      ),
    [dataset, layer, previous, step.id],
  );
  const labels = new Map(picture.legend.map((e) => [e.id, e.label]));

  const go = (delta: number) => {
    const next = steps[index + delta];
    if (next) setStep(next.id);
  };
  const toggleReveal = () => setRevealed(hidden ? step.id : null);
  const toggleNoticeWonder = () => {
    setNoticeWonder((on) => !on);
    setRevealed(null);
  };

  // Entering: stop playback, take focus (so keys and screen readers start here).
  useEffect(() => {
    stopPlayback();
    rootRef.current?.focus();
  }, []);

  // Leaving fullscreen with the browser's own Escape ends the presentation, as Escape does here.
  useEffect(() => {
    let wasFullscreen = isFullscreen();
    const onChange = () => {
      const now = isFullscreen();
      setFullscreen(now);
      if (wasFullscreen && !now && !keepPresenting.current) exitPresenter();
      keepPresenting.current = false;
      wasFullscreen = now;
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target instanceof Element ? event.target : null;
      // Space and Enter on a focused button press that button.
      if ((event.key === ' ' || event.key === 'Enter') && target?.closest('button, a, input')) return;
      const key = event.key;
      if (key === 'Escape') exitPresenter();
      else if (key === ' ' && event.shiftKey) go(-1);
      else if (NEXT.has(key)) go(1);
      else if (PREVIOUS.has(key)) go(-1);
      else if (key === 'Home') go(-index);
      else if (key === 'End') go(total - 1 - index);
      else if (key === 'r' || key === 'R') {
        if (noticeWonder) toggleReveal();
      } else if (key === 'n' || key === 'N') toggleNoticeWonder();
      else if (key === 'f' || key === 'F') toggleFullscreen();
      else return;
      event.preventDefault();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  });

  const counter = t('presenter.slide', { n: index + 1, total });
  const questions = questionsFor(step.id);

  return (
    <div
      ref={rootRef}
      className="presenter"
      role="region"
      aria-roledescription="slide deck"
      aria-label={t('presenter.label')}
      tabIndex={-1}
    >
      <div className="presenter__slide" role="group" aria-roledescription="slide" aria-label={counter}>
        <div className="presenter__head">
          <p className="presenter__counter" aria-live="polite" aria-atomic="true">
            {hidden ? counter : `${counter}: ${step.label}`}
          </p>
          {hidden ? (
            <h1 id="presenter-title" className="presenter__title">
              {NOTICE_WONDER_PROMPTS.join(' ')}
            </h1>
          ) : (
            <>
              <p className="presenter__date">
                {formatDate(step.date, lang)} · {t(`layer.${layer}`)}
              </p>
              <h1 id="presenter-title" className="presenter__title">
                {step.title}
              </h1>
            </>
          )}
        </div>
        <div className="presenter__body">
          <div className="presenter__map">
            <CountyMap
              geometry={geometry}
              fills={picture.fills}
              patterns={picture.patterns}
              outlined={hidden ? NONE : outlined}
              label={
                hidden
                  ? t('presenter.mapHidden', { n: index + 1 })
                  : t('map.label', { layer: t(`layer.${layer}`), step: step.label })
              }
              countyLabel={(name, fips) => {
                const cls = labels.get(picture.classOf.get(fips) ?? '');
                return hidden || !cls ? t('map.county', { name }) : t('map.countyClass', { name, cls });
              }}
            />
          </div>
          {/* Scrolls when the step's text is long: focusable so the keyboard can scroll it too. */}
          <div className="presenter__side" role="region" aria-labelledby="presenter-title" tabIndex={0}>
            {hidden ? (
              <p className="presenter__prompts">{t('presenter.hidden')}</p>
            ) : (
              <>
                <StaticLegend
                  entries={picture.legend.filter((e) => e.count > 0)}
                  bases={picture.bases}
                  title={t('legend.title')}
                  id="presenter-legend-title"
                />
                <section className="presenter__text" aria-labelledby="presenter-happened">
                  <h2 id="presenter-happened">{t('step.happened')}</h2>
                  <p>{step.happened}</p>
                  <h2>{t('step.law')}</h2>
                  <p>{step.lawRequired}</p>
                </section>
                <section className="presenter__discuss" aria-labelledby="presenter-discuss">
                  <h2 id="presenter-discuss">{t('presenter.discuss')}</h2>
                  <ul>
                    {questions.map((q) => (
                      <li key={q}>{q}</li>
                    ))}
                  </ul>
                </section>
              </>
            )}
          </div>
        </div>
      </div>
      <nav className="presenter__controls" aria-label={t('presenter.label')}>
        <button type="button" onClick={() => go(-1)} disabled={index === 0}>
          ← {t('presenter.previous')}
        </button>
        <button type="button" onClick={() => go(1)} disabled={index === total - 1}>
          {t('presenter.next')} →
        </button>
        <button type="button" aria-pressed={noticeWonder} onClick={toggleNoticeWonder}>
          {t('presenter.noticeWonder')}
        </button>
        {noticeWonder ? (
          <button type="button" onClick={toggleReveal}>
            {hidden ? t('presenter.reveal') : t('presenter.hide')}
          </button>
        ) : null}
        {canFullscreen() ? (
          <button type="button" aria-pressed={fullscreen} onClick={toggleFullscreen}>
            {t('presenter.fullscreen')}
          </button>
        ) : null}
        <button type="button" onClick={exitPresenter}>
          {t('presenter.exit')}
        </button>
        <p className="presenter__keys">{t('presenter.keys')}</p>
      </nav>
    </div>
  );
}
