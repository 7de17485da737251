import { afterTask, whenIdle, type AfterTask } from './after-task.ts';
import { parseUrlState, serializeUrlState } from './url.ts';
import { urlContext, useAppStore, type AppState } from './store.ts';

/**
 * Keeps the address bar and the store in step, outside React: each change of view pushes a history
 * entry (so Back undoes it), and Back/Forward load the entry's state. Returns the unsubscriber.
 *
 * The address is written after the task that changed the store, not inside it: `pushState` costs
 * about 0.4 ms (1.7 ms at 4x CPU throttling), which would come before the map's new colours. The
 * changes of one task make one entry; Back, Forward or leaving the page first write what is pending.
 * While playing, the address waits for an idle moment (`whenPlaying`): nobody reads it mid-play,
 * and `replaceState` right after each step would take time from the frames that show the step.
 */
export function startUrlSync(
  win: Window = window,
  later: AfterTask = afterTask,
  whenPlaying: AfterTask = whenIdle,
): () => void {
  let loadingFromHistory = false;
  let pending: { state: AppState; cancel: () => void; idle: boolean } | null = null;

  const write = (state: AppState): void => {
    const search = serializeUrlState(state, urlContext);
    if (search === win.location.search) return;
    const url = `${win.location.pathname}${search}${win.location.hash}`;
    // Playback would bury the reader's history under one entry per step, and inside an embedding
    // frame every entry would land in the host page's history and hijack its Back button.
    if (state.playing || state.embed) win.history.replaceState(null, '', url);
    else win.history.pushState(null, '', url);
  };

  const flush = (): void => {
    if (!pending) return;
    const { state, cancel } = pending;
    pending = null;
    cancel();
    write(state);
  };

  const onPopState = (): void => {
    // The entry Back left is the one the reader saw: a write still pending would land on top of it.
    pending?.cancel();
    pending = null;
    loadingFromHistory = true;
    useAppStore.setState({ ...parseUrlState(win.location.search, urlContext), playing: false }, true);
    loadingFromHistory = false;
  };
  win.addEventListener('popstate', onPopState);
  win.addEventListener('pagehide', flush);

  const unsubscribe = useAppStore.subscribe((state) => {
    if (loadingFromHistory) return;
    const idle = state.playing;
    if (pending && pending.idle === idle) {
      pending.state = state;
      return;
    }
    // Pausing (or any change once paused) is written after its task, not at the next idle moment.
    pending?.cancel();
    pending = { state, cancel: (idle ? whenPlaying : later)(flush), idle };
  });

  return () => {
    flush();
    unsubscribe();
    win.removeEventListener('popstate', onPopState);
    win.removeEventListener('pagehide', flush);
  };
}
