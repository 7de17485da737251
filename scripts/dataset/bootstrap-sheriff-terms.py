"""One-time bootstrap (kept for provenance): data/sheriff-terms.csv from
shared/sources/sheriff-elections.csv (2014/2018/2022 winners) with the mid-term changes of
sheriff-changes.csv and updates-2026.csv written out by hand below. After the first run the
CSV is the human-edited source of truth; do not re-run (it would overwrite edits)."""
import csv, re, sys
SRC = '/work/shared/sources/'
TERMS = {'2014': ('2014-12-01', '2018-12-02'), '2018': ('2018-12-03', '2022-12-04'), '2022': ('2022-12-05', '2026-12-06')}
EL = 'downballotr-nc-results'

def person(fips, name):
    n = re.sub(r'\(.*?\)', ' ', name)
    toks = [t for t in re.split(r'[\s,]+', n.lower().replace('.', '')) if t]
    toks = [t for t in toks if len(t) > 1 and t not in ('jr', 'sr', 'ii', 'iii', 'iv', 'v')]
    return f"{fips}-{toks[0]}-{toks[-1]}" if toks else ''

elections = list(csv.DictReader(open(SRC + 'sheriff-elections.csv')))
# Hand-written rows for counties with recorded changes (from sheriff-changes.csv / updates-2026.csv).
# (fips, name, party, from, to, how, certainty, source_ids, note)
MANUAL = {
 '37007': [
  ('Landric Reid','DEM','2018-12-03','2022-09-20','elected 2018','as_elected',EL,'died 2022-09-21'),
  ('Scott Howell','', '2022-09-21','2022-12-04','chief deputy, interim sheriff after the death of Sheriff Reid','recorded','wfae-2022-12-07-anson','party at the time not found'),
  ('Gerald Cannon','', '2022-12-05','2022-12-05','appointed by the outgoing commission at an emergency meeting; courts later held the appointment unlawful','recorded','ncexpress-2024-08-06-anson','disputed one-day appointment; party not found'),
  ('Scott Howell','', '2022-12-06','2026-12-06','appointed to the four-year term by the new board of commissioners (4-3); NC Supreme Court upheld the appointment 2025-03-21','recorded','wfae-2022-12-09-anson;wsoctv-anson-supreme-court','Reid was re-elected posthumously in Nov 2022 (uncontested). Party not recorded at appointment; listed as unaffiliated (U) on the Nov 2026 ballot (enlacelatinonc-2026-sheriff-races)'),
 ],
 '37011': [
  ('Kevin Frye','REP','2018-12-03','2022-01-27','elected 2018','as_elected',EL,'resigned; final day 2022-01-27'),
  ('Danny Phillips','REP','2022-01-28','2022-06-28','appointed interim sheriff (Republican executive committee nominee)','recorded','averyjournal-phillips;hcpress-frye-resigns;averyjournal-frye-retirement',''),
  ('Mike Henley','REP','2022-06-29','2022-12-04','appointed interim sheriff to complete the term','recorded','hcpress-henley','year 2022 taken from context in sheriff-changes.csv; party from his 2022 election'),
  ('Mike Henley','REP','2022-12-05','2026-12-06','elected 2022','as_elected',EL,''),
 ],
 '37015': [
  ('John Holley','DEM','2018-12-03','2022-11-29','elected 2018','as_elected',EL,'retired with five days left in his term'),
  ('Tyrone Ruffin','DEM','2022-11-30','2022-12-04','sheriff-elect appointed early at a special meeting','recorded','witn-bertie-ruffin','date inferred in sheriff-changes.csv (Wednesday before the new term); party from his 2022 election'),
  ('Tyrone M. Ruffin','DEM','2022-12-05','2026-12-06','elected 2022','as_elected',EL,''),
 ],
 '37019': [
  ('John W. Ingram V','REP','2018-12-03','2022-12-04','elected 2018','as_elected',EL,''),
  ('John W. Ingram V','REP','2022-12-05','2022-12-31','elected 2022','as_elected',EL,'Ingram later retired; the date is not known (see the unknown row)'),
  ('','','2023-01-01','2025-12-31','unknown: Ingram retired and Brian Chism was appointed at a date not given by the source','unknown','shallottemag','undated profile; UPDATES-2026.md says probably between 2023 and 2025'),
  ('Brian Chism','','2026-01-01','2026-12-06','appointed after Sheriff Ingram retired (date not known)','unknown','shallottemag;ncsbe-primary-2026-03-03','shown from 2026-01-01 only because the source range (2023-2025) ends there; party not recorded at appointment; he won the 2026 Republican primary'),
 ],
 '37041': [
  ('Dwayne Lee Goodwin','DEM','2018-12-03','2020-07-31','elected 2018','as_elected',EL,'retired mid-term'),
  ('Edward (Scooter) Basnight','','2020-08-01','2022-12-04','chief deputy appointed by the commissioners for the rest of the term','recorded','dailyadvance-basnight;dailyadvance-goodwin-retires','party at appointment not recorded; elected as REP in 2022'),
  ('Edward (Scooter) Basnight','REP','2022-12-05','2026-12-06','elected 2022','as_elected',EL,''),
 ],
 '37047': [
  ('S. Jody Greene','REP','2018-12-03','2022-10-23','elected 2018 (34-vote margin)','as_elected',EL,'suspended in early October 2022; resigned 2022-10-24'),
  ('Bill Rogers','','2022-10-24','2022-12-28','appointed interim sheriff in October 2022 (exact day not given; shown from the day Greene resigned)','recorded','wect-2022-10-24-greene;wect-2022-12-06-commissioners','party at the time not recorded'),
  ('Jody Greene','REP','2022-12-29','2023-01-03','elected 2022 despite resigning; sworn in 2022-12-29','recorded','wect-2023-01-04-greene;'+EL,'resigned again 2023-01-04'),
  ('Kevin Norris','','2023-01-04','2023-01-04','chief deputy, acting sheriff','recorded','wect-2023-01-04-greene',''),
  ('Bill Rogers','','2023-01-05','2026-12-06','appointed 6-1 by the commissioners for the rest of the four-year term','recorded','wway-rogers-appointed;wect-2023-01-17-rogers','party at appointment not recorded; filed as a Republican candidate in Dec 2025 (columbuscountynews-2025-12)'),
 ],
 '37051': [
  ('Ennis W. Wright','DEM','2018-12-03','2022-12-04','elected 2018','as_elected',EL,''),
  ('Ennis W. Wright','DEM','2022-12-05','2025-06-29','elected 2022','as_elected',EL,'retired effective 2025-06-30'),
  ('C. Jack Broadus','','2025-06-30','2025-08-10','chief deputy, interim sheriff','recorded','cityview-cumberland-vacancy','party not recorded'),
  ('Johnathan Morgan','DEM','2025-08-11','2026-12-06','appointed unanimously by the commissioners to complete the term','recorded','bizfayetteville-2025-08-11-morgan;cumberland-county-2025-08-11;ncsbe-primary-2026-03-03','party from his run in the 2026-03-03 Democratic primary, which he lost; he stays in office until the term ends'),
 ],
 '37077': [
  ('Brindell B. Wilkins, Jr.','DEM','2018-12-03','2019-09-22','elected 2018','as_elected',EL,'suspended 2019-09-23 (not removed)'),
  ('Sherwood Boyd','','2019-09-23','2020-01-07','chief deputy performing the duties of sheriff during the suspension','recorded','abc11-wilkins-indicted;abc11-granville-new-sheriff','party not recorded'),
  ('Charles R. Noblin Jr.','','2020-01-08','2021-10-26','appointed by the commissioners to fill the unexpired term','recorded','wizs-noblin;wunc-2020-01-07-granville','party not recorded; resigned effective 2021-10-27'),
  ('Chris Smoot','','2021-10-27','2021-12-19','chief deputy, interim sheriff','recorded','wral-noblin-resigns','party not recorded'),
  ('John Blackwell Hardy III','','2021-12-20','2022-12-04','appointed by the commissioners for the rest of the term','recorded','cbs17-hardy','party not recorded'),
  ('Robert D. Fountain, Jr.','DEM','2022-12-05','2026-12-06','elected 2022 (plurality, 38.7%)','as_elected',EL,''),
 ],
 '37079': [
  ('Lemmie Smith','DEM','2018-12-03','2022-02-28','elected 2018','as_elected',EL,'retired effective 2022-02-28'),
  ('','','2022-03-01','2022-03-06','chief deputy acting (name not stated in the source)','recorded','reflector-sasser;reflector-smith-retires',''),
  ('Matt Sasser','','2022-03-07','2022-12-04','chief deputy appointed interim sheriff','recorded','reflector-sasser','party at appointment not recorded; elected as DEM in 2022'),
  ('Matt Sasser','DEM','2022-12-05','2026-12-06','elected 2022','as_elected',EL,''),
 ],
 '37117': [
  ('Tim Manning','DEM','2018-12-03','2022-12-04','elected 2018','as_elected',EL,''),
  ('Tim Manning','DEM','2022-12-05','2025-01-30','elected 2022','as_elected',EL,'the source does not say when or why the office became vacant'),
  ('Drew Robinson','','2025-01-31','2026-12-06','deputy approved as sheriff at a commissioners special-call meeting','recorded','martin-commissioners-2025-01-31','party at appointment not recorded; listed as unaffiliated (U) on the Nov 2026 ballot (enlacelatinonc-2026-sheriff-races)'),
 ],
 '37153': [
  ('James E. Clemmons, Jr.','DEM','2018-12-03','2021-08-05','elected 2018','as_elected',EL,'died 2021-08-05'),
  ('','','2021-08-06','2021-08-16','vacancy / acting sheriff not named in the source','unknown','yourdailyjournal-gulledge',''),
  ('Mark Gulledge','DEM','2021-08-17','2022-12-04','Democratic Party nominee (chief deputy) confirmed by the commissioners','recorded','yourdailyjournal-gulledge;richmondobserver-gulledge',''),
  ('Mark B. Gulledge','DEM','2022-12-05','2026-12-06','elected 2022','as_elected',EL,''),
 ],
 '37169': [
  ('Mike Marshall','REP','2018-12-03','2021-02-27','elected 2018','as_elected',EL,'retired effective 2021-02-28'),
  ('Joey Lemons','','2021-02-28','2022-12-04','chief deputy named sheriff for the rest of the term','recorded','journalnow-marshall-retires;bluegrasstoday-lemons','start shown as the retirement date; the appointment date is not given; party at appointment not recorded (elected as REP in 2022)'),
  ('Joey Lemons','REP','2022-12-05','2026-12-06','elected 2022','as_elected',EL,''),
 ],
 '37183': [
  ('Gerald M. Baker','DEM','2018-12-03','2022-12-01','elected 2018','as_elected',EL,'lost the 2022 primary runoff; retired 2022-12-01'),
  ('','','2022-12-02','2022-12-04','not stated in the sources','unknown','abc11-2022-wake-results',''),
  ('Willie Rowe','DEM','2022-12-05','2026-12-06','elected 2022','as_elected',EL,'swearing-in date not in the source; shown from the start of the term'),
 ],
 '37185': [
  ('Johnny M. Williams','DEM','2018-12-03','2022-11-30','elected 2018','as_elected',EL,'retired; final day 2022-11-30'),
  ('','','2022-12-01','2022-12-04','not stated in the sources','unknown','warrenrecord-williams-retires',''),
  ('John Branche','DEM','2022-12-05','2026-12-06','elected 2022','as_elected',EL,''),
 ],
}
out = []
for fips in sorted({r['fips'] for r in elections}):
    by = {r['election_year']: r for r in elections if r['fips'] == fips}
    county = by['2018']['county']
    e14 = by['2014']
    if fips == '37187':
        out.append((fips, county, '', '', TERMS['2014'][0], TERMS['2014'][1], 'unknown: the 2014 winner, Jonathan (John) Sawyer III, died before taking office', 'unknown', EL, 'who served the 2014-2018 term is not in the sources'))
    else:
        out.append((fips, county, e14['winner'], e14['party'], *TERMS['2014'], 'elected 2014', 'as_elected', EL, ''))
    if fips in MANUAL:
        for (n, p, a, b, how, cert, src, note) in MANUAL[fips]:
            out.append((fips, county, n, p, a, b, how, cert, src, note))
        continue
    for y in ('2018', '2022'):
        e = by[y]
        note = ''
        if fips == '37071' and y == '2018':
            note = 'listed DEM in the 2018 results; a news report cited in sheriff-elections.csv says he later switched his registration to Republican (date not recorded)'
        if fips == '37045' and y == '2022':
            note = 'same person as the 2018 winner; listed DEM in 2018 and REP in 2022'
        out.append((fips, county, e['winner'], e['party'], *TERMS[y], f'elected {y}', 'as_elected', EL, note))
w = csv.writer(sys.stdout, lineterminator='\n')
w.writerow(['fips', 'county', 'person_id', 'name', 'party', 'from', 'to', 'how', 'certainty', 'source_ids', 'note'])
for (fips, county, n, p, a, b, how, cert, src, note) in out:
    w.writerow([fips, county, person(fips, n) if n else '', n, p, a, b, how, cert, src, note])
