import { lazy, memo, Suspense, useCallback, useEffect, useState } from 'react';
import { htmlLang } from '../domain/i18n/catalog.ts';
import { selectLayer, useAppStore } from '../state/store.ts';
import { Announcer } from './Announcer.tsx';
import { ChangeSummary } from './ChangeSummary.tsx';
import { CountyCard } from './CountyCard.tsx';
import { CountySearch } from './CountySearch.tsx';
import { DataProvider, useData, type AppData } from './DataContext.tsx';
import { DataTable } from './DataTable.tsx';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { formatDate } from './format.ts';
import { LayerSwitch } from './LayerSwitch.tsx';
import { Legend } from './Legend.tsx';
import { MapPanel } from './MapPanel.tsx';
import { StepCard } from './StepCard.tsx';
import { ShortcutsDialog } from './ShortcutsDialog.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { MoreTools } from './MoreTools.tsx';
import { EmbedView } from './embed/EmbedView.tsx';
import { StepSlider } from './StepSlider.tsx';
import { useT } from './useT.ts';
import { useStoreAfterTask } from './useStoreAfterTask.ts';
import { ViewSwitch } from './ViewSwitch.tsx';

/**
 * Children that take no props re-render only when what they read changes (store, data, view), not
 * whenever the explorer does (a layer change re-renders it for the legend highlight).
 */
const StaticDataTable = memo(DataTable);
const StaticStepCard = memo(StepCard);
const StaticCountyCard = memo(CountyCard);
const StaticChangeSummary = memo(ChangeSummary);
const StaticCountySearch = memo(CountySearch);
const StaticViewSwitch = memo(ViewSwitch);

const AboutView = lazy(() => import('./AboutView.tsx'));
const Presenter = lazy(() => import('./classroom/Presenter.tsx'));
const SmallMultiples = lazy(() => import('./classroom/SmallMultiples.tsx'));

function Explorer() {
  const t = useT();
  const { dataset } = useData();
  const lang = useAppStore((s) => s.lang);
  const theme = useAppStore((s) => s.theme);
  const view = useAppStore((s) => s.view);
  // The layer as the legend highlight knows it: it follows the store with the rest of the view.
  const layer = useStoreAfterTask(selectLayer);
  const present = useAppStore((s) => s.present);
  const embed = useAppStore((s) => s.embed);
  // A highlighted class belongs to the layer it was picked on; another layer shows none.
  const [highlight, setHighlight] = useState<{ layer: string; id: string } | null>(null);
  const highlighted = highlight?.layer === layer ? highlight.id : null;
  const setHighlighted = useCallback(
    (id: string | null) => setHighlight(id === null ? null : { layer, id }),
    [layer],
  );

  useEffect(() => {
    document.documentElement.lang = htmlLang[lang];
  }, [lang]);
  useEffect(() => {
    if (theme === 'auto') delete document.documentElement.dataset['theme'];
    else document.documentElement.dataset['theme'] = theme;
  }, [theme]);

  if (present)
    return (
      <Suspense fallback={<p>{t('presenter.loading')}</p>}>
        <Presenter />
      </Suspense>
    );

  if (embed) return <EmbedView highlighted={highlighted} onHighlight={setHighlighted} />;

  return (
    <div className="app">
      {view === 'map' || view === 'table' ? (
        <a className="skip-link" href="#data-table">
          {t('app.skipToTable')}
        </a>
      ) : null}
      <header className="app__header">
        <h1>{t('app.title')}</h1>
        <p className="app__subtitle">{t('app.subtitle')}</p>
        <p className="app__asof">{t('app.asOf', { date: formatDate(dataset.asOf, lang) })}</p>
        {lang !== 'en' ? <p className="app__lang-note">{t('lang.contentNote')}</p> : null}
      </header>
      <main className="app__main">
        <div className="toolbar">
          <StaticViewSwitch />
          {view !== 'about' ? <LayerSwitch /> : null}
          <StaticCountySearch />
          <MoreTools />
          <div className="toolbar__aux">
            <ShortcutsDialog />
            <LanguageSwitch />
          </div>
        </div>
        <Announcer />
        {view === 'about' ? (
          <ErrorBoundary fallback={<p role="alert">{t('about.error')}</p>}>
            <Suspense fallback={<p>{t('about.loading')}</p>}>
              <AboutView />
            </Suspense>
          </ErrorBoundary>
        ) : view === 'multiples' ? (
          <Suspense fallback={<p>{t('multiples.loading')}</p>}>
            <SmallMultiples />
          </Suspense>
        ) : (
          <>
            <StepSlider />
            <div className={`explorer explorer--${view}`}>
              <div className="explorer__main">
                {view === 'map' ? (
                  <>
                    <StaticChangeSummary />
                    <MapPanel highlighted={highlighted} />
                    <Legend highlighted={highlighted} onHighlight={setHighlighted} />
                  </>
                ) : null}
                <div id="data-table" tabIndex={-1}>
                  <StaticDataTable />
                </div>
              </div>
              <aside className="explorer__side">
                <StaticCountyCard />
                <StaticStepCard />
              </aside>
            </div>
          </>
        )}
      </main>
      <footer className="app__footer">
        <p>{t('footer.sources')}</p>
        <p>{t('app.asOf', { date: formatDate(dataset.asOf, lang) })}</p>
      </footer>
    </div>
  );
}

/** The whole app; main.tsx passes the generated data, tests may pass a fixture. */
export function App({ data }: { data: AppData }) {
  return (
    <DataProvider value={data}>
      <Explorer />
    </DataProvider>
  );
}
