import { Markdown } from './Markdown.tsx';
import { useData } from './DataContext.tsx';
import { formatDate } from './format.ts';
import { useAppStore } from '../state/store.ts';
import { useT } from './useT.ts';
import { use } from 'react';

// Loaded on demand: the methodology is long and not needed for the first view.
const methodologyFiles = import.meta.glob<string>('../../data/METHODOLOGY.md', {
  query: '?raw',
  import: 'default',
});
const loadMethodology = Object.values(methodologyFiles)[0];
let methodologyText: Promise<string> | null = null;
function methodology(): Promise<string> {
  methodologyText ??= loadMethodology
    ? loadMethodology()
    : Promise.reject(new Error('data/METHODOLOGY.md is missing from the build'));
  return methodologyText;
}

const DOWNLOADS = [
  ['about.csv', 'data/counties-by-step.csv'],
  ['about.json', 'data/counties-by-step.json'],
  ['about.sourcesCsv', 'data/sources.csv'],
  ['about.sourcesJson', 'data/sources.json'],
  ['about.dictionary', 'data/data-dictionary.md'],
  ['about.offline', 'nc-sheriffs-ice.html'],
] as const;

/** Methodology (data/METHODOLOGY.md, the same text a teacher can print), as-of date and downloads. */
export default function AboutView() {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const { dataset } = useData();
  const text = use(methodology());
  return (
    <article className="about">
      <p className="about__asof">
        {t('app.asOf', { date: formatDate(dataset.asOf, lang) })} ·{' '}
        {t('app.latestSource', { date: formatDate(dataset.latestSourceDate, lang) })}
      </p>
      <section aria-labelledby="downloads-title">
        <h2 id="downloads-title">{t('about.downloads')}</h2>
        <ul>
          {DOWNLOADS.map(([key, href]) => (
            <li key={href}>
              <a href={href} download>
                {t(key)}
              </a>
            </li>
          ))}
        </ul>
      </section>
      <Markdown text={text} />
    </article>
  );
}
