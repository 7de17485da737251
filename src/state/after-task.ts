/** Runs `callback` once the current task is over; returns a function that cancels it. */
export type AfterTask = (callback: () => void) => () => void;

let queue: (() => void)[] = [];
let timer: ReturnType<typeof setTimeout> | null = null;

function runQueue(): void {
  const callbacks = queue;
  queue = [];
  timer = null;
  for (const callback of callbacks) callback();
}

/**
 * What a key press or click leaves for later (the address bar, the deferred render) runs in one
 * timer after the press's task: a timer costs the press a fraction of what React's own scheduling
 * (a MessageChannel post) costs inside it, and several callbacks share it.
 */
export const afterTask: AfterTask = (callback) => {
  queue.push(callback);
  timer ??= setTimeout(runQueue, 0);
  return () => {
    queue = queue.filter((queued) => queued !== callback);
  };
};

/**
 * Runs `callback` when the browser is idle (within `timeoutMs` at the latest; after 200 ms where it
 * cannot tell), for work nobody waits on: it never competes with a frame.
 */
export function whenIdle(callback: () => void, timeoutMs = 2000): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(() => callback(), { timeout: timeoutMs });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(callback, 200);
  return () => clearTimeout(id);
}
