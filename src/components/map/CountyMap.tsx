import {
  memo,
  useLayoutEffect,
  useMemo,
  useRef,
  useSyncExternalStore,
  type KeyboardEvent,
  type RefObject,
} from 'react';
import {
  countyClassName,
  fillVarChanges,
  fillVarName,
  LIVE_FILLS_CLASS,
  LIVE_LAYER_ATTRIBUTE,
} from '../../domain/fill-vars.ts';
import type { MapGeometry } from '../../domain/geo.ts';
import type { FillSource } from './fill-source.ts';
import { MapPatterns } from './MapPatterns.tsx';

export interface CountyMapProps {
  /** Projected shapes; computed once and passed down unchanged. */
  geometry: MapGeometry;
  /** Fill colour per FIPS (the paths' `fill` attributes); with the overlays, all a step changes. */
  fills: ReadonlyMap<string, string>;
  /**
   * Fills to show as soon as they change, ahead of `fills` (which may follow a deferred view):
   * written as custom properties on the <svg> once mounted, in the change's own task, without a
   * React render (src/domain/fill-vars.ts).
   */
  liveFills?: FillSource;
  /** Accessible name of each county. */
  countyLabel: (name: string, fips: string) => string;
  /** Accessible name of the whole map. */
  label: string;
  /** Id of an element that describes the map in words. */
  describedBy?: string;
  selected?: string | null;
  /** The county that holds the map's single tab stop (roving tabindex); null: not focusable. */
  active?: string | null;
  /** Hatch pattern id per FIPS (evidence level). */
  patterns?: ReadonlyMap<string, string>;
  /** Counties drawn with a thick outline (changed since the previous step). */
  outlined?: ReadonlySet<string>;
  /** When set, counties not in it are faded (legend highlight). */
  emphasised?: ReadonlySet<string> | null;
  onSelect?: (fips: string) => void;
  onPoint?: (fips: string | null) => void;
  onKeyDown?: (event: KeyboardEvent<SVGSVGElement>, fips: string) => void;
  svgRef?: RefObject<SVGSVGElement | null>;
}

const FALLBACK_FILL = 'var(--county-unknown)';
const EMPTY_SET: ReadonlySet<string> = new Set();
const EMPTY_MAP: ReadonlyMap<string, string> = new Map();

/** One county's fill path; memoized, so a recolour re-renders only the counties that changed. */
const CountyPath = memo(function CountyPath({
  fips,
  d,
  fill,
  label,
  role,
  pressed,
  tabIndex,
  faded,
}: {
  fips: string;
  d: string;
  fill: string;
  label: string;
  role: 'button' | 'img';
  pressed: boolean | undefined;
  tabIndex: number | undefined;
  faded: boolean;
}) {
  return (
    <path
      d={d}
      data-fips={fips}
      role={role}
      aria-label={label}
      aria-pressed={pressed}
      tabIndex={tabIndex}
      fill={fill}
      className={`county ${countyClassName(fips)}${faded ? ' is-faded' : ''}`}
    />
  );
});

/** A county's hatching (evidence level) over its fill; nothing when it has none. */
const PatternPath = memo(function PatternPath({ d, pattern }: { d: string; pattern: string | undefined }) {
  return pattern ? <path d={d} fill={`url(#${pattern})`} /> : null;
});

const noSubscription = () => () => {};
const onClient = () => true;
const onServer = () => false;

const NO_FILLS: ReadonlyMap<string, string> = new Map();

/**
 * Writes the live fills onto the <svg>, now and on every change of the source, outside React's
 * render: the custom properties of the layer shown, then the attribute naming it. React never sets
 * these, so nothing overwrites them. A layer's properties are brought up to date when it is shown,
 * so a step change writes only the counties that changed on the layer shown, and going back to a
 * layer only those that changed since it was last shown. Returns whether the fills are on (not on
 * the server, nor while hydrating its markup, which must not carry a style attribute under a strict
 * CSP): the map's class turns the rules that read them on.
 */
function useLiveFills(svg: RefObject<SVGSVGElement | null>, source: FillSource | undefined): boolean {
  const mounted = useSyncExternalStore(noSubscription, onClient, onServer);
  const live = Boolean(source) && mounted;
  useLayoutEffect(() => {
    const element = svg.current;
    if (!element || !source || !live) return;
    const written = new Map<string, ReadonlyMap<string, string>>();
    let shown: string | null = null;
    const write = () => {
      const layer = source.layer();
      const fills = source.fills(layer);
      const before = written.get(layer) ?? NO_FILLS;
      if (fills !== before) {
        for (const [name, value] of fillVarChanges(layer, before, fills)) {
          if (value === null) element.style.removeProperty(name);
          else element.style.setProperty(name, value);
        }
        written.set(layer, fills);
      }
      if (layer !== shown) element.setAttribute(LIVE_LAYER_ATTRIBUTE, (shown = layer));
    };
    write();
    const unsubscribe = source.subscribe(write);
    return () => {
      unsubscribe();
      for (const [layer, fills] of written)
        for (const fips of fills.keys()) element.style.removeProperty(fillVarName(layer, fips));
      element.removeAttribute(LIVE_LAYER_ATTRIBUTE);
    };
  }, [svg, source, live]);
  return live;
}

const fipsOf = (target: EventTarget): string | null =>
  target instanceof Element ? target.getAttribute('data-fips') : null;

/**
 * The NC county map: one path per county keyed by FIPS, borders drawn once as a mesh on top.
 * Geometry never changes; a step or layer change re-renders only the county paths whose fill,
 * name or state changed (each is memoized), and pointer, focus, click and key events are handled
 * once on the <svg> for all counties (the overlays above them take no pointer events).
 */
export const CountyMap = memo(function CountyMap({
  geometry,
  fills,
  liveFills,
  countyLabel,
  label,
  describedBy,
  selected = null,
  active = null,
  patterns = EMPTY_MAP,
  outlined = EMPTY_SET,
  emphasised = null,
  onSelect,
  onPoint,
  onKeyDown,
  svgRef,
}: CountyMapProps) {
  const interactive = Boolean(onSelect);
  const ownSvg = useRef<SVGSVGElement | null>(null);
  const svg = svgRef ?? ownSvg;
  const live = useLiveFills(svg, liveFills);
  // The paths and overlays, kept as one element while only the other props change.
  const content = useMemo(
    () => (
      <>
        <MapPatterns />
        <g className="county-map__counties">
          {geometry.counties.map((county) => (
            <CountyPath
              key={county.fips}
              fips={county.fips}
              d={county.d}
              fill={fills.get(county.fips) ?? FALLBACK_FILL}
              label={countyLabel(county.name, county.fips)}
              role={interactive ? 'button' : 'img'}
              pressed={interactive ? county.fips === selected : undefined}
              tabIndex={active === null ? undefined : county.fips === active ? 0 : -1}
              faded={emphasised !== null && !emphasised.has(county.fips)}
            />
          ))}
        </g>
        <g className="county-map__patterns" aria-hidden="true">
          {geometry.counties.map((county) => (
            <PatternPath key={county.fips} d={county.d} pattern={patterns.get(county.fips)} />
          ))}
        </g>
        <path className="county-map__borders" d={geometry.borders} aria-hidden="true" />
        <path className="county-map__outline" d={geometry.outline} aria-hidden="true" />
        <g className="county-map__changed" aria-hidden="true">
          {geometry.counties.map((county) =>
            outlined.has(county.fips) ? <path key={county.fips} d={county.d} /> : null,
          )}
        </g>
        <g className="county-map__selected" aria-hidden="true">
          {geometry.counties.map((county) =>
            county.fips === selected ? <path key={county.fips} d={county.d} /> : null,
          )}
        </g>
      </>
    ),
    [geometry, fills, countyLabel, interactive, selected, active, emphasised, patterns, outlined],
  );
  return (
    <svg
      ref={svg}
      className={live ? `county-map ${LIVE_FILLS_CLASS}` : 'county-map'}
      viewBox={`0 0 ${geometry.width} ${geometry.height}`}
      role="group"
      aria-label={label}
      aria-describedby={describedBy}
      preserveAspectRatio="xMidYMid meet"
      onKeyDown={
        onKeyDown
          ? (event) => {
              const fips = fipsOf(event.target);
              if (fips) onKeyDown(event, fips);
            }
          : undefined
      }
      onClick={
        onSelect
          ? (event) => {
              const fips = fipsOf(event.target);
              if (fips) onSelect(fips);
            }
          : undefined
      }
      onPointerOver={
        onPoint
          ? (event) => {
              const fips = fipsOf(event.target);
              if (fips) onPoint(fips);
            }
          : undefined
      }
      onFocus={
        onPoint
          ? (event) => {
              const fips = fipsOf(event.target);
              if (fips) onPoint(fips);
            }
          : undefined
      }
      onPointerLeave={onPoint ? () => onPoint(null) : undefined}
    >
      {content}
    </svg>
  );
});
