/**
 * The Fullscreen API where the browser has it; everywhere else presenter mode is a fixed layer over
 * the whole window (classroom.css), so a failure or a missing API only loses the browser chrome.
 */
export function canFullscreen(): boolean {
  return typeof document !== 'undefined' && document.fullscreenEnabled === true;
}

export function isFullscreen(): boolean {
  return typeof document !== 'undefined' && document.fullscreenElement != null;
}

/** Asks for fullscreen; needs a user gesture, so call it from a click or key handler. Never throws. */
export function enterFullscreen(element: Element = document.documentElement): void {
  if (!canFullscreen() || isFullscreen()) return;
  try {
    element.requestFullscreen().catch(() => undefined);
  } catch {
    // Older engines throw instead of rejecting: stay in the windowed fallback.
  }
}

export function exitFullscreen(): void {
  if (!isFullscreen()) return;
  document.exitFullscreen().catch(() => undefined);
}

let focusPresentButton = false;

/** Presenter mode asks for focus to return to the Present button when it closes (ARIA practice for dialogs). */
export function requestPresentFocus(): void {
  focusPresentButton = true;
}

/** True once after requestPresentFocus(); the Present button calls it when it mounts. */
export function takePresentFocus(): boolean {
  const wanted = focusPresentButton;
  focusPresentButton = false;
  return wanted;
}
