import type { MapGeometry } from './geo.ts';

/** What the exported image shows; all text is already translated. */
export interface ExportSvgInput {
  geometry: MapGeometry;
  /** Fill colour per FIPS. */
  fills: ReadonlyMap<string, string>;
  /** Hatch pattern id per FIPS (ids of palette.ts BASIS_PATTERN). */
  patterns?: ReadonlyMap<string, string>;
  title: string;
  subtitle: string;
  /** Accessible name of each county path, e.g. "Wake County: Publicly limits cooperation". */
  countyLabel?: (name: string, fips: string) => string;
  legend: readonly { label: string; colour: string; count: number }[];
  /** Hatch legend rows: pattern id and its meaning. */
  patternLegend?: readonly { pattern: string; label: string }[];
  /** Counties unit for the counts, e.g. "counties". */
  countUnit: string;
  /** The source line baked into the image: sources, data-as-of date, address. */
  source: string;
}

export interface ExportSvg {
  svg: string;
  /** CSS pixels (the SVG's width/height attributes); a 2x PNG is twice these. */
  width: number;
  height: number;
}

const PAD = 24;
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif";
const UNKNOWN_FILL = '#e0e0e0';
const HATCH = 'rgba(0,0,0,0.55)';

/** Escapes text for SVG character data and attribute values. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Greedy word wrap by character count (SVG text does not wrap; ~0.52 em per character). */
export function wrapText(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > maxChars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** The hatch patterns of MapPatterns.tsx with their paint as attributes (an image has no stylesheet). */
const PATTERN_DEFS = [
  `<pattern id="hatch-statewide" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="6" stroke="${HATCH}" stroke-width="1.1"/></pattern>`,
  `<pattern id="hatch-disputed" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="6" stroke="${HATCH}" stroke-width="1.1"/><line x1="0" y1="0" x2="6" y2="0" stroke="${HATCH}" stroke-width="1.1"/></pattern>`,
  `<pattern id="hatch-unknown" width="5" height="5" patternUnits="userSpaceOnUse"><circle cx="2.5" cy="2.5" r="0.9" fill="${HATCH}"/></pattern>`,
].join('');

/**
 * A standalone SVG document of the map with its title, legend and source line, for slides and
 * documents: no stylesheet, no script, no external reference, so it renders the same anywhere
 * (and can be drawn to a canvas for the PNG). Pure: the same input gives the same string.
 */
export function buildExportSvg(input: ExportSvgInput): ExportSvg {
  const { geometry } = input;
  const width = geometry.width + 2 * PAD;
  const maxChars = Math.floor((width - 2 * PAD) / (13 * 0.52));
  const parts: string[] = [];
  let y = PAD;

  const text = (x: number, baseline: number, size: number, content: string, weight = 400, fill = '#1a1a1a') =>
    `<text x="${x}" y="${baseline}" font-size="${size}" font-weight="${weight}" fill="${fill}">${escapeXml(content)}</text>`;

  for (const line of wrapText(input.title, Math.floor((width - 2 * PAD) / (26 * 0.55)))) {
    y += 30;
    parts.push(text(PAD, y, 26, line, 700));
  }
  for (const line of wrapText(input.subtitle, Math.floor((width - 2 * PAD) / (17 * 0.52)))) {
    y += 24;
    parts.push(text(PAD, y, 17, line, 400, '#4f4f4f'));
  }
  y += 12;

  const counties = geometry.counties
    .map((county) => {
      const fill = escapeXml(input.fills.get(county.fips) ?? UNKNOWN_FILL);
      const label = input.countyLabel
        ? `<title>${escapeXml(input.countyLabel(county.name, county.fips))}</title>`
        : '';
      return `<path data-fips="${county.fips}" d="${county.d}" fill="${fill}">${label}</path>`;
    })
    .join('');
  const hatches = input.patterns
    ? geometry.counties
        .map((county) => {
          const pattern = input.patterns?.get(county.fips);
          return pattern ? `<path d="${county.d}" fill="url(#${escapeXml(pattern)})"/>` : '';
        })
        .join('')
    : '';
  parts.push(
    `<g transform="translate(${PAD} ${y})">` +
      `<g class="counties">${counties}</g>` +
      `<g class="hatching">${hatches}</g>` +
      `<path d="${geometry.borders}" fill="none" stroke="#ffffff" stroke-width="0.75" stroke-linejoin="round"/>` +
      `<path d="${geometry.outline}" fill="none" stroke="#333333" stroke-width="1" stroke-linejoin="round"/>` +
      `</g>`,
  );
  y += geometry.height + 12;

  for (const entry of input.legend) {
    y += 26;
    parts.push(
      `<rect x="${PAD}" y="${y - 16}" width="18" height="18" fill="${escapeXml(entry.colour)}" stroke="#4f4f4f" stroke-width="1"/>`,
      text(PAD + 28, y, 15, `${entry.label}: ${entry.count} ${input.countUnit}`),
    );
  }
  for (const row of input.patternLegend ?? []) {
    y += 26;
    parts.push(
      `<rect x="${PAD}" y="${y - 16}" width="18" height="18" fill="${UNKNOWN_FILL}" stroke="#4f4f4f" stroke-width="1"/>`,
      `<rect x="${PAD}" y="${y - 16}" width="18" height="18" fill="url(#${escapeXml(row.pattern)})"/>`,
      text(PAD + 28, y, 15, row.label),
    );
  }
  y += 14;
  for (const line of wrapText(input.source, maxChars)) {
    y += 18;
    parts.push(text(PAD, y, 13, line, 400, '#4f4f4f'));
  }
  const height = Math.ceil(y + PAD);

  const svg =
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONT)}" role="img" aria-label="${escapeXml(input.title)}">` +
    `<title>${escapeXml(input.title)}</title>` +
    `<defs>${PATTERN_DEFS}</defs>` +
    `<rect width="${width}" height="${height}" fill="#ffffff"/>` +
    parts.join('') +
    `</svg>\n`;
  return { svg, width, height };
}
