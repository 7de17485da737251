import { StrictMode, startTransition, useEffect } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './components/App.tsx';
import { startHeightBridge } from './embed/height-bridge.ts';
import { loadAppData } from './first-view-data.ts';
import { loadFromSearch, useAppStore } from './state/store.ts';
import { loadLanguage, startLanguageLoading } from './state/languages.ts';
import { startUrlSync } from './state/url-sync.ts';
import './styles/app.css';

const root = document.getElementById('root');

// A per-step page (dist/step/<id>/index.html, scripts/prerender.ts) was rendered for `data-search`;
// its address becomes the public form `<data-base>?step=<id>`, the address's own parameters winning.
if (root?.dataset.base !== undefined) {
  const params = new URLSearchParams(root.dataset.search ?? '');
  for (const [key, value] of new URLSearchParams(window.location.search)) params.set(key, value);
  const query = params.toString();
  const url = new URL(
    `${root.dataset.base}${query ? `?${query}` : ''}${window.location.hash}`,
    window.location.href,
  );
  window.history.replaceState(null, '', url);
}

// Read before anything renders: the data block and the prerendered map's paths.
const appData = await loadAppData(document);

loadFromSearch(window.location.search);
startUrlSync();
startLanguageLoading();
// A Spanish link waits for its catalog (a small chunk) so the page never paints half in English;
// if the chunk cannot load, the page stays in English.
await loadLanguage(useAppStore.getState().lang).catch(() => undefined);
startHeightBridge();

/** Marks the moment the app is interactive (`npm run bench` reads it); renders nothing. */
function HydrationMark() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = '1';
    performance.mark('app-hydrated');
  }, []);
  return null;
}

if (root) {
  // Same tree as src/entry-server.tsx renders (HydrationMark renders nothing).
  const app = (
    <StrictMode>
      <App data={appData} />
      <HydrationMark />
    </StrictMode>
  );
  // zustand hydrates from the store's initial (default) state, which is what dist/index.html holds,
  // and then re-renders with the URL's state; a per-step page holds another state, so it is
  // replaced in one commit instead.
  // In a transition, React hydrates (or renders) in slices of a few milliseconds instead of one long
  // task: the prerendered page is already on screen, and a tap during hydration is not held up.
  startTransition(() => {
    if (root.hasChildNodes() && root.dataset.search === undefined) hydrateRoot(root, app);
    else createRoot(root).render(app);
  });
}
