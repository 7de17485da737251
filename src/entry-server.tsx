/**
 * Server entry for scripts/prerender.ts: renders the app to an HTML string for one URL state.
 * Keep the element tree identical to the one src/main.tsx hydrates (minus its null-rendering marker),
 * or hydration will not match.
 */
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { App } from './components/App.tsx';
import { stepIds } from './data/index.ts';
import { datasetCoreEncoded, ncGeometry } from './data/first-view-modules.ts';
import { FIRST_VIEW_ELEMENT_ID, firstViewPayload, payloadScriptText } from './domain/first-view.ts';
import { assembleAppData, withoutAdjacency } from './first-view-data.ts';
import { loadFromSearch } from './state/store.ts';

/** Step ids in order; each gets its own prerendered page. */
export { stepIds };

const appData = assembleAppData(datasetCoreEncoded, withoutAdjacency(ncGeometry), ncGeometry.adjacency);

/** The data block every prerendered page carries beside its markup (src/domain/first-view.ts). */
export function firstViewScript(): string {
  const json = payloadScriptText(firstViewPayload(datasetCoreEncoded, ncGeometry));
  return `<script type="application/json" id="${FIRST_VIEW_ELEMENT_ID}">${json}</script>`;
}

/** The app's markup for a query string such as `?step=hb10` (`''` is the default view). */
export function render(search: string): string {
  loadFromSearch(search);
  return renderToString(
    <StrictMode>
      <App data={appData} />
    </StrictMode>,
  );
}
