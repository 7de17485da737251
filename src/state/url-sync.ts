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
    useAppStore.setState(parseUrlState(win.location.search, urlContext), true);
    loadingFromHistory = false;
  };
  win.addEventListener('popstate', onPopState);

  const unsubscribe = useAppStore.subscribe((state) => {
    if (loadingFromHistory) return;
    const search = serializeUrlState(state, urlContext);
    if (search === win.location.search) return;
    win.history.pushState(null, '', `${win.location.pathname}${search}${win.location.hash}`);
  });

  return () => {
    unsubscribe();
    win.removeEventListener('popstate', onPopState);
  };
}
