import type { Basis } from '../domain/dataset.ts';
import { useStepView } from './useStepView.ts';
import { useT } from './useT.ts';

/**
 * The map in words for screen readers (the map's aria-describedby): layer, step, the count of
 * counties in each class, and how many are hatched for each evidence level.
 */
export function MapSummary({ id }: { id: string }) {
  const t = useT();
  const { layer, step, classes, counts, cells } = useStepView();
  const parts = classes
    .filter((c) => (counts.get(c.id) ?? 0) > 0)
    .map((c) => t('map.summaryCount', { count: counts.get(c.id) ?? 0, label: c.label }));
  let hatching = '';
  if (layer !== 'sheriff') {
    const bases = new Map<Basis, number>();
    for (const cell of cells) {
      const basis = layer === 'stance' ? cell.stanceBasis : cell.detainerBasis;
      bases.set(basis, (bases.get(basis) ?? 0) + 1);
    }
    const hatched = (['disputed', 'statewide', 'unknown'] as const)
      .filter((b) => (bases.get(b) ?? 0) > 0)
      .map((b) => t(`map.summaryBasis.${b}`, { count: bases.get(b) ?? 0 }));
    if (hatched.length > 0) hatching = ` ${t('map.summaryHatched', { list: hatched.join('; ') })}`;
  }
  return (
    <p id={id} className="visually-hidden">
      {t('map.summary', {
        layer: t(`layer.${layer}`),
        step: `${step.label}, ${step.title}`,
        counts: parts.join('; '),
      })}
      {hatching}
    </p>
  );
}
