import { memo } from 'react';
import type { MapGeometry } from '../../domain/geo.ts';

export interface CountyMapProps {
  /** Projected shapes; computed once and passed down unchanged. */
  geometry: MapGeometry;
  /** Fill colour per FIPS; the only thing that changes with step or layer. */
  fills: ReadonlyMap<string, string>;
  /** Accessible name of each county path. */
  countyLabel: (name: string, fips: string) => string;
  /** Accessible name of the whole map. */
  label: string;
  selected?: string | null;
  onSelect?: (fips: string) => void;
}

const FALLBACK_FILL = 'var(--county-unknown)';

/** The NC county map: one path per county keyed by FIPS, borders drawn once as a mesh on top. */
export const CountyMap = memo(function CountyMap({
  geometry,
  fills,
  countyLabel,
  label,
  selected = null,
  onSelect,
}: CountyMapProps) {
  return (
    <svg
      className="county-map"
      viewBox={`0 0 ${geometry.width} ${geometry.height}`}
      role="group"
      aria-label={label}
      preserveAspectRatio="xMidYMid meet"
    >
      <g className="county-map__counties">
        {geometry.counties.map((county) => (
          <path
            key={county.fips}
            d={county.d}
            data-fips={county.fips}
            role="img"
            aria-label={countyLabel(county.name, county.fips)}
            fill={fills.get(county.fips) ?? FALLBACK_FILL}
            className={county.fips === selected ? 'county is-selected' : 'county'}
            onClick={onSelect ? () => onSelect(county.fips) : undefined}
          />
        ))}
      </g>
      <path className="county-map__borders" d={geometry.borders} aria-hidden="true" />
      <path className="county-map__outline" d={geometry.outline} aria-hidden="true" />
    </svg>
  );
});
