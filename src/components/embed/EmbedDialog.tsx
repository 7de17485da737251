import { lazy, Suspense, useRef, useState } from 'react';
import { ErrorBoundary } from '../ErrorBoundary.tsx';
import { useT } from '../useT.ts';
import { openModal } from '../openModal.ts';

const EmbedGenerator = lazy(() => import('./EmbedGenerator.tsx'));

/** "Embed this map": a modal dialog whose generator is loaded only when first opened. */
export function EmbedDialog() {
  const t = useT();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [opened, setOpened] = useState(false);

  const open = () => {
    setOpened(true);
    openModal(dialogRef.current);
  };

  return (
    <>
      <button type="button" className="shortcuts-button" onClick={open} aria-haspopup="dialog">
        {t('embed.open')}
      </button>
      <dialog ref={dialogRef} className="shortcuts embed-dialog" aria-labelledby="embed-dialog-title">
        <h2 id="embed-dialog-title">{t('embed.open')}</h2>
        {opened ? (
          <ErrorBoundary fallback={<p role="alert">{t('embed.error')}</p>}>
            <Suspense fallback={<p>{t('embed.loading')}</p>}>
              <EmbedGenerator />
            </Suspense>
          </ErrorBoundary>
        ) : null}
        <form method="dialog">
          <button type="submit" className="shortcuts__close">
            {t('card.close')}
          </button>
        </form>
      </dialog>
    </>
  );
}
