import { useEffect } from 'react';
import { htmlLang } from '../domain/i18n/catalog.ts';
import { useAppStore } from '../state/store.ts';
import { CountyMap } from './map/CountyMap.tsx';
import { ncGeometry } from './map/ncGeometry.ts';
import { useT } from './useT.ts';

const NO_FILLS: ReadonlyMap<string, string> = new Map();

export function App() {
  const t = useT();
  const lang = useAppStore((s) => s.lang);

  useEffect(() => {
    document.documentElement.lang = htmlLang[lang];
  }, [lang]);

  return (
    <div className="app">
      <header className="app__header">
        <h1>{t('app.title')}</h1>
        <p className="app__subtitle">{t('app.subtitle')}</p>
      </header>
      <main className="app__main">
        <CountyMap
          geometry={ncGeometry}
          fills={NO_FILLS}
          label={t('map.label')}
          countyLabel={(name) => t('map.county', { name })}
        />
      </main>
    </div>
  );
}
