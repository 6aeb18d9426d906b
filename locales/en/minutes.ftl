# The minutes, and the pre-meeting summary written before the meeting is held.

minutes-kind-minutes = Minutes
minutes-kind-summary = Pre-meeting summary
minutes-title-line = { $kind } of meeting { $number } held on { $weekday } { $date } at { $time }
minutes-venue = Venue: { $venue }
minutes-confidential-banner = CONFIDENTIAL — NOT FOR PUBLICATION
minutes-confidential-mark = CONFIDENTIAL
minutes-started-closed = The meeting started at { $start } and closed at { $close }.
minutes-started-open = The meeting started at { $start }; its close was not recorded.
minutes-contents = Contents
minutes-only-english = [English only]
minutes-only-welsh = [Welsh only / Cymraeg yn unig]
minutes-none = none
minutes-placeholder = Confidential item considered in private session.

## Attendance and declarations.
minutes-attendance-heading = Present, in attendance and apologies
minutes-present = Present:
minutes-in-attendance = In attendance:
minutes-apologies = Apologies:
minutes-absent = Absent:
minutes-chair = Chair
minutes-quorum = The meeting was { $quorate ->
        [yes] quorate
       *[no] not quorate
    }: { $present } of { $voting } voting members present (quorum { $quorum }).
minutes-languages = Languages:
minutes-in-welsh = Taking part in Welsh: { $names }.
minutes-declarations-heading = Declarations of interest
minutes-no-declarations = No declarations of interest were made.
minutes-declared-in = declared an interest in { $item }: { $interest }
minutes-member-declared = { $member } declared an interest: { $interest }.

## An item discussed.
minutes-rag = RAG:
minutes-agreed-earlier = agreed at earlier meetings
minutes-at-meeting = (meeting { $number })
minutes-previous = previous
minutes-proposed = proposed
minutes-agreed = agreed
minutes-rated-worse = (the Board rated this worse than officers)
minutes-rated-better = (the Board rated this better than officers)
minutes-reason = . Reason: { $reason }
minutes-challenged = The Board challenged:
minutes-resolved = RESOLVED:
minutes-action = Action:
minutes-action-sentence = { $owner } to { $what } by { $due } ({ $reference }).
minutes-due-next-meeting = the next meeting ({ $date })
minutes-members-scores = Members' scores:
minutes-score-first = { $count ->
        [1] One member
        [2] Two members
        [3] Three members
        [4] Four members
        [5] Five members
        [6] Six members
        [7] Seven members
        [8] Eight members
        [9] Nine members
        [10] Ten members
       *[other] { $count } members
    } proposed { $score } ({ $value })
minutes-score-more = { $count ->
        [1] one
        [2] two
        [3] three
        [4] four
        [5] five
        [6] six
        [7] seven
        [8] eight
        [9] nine
        [10] ten
       *[other] { $count }
    } { $score } ({ $value })
minutes-boards-score = Board's score:
minutes-board-agreed-score = The Board agreed a residual score of { $agreed } ({ $agreed_value }), { $against ->
        [worse] worse than
        [better] better than
       *[same] the same as
    } the officers' { $officers } ({ $officers_value })
minutes-because = , because { $reason }.

## The last meeting's minutes and the action log.
minutes-previous-heading = Minutes of the last meeting and matters arising
minutes-previous-approved = RESOLVED: That the { $minutes } be approved as a correct record.
minutes-previous-amended = RESOLVED: That the { $minutes } be approved as a correct record, subject to these amendments: { $amendments }.
minutes-previous-presented = The { $minutes } were presented; their approval was not recorded.
minutes-previous-for-approval = For approval: the { $minutes }.
minutes-matters-arising = Matters arising: the action log, with each action's status.
minutes-raised-at = raised at meeting { $number }
minutes-carried-to = raised at meeting { $number }; carried to { $meetings }
minutes-col-ref = Ref
minutes-col-action = Action
minutes-col-owner = Owner
minutes-col-due = Due
minutes-col-status = Status
minutes-col-history = History
minutes-col-minute = Minute
minutes-col-what = What
minutes-col-lead = Lead
minutes-col-previous-proposed = Previous → proposed
minutes-col-kpi = KPI
minutes-col-indicator = Indicator
minutes-col-latest = Latest
minutes-col-target = Target
minutes-col-benchmark = Benchmark
minutes-col-rag-travel = RAG, travel

## Exempt business.
minutes-exempt-heading = Exclusion of the public: exempt business
minutes-exempt-business = The Board considered { $count ->
        [one] one exempt item
        [2] two exempt items
        [3] three exempt items
        [4] four exempt items
        [5] five exempt items
        [6] six exempt items
        [7] seven exempt items
        [8] eight exempt items
        [9] nine exempt items
        [10] ten exempt items
       *[other] { $count } exempt items
    } in private session. The public were excluded from the meeting for that business, as it involved the likely disclosure of exempt information. { $count ->
        [one] It is
       *[other] They are
    } recorded in the confidential minutes.
minutes-exempt-suffix = (exempt — Part II)
minutes-confidential-action = Confidential: see the private minutes

## Priority areas, risks and performance.
# What an area is called where the pack does not say (`area_name`).
minutes-area-name = Priority Improvement Area
minutes-area-heading = { $name } { $id }: { $title }
minutes-board-lead = Board lead: { $lead }.
minutes-overdue = (overdue)
minutes-not-discussed = Not discussed: { $count ->
        [one] one action, which officers proposed as
       *[other] { $count } actions, which officers proposed as
    } { $red } Red, { $amber } Amber, { $green } Green and { $blue } Blue ({ $unrated } unrated); { $overdue } of them overdue. The Board noted the officers' ratings.
minutes-risks-heading = Programme risk register
minutes-no-previous-score = no previous score
minutes-previous-score = { $score } at the last meeting
minutes-residual = Residual score { $likelihood } × { $impact } = { $value }
minutes-residual-rest = ), { $previous }; trend { trend }; owner { $owner }.
minutes-no-risks = No risks were discussed.
minutes-other-risks = { $count } other { $count ->
        [one] risk
       *[other] risks
    } { $held ->
        [yes] { $count ->
            [one] was not discussed
           *[other] were not discussed
        }
       *[no] { $count ->
            [one] is not an exception
           *[other] are not exceptions
        }
    }.
minutes-performance-heading = Performance
minutes-exceptions-intro = Exceptions: indicators rated Red, or Amber and declining.
minutes-no-exceptions = There were no exceptions.
minutes-no-data = no data
travel-improving = improving
travel-declining = declining
travel-unchanged = unchanged

## The rest of the meeting.
minutes-gone-heading = Items no longer in the pack
minutes-gone-intro = These entries were recorded against items that this issue of the pack no longer has; they are kept as recorded.
minutes-gone-counts = { $notes } notes, { $rated } agreed ratings and { $arising } actions arising: see the confidential minutes.
minutes-other-business-heading = Other business
minutes-no-other-business = There was no other business.
minutes-time = Time: { $allotted } minutes allotted, { $taken } taken.
minutes-nothing-minuted = Nothing was minuted under this item.
minutes-no-papers = The pack has no papers for this item.
minutes-actions-arising = Actions arising
minutes-no-actions = No actions arose.
minutes-next-heading = Date of next meeting
minutes-next-meeting = The next meeting will be held on { $weekday } { $date }.
minutes-next-tbc = The date of the next meeting is to be confirmed.
minutes-rag-key = RAG key:
