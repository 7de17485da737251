import { useEffect, useRef } from 'react';
import { useT } from './useT.ts';
import { openModal } from './openModal.ts';
import { ModalDialog } from './ModalDialog.tsx';
import type { MessageKey } from '../domain/i18n/catalog.ts';

const SHORTCUTS: readonly (readonly [string, MessageKey])[] = [
  ['Tab', 'keys.tab'],
  ['← ↑ → ↓', 'keys.mapArrows'],
  ['Enter / Space', 'keys.mapEnter'],
  ['Esc', 'keys.escape'],
  ['← → Home End', 'keys.slider'],
  ['PageUp / PageDown', 'keys.sliderPage'],
  ['↓ ↑ Enter', 'keys.search'],
  ['?', 'keys.help'],
];

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

/** "?" (or the button) opens a modal list of the keyboard shortcuts; Esc or Close shuts it. */
export function ShortcutsDialog() {
  const t = useT();
  const dialogRef = useRef<HTMLDialogElement>(null);

  const open = () => openModal(dialogRef.current);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === '?' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target)) {
        event.preventDefault();
        open();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  return (
    <ModalDialog
      buttonLabel={t('keys.open')}
      title={t('keys.title')}
      buttonClassName="shortcuts-button shortcuts-button--keys"
      dialogRef={dialogRef}
    >
      <dl>
        {SHORTCUTS.map(([keys, what]) => (
          <div key={what} className="shortcuts__row">
            <dt>
              <kbd>{keys}</kbd>
            </dt>
            <dd>{t(what)}</dd>
          </div>
        ))}
      </dl>
    </ModalDialog>
  );
}
