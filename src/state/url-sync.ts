import { parseUrlState, serializeUrlState } from './url.ts';
import { urlContext, useAppStore } from './store.ts';

/**
 * Keeps the address bar and the store in step, outside React: each change of view pushes a history
 * entry (so Back undoes it), and Back/Forward load the entry's state. Returns the unsubscriber.
 */
export function startUrlSync(win: Window = window): () => void {
  let loadingFromHistory = false;

  const onPopState = (): void => {
    loadingFromHistory = true;
    useAppStore.setState({ ...parseUrlState(win.location.search, urlContext), playing: false }, true);
    loadingFromHistory = false;
  };
  win.addEventListener('popstate', onPopState);

  const unsubscribe = useAppStore.subscribe((state) => {
    if (loadingFromHistory) return;
    const search = serializeUrlState(state, urlContext);
    if (search === win.location.search) return;
    const url = `${win.location.pathname}${search}${win.location.hash}`;
    // Playback would bury the reader's history under one entry per step, and inside an embedding
    // frame every entry would land in the host page's history and hijack its Back button.
    if (state.playing || state.embed) win.history.replaceState(null, '', url);
    else win.history.pushState(null, '', url);
  });

  return () => {
    unsubscribe();
    win.removeEventListener('popstate', onPopState);
  };
}
