import { lazy, Suspense, useRef, useState } from 'react';
import { ErrorBoundary } from '../ErrorBoundary.tsx';
import { useT } from '../useT.ts';
import { ModalDialog } from '../ModalDialog.tsx';

const EmbedGenerator = lazy(() => import('./EmbedGenerator.tsx'));

/** "Embed this map": a modal dialog whose generator is loaded only when first opened. */
export function EmbedDialog() {
  const t = useT();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [opened, setOpened] = useState(false);

  return (
    <ModalDialog
      buttonLabel={t('embed.open')}
      dialogClassName="shortcuts embed-dialog"
      dialogRef={dialogRef}
      onOpen={() => setOpened(true)}
    >
      {opened ? (
        <ErrorBoundary fallback={<p role="alert">{t('embed.error')}</p>}>
          <Suspense fallback={<p>{t('embed.loading')}</p>}>
            <EmbedGenerator />
          </Suspense>
        </ErrorBoundary>
      ) : null}
    </ModalDialog>
  );
}
