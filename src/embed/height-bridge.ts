import { parseParentMessage } from './message-guard.ts';
import { heightMessage, pymHeightMessage, readFrameIds } from './messages.ts';

/**
 * The page's content height in CSS pixels, rounded up. The root element's box, not
 * `scrollHeight`: inside an iframe `scrollHeight` never drops below the frame's own height, so a
 * frame sized by it could grow but never shrink. (Content must not size itself with `vh` units,
 * or frame and content would chase each other.)
 */
export function measureHeight(doc: Document): number {
  return Math.ceil(doc.documentElement.getBoundingClientRect().height);
}

/**
 * Remembers the last height sent and reports only changes (growth or shrinkage); `force` re-sends
 * the current height, for a parent that asks. A height of 0 is never sent: it means nothing is laid
 * out yet (the script runs before the first render), and would collapse the frame for a moment.
 */
export function createHeightReporter(
  measure: () => number,
  send: (height: number) => void,
): (force?: boolean) => void {
  let last: number | null = null;
  return (force = false) => {
    const height = measure();
    if (!Number.isFinite(height) || height <= 0) return;
    if (height === last && !force) return;
    last = height;
    send(height);
  };
}

/**
 * When this page is framed, reports its content height to the parent whenever it changes
 * (ResizeObserver on the root and body), in two formats:
 * - ours, `{ type: 'nc-sheriffs-map:height', version: 1, height, id }`, which public/embed.js reads;
 * - pym.js v1's `pymxPYMx{childId}xPYMxheightxPYMx{height}`, when the page was given a `childId`
 *   (pym's Parent always adds one), so newsrooms' existing pym parents size us unchanged.
 * Both go to target origin '*': a height is not a secret, we cannot know the host's origin in
 * advance (document.referrer may be stripped), and pym does the same.
 * Parent messages are ignored unless they come from `window.parent` and pass `parseParentMessage`.
 * Does nothing when not framed. Returns a function that stops it.
 */
export function startHeightBridge(win: Window = window): () => void {
  if (win.parent === win) return () => {};
  const parent = win.parent;
  const doc = win.document;
  // Read once: url-sync later rewrites the query string with the app's own parameters only.
  const { id, pymId } = readFrameIds(win.location.search);

  const report = createHeightReporter(
    () => measureHeight(doc),
    (height) => {
      parent.postMessage(heightMessage(height, id), '*');
      if (pymId !== null) parent.postMessage(pymHeightMessage(pymId, height), '*');
    },
  );

  const onMessage = (event: MessageEvent): void => {
    if (event.source !== parent) return;
    if (parseParentMessage(event.data, pymId)?.kind === 'request-height') report(true);
  };
  const onChange = (): void => report();

  win.addEventListener('message', onMessage);
  win.addEventListener('load', onChange);
  win.addEventListener('resize', onChange);
  // The frame's own constructor (not the global), so a test can hand in another window.
  const Observer = (win as Window & typeof globalThis).ResizeObserver as typeof ResizeObserver | undefined;
  const observer = Observer ? new Observer(onChange) : null;
  observer?.observe(doc.documentElement);
  if (doc.body) observer?.observe(doc.body);
  report();

  return () => {
    observer?.disconnect();
    win.removeEventListener('message', onMessage);
    win.removeEventListener('load', onChange);
    win.removeEventListener('resize', onChange);
  };
}
