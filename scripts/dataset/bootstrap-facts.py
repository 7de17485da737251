"""One-time bootstrap (kept for provenance): data/facts.csv from county-facts.csv, timeline.csv and
updates-2026.csv. Facts were typed and re-summarised by hand below; primary results and ballot
matchups are imported with a template. After the first run data/facts.csv is edited by hand."""
import csv, re, sys
SRC = '/work/shared/sources/'
names = {r['fips']: r['name'] for r in csv.DictReader(open(SRC + 'counties.csv'))}
src_by_url = {r['url']: r['id'] for r in csv.DictReader(open('/work/main/data/sources.csv'))}
ICE = 'ice-287g-participating-2025-07-18'
MOA = 'ice-287g-moa-index-2026-08-01'
F = []
def fact(id, fips, date, type, summary, sources, value='', model='', agency='', policy='', claimant='', ref='', date_note=''):
    F.append(dict(id=id, fips=fips, county=names.get(fips, 'STATEWIDE' if fips == 'STATEWIDE' else ''), date=date, date_note=date_note,
                  type=type, model=model, agency=agency, policy=policy, claimant=claimant, ref=ref, value=value,
                  summary=summary, source_ids=sources))

# --- 287(g) agreements on ICE's July 2025 participating list (date = signing date of the current MOA)
for fips, model, signed in [('37001','wso','2020-05-21'),('37011','wso','2020-07-23'),('37019','wso','2020-07-23'),('37025','jem','2020-03-11'),
    ('37027','wso','2020-03-19'),('37031','wso','2025-05-13'),('37035','wso','2025-06-12'),('37039','wso','2025-03-10'),('37045','wso','2020-01-16'),
    ('37047','wso','2025-03-05'),('37049','wso','2025-03-10'),('37061','wso','2020-06-25'),('37071','jem','2020-06-09'),('37089','jem','2020-06-09'),
    ('37109','wso','2020-06-05'),('37127','wso','2020-01-29'),('37133','wso','2025-03-26'),('37151','wso','2020-05-21'),('37157','wso','2019-12-31'),
    ('37179','wso','2025-05-07'),('37199','wso','2020-07-20')]:
    label = {'wso': 'Warrant Service Officer', 'jem': 'Jail Enforcement Model'}[model]
    srcs = ICE + (';newsobserver-yahoo-2020-03-11' if fips == '37157' else '') + (';ppi-via-transparencycascade-cabarrus' if fips == '37025' else '')
    extra = ' The sheriff announced it on 2020-03-11 as the first warrant-service agreement in the state.' if fips == '37157' else ''
    fact(f'{fips}-287g-{model}-{signed}', fips, signed, 'agreement_287g',
         f"ICE's participating-agency sheet of 2025-07-18 lists the sheriff's office under the {label} model, with a current agreement signed {signed}. The signing date belongs to the current agreement and may renew an earlier one.{extra}",
         srcs, value=f'{label}; signed {signed}', model=model, agency='sheriff')
fact('37035-287g-wso-moa-2025-07-29', '37035', '2025-07-29', 'agreement_287g',
     "The archived ICE agreement document for the Catawba sheriff's warrant-service agreement is dated 2025-07-29, which conflicts with the 2025-06-12 signing date on ICE's July 2025 sheet. Both dates are kept; the earlier one decides when the agreement first counts (both fall before the Oct 2025 step).",
     MOA, value='WSO MOA dated 2025-07-29 (conflicts with 2025-06-12)', model='wso', agency='sheriff')
# --- agreements known from earlier sources
for fips in ['37025','37071','37089','37127']:
    fact(f'{fips}-287g-2019-longleaf', fips, '2018-12-07', 'agreement_287g',
         "Named as one of four NC counties still in 287(g) after Mecklenburg and Wake left in December 2018. The source does not give the model or the start date.",
         'longleafpolitics-2019-02', value='in 287(g) as of Feb 2019 (model not stated)', model='unspecified', agency='sheriff',
         date_note='article written in Feb 2019; it says these counties remained after Wake left on 2018-12-07, so that date is used as the latest date the agreement is known to have been in force without being its start')
fact('37119-287g-2006', '37119', '2006', 'agreement_287g',
     "Mecklenburg ran a 287(g) jail program from 2006; WFAE counted more than 15,000 people processed for deportation through it over 12 years.",
     'wfae-2018-12-05', value='287(g) jail program since 2006', model='jem', agency='sheriff')
fact('37119-287g-ended-2018-12-05', '37119', '2018-12-05', 'agreement_287g_ended',
     "On his first full day in office Sheriff McFadden wrote to ICE to end the county's 287(g) jail program.",
     'wbtv-2018-12-05;wfae-2018-12-05', value='ended 2018-12-05', model='jem', agency='sheriff')
fact('37183-287g-pre-2018', '37183', '2018-12-02', 'agreement_287g',
     "Wake took part in 287(g) under Sheriff Donnie Harrison; WRAL counted it among six NC counties in the program before the new sheriff took office.",
     'wral-2018-12;newsobserver-2018-11', value='287(g) under Sheriff Harrison (model and start not stated)', model='unspecified', agency='sheriff',
     date_note='start date not recorded; the date shown is the last day before the new sheriff took office, when it was known to be in force')
fact('37183-287g-ended-2018-12-07', '37183', '2018-12-07', 'agreement_287g_ended',
     "Sheriff Baker announced Wake's withdrawal from 287(g) at a press conference.",
     'apnews-2018-12-09;wral-2018-12-03', value='ended 2018-12-07', model='unspecified', agency='sheriff')
# --- 2025-2026 MOA index (task force and new partners)
for id, fips, date, model, agency, value, summ, srcs in [
  ('37035-287g-tf-brookford-2025-09-09','37035','2025-09-09','task_force','police','Brookford Police Dept: Task Force Model MOA dated 2025-09-09',
   "The Brookford Police Department (a town force near Hickory, not the sheriff's office) signed a task-force agreement; WFAE reported it as the first NC agency on that model.", MOA+';wfae-2025-09-29;wsoctv-2025-11-03'),
  ('37047-287g-tf-2025-09-22','37047','2025-09-22','task_force','sheriff','Columbus County Sheriff: Task Force Model MOA dated 2025-09-22',
   "The Columbus sheriff's office added a task-force agreement, which covers patrol work, to its March 2025 warrant-service agreement.", MOA+';wsoctv-2025-11-03'),
  ('37061-287g-tf-beulaville-2025-10-17','37061','2025-10-17','task_force','police','Beulaville Police Dept: Task Force Model MOA dated 2025-10-17',
   "The Beulaville town police department in Duplin County signed a task-force agreement (the sheriff's office has its own warrant-service agreement).", MOA+';wsoctv-2025-11-03'),
  ('37011-287g-tf-newland-2025-10-17','37011','2025-10-17','task_force','police','Newland Police Dept: Task Force Model MOA dated 2025-10-17',
   "The Newland town police department in Avery County signed a task-force agreement.", MOA+';wsoctv-2025-11-03'),
  ('37133-287g-tf-2025-11-04','37133','2025-11-04','task_force','sheriff','Onslow County Sheriff: Task Force Model MOA dated 2025-11-04',
   "ICE posted a task-force agreement for the Onslow sheriff's office, on top of its March 2025 warrant-service agreement. No news coverage of it was found.", MOA),
  ('37125-287g-tf-robbins-2025-12-11','37125','2025-12-11','task_force','police','Robbins Police Dept: Task Force Model MOA dated 2025-12-11',
   "The Robbins town police department in Moore County signed a task-force agreement. The Moore sheriff's office is not on any ICE list found.", MOA+';enlacelatinonc-task-force-pds'),
  ('37145-287g-jem-2026-02-10','37145','2026-02-10','jem','sheriff','Person County Sheriff: Jail Enforcement Model MOA dated 2026-02-10',
   "ICE posted a jail-model agreement for the Person sheriff's office, a county not on ICE's 2025 lists; it is the first new NC jail-model agreement since 2020. No news coverage of it was found.", MOA),
  ('37061-287g-tf-kenansville-2026-05-05','37061','2026-05-05','task_force','police','Kenansville Police Dept: Task Force Model MOA dated 2026-05-05',
   "The Kenansville town police department in Duplin County signed a task-force agreement; Enlace Latino NC had listed it earlier as approved or taking part.", MOA+';enlacelatinonc-task-force-pds'),
]:
    fact(id, fips, date, 'agreement_287g', summ, srcs, value=value, model=model, agency=agency)
fact('37031-287g-pending-2025-05-15','37031','2025-05-15','context',"Carteret appeared on ICE's pending-agencies sheet in mid-May 2025, before it was listed as participating.", 'ice-287g-pending-2025-05-15', value='pending (WSO)')
fact('37035-287g-pending-2025-06-10','37035','2025-06-10','context',"Catawba appeared on ICE's pending-agencies sheets from late May to early June 2025, before it was listed as participating.", 'ice-287g-pending-2025-06-10', value='pending (WSO)')
fact('37025-287g-listed-2026-02-17','37025','2026-02-17','context',"A Prison Policy Initiative table built from ICE data as of 2026-02-17 still lists Cabarrus under the jail model (signed 2020-03-11); only this entry was seen, through a secondary database.", 'ppi-via-transparencycascade-cabarrus', value='JEM still listed Feb 2026')
fact('37141-287g-rejected-2025-02-18','37141','2025-02-18','statement',"Pender commissioners voted 3-1 against a resolution backing a 287(g) agreement for the sheriff's office after the sheriff and residents raised cost and other concerns.", 'portcitydaily-2025-02-19', value='commissioners rejected 287(g) resolution after sheriff raised concerns', policy='other', claimant="Pender County commissioners / sheriff")

# --- detainer policies and observations (voluntary era)
P = [
 ('37063-detainers-declined-2018-12-06','37063','2018-12-06','detainer_policy','declines_without_judicial_order',"Durham County Sheriff's Office",
  "Sheriff Birkhead told the jail to stop holding people on ICE detainers unless a judge had signed an order or warrant; Durham had never been in 287(g). The change was made public on Dec 7.", 'heraldsun-2018-12-14;wral-2018-12-03','no holds on detainers without a judicial order',''),
 ('37063-released-2018-12','37063','2018-12-14','detainer_observation','',"Durham County Sheriff's Office",
  "In the first week of the new policy, 11 people with detainers were released (9 after posting bond, 2 after serving sentences).", 'wral-2018-12-14','11 released in first week',''),
 ('37063-honored-2015-2017','37063','2017','detainer_observation','honors',"Durham County Sheriff's Office (spokeswoman)",
  "Before the 2018 change, the jail handed people with detainers straight to ICE: 32 in 2015, 49 in 2016 and 57 in 2017, per the sheriff's spokeswoman.", 'indyweek-2018','32 (2015), 49 (2016), 57 (2017)',''),
 ('37183-detainers-declined-2018-12','37183','2018-12-09','detainer_policy','declines_without_judicial_order',"Wake County Sheriff's Office",
  "When Sheriff Baker took office about 90 jail inmates were under ICE detainers; his office said it would not honor new ones, and two weeks in it had released 16 and said it would not honor the detainers on 79 others.", 'apnews-2018-12-09;wral-2018-12','~90 held; new detainers not honored',
  'date is the AP report; the policy was announced with the 287(g) withdrawal'),
 ('37067-detainers-declined-2019-02-06','37067','2019-02-06','detainer_policy','declines_without_judicial_order',"Forsyth County Sheriff's Office",
  "Sheriff Kimbrough said Forsyth would stop honoring ICE detainer (I-203) requests and stop housing ICE civil detainees under its U.S. Marshals jail contract.", 'myfox8-2019-02-06;theappeal-2019-02','stops honoring I-203 detainer requests',''),
 ('37021-detainers-declined-2019-02-26','37021','2019-02-26','detainer_policy','declines_without_judicial_order',"Buncombe County Sheriff's Office",
  "Sheriff Quentin Miller said the jail would no longer honor ICE detainers and would act only on criminal warrants signed by a judge.", 'citizen-times-2019-02-26','stops honoring detainers',''),
 ('37021-count-2018','37021','2018','detainer_observation','honors',"Mountain Xpress (reporting county figures)",
  "In 2018 ICE placed holds on 38 people in the Buncombe jail and collected 20 of them; the county had not had a 287(g) agreement for years.", 'mountainx-2019-02','38 holds; 20 picked up',''),
 ('37081-detainers-declined-2014-09','37081','2014-09','detainer_policy','declines_without_judicial_order',"Guilford County Sheriff's Office (Sheriff BJ Barnes, Republican)",
  "Under Republican Sheriff BJ Barnes the office stopped holding inmates on ICE detainers unless a criminal warrant or court order backed them.", 'triad-city-beat-2017','no holds on detainers alone since Sept 2014',''),
 ('37081-detainers-policy-2019-03-04','37081','2019-03-04','detainer_policy','declines_without_judicial_order',"Guilford County Sheriff's Office (Sheriff Danny Rogers)",
  "An official county release said the office tells ICE when a person is released but does not hold anyone on a detainer alone, and that this policy was carried over unchanged from the previous sheriff.", 'guilfordcountync-2019-03-04','policy unchanged under Rogers',''),
 ('37135-detainers-declined-2018','37135','2018-07','detainer_policy','declines_without_judicial_order',"Orange County Sheriff's Office (as reported by Chapelboro)",
  "Under Sheriff Blackwood the office generally did not honor ICE detainers; ICE criticised a release in June 2018.", 'chapelboro-2018-07','did not typically honor detainers',
  'page date approx; the source describes the practice as general rather than a written rule'),
 ('37119-detainers-declined-2019-06','37119','2019-06','detainer_policy','declines_without_judicial_order',"Mecklenburg County Sheriff's Office",
  "Sheriff McFadden said his office would honor federal criminal warrants but not ICE detainers.", 'fox46charlotte-2019-06','does not honor detainers','page date approx'),
 ('37013-honored-2010-2018','37013','2018-11','detainer_observation','honors',"TRAC (Syracuse University) data via Washington Daily News",
  "ICE data compiled by TRAC show 99 people held on detainers at the Beaufort jail from July 2010 to November 2018, with ICE taking custody every time.", 'thewashingtondailynews-2019-08-28','99 held; all honored',''),
 ('37147-held-2010-2018','37147','2018-11','detainer_observation','honors',"TRAC (Syracuse University) data via Washington Daily News",
  "ICE data compiled by TRAC show 571 people held on ICE detainers at the Pitt County jail from July 2010 to November 2018.", 'thewashingtondailynews-2019-08-28','571 held on detainers',''),
]
for id, fips, date, type, policy, claimant, summ, srcs, value, dn in P:
    fact(id, fips, date, type, summ, srcs, value=value, policy=policy, claimant=claimant, date_note=dn)

# --- claims by third parties (who claims what)
fact('37119-ice-claim-2019-06','37119','2019-08-09','detainer_observation',"ICE said the jail released a man charged with first-degree rape in June 2019 without honoring its detainer or telling ICE; ICE arrested him on Aug 9, 2019.",'wnct-2019-08-21',value='Pacheco-Leonardo case',policy='declines_without_judicial_order',claimant='U.S. ICE')
fact('37021-ice-noncooperative-2019-11','37021','2019-11-27','claim',"A new ICE web page listed Buncombe among 'non-cooperative' jurisdictions and warned of more arrests in the community.",'citizen-times-2019-11-27',value="ICE 'non-cooperative jurisdiction'",policy='alleges_noncooperation',claimant='U.S. ICE')
TILLIS = ['37021','37189','37119','37067','37081','37037','37135','37063','37183']
for fips in TILLIS:
    fact(f'{fips}-tillis-map-2025-04', fips, '2025-04-29', 'claim',
         "U.S. Sen. Thom Tillis posted a map naming this county among nine NC counties he called 'sanctuary' jurisdictions.",
         'biloxinewsevents-2025-04-29', value="Tillis map: 'sanctuary' county", policy='alleges_noncooperation', claimant='U.S. Sen. Thom Tillis',
         date_note='posted Apr 28 or 29, 2025; the later day is used')
for fips in ['37067','37081']:
    fact(f'{fips}-tillis-dhs-report-2024-06', fips, '2025-05', 'claim',
         "Sen. Tillis' office cited a June 2024 DHS report that it said labelled Forsyth and Guilford 'non-cooperative'. The report itself was not found.",
         'todaystatement-2025-04', value="'non-cooperative' per a June 2024 DHS report cited by Tillis' office", policy='alleges_noncooperation',
         claimant="Office of U.S. Sen. Thom Tillis (citing DHS)", date_note='reported Apr-May 2025 (approx); the later month is used')
fact('37067-tillis-retraction-2025-05','37067','2025-05','claim_retracted',"Tillis later acknowledged he had posted incorrect information about the Forsyth sheriff's office; Sheriff Kimbrough had denied the label.",'todaystatement-2025-04',value='Tillis walked back the Forsyth claim',claimant='U.S. Sen. Thom Tillis',ref='37067-tillis-map-2025-04;37067-tillis-dhs-report-2024-06',date_note='approx')
fact('37067-rejects-label-2025-05','37067','2025-05','statement',"Sheriff Kimbrough denied that Forsyth was 'non-cooperative'.",'todaystatement-2025-04',value='denied non-cooperative label',policy='rejects_label',claimant="Forsyth County Sheriff Bobby Kimbrough",date_note='approx')
DHS = ['37021','37037','37063','37135','37189']
for fips in DHS:
    srcs = {'37021':'apdillon-substack-2025-06;bpr-2025-06-09','37037':'chapelboro-2025-05-30;apdillon-substack-2025-06','37063':'chapelboro-2025-05-30;apdillon-substack-2025-06',
            '37135':'ard-arcamaxlive-2025-06-09;chapelboro-2025-05-30','37189':'apdillon-substack-2025-06'}[fips]
    fact(f'{fips}-dhs-list-2025-05-29', fips, '2025-05-29', 'claim',
         "The U.S. Department of Homeland Security published a list of 'sanctuary jurisdictions' that named this county. DHS took the list down days later.",
         srcs, value="DHS 'sanctuary jurisdictions' list", policy='alleges_noncooperation', claimant='U.S. Department of Homeland Security')
    fact(f'{fips}-dhs-list-withdrawn-2025-06', fips, '2025-06', 'claim_retracted',
         "DHS took its 'sanctuary jurisdictions' list down a few days after posting it; the Justice Department's replacement list of 2025-08-05 named no NC jurisdiction.",
         'apdillon-substack-2025-06;security-mil-osi-2025-08-05', value='DHS list withdrawn', claimant='U.S. Department of Homeland Security', ref=f'{fips}-dhs-list-2025-05-29',
         date_note='taken down within days of 2025-05-29; the month is used')
fact('37189-dhs-list-dropped-same-day','37189','2025-05-29','context',"Watauga was reported to have disappeared from the DHS list on the day it was published.",'apdillon-substack-2025-06',value='reportedly removed the same day')
for fips in ['37119','37189']:
    fact(f'{fips}-tillis-office-ten-2025-06', fips, '2025-06-10', 'claim',
         "Sen. Tillis' office was quoted saying ten NC counties, naming this one among them, do not cooperate with ICE; the full list of ten was not in the source.",
         'charlottestories-2025-06', value="Tillis' office: one of ten non-cooperating counties", policy='alleges_noncooperation', claimant="Office of U.S. Sen. Thom Tillis", date_note='approx')
fact('37119-ice-notification-claim-2025-01','37119','2025-01','claim',"ICE said it had sent 48 detainers to the Mecklenburg jail since Dec 1 and had received no release notifications; the sheriff's office said it had received 38 and ICE had picked up no one.",'ncnewsportal-2025-01',value='ICE: 48 sent, no release notices; MCSO: 38 received, none picked up',policy='alleges_noncompliance',claimant='U.S. ICE')
fact('37119-early-release-claim-2025-03','37119','2025-03-27','claim',"ICE and Republican legislators said Sheriff McFadden released people early instead of holding them for ICE; the sheriff said ICE failed to collect 163 people despite notice.",'wfae-2025-03-27;wsoctv-2025-03-07',value='ICE / GOP lawmakers: early releases',policy='alleges_noncompliance',claimant='U.S. ICE and Republican state legislators')
fact('37119-tillis-sanctuary-2025-11-20','37119','2025-11-20','claim',"At a Senate Judiciary hearing Sen. Tillis said Sheriff McFadden's 'sanctuary city' policies partly drove the Border Patrol operation in Charlotte; the sheriff's office says it follows HB 318.",'wfae-2025-11-21',value="Tillis: McFadden 'sanctuary city' policies",policy='alleges_noncooperation',claimant='U.S. Sen. Thom Tillis')

# --- sheriffs' own statements and reported counts
S = [
 ('37119-count-2024-12','37119','2024-12-15','detainer_observation','',"Mecklenburg County Sheriff's Office","The sheriff's office said ICE lodged 32 detainers in the first two weeks of HB 10 and had picked up no one; WSOC found 13 of those people back in the community.",'brightgram-2024-12','32 detainers; 0 picked up','approx (first two weeks of Dec 2024)'),
 ('37119-count-2025-01','37119','2025-01','detainer_observation','',"Mecklenburg County Sheriff's Office","The sheriff's office said 67 detainers had been issued since HB 10 took effect and ICE had picked up no one from the jail.",'wsoctv-2025-01','67 detainers; 0 picked up','approx'),
 ('37119-count-2025-03','37119','2025-03-27','detainer_observation','',"Mecklenburg County Sheriff's Office","Sheriff McFadden said ICE had failed to collect 163 people from the jail since HB 10 even though it had been notified.",'wfae-2025-03-27','163 not picked up',''),
 ('37119-count-2025-04','37119','2025-04-30','detainer_observation','',"Mecklenburg County Sheriff's Office","McFadden said the jail had held more than 200 people on detainers since Dec 1 and ICE had taken none of them.",'daily8-2025-04-30','200+ held; 0 removed',''),
 ('37119-opposes-hb318-2025-06-23','37119','2025-06-23','statement','opposes_bill',"Mecklenburg County Sheriff Garry McFadden","McFadden asked legislators to sustain Gov. Stein's veto of HB 318, arguing longer detention would not make people safer.",'thecharlottepost-2025-06-26','urged sustaining HB 318 veto',''),
 ('37119-count-2025-10-31','37119','2025-10-31','detainer_observation','',"Mecklenburg County Sheriff's Office","In HB 318's first month the sheriff's office said it received more than 90 detainers requiring 48-hour holds and ICE picked up more than 30 people. McFadden said the office follows the law but will not go further.",'wfae-2025-10-31','>90 detainers, >30 picked up since Oct 1',''),
 ('37119-limits-to-law-2025-10-31','37119','2025-10-31','statement','limits_to_state_law',"Mecklenburg County Sheriff Garry McFadden","McFadden said his office complies with HB 318 but will not go beyond what it requires, and criticised deportations before criminal cases are resolved.",'wfae-2025-10-31','complies; will not go beyond the law',''),
 ('37119-complies-2025-11-18','37119','2025-11-18','statement','complies_with_state_law',"Mecklenburg County Sheriff Garry McFadden","In a TV interview McFadden said HB 318 now requires holds of up to 48 hours and his office cooperates, while calling detainers non-judicial documents.",'breitbart-2025-11-18','says office complies with HB 318',''),
 ('37119-charlottes-web-2025-11-27','37119','2025-11-27','statement','other',"Mecklenburg County Sheriff's Office","The sheriff's office said it did not assist Customs and Border Protection's Charlotte operation, had no information on the 370 to 400 people detained, and none were brought to its jail.",'wsoctv-2025-11-27','no role in Charlotte\'s Web',''),
 ('37119-primary-pledge-2018-05-08','37119','2018-05-08','statement','other',"Garry McFadden (candidate)","McFadden beat the incumbent, Sheriff Carmichael, 52% to 20% in the Democratic primary after promising to end 287(g); no Republican was on the November ballot.",'nbcnews-2018-05','won primary on a pledge to end 287(g)',''),
 ('37119-removal-petition-2026-01','37119','2026-01','context','',"",'A Superior Court judge dismissed a petition to remove McFadden from office because it lacked approval from the district attorney or county attorney.','carolinajournal-2026-03-04','removal petition dismissed','month only'),
 ('37183-implementing-hb10-2024-12-03','37183','2024-12-03','statement','complies_with_state_law',"Wake County Sheriff Willie Rowe","Sheriff Rowe, who had raised due-process concerns, said his office was putting HB 10 into practice.",'abc11-2024-12-03','implementing HB 10',''),
 ('37183-ice-arrests-share-2025','37183','2025-06-26','detainer_observation','',"Deportation Data Project via WUNC","The Wake County Detention Center accounted for about 4% of ICE arrests in NC from Jan 20 to Jun 26, 2025.",'wunc-2025-07-23','4% of NC ICE arrests',''),
 ('37183-no-cbp-notice-2025-11-14','37183','2025-11-14','statement','other',"Wake County Sheriff Willie Rowe","As Border Patrol agents arrived in Charlotte, Rowe said his office had no official notice from CBP and asked residents not to confront agents.",'ard-bingeeducational-2025-11-14','no CBP notice','approx'),
 ('37063-opposes-hb318-2025-06-23','37063','2025-06-23','statement','opposes_bill',"Durham County Sheriff Clarence Birkhead","Birkhead joined McFadden in publicly backing the governor's veto of HB 318.",'thecharlottepost-2025-06-26','urged sustaining HB 318 veto',''),
 ('37063-not-287g-2025-11-14','37063','2025-11-14','statement','other',"Durham County Sheriff Clarence Birkhead","Birkhead said his office is not told in advance of CBP or ICE operations, urged calm, and repeated that Durham does not take part in 287(g).",'ard-bingeeducational-2025-11-14','not told of operations; not in 287(g)','approx'),
 ('37067-would-follow-mandate-2019-12','37067','2019-12-28','statement','other',"Forsyth County Sheriff Bobby Kimbrough","Kimbrough said he would comply if the state made detainer compliance mandatory.",'journalnow-2019-12-28','would follow a state mandate',''),
 ('37067-opposes-hb318-2025-06-20','37067','2025-06-20','statement','opposes_bill',"Forsyth County Sheriff Bobby Kimbrough","Kimbrough issued a statement in line with the urban sheriffs who backed the HB 318 veto.",'thecharlottepost-2025-06-26','opposed HB 318',''),
 ('37081-withdraws-ncsa-2019-06-11','37081','2019-06-11','statement','opposes_bill',"Guilford County Sheriff Danny Rogers","Rogers withdrew his support for the Sheriffs' Association's alternative to HB 370, citing due process.",'rhinotimes-2019-06','withdrew support for NCSA HB 370 alternative','approx'),
 ('37081-rejects-label-2025','37081','2025','statement','rejects_label',"Guilford County Sheriff's Office","A long press release from the sheriff's office disputed news reports that called Guilford a sanctuary jurisdiction.",'rhinotimes-2025','says it is not a sanctuary agency','year only; so it counts only from the end of 2025'),
 ('37081-opposes-hb318-2025-06-20','37081','2025-06-20','statement','opposes_bill',"Guilford County Sheriff Danny Rogers","Rogers issued a statement in line with the urban sheriffs who backed the HB 318 veto.",'thecharlottepost-2025-06-26','opposed HB 318',''),
 ('37021-hb10-no-partnership-2025-02-07','37021','2025-02-07','statement','limits_to_state_law',"Buncombe County Sheriff Quentin Miller","Miller said his office follows HB 10 holds (a detainer plus an administrative warrant) but will not partner with ICE on wider enforcement.",'theurbannews-2025-02','complies with HB 10; no partnership with ICE',''),
 ('37021-rejects-label-2025-06-09','37021','2025-06-09','statement','rejects_label',"Buncombe County Sheriff Quentin Miller","After the Tillis and DHS lists, Miller said Buncombe has never been a sanctuary county and fully follows state law.",'bpr-2025-06-09','rejects sanctuary label',''),
 ('37021-count-2025-06','37021','2025-06','detainer_observation','',"Buncombe County Sheriff Quentin Miller","Miller said that since HB 10 his office had been in contact with ICE about 15 detainees and had released one directly to ICE, and that he enforces 48-hour holds because they come with a warrant.",'828newsnow-2025-06','15 detainees discussed with ICE; 1 released to ICE','approx'),
 ('37135-complies-2025-06','37135','2025-06-09','statement','rejects_label',"Orange County Sheriff Charles Blackwood","Responding to the DHS list, Blackwood said Orange complies with the new state law.",'ard-arcamaxlive-2025-06-09','says county complies with state law',''),
 ('37135-count-pre-hb318','37135','2025-09-30','detainer_observation','',"Orange County Sheriff Charles Blackwood","Blackwood told the News & Observer his office logged 17 ICE detainer requests before HB 318 took effect, and ICE collected five people.",'brightgram-2026-02','17 detainers; 5 picked up','period start not given; dated to the day before HB 318 took effect'),
 ('37195-opposes-2023','37195','2023','statement','opposes_bill',"Wilson County Sheriff Calvin Woodard","Woodard joined the Wake, Mecklenburg, Buncombe, Orange and Durham sheriffs in opposing the 2023 ICE bills (HB 10 and SB 50).",'breakingnownews-2023','opposed HB 10 / SB 50','year only'),
 ('37127-always-held-2024-12-03','37127','2024-12-03','statement','complies_with_state_law',"Nash County Sheriff Keith Stone","Sheriff Stone said his office has always held people for ICE when asked.",'abc11-2024-12-03','always held for ICE',''),
 ('37145-cases-2024-12-03','37145','2024-12-03','detainer_observation','',"Person County Sheriff Jason Wilborn","Sheriff Wilborn said his jail sees an ICE case about once every few weeks.",'abc11-2024-12-03','about one case every few weeks',''),
 ('37101-ice-arrests-2025','37101','2025-06-26','detainer_observation','',"Deportation Data Project via WUNC","Deportation Data Project figures show 17 ICE arrests at the Johnston County jail from Jan 20 to Jun 26, 2025.",'wunc-2025-07-23','17 ICE arrests at county jail',''),
 ('37001-supports-hb318-2025-11','37001','2025-11','statement','supports_bill',"Alamance County Sheriff Terry Johnson","Sheriff Johnson said HB 318 makes reluctant sheriffs work with ICE.",'elonnewsnetwork-2025-11','supports HB 318','month only'),
 ('37037-no-county-response','37037','2025-05-30','context','',"","Chatham was named on the DHS list and Tillis' map; no statement by the Chatham sheriff responding to either was found in the sources.",'chapelboro-2025-05-30','no sheriff response found',''),
]
for id, fips, date, type, policy, claimant, summ, srcs, value, dn in S:
    fact(id, fips, date, type, summ, srcs, value=value, policy=policy, claimant=claimant, date_note=dn)

# --- changes of sheriff recorded in updates-2026 (also in sheriff-terms.csv)
fact('37117-robinson-appointed-2025-01-31','37117','2025-01-31','context',"Commissioners' minutes record the approval of Deputy Drew Robinson as sheriff at a special meeting; they do not say why the office was vacant.",'martin-commissioners-2025-01-31',value='Drew Robinson appointed sheriff')
fact('37019-chism-appointed','37019','2025','context',"An undated local profile says Brian Chism was appointed sheriff when Sheriff John Ingram retired and had served about a year when it was written.",'shallottemag',value='Chism appointed after Ingram retired (date unknown)',date_note='undated; UPDATES-2026.md places it probably between 2023 and 2025; the year is a placeholder for display only')

# --- 2026 elections: imported with a template from updates-2026.csv
for r in csv.DictReader(open(SRC + 'updates-2026.csv')):
    if r['fact_type'] == 'sheriff_primary':
        sid = src_by_url.get(r['source_url'])
        if not sid:
            print('no source for', r['source_url'], file=sys.stderr); continue
        lost = 'sitting sheriff' in r['summary'] and 'lost' in r['summary']
        summ = f"March 3, 2026 sheriff primary in {r['county']}: the leading candidate was {r['value']}."
        fact(f"{r['fips']}-primary-2026-{len([f for f in F if f['fips']==r['fips'] and f['type']=='election'])+1}", r['fips'], '2026-03-03', 'election', summ, sid, value=r['value'])
    if r['fact_type'] == 'other' and r['value'].startswith('Nov 3 ballot'):
        fact(f"{r['fips']}-ballot-2026-11-03", r['fips'], '2026-03-03', 'election',
             f"Enlace Latino NC lists {r['county']} among the contested November 3, 2026 sheriff races ({r['value'][len('Nov 3 ballot: '):]}). No result was found.",
             'enlacelatinonc-2026-sheriff-races', value=r['value'], date_note='list published after the 2026-03-03 primary (undated); the primary date is used')
fact('37051-morgan-lost-primary-2026-03-03','37051','2026-03-03','election',"Appointed Sheriff Johnathan Morgan finished second in the Democratic primary (6,087 votes, 27.0%) behind Troy A. McDuffie (11,161, 49.5%); Morgan stays in office until the term ends in December 2026.",'ncsbe-primary-2026-03-03',value='appointed sheriff Morgan lost primary to Troy A. McDuffie')
fact('37157-page-senate-2026-03-03','37157','2026-03-03','election',"Sheriff Sam Page ran for NC Senate District 26 instead of sheriff, receiving 13,135 votes to Phil Berger's 13,112 in the Republican primary; the sheriff nominees are Billy Parker (R) and Franklin Moore (D).",'ncsbe-primary-2026-03-03',value='Sheriff Sam Page ran for state Senate; sheriff seat open')
fact('37031-buck-congress-2026-03-03','37031','2026-03-03','election',"Sheriff Asa Buck ran in the Republican primary for U.S. House District 1 and finished second (23,227 votes, 34.5%); he was not a sheriff candidate.",'ncsbe-primary-2026-03-03',value='Sheriff Asa Buck ran for Congress; seat open')

# --- statewide facts
W = [
 ('sw-ice-operation-2019-02','2019-02-15','context','',"U.S. ICE","ICE arrested more than 200 people in NC in an operation it called the 'new normal' and tied it to the Mecklenburg and Wake sheriffs ending cooperation.",'thetimesnews-2019-02-15','200+ arrests',''),
 ('sw-ncsa-hb370-2019-04','2019-04','statement','opposes_bill',"NC Sheriffs' Association","Accounts differ on the Sheriffs' Association's first response to HB 370: IndyWeek describes a position paper opposing it as an intrusion on sheriffs' control of their jails, while CBS17 later described the April stance as 'no position'.",'indyweek-2019-04;cbs17-2019-06-12','opposed (IndyWeek) / no position (CBS17)','approx'),
 ('sw-ncsa-supports-hb370-2019-06-12','2019-06-12','statement','supports_bill',"NC Sheriffs' Association","After a magistrate-review compromise was added, the Sheriffs' Association backed the Senate version of HB 370.",'cbs17-2019-06-12','supports revised HB 370',''),
 ('sw-ice-489-2019-09-09','2019-09-09','detainer_observation','',"U.S. ICE (figure obtained by WBTV)","ICE data obtained by WBTV put detainers declined by NC law enforcement at 489 for fiscal 2019 so far (Oct 2018 to about Aug 2019), with no county breakdown.",'wbtv-2019-09-09','489',''),
 ('sw-no-county-breakdown-2019-09-10','2019-09-10','context','',"Judicial Watch","Judicial Watch noted that ICE did not break the 489 figure down by county jail.",'aviac-2019-09-10','no county breakdown',''),
 ('sw-trac-2019-09-19','2019-09-19','detainer_observation','',"TRAC (Syracuse University)","TRAC reported that ICE detainers issued in NC from Oct 2018 to May 2019 were 9.7% lower than five years earlier.",'trac-syr-2019-09-19','NC detainers down 9.7% vs five years earlier',''),
 ('sw-dhs-raleigh-2019-11-25','2019-11-25','claim','alleges_noncooperation',"Acting DHS Secretary Chad Wolf and acting ICE Director Matthew Albence","At a Raleigh roundtable the acting heads of DHS and ICE criticised NC sheriffs who decline detainers.",'wunc-2019-11-25;article-002-dhs-raleigh','DHS/ICE roundtable in Raleigh',''),
 ('sw-ice-563-2019-12-12','2019-12-12','detainer_observation','',"U.S. ICE (via The Washington Times)","ICE's full fiscal-2019 figure for detainers refused in NC was at least 563, which it blamed on big-county policies; it covers a longer window than the 489 figure.",'washingtontimes-2019-12-12','at least 563',''),
 ('sw-albemarle-jail-287g','2020-03-19','agreement_287g','',"U.S. ICE","The Albemarle District Jail, a regional jail, is on ICE's July 2025 list with a warrant-service agreement signed 2020-03-19; ICE gives no single county for it, so it is not assigned to a county on the map.",ICE,'Warrant Service Officer; signed 2020-03-19',''),
 ('sw-sheriffs-letter-2023-03','2023-03','statement','opposes_bill',"Several NC sheriffs","A group of sheriffs signed a letter asking legislators to reject HB 10 and SB 50.",'triad-city-beat-2023-03','letter against HB 10 / SB 50','approx'),
 ('sw-wcnc-six-2023','2023','claim','alleges_noncooperation',"WCNC (news report)","WCNC reported that the sheriffs of Wake, Durham, Forsyth, Guilford, Mecklenburg and Buncombe had pledged not to honor voluntary detainers.",'wcnc-2023','six counties','year only'),
 ('sw-cj-six-2024','2024','claim','alleges_noncooperation',"Carolina Journal","Carolina Journal wrote that uneven ICE policies let six NC counties avoid cooperating with ICE; the names were not in the retrieved text.",'carolinajournal-2024','six counties (names not retrieved)','year only; before the Nov 2024 election'),
 ('sw-ncsa-supports-hb10-2024-09','2024-09-20','statement','supports_bill',"NC Sheriffs' Association","The Sheriffs' Association backed HB 10 after lawmakers dropped stricter record-keeping and an Attorney General enforcement role.",'bpr-2024-09-20','supports HB 10',''),
 ('sw-ninety-counties-2024-11','2024-11','statement','complies_with_state_law',"Carolina Journal","Carolina Journal reported that more than 90 of NC's 100 counties were already complying with ICE detainer requests before HB 10.",'carolinajournal-2024-11','90+ of 100 counties','late Nov 2024 (approx)'),
 ('sw-trac-2025-02','2025-02-17','detainer_observation','',"TRAC via WFAE","TRAC data show ICE issued 447 detainers in NC in the first four weeks of the new federal administration and took 53 people (12%) into custody.",'wfae-2025-04-30','447 detainers; 53 taken into custody (12%)',''),
 ('sw-ncsa-all-comply-2025-05','2025-05','statement','complies_with_state_law',"NC Sheriffs' Association","The Sheriffs' Association said every NC sheriff follows the state detainer law (G.S. 162-62) and that further ICE requests are voluntary; Republican legislators said about five sheriffs refuse.",'firstinfreedomdaily-2025-05','NCSA: all sheriffs comply with G.S. 162-62','approx; the week after the HB 318 House vote'),
 ('sw-tillis-nine-2025-04-29','2025-04-29','claim','alleges_noncooperation',"U.S. Sen. Thom Tillis","Tillis named nine NC counties as 'sanctuary' counties: Buncombe, Watauga, Mecklenburg, Forsyth, Guilford, Chatham, Orange, Durham and Wake.",'biloxinewsevents-2025-04-29','nine counties',''),
 ('sw-dhs-list-2025-05-29','2025-05-29','claim','alleges_noncooperation',"U.S. Department of Homeland Security","DHS posted a 'sanctuary jurisdictions' list naming Buncombe, Chatham, Durham, Orange and Watauga (Watauga reportedly dropped the same day) and took it down days later.",'apdillon-substack-2025-06;chapelboro-2025-05-30','five counties',''),
 ('sw-tillis-office-ten-2025-06','2025-06-10','claim','alleges_noncooperation',"Office of U.S. Sen. Thom Tillis","Tillis' office was quoted saying ten NC counties, including Mecklenburg and Watauga, do not cooperate with ICE.",'charlottestories-2025-06','ten counties','approx'),
 ('sw-ddp-2025-07','2025-06-30','detainer_observation','',"Deportation Data Project via WUNC","Detainers issued to NC jails rose 66% to 3,185 in the period after HB 10 took effect (Dec 2024 to June 2025).",'wunc-2025-07-23','3,185 detainers (+66%)','period ends June 2025'),
 ('sw-doj-list-2025-08-05','2025-08-05','context','',"U.S. Department of Justice","The Justice Department's list of sanctuary jurisdictions named no NC state agency, county or city; it replaced the withdrawn DHS list.",'security-mil-osi-2025-08-05','names no NC jurisdiction',''),
 ('sw-ncsa-supports-hb318-2025','2025-08-20','statement','supports_bill',"Think American Foundation (advocacy site)","A conservative advocacy site lists the Sheriffs' Association among HB 318's supporters, with the FOP, PBA and Troopers Association.",'thinkamerican-foundation-2025-08-20','NCSA listed as HB 318 supporter',''),
 ('sw-287g-count-2025-07','2025-07-18','context','',"U.S. ICE","NC entries on ICE's participating list rose from 20 in mid-May to 22 in mid-July 2025, as Carteret and Catawba were added.",'ice-287g-participating-2025-05-16','20 -> 22 agencies',''),
 ('sw-287g-count-2025-09-29','2025-09-29','context','',"WFAE (citing ICE records)","WFAE counted 23 NC local agencies in 287(g), eight of them new since January 2025.",'wfae-2025-09-29','23 agencies',''),
 ('sw-hb318-no-287g-mandate-2025-11-12','2025-11-12','context','',"WHQR / NC Local","HB 318 requires jails to notify ICE before releasing anyone ICE asked to hold and to check status for a long list of charges, but it does not require 287(g) agreements. (A June 2025 WFAE line saying otherwise appears to be mistaken.)",'whqr-2025-11-12','HB 318 does not require 287(g)',''),
 ('sw-dhs-1400-2025-11-15','2025-11-15','claim','alleges_noncooperation',"U.S. Department of Homeland Security","Announcing 'Operation Charlotte's Web', DHS said nearly 1,400 ICE detainers in NC had not been honored; it named no counties and gave no time period.",'jurist-2025-11','nearly 1,400 detainers not honored',''),
 ('sw-politifact-1400-2025-11','2025-11','context','',"PolitiFact","PolitiFact found no evidence for a DHS spokeswoman's claim that about 1,400 people were being held in NC jails that refused to hand them to ICE.",'on-edgenews-2025-11','no evidence for the 1,400 claim','approx'),
 ('sw-dhs-release-2026-01-14','2026-01-14','claim','alleges_noncooperation',"U.S. Department of Homeland Security (known only from a secondary summary)","A DHS release about a detainer for a Charlotte homicide suspect reportedly spoke of NC's 'sanctuary politicians' without naming counties; the release itself was not seen.",'thefollowup-2026-01','DHS release cites sanctuary politicians','weak source'),
 ('sw-287g-count-2026-06','2026-06','context','',"ICE MOA archive (count made by the researchers)","Counting agencies with ICE agreement documents posted gives at least 28 in NC: 22 sheriff's offices, one regional jail and five town police departments. Ended agreements are not flagged in the archive.",MOA,'at least 28 agencies',''),
 ('sw-enlace-31-races-2026','2026-03-03','election','',"Enlace Latino NC","Enlace Latino NC counts 31 sheriff races still contested on the Nov 3, 2026 ballot and says the other 69 were settled by the March 3 primary; only the rows Anson through Person were available.",'enlacelatinonc-2026-sheriff-races','31 contested / 69 settled','undated; after the primary'),
 ('sw-cunningham-primary-2026-03-03','2026-03-03','election','',"NC State Board of Elections (via vnn8248 repository)","Rep. Carla Cunningham, the only House Democrat who voted to override the HB 10 and HB 318 vetoes, lost her primary to Rodney Sadler, 2,404 votes (21.8%) to 7,727 (69.9%).",'ncsbe-primary-2026-03-03','Cunningham lost primary',''),
]
for id, date, type, policy, claimant, summ, srcs, value, dn in W:
    fact(id, 'STATEWIDE', date, type, summ, srcs, value=value, policy=policy, claimant=claimant, date_note=dn)

w = csv.DictWriter(sys.stdout, fieldnames=list(F[0].keys()), lineterminator='\n')
w.writeheader(); w.writerows(F)
