import { VIEWS } from '../state/url.ts';
import { setView, useAppStore } from '../state/store.ts';
import { useT } from './useT.ts';

/** Map, table and about are equal ways in; each is a link-able view. */
export function ViewSwitch() {
  const t = useT();
  const view = useAppStore((s) => s.view);
  return (
    <div className="segmented" role="group" aria-label={t('view.label')}>
      {VIEWS.map((id) => (
        <button key={id} type="button" aria-pressed={view === id} onClick={() => setView(id)}>
          {t(`view.${id}`)}
        </button>
      ))}
    </div>
  );
}
