# `boardpack check` and the pack's problems.

check-valid = valid: { $areas ->
        [one] { $areas } area
       *[other] { $areas } areas
    }, { $recommendations ->
        [one] { $recommendations } recommendation
       *[other] { $recommendations } recommendations
    }, { $actions ->
        [one] { $actions } action
       *[other] { $actions } actions
    }, { $risks ->
        [one] { $risks } risk
       *[other] { $risks } risks
    }, { $kpis ->
        [one] { $kpis } KPI
       *[other] { $kpis } KPIs
    }; { $warnings ->
        [one] { $warnings } warning
       *[other] { $warnings } warnings
    }
check-language-cy = Welsh
check-language-en = English
check-untranslated = this text has no { $language } version { $count ->
        [one] (the only one without)
       *[other] ({ $count } texts in all have none: this is the first)
    }
check-untranslated-help = the pack declares it is written in { $language }: give each text as (en: "…", cy: "…"), or remove `{ $code }` from `languages`
check-invalid = invalid: { $errors ->
        [one] { $errors } error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] { $warnings } warning
       *[other] { $warnings } warnings
    }

## What a pack must say, and what is wrong when it does not.
check-empty = { $what } is empty
check-what-board = board name
check-what-organisation = organisation
check-what-venue = venue
check-what-area-name = name for a priority area (area_name)
check-what-key-red = RAG key for Red
check-what-key-amber = RAG key for Amber
check-what-key-green = RAG key for Green
check-what-key-blue = RAG key for Blue
check-what-member-name = member name
check-what-agenda-item = agenda item
check-what-area-title = area title
check-what-board-lead = area board lead
check-what-recommendation-text = recommendation text
check-what-action-text = action text
check-what-risk-title = risk title
check-what-risk-owner = risk owner
check-what-risk-cause = risk cause
check-what-risk-event = risk event
check-what-risk-effect = risk effect
check-what-kpi-title = KPI title
check-what-kpi-unit = KPI unit
check-kind-area = area
check-kind-recommendation = recommendation
check-kind-action = action
check-kind-risk = risk
check-kind-kpi = KPI
check-no-members = the board has no members
check-member-twice = member "{ $name }" is listed twice
check-member-twice-help = first listed as member { $first }
check-no-chair = no member has the role Chair
check-no-chair-help = give the board's chair `role: Chair`; the chair agrees ratings and records decisions
check-chairs = { $count } members have the role Chair: { $first } and { $rest }
check-chairs-help = a board has one chair; give a deputy `role: ViceChair`
check-quorum-zero = quorum is 0: at least one voting member must be present
check-quorum-too-big = quorum is { $quorum } but the board has only { $voting } voting { $voting ->
        [one] member
       *[other] members
    }
check-agenda-no-time = agenda item "{ $item }" has no time allocated
check-agenda-area = agenda item "{ $item }" covers area "{ $area }", which the pack does not have (its areas are { $areas })
check-agenda-area-missing = area { $area } ({ $title }) has no agenda item, so the meeting will not come to it
check-agenda-area-missing-help = add an item for it, e.g. (item: "Priority area { $area }", minutes: 20, covers: Area("{ $area }")), or one item for all the areas' reports with `covers: Areas`
check-previous-meeting = previous meeting { $previous } is not before this meeting ({ $date })
check-next-meeting = next meeting { $next } is not after this meeting ({ $date })
check-bands = risk bands green_max { $green } and amber_max { $amber } are not in order
check-bands-help = scores run 1–25: green_max < amber_max, e.g. green_max: 4, amber_max: 12
check-member-id = member id "{ $id }" is not a plain id
check-member-id-help = use lower-case letters, digits and hyphens, starting with a letter, at most 32 characters: "chair", "cllr-evans"
check-member-id-twice = member id "{ $id }" is used twice
check-member-id-twice-help = first used by member { $first } ({ $name }); each member needs an id of their own
check-id-empty = { $what } id is empty
check-id-twice = duplicate { $what } id "{ $id }"
check-id-twice-help = each { $what } needs its own id
check-no-areas = the pack has no priority areas
check-area-no-recommendations = area { $id } has no recommendations
check-recommendation-no-actions = recommendation { $id } has no actions yet
check-action-no-lead = action { $id } has no lead officer
check-action-no-due = action { $id } has no due date
check-action-overdue = action { $id } is overdue (due { $due }) and has no progress update
check-action-overdue-help = officers should say what has happened and when it will be done
check-action-awaiting = action { $id } has not been updated since the last meeting: its progress and proposed rating are last meeting's
check-action-awaiting-help = once officers have updated it, remove `awaiting_update: true`
check-complete-not-blue = action { $id } is complete but proposed { $rag }, not Blue
check-blue-not-complete = action { $id } is proposed Blue (complete) but its status is { $status }
check-score-scale = { $score } { $part } is { $value }, outside the 1–5 scale
check-unknown-area = { $owner } refers to area "{ $area }", which is not in this pack
check-unknown-area-help = areas are: { $areas }
check-previous-score = previous residual score { $score } is outside 1–25
check-residual-above-inherent = risk { $id }: residual score { $residual } is above inherent { $inherent }
check-residual-above-inherent-help = controls should not make a risk worse; check the scores
check-review-due = risk { $id } was due for review on { $date }, before this meeting
check-kpi-no-target = KPI { $id } is RAG-rated but has no target
check-kpi-no-target-help = give a target, or mark it state: BaselineBeingSet or NotRagRated
check-kpi-tolerance = KPI { $id } tolerance { $tolerance } must be zero or more
check-kpi-not-a-number = KPI { $id } { $field } is not a number
check-kpi-period-order = KPI { $id }: period { $after } { $how ->
        [repeats] repeats
       *[before] comes before
    } { $before }
check-kpi-period-order-help = list periods oldest first, once each
check-kpi-value-not-a-number = KPI { $id }: value for { $period } is not a number

## A pack or keymap that cannot be read, in a programme manager's words.
one-of = { $rest } or { $last }
ron-curly-quotes = curly quotes: a pack's text goes in straight double quotes
ron-curly-quotes-help = replace “ and ” with " (a word processor turns " into curly quotes)
ron-single-quotes = text goes in double quotes, not single ones
ron-single-quotes-help = write "Chief Executive", not 'Chief Executive'
ron-hash-comment = comments start with //, not #
ron-hash-comment-help = write // at the start of a comment
ron-percent = write the number without the % sign
ron-percent-help = 84, not 84% — the KPI's unit says it is a percentage
ron-two-values = only one value can go here, not two joined by /
ron-two-values-help = choose one (a rating is Red, Amber, Green or Blue) and say the rest in the progress text
ron-quoted-name = remove the quotes: named values are written without them
ron-quoted-name-one-of = write one of { $choices } without quotes
ron-quoted-name-help = write the name without quotes
ron-unclosed-quote = the file ends inside a quoted text that starts at line { $line }
ron-unclosed-quote-help = close the quote with " where the text ends
ron-too-deep = values are nested more than 128 levels deep
ron-too-deep-help = a pack is never nested this deeply; the file is damaged or not a pack
ron-ends-too-soon = the file ends too soon
ron-ends-too-soon-help = look for an unclosed bracket or quote
ron-comma = expected a comma
ron-comma-help = a comma is missing before this, or a quote earlier was never closed
ron-whole-number = expected a whole number
ron-whole-number-help = numbers are written without quotes, like 3
ron-number = expected a number
ron-number-help = numbers are written without quotes, like 72.5
ron-text = expected text in double quotes
ron-text-help = write text like "Chief Executive"
ron-boolean = expected true or false
ron-boolean-help = write true or false, without quotes
ron-list = expected a list in [ ]
ron-list-help = write a list like ["one", "two"]
ron-this = this
ron-value = value
ron-missing-field = { $what } has no `{ $field }`
ron-missing-field-one-of = add `{ $field }: { $first }` (one of { $choices }) before the closing bracket
ron-missing-field-help = add `{ $field }: ...` before the closing bracket
ron-did-you-mean = did you mean `{ $name }`?
ron-fields-are = the fields are { $choices }
ron-no-such-field = `{ $found }` is not a field of a { $what }
ron-capitals = did you mean `{ $name }`? Capitals matter
ron-write-one-of = write one of { $choices }
ron-no-such-value = `{ $found }` is not a { $what }
type-kpi = KPI
type-action = action
type-risk = risk
type-recommendation = recommendation
type-area = priority area
type-meeting = meeting
type-member = member
type-pack = pack
type-status = status
type-rag = rating
type-term = term
type-polarity = polarity
type-trend = trend
type-role = role
type-kpi-state = KPI state
type-score = score
type-rag-key = RAG key
type-risk-description = risk description
type-risk-bands = set of risk bands
type-benchmark = benchmark
type-agenda-item = agenda item
type-text = text
report-here = here
report-this = this
report-error = error
report-warning = warning

## A pack file that cannot be read at all.
read-not-found = no such file
read-directory = this is a directory, not a pack file
read-empty = the file is empty: a pack needs at least a meeting and its areas (try `boardpack new`)
read-too-large = the file is { $size } MiB, over the { $limit } MiB limit for a pack; is this the right file?
read-not-utf8 = not UTF-8 text: invalid byte at offset { $offset } (line { $line }, column { $col }); save the pack as UTF-8
read-io = cannot read: { $why }

## What the command line says once it has done something.
cli-items-gone = { $count } items in the record are not in this issue of the pack; their entries are minuted under "{ $section }"
cli-minutes-written = wrote { $path } ({ $public ->
        [yes] public
       *[no] confidential
    } { $what ->
        [held] minutes
        [not-held] pre-meeting summary (the meeting has not been held: no attendance, rating or score is recorded)
       *[no-record] pre-meeting summary (no record yet)
    }, { $bytes } bytes)
cli-new-written = wrote { $path }: fill it in, then `boardpack check { $path }`
cli-new-exists = { $path } already exists; boardpack new never overwrites a file
cli-cannot-write = cannot write { $path }: { $why }
cli-retired-flags = --as and --role are gone: who you are and what you may do come from the pack's membership, not from what you type.
    Join as a member with `boardpack run { $pack } --member ID`; the members are:
    { $members }
    Without --member, the record's owner joins as the chair.
cli-no-such-member = { $pack } has no member with the id "{ $id }"; the members are:
    { $members }
cli-not-the-owner = { $record } belongs to { $owner } and you are { $me }: only the record's owner joins without --member, as the chair. Members join the meeting through the board's host over SSH, where they are known by their key (docs/DEPLOY.md).
cli-no-chair = { $pack } names no chair
cli-pack-reissued = this record was started with another issue of the pack ({ $previous }); { $count } entries refer to items no longer in it
cli-terminal-failed = the terminal failed: { $why }
roll-no-record = { $record } does not exist: there is no record of meeting { $number } to roll forward from (give the record with --record)
roll-exists = it exists already; roll never writes over a pack
roll-written = wrote { $path }: meeting { $number } on { $date }. { $ratings ->
        [one] 1 agreed rating became a previous rating
       *[other] { $ratings } agreed ratings became previous ratings
    }; the action log has { $new } new and { $carried } carried; { $decisions ->
        [one] 1 decision
       *[other] { $decisions } decisions
    } kept. Officers' updates are awaited: `boardpack check { $path }` lists them.
db-not-an-address = { $record } is not a PostgreSQL address: write postgres://OWNER@HOST:PORT/DATABASE (a file record needs no init)
db-ready = meeting { $number } of { $board } is ready in schema { $schema }
db-new-login = new login
db-existing-login = existing login, password unchanged
db-members = members (id, database login, role):
db-retired = retired: { $member } no longer has any right on this board (what they wrote is kept)
db-passwords-header = member	login	password: pass each on privately, then delete this file
db-passwords-in = new logins' passwords are in { $path } (owner-only)
db-passwords-shown = new logins' passwords (shown once; pass each on privately):
db-each-member-runs = each member runs: boardpack run { $pack } --record 'postgres://LOGIN@{ $address }/{ $database }' (password in ~/.pgpass)
db-login-not-member = this login is not a member of the board. Each member logs in as their own database role, which the board's database owner makes with `boardpack db init`:
db-retired-flags = --as and --role are gone: on a PostgreSQL record you are the member you logged in as
db-member-mismatch = { $place } logged in as { $id }; --member { $asked } cannot change who you are: log in as { $asked }'s own role
db-member-not-in-pack = { $id } is a member in the database but not in this pack: is it the right issue of the pack?
cli-no-format = cannot tell the format from { $path }: give --format md, html or docx
cli-record-reissued = { $record } was started with another issue of the pack ({ $previous })
cli-generated = wrote { $path } ({ $bytes } bytes)
cli-cannot-read = cannot read { $path }: { $why }
cli-no-key = no key for { $members }: they cannot join over SSH until their key is added
cli-keys-written = wrote { $path } ({ $count } keys): append it to the service account's ~/.ssh/authorized_keys

## A keymap file's mistakes.
keymap-key-empty = the key is empty
keymap-not-a-key = "{ $text }" is not a key: use one character ("q", "G", "?"), a name (enter, esc, tab, backspace, space, up, down, left, right, home, end, pageup, pagedown, f1-f12), optionally after ctrl+, alt+ or shift+
keymap-bound-twice = { $keys } is bound twice in `{ $context }` (also to { $action })
keymap-did-you-mean = did you mean `{ $name }`? The help screen (?) lists every action
keymap-help-lists = the help screen (?) lists every action
keymap-unknown-action = unknown action `{ $action }`
keymap-clash = { $keys } clashes with { $clash } in `{ $context }`: one starts the other, so the longer can never be typed
keymap-unreadable = { $path }: cannot read keymap: { $why } (built-in keymaps: { $built_in })
keymap-invalid = { $path }: the keymap is not valid
value-bad = { $detail }
value-bad-due = no date found in due "{ $text }": write a month and year ("October 2017"), a day ("31st January 2018") or an ISO date ("2018-01-31")
value-bad-date = date "{ $text }" is not written YYYY-MM-DD, like "2017-11-23"
value-bad-time = start time "{ $text }" is not a 24-hour time like "10:00"
keys-line = a line is a member id and their public key: `cllr-evans ssh-ed25519 AAAA… evans@laptop`
keys-not-a-member = "{ $member }" is not a member of the pack; the ids are: { $ids }
keys-not-a-type = "{ $key_type }" is not a public key type (expected one of { $types }); copy the whole line of the member's .pub file after their id
keys-not-whole = the key of { $member } is not a whole public key (it should be a long run of letters, digits, + and /)
keys-shared = this key is already { $owner }'s (line { $first }); each member needs a key of their own, or boardpack cannot tell them apart: two people on one key are one person to the computer
cli-exists-use-force = the file exists; pass --force to replace it
roll-next-not-after = the next meeting ({ $next }) must come after this one ({ $date })
roll-after-not-after = the meeting after next ({ $after }) must come after the next one ({ $next })
roll-unreadable = { $pack } is not a pack boardpack can read
roll-would-not-pass = the rolled pack would not be valid ({ $why }); nothing was written
roll-previous-minutes = Minutes of meeting { $number } held on { $date }
keys-not-a-word = { $path } cannot be written into a command line
keys-file-header = Written by `boardpack authorized-keys`: each key runs boardpack as its member and nothing else.
ron-text-or-both = expected text in double quotes, or (en: "…", cy: "…")
due-empty = due date is empty: leave the field out if there is no timescale
not-a-real-date = "{ $text }" is not a real date
no-such-day = { $month } { $year } has no day { $day }
period-bad = period "{ $text }" is not a month ("2017-06"), quarter ("2017-Q2") or year ("2017")
period-quarter = period "{ $text }": a quarter is Q1 to Q4
period-month = period "{ $text }": a month is 01 to 12
load-errors = { $count ->
        [one] { $count } error
       *[other] { $count } errors
    } in the pack
