/**
 * Image export of the current view (loaded on demand, when an export button is pressed): the
 * standalone SVG from domain/export-svg.ts as a file, or drawn onto a canvas at 2x for slides.
 * The SVG reaches the canvas as a `data:` image (the page's CSP allows `img-src data:`), so no
 * network, no blob: images and no third-party code are involved.
 */
import type { DatasetCore } from '../../domain/dataset-split.ts';
import { buildExportSvg, type ExportSvg } from '../../domain/export-svg.ts';
import type { MapGeometry } from '../../domain/geo.ts';
import { translate, type Lang } from '../../domain/i18n/catalog.ts';
import type { Layer } from '../../domain/layers.ts';
import { BASIS_PATTERN } from '../../domain/palette.ts';
import { stepPicture } from '../../domain/step-picture.ts';
import { formatDate } from '../format.ts';

export interface ExportRequest {
  dataset: DatasetCore;
  geometry: MapGeometry;
  layer: Layer;
  stepId: string;
  lang: Lang;
}

const PATTERN_KEYS = {
  statewide: 'legend.pattern.statewide',
  disputed: 'legend.pattern.disputed',
  unknown: 'legend.pattern.unknown',
} as const;

/** The standalone SVG of one step on one layer, with title, legend and source line. */
export function exportSvgFor({ dataset, geometry, layer, stepId, lang }: ExportRequest): ExportSvg {
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
    translate(lang, key, params);
  const step = dataset.steps.find((s) => s.id === stepId) ?? dataset.steps.at(-1);
  const picture = stepPicture(dataset, layer, step?.id ?? stepId);
  const labels = new Map(picture.legend.map((e) => [e.id, e.label]));
  return buildExportSvg({
    geometry,
    fills: picture.fills,
    patterns: picture.patterns,
    title: t('app.title'),
    subtitle: `${t(`layer.${layer}`)} · ${step ? `${step.label}: ${step.title}` : stepId}`,
    countyLabel: (name, fips) => {
      const cls = labels.get(picture.classOf.get(fips) ?? '');
      return cls ? t('map.countyClass', { name, cls }) : t('map.county', { name });
    },
    legend: picture.legend.filter((e) => e.count > 0),
    patternLegend: picture.bases.map((basis) => ({
      pattern: BASIS_PATTERN[basis] ?? '',
      label: t(PATTERN_KEYS[basis]),
    })),
    countUnit: t('legend.countiesUnit'),
    source: t('classroom.sourceLine', { date: formatDate(dataset.asOf, lang) }),
  });
}

/** Draws the SVG onto a canvas `scale` times its size and returns a PNG blob. */
export function svgToPng(image: ExportSvg, scale = 2): Promise<Blob> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = Math.round(image.width * scale);
      canvas.height = Math.round(image.height * scale);
      const context = canvas.getContext('2d');
      if (!context) return reject(new Error('no 2D canvas'));
      context.drawImage(img, 0, 0, canvas.width, canvas.height);
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('toBlob failed'))), 'image/png');
    };
    img.onerror = () => reject(new Error('the SVG could not be drawn'));
    img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(image.svg)}`;
  });
}

/** Offers a blob as a file download (an object URL on a temporary link, revoked afterwards). */
export function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Exports the view as `nc-sheriffs-ice-<layer>-<step>.(png|svg)`. */
export async function exportImage(kind: 'png' | 'svg', request: ExportRequest): Promise<void> {
  const image = exportSvgFor(request);
  const name = `nc-sheriffs-ice-${request.layer}-${request.stepId}.${kind}`;
  if (kind === 'svg') download(new Blob([image.svg], { type: 'image/svg+xml' }), name);
  else download(await svgToPng(image, 2), name);
}
