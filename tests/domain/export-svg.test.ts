import { describe, expect, it } from 'vitest';
import { buildExportSvg, escapeXml, wrapText } from '../../src/domain/export-svg.ts';
import { computeMapGeometry } from '../../src/domain/geo.ts';
import { ncTinyTopology } from '../components/support/renderWithData.tsx';

const geometry = computeMapGeometry(ncTinyTopology(), 400);

const input = {
  geometry,
  fills: new Map([['37001', '#5e3c99']]),
  patterns: new Map([['37003', 'hatch-unknown']]),
  title: 'North Carolina sheriffs & ICE',
  subtitle: 'Sheriff’s stance · Aug 2019: <HB 370> vetoed',
  countyLabel: (name: string) => `${name} County`,
  legend: [
    { label: 'Publicly limits cooperation', colour: '#5e3c99', count: 1 },
    { label: 'No county-specific policy on record', colour: '#e0e0e0', count: 1 },
  ],
  patternLegend: [{ pattern: 'hatch-unknown', label: 'Dotted: no source found' }],
  countUnit: 'counties',
  source: 'Sources: news reports. Data as of Nov 21, 2026.',
};

function parse(svg: string): Document {
  return new DOMParser().parseFromString(svg, 'image/svg+xml');
}

describe('buildExportSvg', () => {
  it('is a well-formed standalone SVG whose size attributes match the returned size', () => {
    const { svg, width, height } = buildExportSvg(input);
    const doc = parse(svg);
    expect(doc.querySelector('parsererror')).toBeNull();
    const root = doc.documentElement;
    expect(root.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(Number(root.getAttribute('width'))).toBe(width);
    expect(Number(root.getAttribute('height'))).toBe(height);
    expect(root.getAttribute('viewBox')).toBe(`0 0 ${width} ${height}`);
    expect(width).toBe(geometry.width + 48);
    expect(height).toBeGreaterThan(geometry.height);
  });

  it('draws every county with its fill (unknown grey when missing), tagged by FIPS and named', () => {
    const doc = parse(buildExportSvg(input).svg);
    const paths = [...doc.querySelectorAll('path[data-fips]')];
    expect(paths.map((p) => [p.getAttribute('data-fips'), p.getAttribute('fill')])).toEqual([
      ['37001', '#5e3c99'],
      ['37003', '#e0e0e0'],
    ]);
    expect(paths[0]!.querySelector('title')?.textContent).toBe('West County');
    expect(doc.querySelector('pattern#hatch-unknown')).not.toBeNull();
    expect(doc.querySelectorAll('path[fill="url(#hatch-unknown)"]')).toHaveLength(1);
  });

  it('bakes in the title, subtitle, legend with counts and the source line, escaped', () => {
    const { svg } = buildExportSvg(input);
    expect(svg).toContain('North Carolina sheriffs &amp; ICE');
    expect(svg).toContain('&lt;HB 370&gt;');
    // Long lines wrap at spaces onto several <text> elements; joined with spaces they read as given.
    const texts = [...parse(svg).querySelectorAll('text')].map((t) => t.textContent);
    expect(texts.length).toBeGreaterThanOrEqual(6);
    expect(texts.join(' ')).toBe(
      [
        'North Carolina sheriffs & ICE',
        'Sheriff’s stance · Aug 2019: <HB 370> vetoed',
        'Publicly limits cooperation: 1 counties',
        'No county-specific policy on record: 1 counties',
        'Dotted: no source found',
        'Sources: news reports. Data as of Nov 21, 2026.',
      ].join(' '),
    );
  });

  it('references nothing outside itself: no stylesheet, script, image or link', () => {
    const doc = parse(buildExportSvg(input).svg);
    expect(doc.querySelectorAll('style, script, image, foreignObject, [href]')).toHaveLength(0);
    expect(buildExportSvg(input).svg).toBe(buildExportSvg(input).svg);
  });
});

describe('wrapText and escapeXml', () => {
  it('wraps at word boundaries within the width', () => {
    expect(wrapText('one two three four', 9)).toEqual(['one two', 'three', 'four']);
    expect(wrapText('  ', 10)).toEqual([]);
  });

  it('escapes the five XML specials', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });
});
