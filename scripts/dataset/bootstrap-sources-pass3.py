"""Third bootstrap pass (one-time, kept for provenance): stable ids, titles for pages whose
address carries no slug, extra sources (election data, background articles, search results).
Writes data/sources.csv; after this, data/sources.csv is edited by hand."""
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1])))
RENAME = {
 'github-2025-07-18':'ice-287g-participating-2025-07-18','github-2025-05-16':'ice-287g-participating-2025-05-16',
 'github-2025-05-15':'ice-287g-pending-2025-05-15','github-2025-06-10':'ice-287g-pending-2025-06-10',
 'github-2026':'ncsbe-primary-2026-03-03','github-2026-08-01':'ice-287g-moa-index-2026-08-01',
 'enlacelatinonc':'enlacelatinonc-task-force-pds','enlacelatinonc-2':'enlacelatinonc-2026-sheriff-races',
 'detention-pipeline-transparencycascade-2026-04-11':'ppi-via-transparencycascade-cabarrus',
 'cmg-cmg-tv-10030-prod-web-arc-cdn-2025-01':'wsoctv-2025-01','news-yahoo-2020-03-11':'newsobserver-yahoo-2020-03-11',
 'text-file-url-tmotionsdev-tglserver-2025-01-31':'martin-commissioners-2025-01-31','caro':'caronews-harnett',
 'wfae-2022-09-21':'wfae-2022-12-07-anson','northcarolinasexpress-2022-12-05':'ncexpress-2024-08-06-anson',
 'wfae-2022-12-06':'wfae-2022-12-09-anson','wsoctv':'wsoctv-anson-supreme-court','averyjournal-2022-01-28':'averyjournal-phillips',
 'hcpress':'hcpress-frye-resigns','averyjournal':'averyjournal-frye-retirement','hcpress-2022-06-29':'hcpress-henley',
 'beachboogieandblues-2022-11-30':'witn-bertie-ruffin','dailyadvance-2020-08-01':'dailyadvance-basnight',
 'dailyadvance':'dailyadvance-goodwin-retires','wect-2022-10-24':'wect-2022-10-24-greene','wect':'wect-2022-12-06-commissioners',
 'wect-2022-12-29':'wect-2023-01-04-greene','wwaytv3-2023-01-05':'wway-rogers-appointed','wect-2':'wect-2023-01-17-rogers',
 'zealnews-2025-06-30':'cityview-cumberland-vacancy','bizfayetteville-2025-08-11':'bizfayetteville-2025-08-11-morgan',
 'co-cumberland-nc':'cumberland-county-2025-08-11','abc11-2019-09-23':'abc11-wilkins-indicted','abc11':'abc11-granville-new-sheriff',
 'wizs-2020-01-08':'wizs-noblin','wunc':'wunc-2020-01-07-granville','wral-2021-10-27':'wral-noblin-resigns','cbs17-2021-12-20':'cbs17-hardy',
 'reflector-2022-03-07':'reflector-sasser','reflector':'reflector-smith-retires','yourdailyjournal-2021-08-17':'yourdailyjournal-gulledge',
 'richmondobserver':'richmondobserver-gulledge','journalnow-2021-02-28':'journalnow-marshall-retires','bluegrasstoday':'bluegrasstoday-lemons',
 'abc11-2022-12-01':'abc11-2022-wake-results','warrenrecord-2022-11-30':'warrenrecord-williams-retires',
}
TITLES = {
 'newsobserver-2018-11':'Report on the 2018 sheriff elections in NC\'s largest counties (descriptive)',
 'heraldsun-2018-12-14':'Durham sheriff stops holding people on ICE detainers (descriptive)',
 'apnews-2018-12-09':'Wake sheriff ends 287(g) participation (descriptive)',
 'guilfordcountync-2019-03-04':'Guilford County Sheriff\'s Office statement on ICE detainer policy (descriptive)',
 'lrs-sog-unc-2019-06-19':'H 370 (2019-2020) bill summary (descriptive)','lrs-sog-unc-2024-09-20':'H 10 (2023-2024) bill page (descriptive)',
 'ncleg-2019':'H370 summary, ratified version (SMBQ-151)','journalnow-2022-07-11':'Governor vetoes ICE bill, says it is meant to stir fear in NC',
 'ilerforhouse-2024-09-17':'Legislative update from Rep. Frank Iler (descriptive)',
 'ice-287g-participating-2025-07-18':'ICE 287(g) participating agencies sheet, 2025-07-18 (archived)',
 'ice-287g-participating-2025-05-16':'ICE 287(g) participating agencies sheets, May-July 2025 (archived)',
 'ice-287g-pending-2025-05-15':'ICE 287(g) pending agencies sheet, 2025-05-15 (archived)',
 'ice-287g-pending-2025-06-10':'ICE 287(g) pending agencies sheet, 2025-06-10 (archived)',
 'ice-287g-moa-index-2026-08-01':'Index of ICE 287(g) memorandum-of-agreement PDFs (moa_agreements.json)',
 'ncsbe-primary-2026-03-03':'NC March 3, 2026 primary results summed per contest (js/contests.js)',
 'ppi-via-transparencycascade-cabarrus':'287(g) JEM: Cabarrus County Sheriff\'s Office, NC (database entry)',
 'daily8-2025-04-30':'McFadden says more than 200 held on detainers since Dec 1 (descriptive)',
 'rhinotimes-2025':'Guilford sheriff\'s office says it is not a sanctuary agency (descriptive)',
 'ard-arcamaxlive-2025-06-09':'Stateline report on the DHS sanctuary list and NC counties (descriptive)',
 'trac-syr-2019-09-19':'TRAC update on ICE detainers, Sept 2019 (descriptive)',
 'wcnc-2023':'NC sheriffs, ICE and state lawmakers\' bill (descriptive)',
 'martin-commissioners-2025-01-31':'Martin County Board of Commissioners special-call meeting minutes, 2025-01-31 (text copy)',
 'jurist-2025-11':'DHS announces Operation Charlotte\'s Web; detainer claim (descriptive)',
 'ard-bingeeducational-2025-11-14':'Wake and Durham sheriffs respond to Border Patrol operation (descriptive)',
 'security-mil-osi-2025-08-05':'Justice Department publishes list of sanctuary jurisdictions (copy)',
 'averyjournal-phillips':'Phillips, law enforcement personnel sworn in at courthouse ceremony',
 'averyjournal-frye-retirement':'Frye bestowed Order of Long Leaf Pine during surprise retirement reception',
 'dailyadvance-basnight':'Basnight sworn in as sheriff','dailyadvance-goodwin-retires':'Chowan sheriff Goodwin announces retirement',
 'reflector-sasser':'Greene commissioners name interim sheriff, OK matching funds to seek broadband grant',
 'reflector-smith-retires':'Greene County Sheriff Lemmie Smith to retire; board will name interim March 7',
 'journalnow-marshall-retires':'Sheriff Mike Marshall of Stokes County will retire on Feb. 28',
 'warrenrecord-williams-retires':'Warren sheriff Williams retirement (descriptive)',
 'chathamnewsrecord':'Maynor steps into chief deputy role',
 'wnct-2019-08-21':'Gov. Cooper vetoes bill requiring sheriffs to cooperate with ICE detainers',
}
for r in rows:
    r['id'] = RENAME.get(r['id'], r['id'])
    if r['id'] in TITLES: r['title'] = TITLES[r['id']]
    if not r['title']: r['title'] = '(untitled; see outlet and address)'
EXTRA = [
 dict(id='downballotr-nc-results',title='nc_results.rda: NC election results by contest (built from NC State Board of Elections precinct files)',outlet='GitHub repository gchickering21/DownBallotR (NC State Board of Elections data)',url='https://github.com/gchickering21/DownBallotR/blob/36822dd7052c2fadd3e90f2b03e846e34582a649/data/nc_results.rda',published='2026-02-03',published_note='commit date; state files retrieved 2026-02-03',kind='data',leaning='',from_files='sheriff-elections.csv'),
 dict(id='medsl-2018-nc',title='2018 NC precinct-level general election results (cross-check)',outlet='MIT Election Data and Science Lab (GitHub MEDSL/2018-elections-official)',url='https://github.com/MEDSL/2018-elections-official/blob/42055b11dcd5477bc125cdec5a18fbcc60fb6bed/individual_states/2018-nc-precinct-general.zip',published='2018',published_note='approx',kind='data',leaning='',from_files='sheriff-elections.csv (notes)'),
 dict(id='us-atlas-3.0.1',title='us-atlas counties-10m.json (county FIPS codes and names)',outlet='us-atlas npm package v3.0.1',url='https://github.com/topojson/us-atlas',published='2019',published_note='package version 3.0.1; date approx',kind='data',leaning='',from_files='counties.csv'),
 dict(id='article-000-sb153',title='NC Senate passes SB 153 (background article supplied with the research)',outlet='Background article; outlet not identified in the supplied text',url='local:shared/articles/000_f13cf6f4876140de.txt',published='2025-03',published_note='approx; describes the Tuesday Mar 4, 2025 Senate vote',kind='news',leaning='',from_files='articles/000_f13cf6f4876140de.txt'),
 dict(id='article-001-tillis-bill',title='Tillis introduces the Justice for Victims of Sanctuary Cities Act (background article)',outlet='Background article; Fox News per the page text',url='local:shared/articles/001_6cf010645449505a.txt',published='2019',published_note='approx; written while HB 370 awaited the governor',kind='news',leaning='',from_files='articles/001_6cf010645449505a.txt'),
 dict(id='article-002-dhs-raleigh',title='DHS and ICE leaders visit Raleigh (background article)',outlet='Background article; outlet not identified in the supplied text',url='local:shared/articles/002_6daccbc1f85fadcf.txt',published='2019-11',published_note='approx; days after the 2019-11-25 visit',kind='news',leaning='',from_files='articles/002_6daccbc1f85fadcf.txt'),
 dict(id='article-003-visaverge',title='Federal push urges sanctuary cities to cooperate with immigration agents (background article)',outlet='VisaVerge.com',url='local:shared/articles/003_a6f8a4e6becdafb3.txt',published='2025-01',published_note='approx; refers to events of Jan 2025',kind='news',leaning='',from_files='articles/003_a6f8a4e6becdafb3.txt'),
 dict(id='ncleg-s153-ratified-summary',title='S153 - North Carolina Border Protection Act. (Ratified) bill summary',outlet='NC General Assembly (official bill summary)',url='https://www.ncleg.gov/Legislation/SummariesPublication/Summary/2025/8/S153-SMSA-74(rat)-v-6',published='2025',published_note='undated summary page; found with the search tool on 2026-11-21',kind='official',leaning='',from_files='search 2026-11-21'),
 dict(id='legiplex-s153',title='North Carolina Senate Bill S153 (bill history)',outlet='LegiPlex (legislative tracking site)',url='https://app.legiplex.com/lpx/bill/570789',published='2025',published_note='undated; history lists Engrossed 3/4/25, Enrolled 6/10/25, Vetoed 6/20/25; found with the search tool on 2026-11-21',kind='data',leaning='',from_files='search 2026-11-21'),
 dict(id='visaverge-sb153-senate',title='North Carolina Senate approves bill on state cooperation with ICE',outlet='VisaVerge.com',url='https://visaverge.com/news/north-carolina-senate-approves-bill-on-state-cooperation-with-ice',published='2025-03',published_note='approx; found with the search tool on 2026-11-21; gives the Mar 4, 2025 date but no tally',kind='news',leaning='',from_files='search 2026-11-21'),
]
rows += EXTRA
rows.sort(key=lambda r: r['id'])
w = csv.DictWriter(sys.stdout, fieldnames=['id','title','outlet','url','published','published_note','kind','leaning','from_files'], lineterminator='\n')
w.writeheader(); w.writerows(rows)
