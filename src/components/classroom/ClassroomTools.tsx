import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { stopPlayback } from '../../state/playback.ts';
import { useAppStore } from '../../state/store.ts';
import { useData } from '../DataContext.tsx';
import { ErrorBoundary } from '../ErrorBoundary.tsx';
import { useT } from '../useT.ts';
import { enterFullscreen, takePresentFocus } from './fullscreen.ts';
import '../../styles/print.css';

const PrintHandout = lazy(() => import('./PrintHandout.tsx'));

/**
 * The toolbar's classroom buttons: Present (presenter mode, fullscreen), Print handout, and image
 * export of the current view (PNG at 2x, SVG). Everything behind them loads on demand; this file
 * is all the first view carries. Not shown in embed mode.
 */
export function ClassroomTools() {
  const t = useT();
  const data = useData();
  const embed = useAppStore((s) => s.embed);
  const view = useAppStore((s) => s.view);
  // The handout renders into a container at the start of <body>: its maps' hatch patterns are then
  // the first with their ids in the document, so they paint on paper while the app is display:none.
  const [handoutHost, setHandoutHost] = useState<HTMLElement | null>(null);
  const handoutOpen = handoutHost !== null;
  const [error, setError] = useState<string | null>(null);
  const presentRef = useRef<HTMLButtonElement>(null);
  const printRef = useRef<HTMLButtonElement>(null);

  // Back from presenter mode: focus returns to the button that started it.
  useEffect(() => {
    if (takePresentFocus()) presentRef.current?.focus();
  }, []);
  useEffect(() => {
    if (!handoutHost) return;
    return () => handoutHost.remove();
  }, [handoutHost]);
  // The handout closed: focus returns to its button (after the preview has un-inerted the app).
  const wasOpen = useRef(false);
  useEffect(() => {
    if (wasOpen.current && !handoutOpen) printRef.current?.focus();
    wasOpen.current = handoutOpen;
  }, [handoutOpen]);

  if (embed) return null;

  const present = () => {
    enterFullscreen();
    stopPlayback();
    useAppStore.setState({ present: true });
  };
  const openHandout = () => {
    const host = document.createElement('div');
    host.className = 'handout-host';
    document.body.prepend(host);
    setHandoutHost(host);
  };
  const closeHandout = () => setHandoutHost(null);
  const exportAs = async (kind: 'png' | 'svg') => {
    setError(null);
    try {
      const { exportImage } = await import('./exportImage.ts');
      const { layer, step, lang } = useAppStore.getState();
      await exportImage(kind, { dataset: data.dataset, geometry: data.geometry, layer, stepId: step, lang });
    } catch {
      setError(t('classroom.exportError'));
    }
  };

  return (
    <div className="segmented classroom-tools" role="group" aria-label={t('classroom.label')}>
      <span className="segmented__label" aria-hidden="true">
        {t('classroom.label')}
      </span>
      <button type="button" ref={presentRef} onClick={present}>
        {t('classroom.present')}
      </button>
      <button type="button" ref={printRef} onClick={openHandout}>
        {t('classroom.print')}
      </button>
      {view !== 'about' ? (
        <>
          <button type="button" onClick={() => void exportAs('png')}>
            {t('classroom.png')}
          </button>
          <button type="button" onClick={() => void exportAs('svg')}>
            {t('classroom.svg')}
          </button>
        </>
      ) : null}
      {error ? <p role="alert">{error}</p> : null}
      {handoutHost
        ? createPortal(
            <ErrorBoundary fallback={<p role="alert">{t('handout.error')}</p>}>
              <Suspense fallback={<p className="handout-loading">{t('handout.loading')}</p>}>
                <PrintHandout onClose={closeHandout} />
              </Suspense>
            </ErrorBoundary>,
            handoutHost,
          )
        : null}
    </div>
  );
}
