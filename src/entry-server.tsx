/**
 * Server entry for scripts/prerender.ts: renders the app to an HTML string for one URL state.
 * Keep the element tree identical to the one src/main.tsx hydrates (minus its null-rendering marker),
 * or hydration will not match.
 */
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { App } from './components/App.tsx';
import { appData } from './components/appData.ts';
import { stepIds } from './data/index.ts';
import { loadFromSearch } from './state/store.ts';

/** Step ids in order; each gets its own prerendered page. */
export { stepIds };

/** The app's markup for a query string such as `?step=hb10` (`''` is the default view). */
export function render(search: string): string {
  loadFromSearch(search);
  return renderToString(
    <StrictMode>
      <App data={appData} />
    </StrictMode>,
  );
}
