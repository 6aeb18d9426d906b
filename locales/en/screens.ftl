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
field-due = Due (2017-11-30, 30/11/2017 or next meeting)
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
