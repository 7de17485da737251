/** Opens a native <dialog> as a modal (focus trapped, Esc closes); older engines get it non-modal. */
export function openModal(dialog: HTMLDialogElement | null): void {
  if (!dialog || dialog.open) return;
  if (typeof dialog.showModal === 'function') dialog.showModal();
  else dialog.setAttribute('open', '');
}
