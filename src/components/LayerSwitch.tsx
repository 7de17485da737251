import { LAYERS } from '../domain/layers.ts';
import { setLayer, useAppStore } from '../state/store.ts';
import { useT } from './useT.ts';

/** Three toggle buttons in a labelled group; one press switches the colouring. */
export function LayerSwitch() {
  const t = useT();
  const layer = useAppStore((s) => s.layer);
  return (
    <div className="segmented" role="group" aria-label={t('layer.label')}>
      <span className="segmented__label" aria-hidden="true">
        {t('layer.label')}
      </span>
      {LAYERS.map((id) => (
        <button key={id} type="button" aria-pressed={layer === id} onClick={() => setLayer(id)}>
          {t(`layer.${id}`)}
        </button>
      ))}
    </div>
  );
}
