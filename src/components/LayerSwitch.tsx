import { useRef } from 'react';
import { LAYERS } from '../domain/layers.ts';
import { selectLayer, setLayer } from '../state/store.ts';
import { useLiveBinding } from './useLiveBinding.ts';
import { useStoreAfterTask } from './useStoreAfterTask.ts';
import { useT } from './useT.ts';

/** Three toggle buttons in a labelled group; one press switches the colouring. */
export function LayerSwitch() {
  const t = useT();
  const layer = useStoreAfterTask(selectLayer);
  const group = useRef<HTMLDivElement>(null);
  // The pressed button answers in the click's task; React renders the same a task later.
  useLiveBinding(selectLayer, (current) => {
    group.current
      ?.querySelectorAll('button[data-layer]')
      .forEach((button) =>
        button.setAttribute('aria-pressed', String(button.getAttribute('data-layer') === current)),
      );
  });
  return (
    <div ref={group} className="segmented" role="group" aria-label={t('layer.label')}>
      <span className="segmented__label" aria-hidden="true">
        {t('layer.label')}
      </span>
      {LAYERS.map((id) => (
        <button
          key={id}
          type="button"
          data-layer={id}
          aria-pressed={layer === id}
          onClick={() => setLayer(id)}
        >
          {t(`layer.${id}`)}
        </button>
      ))}
    </div>
  );
}
