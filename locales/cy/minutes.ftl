# Y cofnodion, a'r crynodeb a ysgrifennir cyn cynnal y cyfarfod.

minutes-kind-minutes = Cofnodion cyfarfod
minutes-kind-summary = Crynodeb cyn cyfarfod
minutes-title-line = { $kind } { $number } a gynhaliwyd ddydd { $weekday }, { $date }, am { $time }
minutes-venue = Lleoliad: { $venue }
minutes-confidential-banner = CYFRINACHOL — NID I'W GYHOEDDI
minutes-confidential-mark = CYFRINACHOL
minutes-started-closed = Dechreuodd y cyfarfod am { $start } a daeth i ben am { $close }.
minutes-started-open = Dechreuodd y cyfarfod am { $start }; ni chofnodwyd pryd y daeth i ben.
minutes-contents = Cynnwys
minutes-only-english = [Saesneg yn unig / English only]
minutes-only-welsh = [Cymraeg yn unig]
minutes-none = dim
minutes-placeholder = Eitem gyfrinachol a ystyriwyd mewn sesiwn breifat.

## Presenoldeb a datgan buddiant.
minutes-attendance-heading = Yn bresennol, hefyd yn bresennol ac ymddiheuriadau
minutes-present = Yn bresennol:
minutes-in-attendance = Hefyd yn bresennol:
minutes-apologies = Ymddiheuriadau:
minutes-absent = Yn absennol:
minutes-chair = Cadeirydd
minutes-quorum = { $quorate ->
        [yes] Roedd cworwm
       *[no] Nid oedd cworwm
    }: roedd { $present } o'r { $voting } aelod â phleidlais yn bresennol (cworwm { $quorum }).
minutes-languages = Ieithoedd:
minutes-in-welsh = Yn cymryd rhan yn Gymraeg: { $names }.
minutes-declarations-heading = Datgan buddiant
minutes-no-declarations = Ni ddatganwyd unrhyw fuddiant.
minutes-declared-in = datganodd fuddiant { $item }: { $interest }
minutes-member-declared = Datganodd { $member } fuddiant: { $interest }.

## Eitem a drafodwyd.
minutes-rag = Statws RAG:
minutes-agreed-earlier = a gytunwyd mewn cyfarfodydd blaenorol
minutes-at-meeting = (cyfarfod { $number })
minutes-previous = blaenorol
minutes-proposed = arfaethedig
minutes-agreed = cytunwyd
minutes-rated-worse = (rhoddodd y Bwrdd statws gwaeth nag a wnaeth y swyddogion)
minutes-rated-better = (rhoddodd y Bwrdd statws gwell nag a wnaeth y swyddogion)
minutes-reason = . Rheswm: { $reason }
minutes-challenged = Heriodd y Bwrdd:
minutes-resolved = PENDERFYNWYD:
minutes-action = Cam gweithredu:
minutes-action-sentence = { $owner } i { $what } erbyn { $due } ({ $reference }).
minutes-due-next-meeting = y cyfarfod nesaf ({ $date })
minutes-members-scores = Sgoriau'r aelodau:
minutes-score-first = { $count ->
        [one] Cynigiodd un aelod
        [two] Cynigiodd dau aelod
        [few] Cynigiodd tri aelod
       *[other] Cynigiodd { $count } aelod
    } { $score } ({ $value })
minutes-score-more = { $count ->
        [one] un
        [two] dau
        [few] tri
       *[other] { $count }
    } { $score } ({ $value })
minutes-boards-score = Sgôr y Bwrdd:
minutes-board-agreed-score = Cytunodd y Bwrdd ar sgôr weddilliol o { $agreed } ({ $agreed_value }), { $against ->
        [worse] yn waeth na
        [better] yn well na
       *[same] yr un fath â
    } sgôr y swyddogion, { $officers } ({ $officers_value })
minutes-because = , oherwydd { $reason }.

## Cofnodion y cyfarfod diwethaf a'r log gweithredu.
minutes-previous-heading = Cofnodion y cyfarfod diwethaf a materion yn codi
minutes-previous-approved = PENDERFYNWYD: Cymeradwyo { $minutes } a'u llofnodi fel cofnod cywir.
minutes-previous-amended = PENDERFYNWYD: Cymeradwyo { $minutes } a'u llofnodi fel cofnod cywir, yn amodol ar y diwygiadau hyn: { $amendments }.
minutes-previous-presented = Cyflwynwyd { $minutes }; ni chofnodwyd eu cymeradwyo.
minutes-previous-for-approval = I'w cymeradwyo: { $minutes }.
minutes-matters-arising = Materion yn codi: y log gweithredu, gyda statws pob cam gweithredu.
minutes-raised-at = codwyd yng nghyfarfod { $number }
minutes-carried-to = codwyd yng nghyfarfod { $number }; cariwyd ymlaen i { $meetings }
minutes-col-ref = Cyf.
minutes-col-action = Cam gweithredu
minutes-col-owner = Perchennog
minutes-col-due = Erbyn
minutes-col-status = Statws
minutes-col-history = Hanes
minutes-col-minute = Cofnod
minutes-col-what = Beth
minutes-col-lead = Arweinydd
minutes-col-previous-proposed = Blaenorol → arfaethedig
minutes-col-kpi = DPA
minutes-col-indicator = Dangosydd
minutes-col-latest = Diweddaraf
minutes-col-target = Targed
minutes-col-benchmark = Meincnod
minutes-col-rag-travel = Statws RAG, tuedd

## Busnes eithriedig.
minutes-exempt-heading = Gwahardd y cyhoedd: busnes eithriedig
minutes-exempt-business = Ystyriodd y Bwrdd { $count ->
        [one] un eitem eithriedig
        [two] ddwy eitem eithriedig
        [few] dair eitem eithriedig
        [many] chwe eitem eithriedig
       *[other] { $count } eitem eithriedig
    } mewn sesiwn breifat. Gwaharddwyd y cyhoedd o'r cyfarfod ar gyfer y busnes hwnnw, gan ei fod yn debygol o olygu datgelu gwybodaeth eithriedig. { $count ->
        [one] Fe'i cofnodir
       *[other] Fe'u cofnodir
    } yn y cofnodion cyfrinachol.
minutes-exempt-suffix = (eithriedig — Rhan II)
minutes-confidential-action = Cyfrinachol: gweler y cofnodion preifat

## Meysydd blaenoriaeth, risgiau a pherfformiad.
minutes-area-name = Maes Gwella Blaenoriaeth
minutes-area-heading = { $name } { $id }: { $title }
minutes-board-lead = Arweinydd y Bwrdd: { $lead }.
minutes-overdue = (yn hwyr)
minutes-not-discussed = Heb eu trafod: { $count ->
        [zero] dim camau gweithredu
        [one] un cam gweithredu
        [two] dau gam gweithredu
        [few] tri cham gweithredu
        [many] chwe cham gweithredu
       *[other] { $count } cam gweithredu
    }, a gynigiwyd gan y swyddogion fel { $red } Coch, { $amber } Ambr, { $green } Gwyrdd a { $blue } Glas ({ $unrated } heb statws); { $overdue } ohonynt yn hwyr. Nododd y Bwrdd statws y swyddogion.
minutes-risks-heading = Cofrestr risg y rhaglen
minutes-no-previous-score = dim sgôr flaenorol
minutes-previous-score = { $score } yn y cyfarfod diwethaf
minutes-residual = Sgôr weddilliol { $likelihood } × { $impact } = { $value }
minutes-residual-rest = ), { $previous }; tuedd { trend }; perchennog { $owner }.
minutes-no-risks = Ni thrafodwyd unrhyw risgiau.
minutes-other-risks = { $held ->
        [yes] Ni thrafodwyd { $count } risg arall.
       *[no] Nid yw { $count } risg arall yn eithriadau.
    }
minutes-performance-heading = Perfformiad
minutes-exceptions-intro = Eithriadau: dangosyddion â statws Coch, neu Ambr ac yn dirywio.
minutes-no-exceptions = Nid oedd unrhyw eithriadau.
minutes-no-data = dim data
travel-improving = yn gwella
travel-declining = yn dirywio
travel-unchanged = dim newid

## Gweddill y cyfarfod.
minutes-gone-heading = Eitemau nad ydynt yn y pecyn mwyach
minutes-gone-intro = Cofnodwyd y cofnodion hyn yn erbyn eitemau nad ydynt yn y rhifyn hwn o'r pecyn mwyach; fe'u cedwir fel y'u cofnodwyd.
minutes-gone-counts = { $notes } nodyn, { $rated } statws a gytunwyd a { $arising } cam gweithredu sy'n codi: gweler y cofnodion cyfrinachol.
minutes-other-business-heading = Unrhyw fater arall
minutes-no-other-business = Nid oedd unrhyw fater arall.
minutes-time = Amser: { $allotted } munud wedi'u neilltuo, { $taken } wedi'u cymryd.
minutes-nothing-minuted = Ni chofnodwyd dim o dan yr eitem hon.
minutes-no-papers = Nid oes papurau yn y pecyn ar gyfer yr eitem hon.
minutes-actions-arising = Camau gweithredu sy'n codi
minutes-no-actions = Ni chododd unrhyw gamau gweithredu.
minutes-next-heading = Dyddiad y cyfarfod nesaf
minutes-next-meeting = Cynhelir y cyfarfod nesaf ddydd { $weekday }, { $date }.
minutes-next-tbc = Cadarnheir dyddiad y cyfarfod nesaf maes o law.
minutes-rag-key = Allwedd statws RAG:
