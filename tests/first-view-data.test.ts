import { afterEach, describe, expect, it } from 'vitest';
import { FIRST_VIEW_ELEMENT_ID, firstViewPayload, payloadScriptText } from '../src/domain/first-view.ts';
import { loadAppData, readFirstView } from '../src/first-view-data.ts';
import { fixtureDataset } from './fixtures/dataset.ts';
import { fixtureCoreEncoded, fixtureGeometryFile } from './fixtures/first-view.ts';

const geometry = fixtureGeometryFile;
const core = fixtureCoreEncoded;

/** A page as scripts/prerender.ts writes it: the map's markup, then the data block. */
function prerenderedPage({ withData = true, skip = '' } = {}) {
  const paths = geometry.counties
    .filter((c) => c.fips !== skip)
    .map((c) => `<path data-fips="${c.fips}" d="${c.d}"></path>`)
    .join('');
  document.body.innerHTML = `<div id="root"><svg class="county-map"><g>${paths}</g>
    <path class="county-map__borders" d="${geometry.borders}"></path>
    <path class="county-map__outline" d="${geometry.outline}"></path></svg></div>${
      withData
        ? `<script type="application/json" id="${FIRST_VIEW_ELEMENT_ID}">${payloadScriptText(firstViewPayload(core, geometry))}</script>`
        : ''
    }`;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('readFirstView', () => {
  it('assembles the app data from the data block and the map the page already shows', () => {
    prerenderedPage();
    const data = readFirstView(document);
    expect(data).not.toBeNull();
    const { adjacency, ...shapes } = geometry;
    expect(data!.geometry).toEqual(shapes);
    expect(data!.adjacency.get('37001')).toEqual(adjacency['37001']);
    expect(data!.dataset.steps.map((s) => s.id)).toEqual(fixtureDataset().steps.map((s) => s.id));
  });

  it('is null without the data block, or when the map lacks a county', () => {
    prerenderedPage({ withData: false });
    expect(readFirstView(document)).toBeNull();
    prerenderedPage({ skip: geometry.counties[0]!.fips });
    expect(readFirstView(document)).toBeNull();
  });
});

describe('loadAppData', () => {
  it('falls back to the bundled modules on a page that carries nothing (the dev server)', async () => {
    const data = await loadAppData(document);
    expect(data.geometry.counties).toHaveLength(100);
    expect(data.adjacency.size).toBe(100);
    expect(data.dataset.counties).toHaveLength(100);
  });
});
