import { act, render, type RenderResult } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement, ReactNode } from 'react';
import { DataProvider, type AppData } from '../../../src/components/DataContext.tsx';
import type { Dataset } from '../../../src/domain/dataset.ts';
import { splitDataset } from '../../../src/domain/dataset-split.ts';
import { computeMapGeometry, type CountyTopology } from '../../../src/domain/geo.ts';
import { adjacency } from '../../../src/domain/neighbors.ts';
import { useAppStore, type AppState } from '../../../src/state/store.ts';
import { fixtureDataset } from '../../fixtures/dataset.ts';
import { tinyTopology } from '../../fixtures/tiny-topology.ts';

/** The tiny topology without its Virginia county: 37001 West and 37003 East, side by side. */
export function ncTinyTopology(): CountyTopology {
  const topo = tinyTopology();
  topo.objects.counties.geometries = topo.objects.counties.geometries.filter((g) =>
    String(g.id).startsWith('37'),
  );
  return topo;
}

const topology = ncTinyTopology();
const geometry = computeMapGeometry(topology, 400);
const neighbours = adjacency(topology);

/** What <DataProvider> needs, built from the hand-made fixture (or the dataset given), split as the build splits it. */
export function fixtureAppData(dataset: Dataset = fixtureDataset()): AppData {
  const { core, detail } = splitDataset(dataset);
  const loaded = Promise.resolve(detail);
  return { dataset: core, loadDetail: () => loaded, geometry, adjacency: neighbours };
}

/**
 * The fixture with its steps renamed to `ids` (e.g. the real step ids, which the store's setStep
 * and the playback timer accept): the first step keeps step-1's cells, every later one step-2's.
 * Labels and titles are "Label n" / "Title n" (1-based), so each step is told apart in assertions.
 */
export function fixtureOverSteps(ids: readonly string[]): Dataset {
  const base = fixtureDataset();
  const [first, second] = base.steps;
  const steps = ids.map((id, i) => ({
    ...(i === 0 ? first! : second!),
    id,
    label: `Label ${i + 1}`,
    title: `Title ${i + 1}`,
  }));
  const cells = Object.fromEntries(ids.map((id, i) => [id, base.cells[i === 0 ? 'step-1' : 'step-2'] ?? []]));
  return { ...base, steps, cells };
}

export interface RenderWithDataOptions {
  dataset?: Dataset;
  /** Store state to set before rendering (setState: not validated against the real dataset). */
  state?: Partial<AppState>;
  /** Passed to userEvent.setup, e.g. { advanceTimers: vi.advanceTimersByTime } with fake timers. */
  user?: Parameters<typeof userEvent.setup>[0];
}

/** Renders `ui` inside a <DataProvider> over the fixture; returns the render result, a user and the data. */
export function renderWithData(
  ui: ReactElement,
  { dataset, state, user }: RenderWithDataOptions = {},
): RenderResult & { user: ReturnType<typeof userEvent.setup>; data: AppData } {
  if (state) useAppStore.setState(state);
  const data = fixtureAppData(dataset);
  // As a wrapper, so rerender(ui) keeps the provider.
  const wrapper = ({ children }: { children: ReactNode }) => (
    <DataProvider value={data}>{children}</DataProvider>
  );
  const result = render(ui, { wrapper });
  return { ...result, user: userEvent.setup(user), data };
}

/**
 * Lets the current task end, inside act(): the step and layer reach React's render after the task
 * that changed them (useStoreAfterTask).
 */
export async function afterTheTask(): Promise<void> {
  await act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
}

/** Changes the store as a key press would, and waits for React to render the change. */
export async function changeStore(update: Partial<AppState>): Promise<void> {
  act(() => useAppStore.setState(update));
  await afterTheTask();
}
