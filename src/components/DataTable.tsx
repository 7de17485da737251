import { memo, useMemo, useRef, useState, type RefObject } from 'react';
import { classesFor } from '../domain/layers.ts';
import { selectCounty, selectPlaying, useAppStore } from '../state/store.ts';
import { useData } from './DataContext.tsx';
import { useNearScreen } from './useNearScreen.ts';
import { useStepView, type StepView } from './useStepView.ts';
import { useStoreAfterTask } from './useStoreAfterTask.ts';
import { useT } from './useT.ts';

type Column = 'county' | 'sheriff' | 'party' | 'stance' | 'detainer' | 'basis';
const COLUMNS: Column[] = ['county', 'sheriff', 'party', 'stance', 'detainer', 'basis'];

interface Row {
  fips: string;
  county: string;
  values: Record<Column, string>;
}

/**
 * One county's row. Memoized on its text, so a step change re-renders, commits and lays out only
 * the rows whose text changed, not all 100 (the table sits near the first screen, so the browser
 * lays it out with the map).
 */
const TableRow = memo(function TableRow({
  fips,
  county,
  sheriff,
  party,
  stance,
  detainer,
  basis,
  current,
}: Record<Column, string> & { fips: string; current: boolean }) {
  return (
    <tr aria-current={current ? 'true' : undefined}>
      <th scope="row">
        <button type="button" className="link-button" onClick={() => selectCounty(fips)}>
          {county}
        </button>
      </th>
      <td>{sheriff || '—'}</td>
      <td>{party || '—'}</td>
      <td>{stance}</td>
      <td>{detainer}</td>
      <td>{basis}</td>
    </tr>
  );
});

/**
 * The step view the table shows: the current one, except while playing with the table far from
 * the screen, when it keeps the step it last showed (its caption names that step) and catches up
 * as it nears the screen, before the page prints, or when playback stops. Re-laying out 100 rows
 * of wrapped text costs a phone several frames per step, and nobody sees them while the map plays
 * above.
 */
function useShownView(section: RefObject<HTMLElement | null>): StepView {
  const current = useStepView();
  const playing = useStoreAfterTask(selectPlaying);
  const near = useNearScreen(section);
  const following = !playing || near;
  const [held, setHeld] = useState(current);
  if (following && held !== current) setHeld(current);
  return following ? current : held;
}

/** The same data as the map, as a sortable, filterable table: an equal way in. */
export function DataTable() {
  const t = useT();
  const section = useRef<HTMLElement>(null);
  const { dataset } = useData();
  const { cells, step, changes } = useShownView(section);
  const selected = useAppStore((s) => s.county);
  const [sort, setSort] = useState<{ column: Column; ascending: boolean }>({
    column: 'county',
    ascending: true,
  });
  const [filter, setFilter] = useState('');
  const [changedOnly, setChangedOnly] = useState(false);

  const rows = useMemo((): Row[] => {
    const names = new Map(dataset.counties.map((c) => [c.fips, c.name]));
    const stance = new Map(classesFor(dataset, 'stance').map((c) => [c.id, c.label]));
    const detainer = new Map(classesFor(dataset, 'detainer').map((c) => [c.id, c.label]));
    return cells.map((cell) => {
      const county = names.get(cell.fips) ?? cell.fips;
      return {
        fips: cell.fips,
        county,
        values: {
          county,
          sheriff: cell.sheriff ?? '',
          party: cell.party ? t(`party.${cell.party}`) : '',
          stance: stance.get(cell.stance) ?? cell.stance,
          detainer: detainer.get(cell.detainer) ?? cell.detainer,
          basis: t(`basis.${cell.basis}`),
        },
      };
    });
  }, [cells, dataset, t]);

  const changed = useMemo(() => new Set(changes.map((c) => c.fips)), [changes]);
  const visible = useMemo(() => {
    const q = filter.trim().toLowerCase();
    const kept = rows.filter(
      (row) =>
        (!changedOnly || changed.has(row.fips)) &&
        (!q || row.values.county.toLowerCase().includes(q) || row.values.sheriff.toLowerCase().includes(q)),
    );
    const direction = sort.ascending ? 1 : -1;
    return kept.sort(
      (a, b) =>
        direction * a.values[sort.column].localeCompare(b.values[sort.column]) ||
        a.values.county.localeCompare(b.values.county),
    );
  }, [rows, filter, changedOnly, changed, sort]);

  return (
    <section ref={section} className="data-table" aria-labelledby="data-table-caption">
      <div className="data-table__controls">
        <label>
          {t('table.filter')}{' '}
          <input type="search" value={filter} onChange={(event) => setFilter(event.target.value)} />
        </label>
        <label>
          <input
            type="checkbox"
            checked={changedOnly}
            onChange={(event) => setChangedOnly(event.target.checked)}
          />{' '}
          {t('table.changedOnly')}
        </label>
        <p className="data-table__count" aria-live="polite">
          {t('table.showing', { count: visible.length, total: rows.length })}
        </p>
      </div>
      <div className="data-table__scroll">
        <table>
          <caption id="data-table-caption">
            {t('table.caption', { step: `${step.label}: ${step.title}` })}
          </caption>
          <thead>
            <tr>
              {COLUMNS.map((column) => {
                const active = sort.column === column;
                return (
                  <th
                    key={column}
                    scope="col"
                    aria-sort={active ? (sort.ascending ? 'ascending' : 'descending') : undefined}
                  >
                    <button
                      type="button"
                      onClick={() => setSort({ column, ascending: active ? !sort.ascending : true })}
                    >
                      {t(`table.${column}`)}
                      <span aria-hidden="true">{active ? (sort.ascending ? ' ▲' : ' ▼') : ''}</span>
                    </button>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {visible.length === 0 ? (
              <tr>
                <td colSpan={COLUMNS.length}>{t('table.empty')}</td>
              </tr>
            ) : (
              visible.map((row) => (
                <TableRow key={row.fips} fips={row.fips} {...row.values} current={row.fips === selected} />
              ))
            )}
          </tbody>
        </table>
      </div>
    </section>
  );
}
