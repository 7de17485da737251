import { useStepView } from './useStepView.ts';
import { useT } from './useT.ts';

/** One generated sentence: how many counties moved from what to what since the previous step. */
export function ChangeSummary() {
  const t = useT();
  const { changes, changeGroups, previousStep, classLabel, layer } = useStepView();
  let text: string;
  if (!previousStep) text = t('changes.first');
  else if (layer === 'sheriff') {
    const step = previousStep.label;
    text =
      changes.length === 0
        ? t('changes.noNewSheriff', { step })
        : changes.length === 1
          ? t('changes.newSheriff', { step })
          : t('changes.newSheriffs', { count: changes.length, step });
  } else if (changeGroups.length === 0) text = t('changes.none', { step: previousStep.label });
  else if (changeGroups.length === 1) {
    const [group] = changeGroups;
    const params = { from: classLabel(group!.from), to: classLabel(group!.to), step: previousStep.label };
    text =
      group!.count === 1 ? t('changes.one', params) : t('changes.many', { ...params, count: group!.count });
  } else {
    const groups = changeGroups
      .map((g) => t('changes.group', { count: g.count, from: classLabel(g.from), to: classLabel(g.to) }))
      .join('; ');
    text = t('changes.mixed', { count: changes.length, step: previousStep.label, groups });
  }
  return <p className="change-summary">{text}</p>;
}
