# `boardpack check` a phroblemau'r pecyn.

check-valid = dilys: { $areas ->
        [zero] dim meysydd
        [one] { $areas } maes
        [two] { $areas } faes
       *[other] { $areas } maes
    }, { $recommendations ->
        [zero] dim argymhellion
        [one] { $recommendations } argymhelliad
       *[other] { $recommendations } argymhelliad
    }, { $actions ->
        [zero] dim camau gweithredu
        [one] { $actions } cam gweithredu
        [two] { $actions } gam gweithredu
        [few] { $actions } cham gweithredu
        [many] { $actions } cham gweithredu
       *[other] { $actions } cam gweithredu
    }, { $risks ->
        [zero] dim risgiau
       *[other] { $risks } risg
    }, { $kpis ->
        [zero] dim DPA
       *[other] { $kpis } DPA
    }; { $warnings ->
        [zero] dim rhybuddion
        [one] { $warnings } rhybudd
        [two] { $warnings } rybudd
       *[other] { $warnings } rhybudd
    }
check-language-cy = Gymraeg
check-language-en = Saesneg
check-untranslated = nid oes fersiwn { $language } o'r testun hwn { $count ->
        [one] (yr unig un hebddi)
       *[other] (mae { $count } testun i gyd hebddi: dyma'r cyntaf)
    }
check-untranslated-help = mae'r pecyn yn datgan ei fod wedi'i ysgrifennu yn { $language }: rhowch bob testun fel (en: "…", cy: "…"), neu tynnwch `{ $code }` o `languages`
check-invalid = annilys: { $errors ->
        [zero] dim gwallau
        [one] { $errors } gwall
        [two] { $errors } wall
       *[other] { $errors } gwall
    }, { $warnings ->
        [zero] dim rhybuddion
        [one] { $warnings } rhybudd
        [two] { $warnings } rybudd
       *[other] { $warnings } rhybudd
    }

## Yr hyn y mae'n rhaid i becyn ei ddweud, a beth sydd o'i le pan nad yw'n gwneud hynny.
check-empty = mae { $what } yn wag
check-what-board = enw'r bwrdd
check-what-organisation = y sefydliad
check-what-venue = y lleoliad
check-what-area-name = enw ar gyfer maes blaenoriaeth (area_name)
check-what-key-red = allwedd RAG Coch
check-what-key-amber = allwedd RAG Ambr
check-what-key-green = allwedd RAG Gwyrdd
check-what-key-blue = allwedd RAG Glas
check-what-member-name = enw'r aelod
check-what-agenda-item = eitem yr agenda
check-what-area-title = teitl y maes
check-what-board-lead = arweinydd y maes ar y bwrdd
check-what-recommendation-text = testun yr argymhelliad
check-what-action-text = testun y cam gweithredu
check-what-risk-title = teitl y risg
check-what-risk-owner = perchennog y risg
check-what-risk-cause = achos y risg
check-what-risk-event = digwyddiad y risg
check-what-risk-effect = effaith y risg
check-what-kpi-title = teitl y DPA
check-what-kpi-unit = uned y DPA
check-kind-area = maes
check-kind-recommendation = argymhelliad
check-kind-action = cam gweithredu
check-kind-risk = risg
check-kind-kpi = DPA
check-no-members = nid oes gan y bwrdd aelodau
check-member-twice = mae'r aelod "{ $name }" wedi'i restru ddwywaith
check-member-twice-help = fe'i rhestrwyd gyntaf fel aelod { $first }
check-no-chair = nid oes gan unrhyw aelod y rôl Chair (cadeirydd)
check-no-chair-help = rhowch `role: Chair` i gadeirydd y bwrdd; y cadeirydd sy'n cytuno statws RAG ac yn cofnodi penderfyniadau
check-chairs = mae gan { $count } aelod y rôl Chair (cadeirydd): { $first } a { $rest }
check-chairs-help = un cadeirydd sydd gan fwrdd; rhowch `role: ViceChair` i ddirprwy
check-quorum-zero = y cworwm yw 0: rhaid i o leiaf un aelod â phleidlais fod yn bresennol
check-quorum-too-big = y cworwm yw { $quorum } ond dim ond { $voting } aelod â phleidlais sydd gan y bwrdd
check-agenda-no-time = nid oes amser wedi'i neilltuo i eitem yr agenda "{ $item }"
check-agenda-area = mae eitem yr agenda "{ $item }" yn ymdrin â maes "{ $area }", nad yw yn y pecyn (ei feysydd yw { $areas })
check-agenda-area-missing = nid oes eitem ar yr agenda ar gyfer maes { $area } ({ $title }), felly ni fydd y cyfarfod yn dod ato
check-agenda-area-missing-help = ychwanegwch eitem ar ei gyfer, e.e. (item: "Maes blaenoriaeth { $area }", minutes: 20, covers: Area("{ $area }")), neu un eitem ar gyfer adroddiadau'r holl feysydd gyda `covers: Areas`
check-previous-meeting = nid yw'r cyfarfod blaenorol { $previous } cyn y cyfarfod hwn ({ $date })
check-next-meeting = nid yw'r cyfarfod nesaf { $next } ar ôl y cyfarfod hwn ({ $date })
check-bands = nid yw bandiau risg green_max { $green } ac amber_max { $amber } mewn trefn
check-bands-help = mae sgoriau'n rhedeg o 1 i 25: green_max < amber_max, e.e. green_max: 4, amber_max: 12
check-member-id = nid yw cyfeirnod aelod "{ $id }" yn gyfeirnod plaen
check-member-id-help = defnyddiwch lythrennau bach, digidau a chysylltnodau, gan ddechrau gyda llythyren, 32 nod ar y mwyaf: "chair", "cllr-evans"
check-member-id-twice = defnyddir cyfeirnod aelod "{ $id }" ddwywaith
check-member-id-twice-help = fe'i defnyddiwyd gyntaf gan aelod { $first } ({ $name }); mae angen cyfeirnod ei hun ar bob aelod
check-id-empty = mae cyfeirnod y { $what } yn wag
check-id-twice = cyfeirnod { $what } dyblyg "{ $id }"
check-id-twice-help = mae angen ei gyfeirnod ei hun ar bob { $what }
check-no-areas = nid oes meysydd blaenoriaeth yn y pecyn
check-area-no-recommendations = nid oes argymhellion gan faes { $id }
check-recommendation-no-actions = nid oes camau gweithredu gan argymhelliad { $id } eto
check-action-no-lead = nid oes swyddog arweiniol gan gam gweithredu { $id }
check-action-no-due = nid oes dyddiad cwblhau gan gam gweithredu { $id }
check-action-overdue = mae cam gweithredu { $id } yn hwyr (erbyn { $due }) a heb ddiweddariad ar y cynnydd
check-action-overdue-help = dylai swyddogion ddweud beth sydd wedi digwydd a phryd y caiff ei wneud
check-action-awaiting = nid yw cam gweithredu { $id } wedi'i ddiweddaru ers y cyfarfod diwethaf: cynnydd a statws arfaethedig y cyfarfod diwethaf yw'r rhain
check-action-awaiting-help = unwaith y bydd swyddogion wedi'i ddiweddaru, tynnwch `awaiting_update: true`
check-complete-not-blue = mae cam gweithredu { $id } wedi'i gwblhau ond cynigiwyd { $rag }, nid Glas
check-blue-not-complete = cynigiwyd Glas (wedi'i gwblhau) ar gyfer cam gweithredu { $id } ond ei statws yw { $status }
check-score-scale = mae { $part ->
        [likelihood] tebygolrwydd
       *[impact] effaith
    } { $score ->
        [inherent] cynhenid
        [residual] gweddilliol
       *[target] targed
    } yn { $value }, y tu allan i'r raddfa 1–5
check-unknown-area = mae { $owner } yn cyfeirio at faes "{ $area }", nad yw yn y pecyn hwn
check-unknown-area-help = y meysydd yw: { $areas }
check-previous-score = mae'r sgôr weddilliol flaenorol { $score } y tu allan i 1–25
check-residual-above-inherent = risg { $id }: mae'r sgôr weddilliol { $residual } yn uwch na'r sgôr gynhenid { $inherent }
check-residual-above-inherent-help = ni ddylai rheolaethau wneud risg yn waeth; gwiriwch y sgoriau
check-review-due = roedd risg { $id } i fod i gael ei adolygu ar { $date }, cyn y cyfarfod hwn
check-kpi-no-target = mae statws RAG gan DPA { $id } ond dim targed
check-kpi-no-target-help = rhowch darged, neu nodwch state: BaselineBeingSet neu NotRagRated
check-kpi-tolerance = rhaid i oddefiant DPA { $id }, { $tolerance }, fod yn sero neu fwy
check-kpi-not-a-number = nid yw { $field } DPA { $id } yn rhif
check-kpi-period-order = DPA { $id }: mae'r cyfnod { $after } { $how ->
        [repeats] yn ailadrodd
       *[before] yn dod cyn
    } { $before }
check-kpi-period-order-help = rhestrwch y cyfnodau o'r hynaf, unwaith yr un
check-kpi-value-not-a-number = DPA { $id }: nid yw'r gwerth ar gyfer { $period } yn rhif

## Pecyn neu fap allweddi na ellir ei ddarllen, yng ngeiriau rheolwr rhaglen.
one-of = { $rest } neu { $last }
ron-curly-quotes = dyfynodau crwm: mae testun pecyn yn mynd mewn dyfynodau dwbl syth
ron-curly-quotes-help = rhowch " yn lle “ a ” (mae prosesydd geiriau yn troi " yn ddyfynodau crwm)
ron-single-quotes = mae testun yn mynd mewn dyfynodau dwbl, nid rhai sengl
ron-single-quotes-help = ysgrifennwch "Prif Weithredwr", nid 'Prif Weithredwr'
ron-hash-comment = mae sylwadau'n dechrau gyda //, nid #
ron-hash-comment-help = ysgrifennwch // ar ddechrau sylw
ron-percent = ysgrifennwch y rhif heb yr arwydd %
ron-percent-help = 84, nid 84% — mae uned y DPA yn dweud mai canran yw hi
ron-two-values = dim ond un gwerth all fynd yma, nid dau wedi'u cysylltu â /
ron-two-values-help = dewiswch un (statws RAG yw Red, Amber, Green neu Blue) a dywedwch y gweddill yn y testun cynnydd
ron-quoted-name = tynnwch y dyfynodau: ysgrifennir gwerthoedd ag enw hebddynt
ron-quoted-name-one-of = ysgrifennwch un o { $choices } heb ddyfynodau
ron-quoted-name-help = ysgrifennwch yr enw heb ddyfynodau
ron-unclosed-quote = mae'r ffeil yn gorffen y tu mewn i destun mewn dyfynodau sy'n dechrau ar linell { $line }
ron-unclosed-quote-help = caewch y dyfynnod gyda " lle mae'r testun yn gorffen
ron-too-deep = mae gwerthoedd wedi'u nythu fwy na 128 lefel o ddyfnder
ron-too-deep-help = nid yw pecyn byth wedi'i nythu mor ddwfn; mae'r ffeil wedi'i difrodi neu nid yw'n becyn
ron-ends-too-soon = mae'r ffeil yn gorffen yn rhy fuan
ron-ends-too-soon-help = chwiliwch am gromfach neu ddyfynnod heb ei gau
ron-comma = roedd angen coma
ron-comma-help = mae coma ar goll cyn hyn, neu ni chaewyd dyfynnod yn gynharach
ron-whole-number = roedd angen rhif cyfan
ron-whole-number-help = ysgrifennir rhifau heb ddyfynodau, fel 3
ron-number = roedd angen rhif
ron-number-help = ysgrifennir rhifau heb ddyfynodau, fel 72.5
ron-text = roedd angen testun mewn dyfynodau dwbl
ron-text-help = ysgrifennwch destun fel "Prif Weithredwr"
ron-boolean = roedd angen true neu false
ron-boolean-help = ysgrifennwch true neu false, heb ddyfynodau
ron-list = roedd angen rhestr mewn [ ]
ron-list-help = ysgrifennwch restr fel ["un", "dau"]
ron-this = hwn
ron-value = gwerth
ron-missing-field = nid oes `{ $field }` gan { $what }
ron-missing-field-one-of = ychwanegwch `{ $field }: { $first }` (un o { $choices }) cyn y gromfach gau
ron-missing-field-help = ychwanegwch `{ $field }: ...` cyn y gromfach gau
ron-did-you-mean = ai `{ $name }` oedd dan sylw?
ron-fields-are = y meysydd yw { $choices }
ron-no-such-field = nid yw `{ $found }` yn un o feysydd { $what }
ron-capitals = ai `{ $name }` oedd dan sylw? Mae priflythrennau'n bwysig
ron-write-one-of = ysgrifennwch un o { $choices }
ron-no-such-value = nid yw `{ $found }` yn { $what } dilys
type-kpi = DPA
type-action = cam gweithredu
type-risk = risg
type-recommendation = argymhelliad
type-area = maes blaenoriaeth
type-meeting = cyfarfod
type-member = aelod
type-pack = pecyn
type-status = statws
type-rag = statws RAG
type-term = tymor
type-polarity = polaredd
type-trend = tuedd
type-role = rôl
type-kpi-state = cyflwr DPA
type-score = sgôr
type-rag-key = allwedd RAG
type-risk-description = disgrifiad risg
type-risk-bands = set o fandiau risg
type-benchmark = meincnod
type-agenda-item = eitem agenda
type-text = testun
report-here = yma
report-this = hwn
report-error = gwall
report-warning = rhybudd

## Ffeil pecyn na ellir ei darllen o gwbl.
read-not-found = nid oes ffeil o'r fath
read-directory = cyfeiriadur yw hwn, nid ffeil pecyn
read-empty = mae'r ffeil yn wag: mae angen o leiaf cyfarfod a'i feysydd ar becyn (rhowch gynnig ar `boardpack new`)
read-too-large = mae'r ffeil yn { $size } MiB, dros y terfyn o { $limit } MiB ar gyfer pecyn; ai hon yw'r ffeil iawn?
read-not-utf8 = nid yw'n destun UTF-8: beit annilys yn safle { $offset } (llinell { $line }, colofn { $col }); cadwch y pecyn fel UTF-8
read-io = ni ellir darllen: { $why }

## Beth mae'r llinell orchymyn yn ei ddweud ar ôl gwneud rhywbeth.
cli-items-gone = nid yw { $count } eitem yn y cofnod yn y rhifyn hwn o'r pecyn; cofnodir eu cofnodion o dan "{ $section }"
cli-minutes-written = ysgrifennwyd { $path } ({ $what ->
        [held] cofnodion
        [not-held] crynodeb cyn y cyfarfod (nid yw'r cyfarfod wedi'i gynnal: ni chofnodwyd presenoldeb, statws RAG na sgôr)
       *[no-record] crynodeb cyn y cyfarfod (dim cofnod eto)
    } { $public ->
        [yes] cyhoeddus
       *[no] cyfrinachol
    }, { $bytes } beit)
cli-new-written = ysgrifennwyd { $path }: llenwch ef, yna `boardpack check { $path }`
cli-new-exists = mae { $path } yn bodoli eisoes; nid yw boardpack new byth yn ysgrifennu dros ffeil
cli-cannot-write = ni ellir ysgrifennu { $path }: { $why }
cli-retired-flags = nid oes --as na --role mwyach: daw pwy ydych chi a'r hyn y cewch ei wneud o aelodaeth y pecyn, nid o'r hyn a deipiwch.
    Ymunwch fel aelod gyda `boardpack run { $pack } --member ID`; yr aelodau yw:
    { $members }
    Heb --member, mae perchennog y cofnod yn ymuno fel y cadeirydd.
cli-no-such-member = nid oes aelod â'r cyfeirnod "{ $id }" yn { $pack }; yr aelodau yw:
    { $members }
cli-not-the-owner = mae { $record } yn perthyn i { $owner } a chi yw { $me }: dim ond perchennog y cofnod sy'n ymuno heb --member, fel y cadeirydd. Mae aelodau'n ymuno â'r cyfarfod drwy westeiwr y bwrdd dros SSH, lle maen nhw'n cael eu hadnabod wrth eu hallwedd (docs/DEPLOY.md).
cli-no-chair = nid yw { $pack } yn enwi cadeirydd
cli-pack-reissued = dechreuwyd y cofnod hwn gyda rhifyn arall o'r pecyn ({ $previous }); mae { $count } cofnod yn cyfeirio at eitemau nad ydynt ynddo mwyach
cli-terminal-failed = methodd y derfynell: { $why }
roll-no-record = nid yw { $record } yn bodoli: nid oes cofnod o gyfarfod { $number } i'w gario ymlaen ohono (rhowch y cofnod gyda --record)
roll-exists = mae'n bodoli eisoes; nid yw roll byth yn ysgrifennu dros becyn
roll-written = ysgrifennwyd { $path }: cyfarfod { $number } ar { $date }. Daeth { $ratings } statws RAG a gytunwyd yn statws blaenorol; mae gan y log gweithredu { $new } newydd a { $carried } wedi'u cario ymlaen; cadwyd { $decisions } penderfyniad. Disgwylir diweddariadau'r swyddogion: mae `boardpack check { $path }` yn eu rhestru.
db-not-an-address = nid yw { $record } yn gyfeiriad PostgreSQL: ysgrifennwch postgres://PERCHENNOG@GWESTEIWR:PORTH/CRONFA-DDATA (nid oes angen init ar gofnod ffeil)
db-ready = mae cyfarfod { $number } { $board } yn barod yn y sgema { $schema }
db-new-login = mewngofnod newydd
db-existing-login = mewngofnod sy'n bodoli, cyfrinair heb ei newid
db-members = aelodau (cyfeirnod, mewngofnod y gronfa ddata, rôl):
db-retired = wedi ymddeol: nid oes gan { $member } unrhyw hawl ar y bwrdd hwn mwyach (cedwir yr hyn a ysgrifennodd)
db-passwords-header = aelod	mewngofnod	cyfrinair: rhowch bob un yn breifat, yna dilëwch y ffeil hon
db-passwords-in = mae cyfrineiriau'r mewngofnodion newydd yn { $path } (i'r perchennog yn unig)
db-passwords-shown = cyfrineiriau'r mewngofnodion newydd (a ddangosir unwaith; rhowch bob un yn breifat):
db-each-member-runs = mae pob aelod yn rhedeg: boardpack run { $pack } --record 'postgres://MEWNGOFNOD@{ $address }/{ $database }' (cyfrinair yn ~/.pgpass)
db-login-not-member = nid yw'r mewngofnod hwn yn aelod o'r bwrdd. Mae pob aelod yn mewngofnodi fel ei rôl ei hun yn y gronfa ddata, a wneir gan berchennog cronfa ddata'r bwrdd gyda `boardpack db init`:
db-retired-flags = nid oes --as na --role mwyach: ar gofnod PostgreSQL chi yw'r aelod y gwnaethoch fewngofnodi fel
db-member-mismatch = mewngofnododd { $place } fel { $id }; ni all --member { $asked } newid pwy ydych chi: mewngofnodwch fel rôl { $asked } ei hun
db-member-not-in-pack = mae { $id } yn aelod yn y gronfa ddata ond nid yn y pecyn hwn: ai hwn yw'r rhifyn iawn o'r pecyn?
cli-no-format = ni ellir gweld y fformat o { $path }: rhowch --format md, html neu docx
cli-record-reissued = dechreuwyd { $record } gyda rhifyn arall o'r pecyn ({ $previous })
cli-generated = ysgrifennwyd { $path } ({ $bytes } beit)
cli-cannot-read = ni ellir darllen { $path }: { $why }
cli-no-key = dim allwedd ar gyfer { $members }: ni allant ymuno dros SSH nes ychwanegu eu hallwedd
cli-keys-written = ysgrifennwyd { $path } ({ $count } allwedd): ychwanegwch ef at ~/.ssh/authorized_keys y cyfrif gwasanaeth

## Camgymeriadau ffeil map allweddi.
keymap-key-empty = mae'r allwedd yn wag
keymap-not-a-key = nid yw "{ $text }" yn allwedd: defnyddiwch un nod ("q", "G", "?"), enw (enter, esc, tab, backspace, space, up, down, left, right, home, end, pageup, pagedown, f1-f12), ar ôl ctrl+, alt+ neu shift+ os mynnwch
keymap-bound-twice = mae { $keys } wedi'i rwymo ddwywaith yn `{ $context }` (hefyd i { $action })
keymap-did-you-mean = ai `{ $name }` oedd dan sylw? Mae'r sgrin gymorth (?) yn rhestru pob gweithred
keymap-help-lists = mae'r sgrin gymorth (?) yn rhestru pob gweithred
keymap-unknown-action = gweithred anhysbys `{ $action }`
keymap-clash = mae { $keys } yn gwrthdaro â { $clash } yn `{ $context }`: mae un yn dechrau'r llall, felly ni ellir byth deipio'r un hirach
keymap-unreadable = { $path }: ni ellir darllen y map allweddi: { $why } (mapiau allweddi adeiledig: { $built_in })
keymap-invalid = { $path }: nid yw'r map allweddi yn ddilys
value-bad = gwerth annilys: { $detail }
value-bad-due = ni chafwyd dyddiad yn "{ $text }": ysgrifennwch fis a blwyddyn ("Hydref 2017" neu "October 2017"), diwrnod ("31 Ionawr 2018") neu ddyddiad ISO ("2018-01-31")
value-bad-date = nid yw "{ $text }" yn ddyddiad wedi'i ysgrifennu BBBB-MM-DD, fel "2017-11-23"
value-bad-time = nid yw'r amser dechrau "{ $text }" yn amser 24 awr fel "10:00"
keys-line = mae llinell yn gyfeirnod aelod a'i allwedd gyhoeddus: `cllr-evans ssh-ed25519 AAAA… evans@laptop`
keys-not-a-member = nid yw "{ $member }" yn aelod o'r pecyn; y cyfeirnodau yw: { $ids }
keys-not-a-type = nid yw "{ $key_type }" yn fath o allwedd gyhoeddus (disgwylid un o { $types }); copïwch linell gyfan ffeil .pub yr aelod ar ôl ei gyfeirnod
keys-not-whole = nid yw allwedd { $member } yn allwedd gyhoeddus gyfan (dylai fod yn rhes hir o lythrennau, digidau, + a /)
keys-shared = mae'r allwedd hon eisoes yn eiddo i { $owner } (llinell { $first }); mae angen allwedd ei hun ar bob aelod, neu ni all boardpack eu gwahaniaethu: mae dau berson ar un allwedd yn un person i'r cyfrifiadur
cli-exists-use-force = mae'r ffeil yn bodoli; rhowch --force i'w disodli
roll-next-not-after = rhaid i'r cyfarfod nesaf ({ $next }) ddod ar ôl yr un hwn ({ $date })
roll-after-not-after = rhaid i'r cyfarfod ar ôl y nesaf ({ $after }) ddod ar ôl y nesaf ({ $next })
roll-unreadable = nid yw { $pack } yn becyn y gall boardpack ei ddarllen
roll-would-not-pass = ni fyddai'r pecyn nesaf yn ddilys ({ $why }); ni ysgrifennwyd dim
roll-previous-minutes = Cofnodion cyfarfod { $number } a gynhaliwyd ar { $date }
keys-not-a-word = ni ellir ysgrifennu { $path } mewn llinell orchymyn
keys-file-header = Ysgrifennwyd gan `boardpack authorized-keys`: mae pob allwedd yn rhedeg boardpack fel ei aelod a dim arall.
ron-text-or-both = roedd angen testun mewn dyfynodau dwbl, neu (en: "…", cy: "…")
due-empty = mae'r dyddiad cwblhau yn wag: gadewch y maes allan os nad oes amserlen
not-a-real-date = nid yw "{ $text }" yn ddyddiad go iawn
no-such-day = nid oes diwrnod { $day } ym mis { $month } { $year }
period-bad = nid yw'r cyfnod "{ $text }" yn fis ("2017-06"), chwarter ("2017-Q2") na blwyddyn ("2017")
period-quarter = cyfnod "{ $text }": mae chwarter rhwng Q1 a Q4
period-month = cyfnod "{ $text }": mae mis rhwng 01 a 12
load-errors = { $count ->
        [zero] dim gwallau
        [one] { $count } gwall
        [two] { $count } wall
       *[other] { $count } gwall
    } yn y pecyn
