import { useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { classIdOf } from '../domain/layers.ts';
import { neighborInDirection, type Direction } from '../domain/neighbors.ts';
import { BASIS_PATTERN } from '../domain/palette.ts';
import { whenIdle } from '../state/after-task.ts';
import { selectCounty, useAppStore } from '../state/store.ts';
import { useData } from './DataContext.tsx';
import { CountyMap } from './map/CountyMap.tsx';
import { prepareStepFills, storeFills } from './map/store-fills.ts';
import { MapSummary } from './MapSummary.tsx';
import { useStepView } from './useStepView.ts';
import { useT } from './useT.ts';

const ARROWS: Record<string, Direction> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
};

/**
 * The map as one tab stop: arrows move to the bordering county in that direction, Enter or Space
 * opens its card. Hover, focus or tap shows a short label; nothing lives only in that label.
 */
export function MapPanel({ highlighted }: { highlighted: string | null }) {
  const t = useT();
  const { geometry, adjacency, dataset } = useData();
  // Colours follow the store at once (live fills); names, hatching, outlines and the paths' own
  // fill attributes follow the deferred view, with the table and legend.
  const liveFills = useMemo(() => storeFills(dataset), [dataset]);
  // Every step's colours, worked out while the reader is idle rather than in a key press: one step
  // per idle period, so the work never makes a long task during load.
  useEffect(() => {
    let next = 0;
    let cancel = () => {};
    const prepare = () => {
      const step = dataset.steps[next++];
      if (!step) return;
      prepareStepFills(dataset, step.id);
      cancel = whenIdle(prepare);
    };
    cancel = whenIdle(prepare);
    return () => cancel();
  }, [dataset]);
  const view = useStepView();
  const selected = useAppStore((s) => s.county);
  const [pointed, setPointed] = useState<string | null>(null);
  // The map's tab stop: the county last moved to, unless a county was selected since (search, table).
  const [moved, setMoved] = useState({ fips: geometry.counties[0]?.fips ?? '', whileSelected: selected });
  const active = selected !== null && selected !== moved.whileSelected ? selected : moved.fips;
  const setActive = (fips: string) => setMoved({ fips, whileSelected: selected });
  const svgRef = useRef<SVGSVGElement>(null);
  const summaryId = useId();
  // What a keyboard move announces (politely): county, class and sheriff.
  const [announcement, setAnnouncement] = useState('');
  const shapes = useMemo(() => new Map(geometry.counties.map((c) => [c.fips, c])), [geometry]);

  const patterns = useMemo(() => {
    const result = new Map<string, string>();
    if (view.layer === 'sheriff') return result;
    for (const cell of view.cells) {
      const basis = view.layer === 'stance' ? cell.stanceBasis : cell.detainerBasis;
      const pattern = BASIS_PATTERN[basis];
      if (pattern) result.set(cell.fips, pattern);
    }
    return result;
  }, [view.cells, view.layer]);

  const outlined = useMemo(() => new Set(view.changes.map((c) => c.fips)), [view.changes]);
  const emphasised = useMemo(
    () =>
      highlighted === null
        ? null
        : new Set(view.cells.filter((c) => classIdOf(c, view.layer) === highlighted).map((c) => c.fips)),
    [highlighted, view.cells, view.layer],
  );

  const labelFor = useCallback(
    (name: string, fips: string) => {
      const cell = view.cellByFips.get(fips);
      return cell
        ? t('map.countyClass', { name, cls: view.classLabel(classIdOf(cell, view.layer)) })
        : t('map.county', { name });
    },
    [t, view],
  );

  const announce = (fips: string) => {
    const cell = view.cellByFips.get(fips);
    const shape = shapes.get(fips);
    if (!cell || !shape) return;
    const sheriff = cell.sheriff
      ? `${cell.sheriff}${cell.party ? ` (${t(`party.${cell.party}`)})` : ''}`
      : t('map.announceUnknown');
    setAnnouncement(
      t('map.announce', { name: shape.name, cls: view.classLabel(classIdOf(cell, view.layer)), sheriff }),
    );
  };

  const onKeyDown = (event: KeyboardEvent<SVGSVGElement>, fips: string) => {
    const direction = ARROWS[event.key];
    if (direction) {
      event.preventDefault();
      const next = neighborInDirection(fips, direction, shapes, adjacency);
      if (next) {
        setActive(next);
        announce(next);
        svgRef.current?.querySelector<SVGPathElement>(`[data-fips="${next}"]`)?.focus();
      }
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      setActive(fips);
      selectCounty(fips);
    } else if (event.key === 'Escape' && selected !== null) {
      selectCounty(null);
    }
  };

  const shown = pointed ?? selected;
  const shownShape = shown ? shapes.get(shown) : undefined;
  const shownCell = shown ? view.cellByFips.get(shown) : undefined;

  return (
    <div className="map-panel">
      <CountyMap
        svgRef={svgRef}
        geometry={geometry}
        fills={view.fills}
        liveFills={liveFills}
        label={t('map.label', { layer: t(`layer.${view.layer}`), step: view.step.label })}
        countyLabel={labelFor}
        describedBy={summaryId}
        selected={selected}
        active={active}
        patterns={patterns}
        outlined={outlined}
        emphasised={emphasised}
        onSelect={(fips) => {
          setActive(fips);
          selectCounty(fips);
        }}
        onPoint={setPointed}
        onKeyDown={onKeyDown}
      />
      {shownShape && shownCell ? (
        <div
          className="map-panel__label"
          aria-hidden="true"
          style={{
            left: `${(shownShape.centroid[0] / geometry.width) * 100}%`,
            top: `${(shownShape.centroid[1] / geometry.height) * 100}%`,
          }}
        >
          <strong>{shownShape.name}</strong>
          <span>{view.classLabel(classIdOf(shownCell, view.layer))}</span>
        </div>
      ) : null}
      <MapSummary id={summaryId} />
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      {/* index.html holds the first paint until this element (after the map) is parsed. */}
      <p className="map-panel__hint" id="map-hint">
        {t('map.hint')}
      </p>
    </div>
  );
}
