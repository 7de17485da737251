import { useId, type ReactNode, type RefObject } from 'react';
import { openModal } from './openModal.ts';
import { useT } from './useT.ts';

export interface ModalDialogProps {
  /** Text of the button that opens the dialog; also the dialog's heading unless `title` is given. */
  buttonLabel: string;
  title?: string;
  buttonClassName?: string;
  dialogClassName?: string;
  /** The <dialog>, for callers that also open it another way (a key). */
  dialogRef: RefObject<HTMLDialogElement | null>;
  /** Called just before the dialog opens from its button. */
  onOpen?: () => void;
  children: ReactNode;
}

/** A button that opens a native modal <dialog> with a heading, the content and a Close button. */
export function ModalDialog({
  buttonLabel,
  title = buttonLabel,
  buttonClassName = 'shortcuts-button',
  dialogClassName = 'shortcuts',
  dialogRef,
  onOpen,
  children,
}: ModalDialogProps) {
  const t = useT();
  const titleId = useId();
  return (
    <>
      <button
        type="button"
        className={buttonClassName}
        aria-haspopup="dialog"
        onClick={() => {
          onOpen?.();
          openModal(dialogRef.current);
        }}
      >
        {buttonLabel}
      </button>
      <dialog ref={dialogRef} className={dialogClassName} aria-labelledby={titleId}>
        <h2 id={titleId}>{title}</h2>
        {children}
        <form method="dialog">
          <button type="submit" className="shortcuts__close">
            {t('card.close')}
          </button>
        </form>
      </dialog>
    </>
  );
}
