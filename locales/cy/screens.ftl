# Sgrin y cyfarfod: y pennawd, y tabiau, y llinell statws a geiriau pob sgrin.

## Statws RAG: y marc wrth ymyl lliw'r statws, a'i enw. Mae Gwyrdd a Glas yn dechrau
## gyda G, felly mae gan bob marc ddwy lythyren.
rag-mark-red = Co
rag-mark-amber = Am
rag-mark-green = Gw
rag-mark-blue = Gl
rag-red = Coch
rag-amber = Ambr
rag-green = Gwyrdd
rag-blue = Glas

## Rolau ar y bwrdd.
role-chair = cadeirydd
role-vice-chair = is-gadeirydd
role-member = aelod
role-adviser = cynghorydd
role-clerk = clerc
role-observer = sylwedydd

## Pennawd, tabiau a llinell statws.
header-meeting = cyfarfod { $number }
header-chair = cadeirydd:
header-no-chair = heb ei enwi
place-paused = wedi oedi
place-following = yn dilyn
place-browsing = yn pori
tab-overview = Trosolwg
tab-risks = Risgiau
tab-kpis = DPA
tab-attendance = Presenoldeb
tab-agenda = Agenda
tab-changes = Newidiadau
tab-log = Log
badge-exceptions-only = EITHRIADAU YN UNIG
too-small = mae'r derfynell yn rhy fach — angen { $need } (nawr { $now })
status-language = iaith: Cymraeg

## Cloc yr agenda.
clock-time-up = mae'r amser ar ben
clock-over-by = { $minutes } mun dros amser
clock-nearly-out = bron allan o amser: { $minutes } mun ar ôl
clock-left = { $minutes } mun ar ôl

## Y crynodeb plaen y mae `run` yn ei argraffu pan nad terfynell yw ei allbwn.
summary-confidential = [cyfrinachol: eitem eithriedig, heb ei dangos]
summary-when = { $date } am { $time }, { $venue }; cadeirydd: { $chair }
summary-area = Maes
summary-title = Teitl
summary-none = dim
summary-overdue = yn hwyr
summary-proposed-note = (statws RAG arfaethedig y swyddogion ar gyfer pob cam gweithredu)
summary-highest-risks = Y risgiau gweddilliol uchaf
summary-kpi-exceptions = Eithriadau DPA (coch, neu ambr ac yn dirywio)
summary-target = targed { $target }, { $period }

## Geiriau a rennir gan y sgriniau a'r cofnodion.
status-not-started = heb ddechrau
status-in-progress = ar y gweill
status-complete = wedi'i gwblhau
status-deferred = wedi'i ohirio
term-immediate = ar unwaith
term-medium = tymor canolig
term-long = tymor hir
log-status-open = ar agor
log-status-done = wedi'i wneud
log-status-closed = caewyd gan y Bwrdd
log-outcome-carried = cariwyd ymlaen
log-outcome-carried-to = cariwyd ymlaen i { $due }

## Ffurflenni.
form-action-arising = Cam gweithredu sy'n codi o { $item }
form-rag-reason = { $rag } ar gyfer { $item }: y rheswm
form-guest = Hefyd yn bresennol
form-declaration = Datgan buddiant yn { $item }
form-your-score = Eich sgôr ar gyfer { $item }
form-amendments = Y cofnodion diwethaf: diwygiadau
form-board-score = Sgôr y Bwrdd ar gyfer { $item } (swyddogion: { $officers })
field-update-optional = Diweddariad y perchennog (dewisol)
field-new-due = Dyddiad cwblhau newydd
field-update = Diweddariad y perchennog
field-why-closed = Pam y caeodd y Bwrdd y cam
field-amendments = Diwygiadau
field-name-or-role = Enw neu rôl
field-organisation = Sefydliad
field-action = Cam gweithredu
field-owner = Perchennog
field-due = Erbyn (2017-11-30, 30/11/2017 neu'r cyfarfod nesaf)
field-member = Aelod
field-interest = Y buddiant a ddatganwyd
field-your-residual = Eich tebygolrwydd × effaith gweddilliol (e.e. 4x5)
field-target = Tebygolrwydd × effaith targed (dewisol)
field-why = Pam
field-board-residual = Tebygolrwydd × effaith gweddilliol y Bwrdd
field-why-differs = Pam, os yw'n wahanol i sgôr y swyddogion
field-why-differ-rag = Pam gwahaniaethu oddi wrth gynnig y swyddogion?
saving = yn cadw…
not-saved = HEB EI GADW: { $why }

## Beth mae'r llinell statws yn ei ddweud unwaith y mae'r newid yn y cofnod.
saved-note = cadwyd nodyn { $kind } ar { $item }
saved-note-updated = diweddarwyd y nodyn
saved-note-withdrawn = tynnwyd y nodyn yn ôl; cedwir ei hanes
saved-draft = cadwyd fel drafft: mae n ar yr un eitem yn dod ag ef yn ôl
saved-rag = cytunwyd { $rag } ar gyfer { $item }
saved-action-ref = cofnodwyd cam gweithredu { $reference }
saved-action = cofnodwyd y cam gweithredu
saved-guest = { $name } hefyd yn bresennol
saved-declaration = cofnodwyd datganiad gan { $member }
saved-your-score = cofnodwyd eich sgôr ar gyfer { $item }: { $score }
saved-board-score = cytunwyd sgôr y Bwrdd ar gyfer { $item }: { $score }
saved-minutes-approved = cymeradwywyd cofnodion y cyfarfod diwethaf fel cofnod cywir
saved-minutes-amended = cymeradwywyd cofnodion y cyfarfod diwethaf gyda diwygiadau
saved-clock-start = mae'r cyfarfod wedi dechrau: mae'r cloc yn rhedeg
saved-clock-pause = mae'r cloc wedi oedi
saved-clock-resume = mae'r cloc yn rhedeg eto
saved-clock-move = mae'r cyfarfod yn symud i eitem { $item } ar yr agenda
saved-clock-extend = mae gan eitem { $item } ar yr agenda { $minutes } mun yn ychwanegol
saved-clock-close = mae'r cyfarfod wedi cau

## Rhagolwg o'r cofnodion.
preview-title = Rhagolwg o'r cofnodion — fersiwn { $version } — { $languages }
preview-public = gyhoeddus
preview-confidential = gyfrinachol
minutes-exist = Mae { $names } yn bodoli eisoes: pwyswch w eto i'w disodli
minutes-not-written = ni ysgrifennwyd y cofnodion: { $why }
