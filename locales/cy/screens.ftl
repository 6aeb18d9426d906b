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
form-declaration = Datgan buddiant { $item }
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
field-due = Erbyn ({ $date }, { $slashed } neu'r cyfarfod nesaf)
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

## Cyfrifon a cholofnau a rennir gan y sgriniau.
count-actions = { $count ->
        [zero] dim camau gweithredu
        [one] { $count } cam gweithredu
        [two] { $count } gam gweithredu
        [few] { $count } cham gweithredu
        [many] { $count } cham gweithredu
       *[other] { $count } cam gweithredu
    }
count-overdue = { $count } yn hwyr
minutes-short = { $minutes } mun
none-recorded = dim wedi'u cofnodi
none-yet = dim eto
badge-confidential = cyfrinachol
note-challenge = her
note-decision = penderfyniad
note-private = preifat
col-id = Cyf.
col-area = Maes
col-board-lead = Arweinydd y Bwrdd
col-recommendation-action = Argymhelliad / cam gweithredu
col-lead = Arweinydd
col-due = Erbyn
col-status = Statws
col-rag = RAG
col-meeting = Traf
col-overdue = Yn hwyr
col-top-risks = Prif risgiau
col-kpi-exceptions = Eithr.
col-kpi = DPA
col-discussed = Trafodwyd
col-previous = blaenorol
col-proposed = arfaethedig
col-residual = gweddilliol
col-member = Aelod
col-organisation = Sefydliad
col-role = Rôl
col-language = Iaith
col-attendance = Presenoldeb

## Y trosolwg.
overview-membership = { $voting } aelod â phleidlais, cworwm { $quorum }
overview-previous-meeting = y cyfarfod blaenorol { $date }
overview-next-meeting = y cyfarfod nesaf { $date }
overview-risks-kpis = { $risks } risg, { $red } coch · { $kpis } DPA, { $exceptions ->
        [zero] dim eithriadau
        [one] { $exceptions } eithriad
       *[other] { $exceptions } eithriad
    }
overview-no-attendance = dim presenoldeb eto
overview-attendance = { $present } aelod â phleidlais yn bresennol, { $quorate ->
        [yes] mae cworwm
       *[no] NID OES cworwm
    }
overview-scores = { $proposed } sgôr gan aelodau, { $agreed } wedi'u cytuno ({ $worse } yn waeth na'r swyddogion)
overview-this-meeting = Y cyfarfod hwn: { $notes ->
        [zero] dim nodiadau
        [one] { $notes } nodyn
       *[other] { $notes } nodyn
    } · { $rags } statws RAG wedi'u cytuno · { $arising } cam gweithredu yn codi
overview-since-last = Ers y cyfarfod diwethaf: { $changes } (w i weld beth sydd wedi newid)
overview-orphans = Nid yw { $count } eitem a gofnodwyd yn y rhifyn hwn o'r pecyn (fe'u cedwir): { $names }
overview-rag-key = Allwedd statws RAG

## Tudalen maes.
area-lead-actions = arweinydd: { $lead } · { $actions ->
        [zero] dim camau gweithredu
        [one] { $actions } cam gweithredu
        [two] { $actions } gam gweithredu
        [few] { $actions } cham gweithredu
        [many] { $actions } cham gweithredu
       *[other] { $actions } cam gweithredu
    }
area-no-exceptions = Dim eithriadau yn y maes hwn.
area-no-recommendations = Nid oes argymhellion yn y maes hwn.

## Presenoldeb.
attendance-present = yn bresennol
attendance-apologies = ymddiheuriadau
attendance-absent = yn absennol
attendance-not-recorded = heb ei gofnodi
attendance-quorate = MAE CWORWM
attendance-not-quorate = NID OES CWORWM
attendance-summary = { $present } o'r { $voting } aelod â phleidlais yn bresennol; cworwm { $quorum }
attendance-role-voting = { $role }, â phleidlais
attendance-in-attendance = Hefyd yn bresennol
attendance-declarations = Datgan buddiant
attendance-meeting-notes = Nodiadau ar y cyfarfod cyfan (mae n yn ychwanegu un yma)

## Eitem yn llawn.
due-no-date = dim dyddiad
detail-confidential = CYFRINACHOL — eithriedig (Rhan II)
detail-recommendations = Argymhellion
detail-area = Maes { $id } — { $title }
detail-term = Tymor
detail-answers = Yn ateb
detail-actions = Camau gweithredu
detail-recommendation = Argymhelliad { $id }
detail-action = Cam gweithredu { $id }
detail-risk = Risg { $id } — { $title }
detail-kpi = DPA { $id } — { $title }
detail-none-named = neb wedi'i enwi
detail-due-by = { $due } (erbyn { $date })
detail-overdue-by = YN HWYR o { $days ->
        [one] { $days } diwrnod
        [two] { $days } ddiwrnod
       *[other] { $days } diwrnod
    }
detail-no-timescale = dim amserlen wedi'i rhoi
detail-better = gwell
detail-worse = gwaeth
detail-no-change = dim newid
detail-success-measures = Mesurau llwyddiant
detail-progress = Cynnydd
detail-no-progress = Ni roddwyd diweddariad ar y cynnydd.
detail-at-this-meeting = Yn y cyfarfod hwn
detail-by-at = gan { $who } am { $time }
detail-because = oherwydd: { $reason }
detail-worse-than-officers = yn waeth na'r swyddogion
detail-better-than-officers = yn well na'r swyddogion
detail-as-officers = fel y swyddogion
detail-members-scores = Sgoriau'r aelodau: { $count } wedi'u cynnig, { $lowest }–{ $highest }, canolrif { $median }
detail-target = targed { $target }
detail-agreed = Cytunwyd
detail-better-than-proposed = gwell na'r hyn a gynigiwyd
detail-worse-than-proposed = gwaeth na'r hyn a gynigiwyd
detail-as-proposed = fel y'i cynigiwyd
detail-declared-by = Datganwyd gan { $member }: { $interest }
detail-areas = Meysydd
detail-inherent = Cynhenid
detail-residual = Gweddilliol
detail-score-history-label = Hanes y sgôr weddilliol
detail-score-history = { $previous } yn y cyfarfod diwethaf → { $now } nawr
detail-trend = Tuedd
trend = { $trend ->
        [improving] yn gwella
        [worsening] yn gwaethygu
       *[stable] sefydlog
    }
detail-review-by = Adolygu erbyn
detail-cause = Achos
detail-event = Digwyddiad
detail-effect = Effaith
detail-controls = Rheolaethau
detail-further-actions = Camau pellach
detail-kpi-target = { $target } (ambr o fewn { $tolerance })
detail-polarity = Polaredd
detail-higher-better = uwch sy'n well
detail-lower-better = is sy'n well
detail-travel = Cyfeiriad y duedd
detail-not-enough-data = dim digon o ddata
detail-state = Cyflwr
detail-baseline = llinell sylfaen yn cael ei gosod: heb statws RAG eto
detail-not-rated = er gwybodaeth: heb statws RAG
detail-commentary = Sylwebaeth
detail-series = Cyfres

## Eitemau, fel y mae pobl yn eu henwi. $case: "soft" ar ôl "ar" neu "o" (treiglad meddal),
## "in" am "yn" a'i dreiglad trwynol ("yng ngham gweithredu", "ym maes"), a'r arddodiad yn
## rhan o'r enw.
item-meeting = { $case ->
        [in] yn y cyfarfod
       *[plain] y cyfarfod
    }
item-area = { $case ->
        [soft] faes { $id }
        [in] ym maes { $id }
       *[plain] maes { $id }
    }
item-recommendation = { $case ->
        [in] yn argymhelliad { $id }
       *[plain] argymhelliad { $id }
    }
item-action = { $case ->
        [soft] gam gweithredu { $id }
        [in] yng ngham gweithredu { $id }
       *[plain] cam gweithredu { $id }
    }
item-risk = { $case ->
        [in] yn risg { $id }
       *[plain] risg { $id }
    }
item-kpi = { $case ->
        [in] yn DPA { $id }
       *[plain] DPA { $id }
    }

## Cytuno statws RAG.
picker-title = Cytuno statws RAG ar gyfer { $item }
picker-officers-propose = mae'r swyddogion yn cynnig
picker-agreed-so-far = wedi'i gytuno hyd yma
picker-latest-against = diweddaraf { $latest } yn erbyn targed { $target }

## Yr hyn na chaiff rôl ei wneud.
refusal-note = gall sylwedyddion ddarllen ond nid ysgrifennu
refusal-decide = dim ond y cadeirydd sy'n cofnodi penderfyniadau
refusal-rate = dim ond y cadeirydd sy'n cytuno statws RAG
refusal-record-actions = dim ond y cadeirydd neu'r clerc sy'n cofnodi camau gweithredu sy'n codi a datgan buddiant
refusal-record-attendance = dim ond y cadeirydd neu'r clerc sy'n cofnodi presenoldeb
refusal-keep-time = dim ond y cadeirydd sy'n rhedeg yr agenda a'i chloc

## Y llinell statws.
status-log-empty = mae'r log gweithredu yn wag
status-changes-by-kind = newidiadau wedi'u rhestru yn ôl math o eitem
status-changes-worst-first = newidiadau wedi'u rhestru, y gwaethaf yn gyntaf
status-exceptions-only = eithriadau yn unig: coch, yn gwaethygu, yn hwyr, ambr ac yn dirywio
status-everything = yn dangos popeth
status-theme = thema: { $theme }
status-sorted = risgiau wedi'u trefnu yn ôl { $sort }
status-draft-back = mae eich drafft heb ei gadw o { $at } yn ôl
status-select-to-rate = dewiswch eitem i roi statws iddi
status-filters-lifted = codwyd yr hidlau i ddangos yr eitem
status-select-risk = dewiswch risg ar y gofrestr risg i roi sgôr iddi
sort-residual = sgôr weddilliol
sort-inherent = sgôr gynhenid
sort-owner = perchennog
sort-area = maes
sort-trend = tuedd
theme-standard = safonol
theme-high-contrast = cyferbyniad uchel
theme-no-colour = dim lliw

## Yr agenda a'i chloc.
agenda-not-started = HEB DDECHRAU
agenda-closed = AR GAU
agenda-running = YN RHEDEG
agenda-paused = WEDI OEDI
agenda-due-to-start = i fod i ddechrau am { $time }
agenda-areas-off = Nid yw ar yr agenda, felly ni fydd y cyfarfod yn dod ato: { $areas }
agenda-started-closed = dechreuodd { $start }, caeodd { $close }
agenda-started-now = dechreuodd { $start } · nawr { $now }
agenda-col-item = Eitem
agenda-col-due = Amser
agenda-col-taken = A gymerwyd
agenda-col-allotted = Neilltuwyd
agenda-col-left = Ar ôl
agenda-col-standing = Sefyllfa
agenda-took = cymerodd { $took } mun
agenda-took-over = cymerodd { $took } mun, { $over } dros amser
agenda-due-to-close = i fod i gau { $time }
agenda-on-time-from-here = ar amser o hyn ymlaen { $time }
agenda-late = { $minutes } mun yn hwyr
agenda-early = { $minutes } mun yn gynnar
agenda-on-time = ar amser
agenda-at-this-pace = ar y cyflymder hwn { $time }

## Y gofrestr risg a'i map gwres.
risks-stable = sefydlog
risks-col-risk = Risg
risks-col-owner = Perchennog
risks-col-inherent = Cynh
risks-col-residual = Gwedd
risks-col-members = Aelodau
risks-col-board = Bwrdd
risks-col-score = Sgôr
risks-title = { $shown } o { $all } risg · yn ôl { $sort }
risks-cell = cell { $cell }
risks-none-match = Nid oes risgiau'n cyfateb i'r hidlau.
heat-pick = dewiswch gell
heat-marked = map gwres · { $id }: + aelodau = Bwrdd
heat-residual = map gwres gweddilliol

## Dangosfwrdd y DPA.
kpis-same = yr un fath
kpis-col-tolerance = Goddef.
kpis-col-benchmark = Meincnod
kpis-col-unit = Uned
kpis-col-travel = Tuedd
kpis-none-match = Nid oes DPA yn cyfateb i'r hidl.
kpis-value = gwerth
kpis-target = targed
kpis-no-data = Dim data eto.

## Beth sydd wedi newid ers y cyfarfod diwethaf.
moved-improved = wedi gwella
moved-worsened = wedi gwaethygu
moved-newly-overdue = newydd fynd yn hwyr
moved-new = newydd
moved-closed = wedi cau
moved-late = yn hwyr
moved-kind-action = cam gweithredu
moved-kind-risk = risg
moved-kind-kpi = DPA
moved-kind-log = log gweithredu
moved-overdue-since = yn hwyr ers { $date }
moved-on-register = ar y gofrestr
moved-off-register = tynnwyd oddi ar y gofrestr risg ers y cyfarfod diwethaf
moved-still-open = yn dal ar agor ar ôl { $meetings } cyfarfod
changes-nothing = does dim wedi symud
changes-since-last = Ers y cyfarfod diwethaf
changes-since = Ers { $date }
changes-by-kind = yn ôl math
changes-worst-first = y gwaethaf yn gyntaf
changes-nothing-to-compare = Dim i'w gymharu eto: nid oes gan y pecyn statws RAG na sgoriau o gyfarfod blaenorol (mae `boardpack roll` yn eu cario).
changes-col-moved = Symudiad
changes-col-kind = Math
changes-col-was = Roedd
changes-col-now = Nawr

## Y cofnodion diwethaf a'r log gweithredu.
log-last-minutes = Cofnodion y cyfarfod diwethaf
log-for-approval = I'W CYMERADWYO
log-approved = CYMERADWYWYD
log-not-yet-approved = { $minutes }: heb eu cymeradwyo eto (a: fel cofnod cywir; A: gyda diwygiadau)
log-approved-correct = { $minutes }: cymeradwywyd fel cofnod cywir
log-approved-amended = { $minutes }: cymeradwywyd gyda diwygiadau: { $amendments }
log-title = Log gweithredu: materion yn codi
log-empty = Nid oes camau gweithredu ar y log: mae `boardpack roll` yn cario camau gweithredu'r cyfarfod diwethaf yma.
log-raised = codwyd { $raised }
log-raised-carried = codwyd { $raised }; cariwyd { $times }×
log-to-decide = i'w benderfynu
log-col-today = Heddiw
log-col-update = Diweddariad

## Ysgrifennu nodyn.
editor-note = Nodyn ar { $item }
editor-editing = Golygu nodyn ar { $item }
editor-decision = penderfyniad — PENDERFYNWYD: bod …
editor-private = preifat — dim ond chi fydd yn ei weld; ni chaiff fyth ei gofnodi
editor-drafts-kept = cedwir drafftiau wrth i chi deipio

## Chwilio.
search-title = Chwilio
search-items = { $count } eitem: cyfeirnodau, teitlau, testun ac arweinwyr
search-matches = { $count ->
        [zero] dim canlyniadau
        [one] { $count } canlyniad
       *[other] { $count } canlyniad
    }
# Mwy o eitemau'n cyfateb nag a restrir: faint, a bod y gorau wedi'u rhestru.
search-matches-best = { $count } canlyniad · dangosir y { $shown } gorau
search-kind-rec = argym
search-kind-action = cam
search-kind-risk = risg
search-kind-kpi = DPA

## Pam na wnaeth allwedd ddim, a beth sydd ei angen ar ffurflen o hyd.
agenda-last-item = dyma'r eitem olaf ar yr agenda
agenda-first-item = dyma'r eitem gyntaf ar yr agenda
agenda-start-first = dechreuwch y cyfarfod yn gyntaf (bwlch ar yr agenda)
agenda-already-closed = mae'r cyfarfod eisoes ar gau
agenda-chair-leads = y cadeirydd sy'n arwain: mae sgriniau'r aelodau yn dilyn eich sgrin chi
agenda-following = yn dilyn y cadeirydd: mae eich sgrin yn mynd lle mae'r cyfarfod yn mynd
agenda-browsing = yn pori'n rhydd: mae f yn dilyn y cadeirydd eto
editor-empty = mae'r nodyn yn wag
editor-not-saved-yet = nid yw'r nodyn hwn wedi'i gadw eto: mae Esc yn ei gadw fel drafft
record-back = gellir darllen y cofnod eto: mae'n gyfredol
record-unreadable = ni ellir darllen y cofnod: { $why }
form-needed = mae angen { $what }
form-no-such-member = nid oes aelod na gwestai o'r enw "{ $name }"
form-reason-for-score = mae angen rheswm lle mae sgôr y Bwrdd yn wahanol i sgôr y swyddogion ({ $officers })
needed-action = y cam gweithredu
needed-owner = perchennog
needed-due = dyddiad cwblhau
needed-reason = rheswm
needed-name = enw
needed-member = yr aelod
needed-interest = y buddiant
needed-your-score = eich sgôr weddilliol
needed-why = y rheswm
needed-new-due = dyddiad cwblhau newydd
needed-why-closed = pam y caeodd y Bwrdd y cam
needed-amendments = y diwygiadau
needed-board-score = sgôr weddilliol y Bwrdd
minutes-written = ysgrifennwyd { $files }
minutes-no-pack-file = nid oes ffeil pecyn i ysgrifennu wrth ei hymyl

## Beth mae'r cofnod yn ei ddweud pan na all wneud yr hyn a ofynnwyd.
store-not-allowed = ni chaniateir: { $why }
store-stale = newidiodd { $who } hyn i { $rag } am { $at } tra oeddech yn penderfynu; ni ysgrifennwyd dros ddim
store-stale-score = cytunodd { $who } ar sgôr y bwrdd fel { $score } am { $at } tra oeddech yn penderfynu; ni ysgrifennwyd dros ddim
store-stale-someone = newidiodd rhywun arall hyn yn gyntaf; ni ysgrifennwyd dros ddim
store-locked = mae rhaglen arall wedi cloi'r cofnod; heb ei gadw (rhowch gynnig arall arni)
store-read-only = mae'r cofnod yn ddarllen-yn-unig; heb ei gadw
store-disk-full = mae'r ddisg yn llawn; heb ei gadw
store-damaged = mae'r cofnod wedi'i ddifrodi neu nid yw'n gofnod boardpack ({ $detail })
store-too-new = ysgrifennwyd y cofnod gan boardpack mwy newydd (fformat cofnod { $found }; mae hwn yn darllen hyd at { $known }): diweddarwch boardpack i'w agor
store-no-record = nid oes cofnod cyfarfod ar agor: ni ellir cofnodi dim
store-other = ni ellid cadw'r cofnod: { $detail }
store-draft-not-saved = drafft heb ei gadw: { $why }
form-bad-score = nid yw "{ $text }" yn sgôr: ysgrifennwch debygolrwydd × effaith, pob un o 1 i 5, fel 4x5
form-bad-due = nid yw "{ $text }" yn ddyddiad: ysgrifennwch { $date }, { $slashed }, mis a blwyddyn ({ $month }) neu "y cyfarfod nesaf"
kpis-title = { $shown } o { $all } DPA
store-gone = { $what }; ni chaiff dim mwy ei gadw ynddi, ac mae drafftiau'n mynd i { $drafts }
store-gone-deleted = dilëwyd ffeil y cofnod tra oedd y cyfarfod yn rhedeg
store-gone-replaced = rhoddwyd ffeil arall yn lle ffeil y cofnod tra oedd y cyfarfod yn rhedeg
store-gone-emptied = gwagiwyd ffeil y cofnod tra oedd y cyfarfod yn rhedeg
store-gone-overwritten = ysgrifennwyd dros ffeil y cofnod tra oedd y cyfarfod yn rhedeg: nid yw'n gronfa ddata mwyach
store-gone-unreadable = ni ellir darllen ffeil y cofnod ({ $why })
store-reconnecting = ni ellir cyrraedd gweinydd y cofnod { $server }; yn ailgysylltu (cedwir yr hyn a deipiwch yma fel drafft)
store-no-access = mae'n perthyn i { $owner } (modd { $mode }) a chi yw { $me }, felly ni allwch ei agor. Cedwir y cofnod yn breifat i'w berchennog yn fwriadol. Mae aelodau'n ymuno â'r cyfarfod drwy westeiwr y bwrdd dros SSH, lle mae boardpack yn rhedeg fel perchennog y cofnod ac yn adnabod pob aelod wrth ei allwedd (gweler docs/DEPLOY.md); mae'r cadeirydd yn rhedeg boardpack fel perchennog y cofnod.
store-network-filesystem = mae ar system ffeiliau rhwydwaith ({ $kind }). Rhaid i gofnod y cyfarfod fod ar ddisg y peiriant sy'n rhedeg boardpack: mae log ysgrifennu-ymlaen SQLite yn rhannu cof rhwng prosesau un peiriant, a thros rwydwaith gall golli newidiadau. Cadwch y cofnod ar westeiwr y bwrdd a gadewch i aelodau ymuno dros SSH (docs/DEPLOY.md).
unreached-password = ni dderbyniwyd y cyfrinair (gwiriwch ~/.pgpass neu gyfrinair y cyfeiriad)
unreached-no-database = nid oes cronfa ddata o'r fath
unreached-encryption-required = dim ond cysylltiadau wedi'u hamgryptio y mae'r gweinydd yn eu derbyn: ychwanegwch ?sslmode=require
unreached-role = nid yw'r gweinydd yn gadael y rôl hon i mewn ({ $why })
unreached-nothing-listening = nid oes dim yn gwrando yno (ydy'r gweinydd yn rhedeg, ac ydy'r cyfeiriad yn gywir?)
unreached-no-password = mae'r gweinydd yn gofyn am gyfrinair ac ni roddwyd un (rhowch ef yn ~/.pgpass)
unreached-tls = methodd y cysylltiad wedi'i amgryptio ({ $why })
unreached-timed-out = dim ateb o fewn { $seconds } eiliad
damage-empty = mae'r ffeil yn wag (0 beit): efallai iddi gael ei thorri. Ni fydd boardpack yn dechrau cyfarfod newydd ynddi; symudwch hi o'r ffordd, neu adferwch hi o gopi wrth gefn
damage-not-a-record = nid yw'n gofnod boardpack
damage-not-a-record-schema = nid yw'r sgema { $schema } yn gofnod boardpack
damage-no-format = ni nodir fformat ei gofnod
damage-not-upgraded = ni ellid ei diweddaru i fformat cofnod { $format }, felly fe'i gadawyd fel yr oedd: { $why }
damage-outdated = { $schema }: { $detail } (cofnod a wnaed gan boardpack cynharach: mae perchennog cronfa ddata'r bwrdd yn ei ddiweddaru drwy redeg `boardpack db init` eto)
damage-unreadable = nid yw gwerth a gadwyd yn darllen yn ôl: { $why }
damage-score-off-scale = sgôr y tu allan i'r raddfa
refused-joined-as = ymunodd { $who } â'r cyfarfod hwn fel { $role }
refused-chair-taken = { $chair } yw cadeirydd y cyfarfod hwn eisoes
refused-not-you = mae'r gronfa ddata yn adnabod { $login } fel { $me } ({ $role }): nid oes neb yn ymuno fel rhywun arall
refused-not-a-member = nid yw { $login } yn aelod o'r bwrdd hwn yn y gronfa ddata (mae perchennog cronfa ddata'r bwrdd yn ychwanegu aelodau gyda `boardpack db init`)
refused-drafts = ei awdur sy'n cadw drafft, ac nid { $who } yw'r mewngofnod hwn
refused-only-author = dim ond ei awdur all newid nodyn
refused-no-rights = nid oes gan { $login } hawliau ar gofnod y cyfarfod hwn (nid yw'n aelod o'r bwrdd mwyach?)
refused-write-as-other = rydych wedi mewngofnodi fel { $me }: ni ellir ysgrifennu dim fel { $actor }
refused-members-only = nid yw { $login } yn aelod o'r bwrdd hwn yn y gronfa ddata: dim ond aelodau sy'n ysgrifennu
missing-note = ni chafwyd hyd i nodyn { $id }
missing-withdrawn-note = ni chafwyd hyd i nodyn { $id } (tynnwyd yn ôl)
missing-meeting = ni chafwyd hyd i gofnod cyfarfod { $schema } yn { $at } (mae perchennog cronfa ddata'r bwrdd yn ei greu unwaith gyda `boardpack db init PACK --record URL`)
setup-bad-address = nid yw { $url } yn gyfeiriad PostgreSQL y gall boardpack ei ddarllen ({ $why }); ysgrifennwch ef fel postgres://RÔL@GWESTEIWR:PORTH/CRONFA-DDATA
setup-port = nid yw'r porth "{ $port }" yn rhif
setup-sslmode = nid yw sslmode={ $mode } yn un o disable, allow, prefer, require, verify-ca, verify-full
setup-no-service = nid oes gwasanaeth PostgreSQL o'r enw "{ $name }" yn ~/.pg_service.conf nac yn pg_service.conf
setup-certificate = ni ellir darllen tystysgrif y gweinydd { $path } (sslrootcert): { $why }
setup-tls = ni ellir sefydlu TLS: { $why }
setup-board-clash = mae'r sgema { $schema } yn dal cofnod "{ $found }", nid "{ $board }": mae enwau dau fwrdd yn dechrau'n debyg; ailenwch un bwrdd yn ei becyn
setup-login-too-long = mae'r mewngofnod { $login } ar gyfer aelod { $member } yn hirach na 63 nod PostgreSQL: byrhewch gyfeirnod yr aelod yn y pecyn
setup-no-random = dim rhifau ar hap ar gyfer cyfrineiriau: { $why }
setup-cannot-open = ni ellir agor y cofnod: { $why }
setup-cannot-look = ni ellir edrych ar { $path }: { $why }
setup-cannot-create = ni ellir creu { $path }: { $why }
agenda-welcome = Croeso, ymddiheuriadau a datgan buddiant
agenda-risks = Cofrestr risg
agenda-other = Unrhyw fater arall a dyddiad y cyfarfod nesaf
status-heat-cell = risgiau â thebygolrwydd gweddilliol { $likelihood } × effaith { $impact }: { $count } (mae c yn clirio)
store-not-a-risk = rhoddir sgoriau i risgiau, ac nid yw { $item } yn un
store-off-scale = mae { $likelihood } × { $impact } y tu allan i'r raddfa: mae tebygolrwydd ac effaith rhwng 1 a 5 yr un
store-worker-stopped = mae gweithiwr y cofnod wedi stopio
store-draft-lost = { $gone }; a methodd y ffeil ddrafft: { $why }
status-heat-cleared = cliriwyd hidl y map gwres
