# The meeting screen: header, tabs, status line and each screen's words.

## Ratings: the mark shown beside a rating's colour, and its name.
rag-mark-red = R
rag-mark-amber = A
rag-mark-green = G
rag-mark-blue = B
rag-red = Red
rag-amber = Amber
rag-green = Green
rag-blue = Blue

## Roles on the board.
role-chair = chair
role-vice-chair = vice-chair
role-member = member
role-adviser = adviser
role-clerk = clerk
role-observer = observer

## Header, tabs and status line.
header-meeting = meeting { $number }
header-chair = chair:
header-no-chair = not named
place-paused = paused
place-following = following
place-browsing = browsing
tab-overview = Overview
tab-risks = Risks
tab-kpis = KPIs
tab-attendance = Attendance
tab-agenda = Agenda
tab-changes = Changes
tab-log = Log
badge-exceptions-only = EXCEPTIONS ONLY
too-small = terminal too small — need { $need } (now { $now })
status-language = language: English

## The agenda clock.
clock-time-up = time is up
clock-over-by = over by { $minutes } min
clock-nearly-out = nearly out of time: { $minutes } min left
clock-left = { $minutes } min left

## The plain summary `run` prints when its output is not a terminal.
summary-confidential = [confidential: exempt item, not shown]
summary-when = { $date } at { $time }, { $venue }; chair: { $chair }
summary-area = Area
summary-title = Title
summary-none = none
summary-overdue = overdue
summary-proposed-note = (officers' proposed RAG per action)
summary-highest-risks = Highest residual risks
summary-kpi-exceptions = KPI exceptions (red, or amber and declining)
summary-target = target { $target }, { $period }

## Words the screens and the minutes share.
status-not-started = not started
status-in-progress = in progress
status-complete = complete
status-deferred = deferred
term-immediate = immediate
term-medium = medium term
term-long = long term
log-status-open = open
log-status-done = done
log-status-closed = closed by the Board
log-outcome-carried = carried forward
log-outcome-carried-to = carried forward to { $due }

## Forms.
form-action-arising = Action arising from { $item }
form-rag-reason = { $rag } for { $item }: the reason
form-guest = In attendance
form-declaration = Declaration of interest in { $item }
form-your-score = Your score for { $item }
form-amendments = The last minutes: amendments
form-board-score = The Board's score for { $item } (officers: { $officers })
field-update-optional = Owner's update (optional)
field-new-due = New due date
field-update = Owner's update
field-why-closed = Why the Board closed it
field-amendments = Amendments
field-name-or-role = Name or role
field-organisation = Organisation
field-action = Action
field-owner = Owner
field-due = Due ({ $date }, { $slashed } or next meeting)
field-member = Member
field-interest = Interest declared
field-your-residual = Your residual likelihood × impact (e.g. 4x5)
field-target = Target likelihood × impact (optional)
field-why = Why
field-board-residual = The Board's residual likelihood × impact
field-why-differs = Why, if it differs from the officers'
field-why-differ-rag = Why differ from the officers' proposal?
saving = saving…
not-saved = NOT SAVED: { $why }

## What the status line says once the record has a change.
saved-note = { $kind } note on { $item } saved
saved-note-updated = note updated
saved-note-withdrawn = note withdrawn; its history is kept
saved-draft = kept as a draft: n on the same item brings it back
saved-rag = { $item } agreed { $rag }
saved-action-ref = action { $reference } recorded
saved-action = action recorded
saved-guest = { $name } in attendance
saved-declaration = declaration by { $member } recorded
saved-your-score = your score for { $item } recorded: { $score }
saved-board-score = the Board's score for { $item } agreed: { $score }
saved-minutes-approved = the last meeting's minutes approved as a correct record
saved-minutes-amended = the last meeting's minutes approved with amendments
saved-clock-start = the meeting has started: the clock is running
saved-clock-pause = the clock is paused
saved-clock-resume = the clock is running again
saved-clock-move = the meeting moves to agenda item { $item }
saved-clock-extend = agenda item { $item } has { $minutes } more min
saved-clock-close = the meeting is closed

## The minutes preview.
preview-title = Minutes preview — { $version } version — { $languages }
preview-public = public
preview-confidential = confidential
minutes-exist = { $names } already exist: press w again to replace them
minutes-not-written = minutes not written: { $why }

## Counts and columns the screens share.
count-actions = { $count ->
        [one] { $count } action
       *[other] { $count } actions
    }
count-overdue = { $count } overdue
minutes-short = { $minutes } min
none-recorded = none recorded
none-yet = none yet
badge-confidential = confidential
note-challenge = challenge
note-decision = decision
note-private = private
col-id = Id
col-area = Area
col-board-lead = Board lead
col-recommendation-action = Recommendation / action
col-lead = Lead
col-due = Due
col-status = Status
col-rag = RAG
col-meeting = Mtg
col-overdue = Overdue
col-top-risks = Top risks
col-kpi-exceptions = KPI exc.
col-kpi = KPI
col-discussed = Discussed
col-previous = previous
col-proposed = proposed
col-residual = residual
col-member = Member
col-organisation = Organisation
col-role = Role
col-language = Language
col-attendance = Attendance

## The overview.
overview-membership = { $voting } voting members, quorum { $quorum }
overview-previous-meeting = previous meeting { $date }
overview-next-meeting = next meeting { $date }
overview-risks-kpis = { $risks ->
        [one] { $risks } risk
       *[other] { $risks } risks
    }, { $red } red · { $kpis ->
        [one] { $kpis } KPI
       *[other] { $kpis } KPIs
    }, { $exceptions ->
        [one] { $exceptions } exception
       *[other] { $exceptions } exceptions
    }
overview-no-attendance = no attendance yet
overview-attendance = { $present } voting members present, { $quorate ->
        [yes] quorate
       *[no] NOT quorate
    }
overview-scores = { $proposed } members' scores, { $agreed } agreed ({ $worse } worse than officers')
overview-this-meeting = This meeting: { $notes ->
        [one] { $notes } note
       *[other] { $notes } notes
    } · { $rags } RAGs agreed · { $arising } actions arising
overview-since-last = Since the last meeting: { $changes } (w for what changed)
overview-orphans = { $count } recorded items are not in this issue of the pack (kept): { $names }
overview-rag-key = RAG key

## An area page.
area-lead-actions = lead: { $lead } · { $actions ->
        [one] { $actions } action
       *[other] { $actions } actions
    }
area-no-exceptions = No exceptions in this area.
area-no-recommendations = This area has no recommendations.

## Attendance.
attendance-present = present
attendance-apologies = apologies
attendance-absent = absent
attendance-not-recorded = not recorded
attendance-quorate = QUORATE
attendance-not-quorate = NOT QUORATE
attendance-summary = { $present } of { $voting } voting members present; quorum { $quorum }
attendance-role-voting = { $role }, voting
attendance-in-attendance = In attendance
attendance-declarations = Declarations of interest
attendance-meeting-notes = Notes on the meeting as a whole (n adds one here)

## An item in full.
due-no-date = no date
detail-confidential = CONFIDENTIAL — exempt (Part II)
detail-recommendations = Recommendations
detail-area = Area { $id } — { $title }
detail-term = Term
detail-answers = Answers
detail-actions = Actions
detail-recommendation = Recommendation { $id }
detail-action = Action { $id }
detail-risk = Risk { $id } — { $title }
detail-kpi = KPI { $id } — { $title }
detail-none-named = none named
detail-due-by = { $due } (by { $date })
detail-overdue-by = OVERDUE by { $days ->
        [one] { $days } day
       *[other] { $days } days
    }
detail-no-timescale = no timescale given
detail-better = better
detail-worse = worse
detail-no-change = no change
detail-success-measures = Success measures
detail-progress = Progress
detail-no-progress = No progress update given.
detail-at-this-meeting = At this meeting
detail-by-at = by { $who } at { $time }
detail-because = because: { $reason }
detail-worse-than-officers = worse than officers'
detail-better-than-officers = better than officers'
detail-as-officers = as officers'
detail-members-scores = Members' scores: { $count } proposed, { $lowest }–{ $highest }, median { $median }
detail-target = target { $target }
detail-agreed = Agreed
detail-better-than-proposed = better than proposed
detail-worse-than-proposed = worse than proposed
detail-as-proposed = as proposed
detail-declared-by = Declared by { $member }: { $interest }
detail-areas = Areas
detail-inherent = Inherent
detail-residual = Residual
detail-score-history-label = Residual score history
detail-score-history = { $previous } at the last meeting → { $now } now
detail-trend = Trend
trend = { $trend ->
        [improving] improving
        [worsening] worsening
       *[stable] stable
    }
detail-review-by = Review by
detail-cause = Cause
detail-event = Event
detail-effect = Effect
detail-controls = Controls
detail-further-actions = Further actions
detail-kpi-target = { $target } (amber within { $tolerance })
detail-polarity = Polarity
detail-higher-better = higher is better
detail-lower-better = lower is better
detail-travel = Direction of travel
detail-not-enough-data = not enough data
detail-state = State
detail-baseline = baseline being set: not RAG-rated yet
detail-not-rated = for context: not RAG-rated
detail-commentary = Commentary
detail-series = Series

## Items, as people name them. ($case is for languages whose words change after a
## preposition, as Welsh's do: "ar gam gweithredu", "yng ngham gweithredu".)
item-meeting = { $case ->
       *[plain] the meeting
    }
item-area = { $case ->
       *[plain] area { $id }
    }
item-recommendation = { $case ->
       *[plain] recommendation { $id }
    }
item-action = { $case ->
       *[plain] action { $id }
    }
item-risk = { $case ->
       *[plain] risk { $id }
    }
item-kpi = { $case ->
       *[plain] KPI { $id }
    }

## Agreeing a rating.
picker-title = Agree the RAG for { $item }
picker-officers-propose = officers propose
picker-agreed-so-far = agreed so far
picker-latest-against = latest { $latest } against target { $target }

## What a role may not do.
refusal-note = observers can read but not write
refusal-decide = only the chair records decisions
refusal-rate = only the chair agrees ratings
refusal-record-actions = only the chair or the clerk records actions arising and declarations of interest
refusal-record-attendance = only the chair or the clerk records attendance
refusal-keep-time = only the chair runs the agenda and its clock

## The status line.
status-log-empty = the action log is empty
status-changes-by-kind = changes listed by kind of item
status-changes-worst-first = changes listed worst first
status-exceptions-only = exceptions only: red, worsening, overdue, amber and declining
status-everything = showing everything
status-theme = theme: { $theme }
status-sorted = risks sorted by { $sort }
status-draft-back = your unsaved draft from { $at } is back
status-select-to-rate = select an item to rate
status-filters-lifted = filters lifted to show the item
status-select-risk = select a risk on the risk register to score it
sort-residual = residual score
sort-inherent = inherent score
sort-owner = owner
sort-area = area
sort-trend = trend
theme-standard = standard
theme-high-contrast = high contrast
theme-no-colour = no colour

## The agenda and its clock.
agenda-not-started = NOT STARTED
agenda-closed = CLOSED
agenda-running = RUNNING
agenda-paused = PAUSED
agenda-due-to-start = due to start at { $time }
agenda-areas-off = Not on the agenda, so the meeting will not come to it: { $areas }
agenda-started-closed = started { $start }, closed { $close }
agenda-started-now = started { $start } · now { $now }
agenda-col-item = Item
agenda-col-due = Due
agenda-col-taken = Taken
agenda-col-allotted = Allotted
agenda-col-left = Left
agenda-col-standing = Standing
agenda-took = took { $took } min
agenda-took-over = took { $took } min, { $over } over
agenda-due-to-close = due to close { $time }
agenda-on-time-from-here = on time from here { $time }
agenda-late = { $minutes } min late
agenda-early = { $minutes } min early
agenda-on-time = on time
agenda-at-this-pace = at this pace { $time }

## The risk register and its heat map.
risks-stable = stable
risks-col-risk = Risk
risks-col-owner = Owner
risks-col-inherent = Inh
risks-col-residual = Res
risks-col-members = Members
risks-col-board = Board
risks-col-score = Score
risks-title = { $shown } of { $all } risks · by { $sort }
risks-cell = cell { $cell }
risks-none-match = No risks match the filters.
heat-pick = pick a cell
heat-marked = heat map · { $id }: + members = Board
heat-residual = residual heat map

## The KPI dashboard.
kpis-same = same
kpis-col-tolerance = Tol.
kpis-col-benchmark = Bench.
kpis-col-unit = Unit
kpis-col-travel = Travel
kpis-none-match = No KPIs match the filter.
kpis-value = value
kpis-target = target
kpis-no-data = No data yet.

## What changed since the last meeting.
moved-improved = improved
moved-worsened = worsened
moved-newly-overdue = newly overdue
moved-new = new
moved-closed = closed
moved-late = late
moved-kind-action = action
moved-kind-risk = risk
moved-kind-kpi = KPI
moved-kind-log = action log
moved-overdue-since = overdue since { $date }
moved-on-register = on the register
moved-off-register = taken off the risk register since the last meeting
moved-still-open = still open after { $meetings } meetings
changes-nothing = nothing has moved
changes-since-last = Since the last meeting
changes-since = Since { $date }
changes-by-kind = by kind
changes-worst-first = worst first
changes-nothing-to-compare = Nothing to compare yet: the pack has no ratings or scores from a previous meeting (`boardpack roll` carries them).
changes-col-moved = Moved
changes-col-kind = Kind
changes-col-was = Was
changes-col-now = Now

## The last minutes and the action log.
log-last-minutes = The last meeting's minutes
log-for-approval = FOR APPROVAL
log-approved = APPROVED
log-not-yet-approved = { $minutes }: not yet approved (a: as a correct record; A: with amendments)
log-approved-correct = { $minutes }: approved as a correct record
log-approved-amended = { $minutes }: approved with amendments: { $amendments }
log-title = Action log: matters arising
log-empty = No actions on the log: `boardpack roll` carries the last meeting's actions arising here.
log-raised = raised { $raised }
log-raised-carried = raised { $raised }; carried { $times }×
log-to-decide = to decide
log-col-today = Today
log-col-update = Update

## Writing a note.
editor-note = Note on { $item }
editor-editing = Editing note on { $item }
editor-decision = decision — RESOLVED: that …
editor-private = private — only you will see it; never minuted
editor-drafts-kept = drafts are kept as you type

## Find.
search-title = Find
search-items = { $count } items: ids, titles, text and leads
search-matches = { $count ->
        [one] { $count } match
       *[other] { $count } matches
    }
# More items matched than the finder lists: how many, and that the best are listed.
search-matches-best = { $count } matches · the best { $shown } shown
search-kind-rec = rec
search-kind-action = action
search-kind-risk = risk
search-kind-kpi = KPI

## Why a key did nothing, and what a form still needs.
agenda-last-item = this is the last agenda item
agenda-first-item = this is the first agenda item
agenda-start-first = start the meeting first (space on the agenda)
agenda-already-closed = the meeting is already closed
agenda-chair-leads = the chair leads: members' screens follow yours
agenda-following = following the chair: your screen goes where the meeting goes
agenda-browsing = browsing freely: f follows the chair again
editor-empty = the note is empty
editor-not-saved-yet = this note is not saved yet: Esc keeps it as a draft
record-back = the record can be read again: up to date
record-unreadable = cannot read the record: { $why }
form-needed = { $what } is needed
form-no-such-member = no member or guest called "{ $name }"
form-reason-for-score = a reason is needed where the Board's score differs from the officers' ({ $officers })
needed-action = the action
needed-owner = an owner
needed-due = a due date
needed-reason = a reason
needed-name = a name
needed-member = the member
needed-interest = the interest
needed-your-score = your residual score
needed-why = why
needed-new-due = a new due date
needed-why-closed = why the Board closed it
needed-amendments = the amendments
needed-board-score = the Board's residual score
minutes-written = wrote { $files }
minutes-no-pack-file = no pack file to write beside

## What the record says when it cannot do what was asked.
store-not-allowed = not allowed: { $why }
store-stale = { $who } changed it to { $rag } at { $at } while you were deciding; nothing was overwritten
store-stale-score = { $who } agreed the board's score as { $score } at { $at } while you were deciding; nothing was overwritten
store-stale-someone = someone else changed this first; nothing was overwritten
store-locked = the record is locked by another program; not saved (try again)
store-read-only = the record is read-only; not saved
store-disk-full = the disk is full; not saved
store-damaged = the record is damaged or not a boardpack record ({ $detail })
store-too-new = the record was written by a newer boardpack (record format { $found }; this one reads up to { $known }): update boardpack to open it
store-no-record = no meeting record is open: nothing can be recorded
store-other = the record could not be saved: { $detail }
store-draft-not-saved = draft not saved: { $why }
form-bad-score = "{ $text }" is not a score: write likelihood × impact, each 1 to 5, like 4x5
form-bad-due = "{ $text }" is not a date: write { $date }, { $slashed }, a month and year ({ $month }) or next meeting
kpis-title = { $shown } of { $all } KPIs
store-gone = { $what }; nothing more is saved to it, and drafts go to { $drafts }
store-gone-deleted = the record file was deleted while the meeting was running
store-gone-replaced = the record file was replaced by another while the meeting was running
store-gone-emptied = the record file was emptied while the meeting was running
store-gone-overwritten = the record file was overwritten while the meeting was running: it is no longer a database
store-gone-unreadable = the record file cannot be read ({ $why })
store-reconnecting = the record's server { $server } cannot be reached; reconnecting (what you type is kept here as a draft)
store-no-access = it belongs to { $owner } (mode { $mode }) and you are { $me }, so you cannot open it. The record is kept private to its owner on purpose. Members join the meeting through the board's host over SSH, where boardpack runs as the record's owner and knows each member by their key (see docs/DEPLOY.md); the chair runs boardpack as the record's owner.
store-network-filesystem = it is on a network filesystem ({ $kind }). The meeting record must be on a disk of the machine that runs boardpack: SQLite's write-ahead log shares memory between the processes of one machine, and over a network it can lose changes. Keep the record on the board's host and let members join over SSH (docs/DEPLOY.md).
unreached-password = the password was not accepted (check ~/.pgpass or the address's password)
unreached-no-database = there is no such database
unreached-encryption-required = the server accepts only encrypted connections: add ?sslmode=require
unreached-role = the server does not let this role in ({ $why })
unreached-nothing-listening = nothing is listening there (is the server running, and is the address right?)
unreached-no-password = the server asks for a password and none was given (put it in ~/.pgpass)
unreached-tls = the encrypted connection failed ({ $why })
unreached-timed-out = no answer within { $seconds } seconds
damage-empty = the file is empty (0 bytes): it may have been truncated. boardpack will not start a new meeting in it; move it aside, or restore it from a backup
damage-not-a-record = not a boardpack record
damage-not-a-record-schema = schema { $schema } is not a boardpack record
damage-no-format = its record format is not stated
damage-not-upgraded = it could not be brought up to record format { $format }, so it was left as it was: { $why }
damage-outdated = { $schema }: { $detail } (a record made by an earlier boardpack: the board's database owner brings it up to date by running `boardpack db init` again)
damage-unreadable = a stored value does not read back: { $why }
damage-score-off-scale = a score off the scale
refused-joined-as = { $who } joined this meeting as { $role }
refused-chair-taken = { $chair } is already the chair of this meeting
refused-not-you = the database knows { $login } as { $me } ({ $role }): nobody joins as someone else
refused-not-a-member = { $login } is not a member of this board in the database (the board's database owner adds members with `boardpack db init`)
refused-drafts = drafts are kept by their author, and this login is not { $who }
refused-only-author = only its author can change a note
refused-no-rights = { $login } has no rights on this meeting's record (no longer a member of the board?)
refused-write-as-other = you are logged in as { $me }: nothing can be written as { $actor }
refused-members-only = { $login } is not a member of this board in the database: only members write
missing-note = note { $id } not found
missing-withdrawn-note = note { $id } (withdrawn) not found
missing-meeting = the record of meeting { $schema } in { $at } (the board's database owner creates it once with `boardpack db init PACK --record URL`) not found
setup-bad-address = { $url } is not a PostgreSQL address boardpack can read ({ $why }); write it as postgres://ROLE@HOST:PORT/DATABASE
setup-port = the port "{ $port }" is not a number
setup-sslmode = sslmode={ $mode } is not one of disable, allow, prefer, require, verify-ca, verify-full
setup-no-service = no PostgreSQL service called "{ $name }" in ~/.pg_service.conf or pg_service.conf
setup-certificate = cannot read the server's certificate { $path } (sslrootcert): { $why }
setup-tls = TLS cannot be set up: { $why }
setup-board-clash = schema { $schema } holds the record of "{ $found }", not of "{ $board }": two boards' names begin alike; rename one board in its pack
setup-login-too-long = the login { $login } for member { $member } is longer than PostgreSQL's 63 characters: shorten the member's id in the pack
setup-no-random = no random numbers for passwords: { $why }
setup-cannot-open = cannot open the record: { $why }
setup-cannot-look = cannot look at { $path }: { $why }
setup-cannot-create = cannot create { $path }: { $why }
agenda-welcome = Welcome, apologies and declarations of interest
agenda-risks = Risk register
agenda-other = Any other business and date of next meeting
status-heat-cell = risks with residual likelihood { $likelihood } × impact { $impact }: { $count } (c clears)
store-not-a-risk = scores are given to risks, and { $item } is not one
store-off-scale = { $likelihood } × { $impact } is off the scale: likelihood and impact are each 1 to 5
store-worker-stopped = the record's worker has stopped
store-draft-lost = { $gone }; and the draft file failed: { $why }
status-heat-cleared = heat map filter cleared
