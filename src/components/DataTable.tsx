import { useMemo, useState } from 'react';
import type { CoreCell } from '../domain/dataset-split.ts';
import { classesFor } from '../domain/layers.ts';
import { selectCounty, useAppStore } from '../state/store.ts';
import { useData } from './DataContext.tsx';
import { useStepView } from './useStepView.ts';
import { useT } from './useT.ts';

type Column = 'county' | 'sheriff' | 'party' | 'stance' | 'detainer' | 'basis';
const COLUMNS: Column[] = ['county', 'sheriff', 'party', 'stance', 'detainer', 'basis'];

interface Row {
  fips: string;
  county: string;
  cell: CoreCell;
  values: Record<Column, string>;
}

/** The same data as the map, as a sortable, filterable table: an equal way in. */
export function DataTable() {
  const t = useT();
  const { dataset } = useData();
  const { cells, step, changes } = useStepView();
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
        cell,
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
    <section className="data-table" aria-labelledby="data-table-caption">
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
                <tr key={row.fips} aria-current={row.fips === selected ? 'true' : undefined}>
                  <th scope="row">
                    <button type="button" className="link-button" onClick={() => selectCounty(row.fips)}>
                      {row.county}
                    </button>
                  </th>
                  <td>{row.values.sheriff || '—'}</td>
                  <td>{row.values.party || '—'}</td>
                  <td>{row.values.stance}</td>
                  <td>{row.values.detainer}</td>
                  <td>{row.values.basis}</td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
    </section>
  );
}
