"""Second bootstrap pass (one-time, kept for provenance): fills outlet for
sheriff-changes URLs, kinds, leanings and descriptive titles. Output is then hand-edited."""
import csv, re, sys
from urllib.parse import urlparse, unquote

rows = list(csv.DictReader(open(sys.argv[1])))
OUTLET_BY_HOST = {
 'wfae.org':'WFAE','northcarolinasexpress.com':"North Carolina's Express (syndicated news site)",'wsoctv.com':'WSOC-TV',
 'averyjournal.com':'The Avery Journal-Times','hcpress.com':'High Country Press','beachboogieandblues.com':'Beach Boogie and Blues (republished WITN story)',
 'dailyadvance.com':'The Daily Advance','wect.com':'WECT','wwaytv3.com':'WWAY','zealnews.africa':'Zeal News (republished CityView story)',
 'bizfayetteville.com':'Greater Fayetteville Business Journal (bizfayetteville)','co.cumberland.nc.us':'Cumberland County government',
 'abc11.com':'ABC11 (WTVD)','wizs.com':'WIZS','wunc.org':'WUNC','wral.com':'WRAL','cbs17.com':'CBS17 (WNCN)','reflector.com':'The Daily Reflector',
 'yourdailyjournal.com':'Richmond County Daily Journal','richmondobserver.com':'Richmond Observer','journalnow.com':'Winston-Salem Journal',
 'bluegrasstoday.com':'Bluegrass Today','warrenrecord.com':'The Warren Record','rhinotimes.com':'Rhino Times (Greensboro)',
}
OFFICIAL = ['ncleg.gov','guilfordcountync.gov','co.cumberland.nc.us','tglserver.net','lrs.sog.unc.edu']
DATA = ['github.com','trac.syr.edu','transparencycascade.org']
PRESS = ['bergerpress','ilerforhouse','mil-osi.com']
ADVOCACY = ['elpueblo.org','thinkamerican.foundation','aviac.us']
for r in rows:
    host = urlparse(r['url']).netloc.replace('www.','')
    if not r['outlet']:
        for h,o in OUTLET_BY_HOST.items():
            if host.endswith(h): r['outlet']=o
    if 'sheriff-changes' in r['from_files'] and not r['published_note']:
        pass
    if r['from_files'].startswith('sheriff-changes'):
        m = re.search(r'/(20\d\d)[/-](\d\d)[/-](\d\d)/', r['url'])
        r['published'] = '-'.join(m.groups()) if m else ''
        r['published_note'] = 'date from the page address' if m else 'publication date not recorded'
    kind = 'news'
    if any(k in r['url'] for k in OFFICIAL): kind = 'official'
    if any(k in r['url'] for k in DATA): kind = 'data'
    if any(k in r['url'] for k in PRESS): kind = 'press_release'
    if any(k in r['url'] for k in ADVOCACY): kind = 'advocacy'
    r['kind'] = kind
    o = r['outlet']
    lean = ''
    for pat, val in [('conservative','conservative'),('Republican','Republican'),('Latino advocacy','Latino advocacy organization'),('Latino nonprofit','Latino nonprofit newsroom')]:
        if pat in o: lean = val; break
    if 'John Locke' in o: lean = 'conservative (John Locke Foundation)'
    r['leaning'] = lean
    path = unquote(urlparse(r['url']).path)
    segs = [s for s in path.split('/') if s]
    slug = ''
    for s in reversed(segs):
        s2 = re.sub(r'\.(html?|php|aspx)$','',s)
        words = [w for w in re.split(r'[-_]', s2) if w and not re.fullmatch(r'[0-9a-f]{6,}|\d+|[A-Z0-9]{15,}', w)]
        if len(words) >= 3:
            slug = ' '.join(words); break
    r['title'] = (slug[:1].upper() + slug[1:]) if slug else ''
w = csv.DictWriter(sys.stdout, fieldnames=['id','title','outlet','url','published','published_note','kind','leaning','from_files'])
w.writeheader(); w.writerows(rows)
