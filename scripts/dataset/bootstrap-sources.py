"""One-time bootstrap (kept for provenance): draft data/sources.csv from the URLs
cited in /work/shared/sources. After the first run data/sources.csv is hand-edited
and this script is NOT re-run (it would overwrite edits). See data/README.md."""
import csv, re, sys
from urllib.parse import urlparse

SRC = '/work/shared/sources/'
rows = []
for f in ['timeline.csv', 'county-facts.csv', 'updates-2026.csv']:
    for r in csv.DictReader(open(SRC + f)):
        rows.append((r['source_url'], r['source_outlet'], r['source_date'], f))
for r in csv.DictReader(open(SRC + 'sheriff-changes.csv')):
    rows.append((r['source_url'], '', r['date'], 'sheriff-changes.csv'))
    for u in re.findall(r'https?://[^\s;,)]+', r['note']):
        rows.append((u, '', '', 'sheriff-changes.csv (note)'))

def norm_date(s):
    m = re.match(r'(\d{4})(-\d{2})?(-\d{2})?', s or '')
    if not m:
        return ''
    return ''.join(g for g in m.groups() if g)

seen = {}
for url, outlet, date, f in rows:
    if url in seen:
        seen[url]['files'].add(f)
        continue
    host = urlparse(url).netloc.replace('www.', '').replace('m.', '', 1 if urlparse(url).netloc.startswith('m.') else 0)
    key = re.sub(r'\.(com|org|net|gov|us|edu|online|info|news|ai|africa)$', '', host.split(':')[0])
    key = re.sub(r'[^a-z0-9]+', '-', key.lower()).strip('-')
    seen[url] = dict(url=url, outlet=outlet, date=date, key=key, files={f})

ids = {}
out = []
for s in seen.values():
    d = norm_date(s['date'])
    base = s['key'] + ('-' + d if d else '')
    i, sid = 1, base
    while sid in ids:
        i += 1
        sid = f'{base}-{i}'
    ids[sid] = 1
    out.append(dict(id=sid, title='', outlet=s['outlet'], url=s['url'], published=d,
                    published_note=s['date'], kind='', leaning='', from_files=';'.join(sorted(s['files']))))
w = csv.DictWriter(sys.stdout, fieldnames=list(out[0].keys()))
w.writeheader()
w.writerows(out)
