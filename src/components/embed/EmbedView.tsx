import { Announcer } from '../Announcer.tsx';
import { ChangeSummary } from '../ChangeSummary.tsx';
import { CountyCard } from '../CountyCard.tsx';
import { useData } from '../DataContext.tsx';
import { formatDate } from '../format.ts';
import { LayerSwitch } from '../LayerSwitch.tsx';
import { Legend } from '../Legend.tsx';
import { MapPanel } from '../MapPanel.tsx';
import { StepSlider } from '../StepSlider.tsx';
import { useStepView } from '../useStepView.ts';
import { useT } from '../useT.ts';
import { serializeUrlState } from '../../state/url.ts';
import { urlContext, useAppStore, type AppState } from '../../state/store.ts';
import { useStoreAfterTask } from '../useStoreAfterTask.ts';

/** The full map's address for what the frame shows (a string, so it compares by value). */
const selectFullView = (state: AppState) => `./${serializeUrlState({ ...state, embed: false }, urlContext)}`;

export interface EmbedViewProps {
  highlighted: string | null;
  onHighlight: (classId: string | null) => void;
}

/**
 * Compact chrome for `embed=1`: title, layer switch, slider, map, legend and the county card, with
 * the source line, the data-as-of date and a link to the full map always visible. Links leave the
 * frame (new tab); nothing here scrolls or takes keys from the host page.
 */
export function EmbedView({ highlighted, onHighlight }: EmbedViewProps) {
  const t = useT();
  const { dataset } = useData();
  const lang = useAppStore((s) => s.lang);
  const { step } = useStepView();
  const fullView = useStoreAfterTask(selectFullView);

  return (
    <div className="app app--embed">
      <header className="embed__header">
        <h1 className="embed__title">{t('app.title')}</h1>
      </header>
      <main className="app__main">
        <LayerSwitch />
        <StepSlider />
        <Announcer />
        <p className="embed__step">
          <strong>{step.label}:</strong> {step.title}
        </p>
        <ChangeSummary />
        <MapPanel highlighted={highlighted} />
        <Legend highlighted={highlighted} onHighlight={onHighlight} />
        <CountyCard />
      </main>
      <footer className="embed__footer">
        <p>
          {t('embed.sourceLine')} {t('app.asOf', { date: formatDate(dataset.asOf, lang) })}.{' '}
          <a href={fullView} target="_blank" rel="noopener noreferrer">
            {t('app.fullView')}
            <span className="visually-hidden"> {t('card.opensNewTab')}</span>
          </a>
        </p>
      </footer>
    </div>
  );
}
