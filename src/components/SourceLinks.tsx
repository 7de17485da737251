import type { Source } from '../domain/dataset.ts';
import { useT } from './useT.ts';
import { formatDate } from './format.ts';
import { useAppStore } from '../state/store.ts';

/**
 * A compact list of cited sources; links open outside the page (and outside an embedding frame).
 * `sources` is the registry to look ids up in (the step card's, or the full one for a county).
 */
export function SourceLinks({
  ids,
  sources: registry,
}: {
  ids: readonly string[];
  sources: readonly Source[];
}) {
  const t = useT();
  const lang = useAppStore((st) => st.lang);
  const byId = new Map(registry.map((s) => [s.id, s]));
  const sources = ids.map((id) => byId.get(id)).filter((s): s is Source => s !== undefined);
  if (sources.length === 0) return null;
  return (
    <ul className="sources">
      {sources.map((source) => (
        <li key={source.id}>
          {source.url.startsWith('http') ? (
            <a href={source.url} target="_blank" rel="noopener noreferrer">
              {source.title}
              <span className="visually-hidden"> {t('card.opensNewTab')}</span>
            </a>
          ) : (
            <span>{source.title}</span>
          )}
          <span className="sources__meta">
            {' '}
            {source.outlet}
            {source.published ? `, ${formatDate(source.published, lang)}` : ''}
            {source.leaning ? ` (${source.leaning})` : ''}
          </span>
        </li>
      ))}
    </ul>
  );
}
