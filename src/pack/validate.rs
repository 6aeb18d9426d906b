//! The checks a pack must pass beyond its syntax. Every problem is collected, not just the
//! first, so the programme manager can fix a pack in one pass.

use crate::diagnostics::{Path, Severity, Step};
use crate::locale::{self, Lang};
use crate::model::{
    ItemKind, ItemRef, Kpi, KpiState, Pack, Rag, Risk, Role, Score, Status, Text, is_blank,
};
use crate::t;
use std::collections::{HashMap, HashSet};

#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    pub severity: Severity,
    pub message: String,
    pub help: Option<String>,
    pub path: Path,
}

/// What is wrong, said in `lang`.
struct Findings {
    lang: Lang,
    found: Vec<Finding>,
    /// Whether warnings are kept; when not, each is made in `ignored` and let go.
    warnings: bool,
    ignored: Finding,
}

impl Findings {
    fn error(&mut self, path: Path, message: impl Into<String>) -> &mut Finding {
        self.push(Severity::Error, path, message)
    }

    fn warning(&mut self, path: Path, message: impl Into<String>) -> &mut Finding {
        self.push(Severity::Warning, path, message)
    }

    fn push(&mut self, severity: Severity, path: Path, message: impl Into<String>) -> &mut Finding {
        let finding = Finding {
            severity,
            message: message.into(),
            help: None,
            path,
        };
        if severity == Severity::Warning && !self.warnings {
            self.ignored = finding;
            return &mut self.ignored;
        }
        self.found.push(finding);
        self.found.last_mut().expect("just pushed")
    }

    /// `what`: the catalogue's name for the text ("check-what-board").
    fn required_text(&mut self, path: Path, what: &str, text: &str) {
        if is_blank(text) {
            let what = locale::message(self.lang, what, None);
            self.error(path, t!(self.lang, "check-empty", what = what));
        }
    }
}

impl Finding {
    fn help(&mut self, help: impl Into<String>) {
        self.help = Some(help.into());
    }
}

fn at(steps: &[Step]) -> Path {
    Path::from_slice(steps)
}

/// `first` then `rest`: one path, on the stack.
fn join(first: &[Step], rest: &[Step]) -> Path {
    let mut path = at(first);
    path.extend_from_slice(rest);
    path
}

use Step::{Field, Index};

/// Every error and warning, errors first.
pub fn validate(pack: &Pack, lang: Lang) -> Vec<Finding> {
    findings(pack, lang, true)
}

/// The errors alone: whether a pack passes, without the cost of keeping its warnings (a
/// rolled pack has one for every action whose update is awaited).
pub fn errors(pack: &Pack, lang: Lang) -> Vec<Finding> {
    findings(pack, lang, false)
}

fn findings(pack: &Pack, lang: Lang, warnings: bool) -> Vec<Finding> {
    let mut found = Findings {
        lang,
        found: Vec::new(),
        warnings,
        ignored: Finding {
            severity: Severity::Warning,
            message: String::new(),
            help: None,
            path: Path::new(),
        },
    };
    meeting(pack, &mut found);
    areas(pack, &mut found);
    risks(pack, &mut found);
    kpis(pack, &mut found);
    translations(pack, lang, &mut found);
    found.found.sort_by_key(|f| f.severity);
    found.found
}

fn meeting(pack: &Pack, found: &mut Findings) {
    let lang = found.lang;
    let m = &pack.meeting;
    let areas = &pack.areas;
    let field = |name| at(&[Field("meeting"), Field(name)]);
    for (name, what, text) in [
        ("board", "check-what-board", &m.board),
        ("organisation", "check-what-organisation", &m.organisation),
        ("venue", "check-what-venue", &m.venue),
    ] {
        found.required_text(field(name), what, text);
    }
    if let Some(name) = &m.area_name {
        found.required_text(field("area_name"), "check-what-area-name", name);
    }
    for (key, what, text) in [
        ("red", "check-what-key-red", &m.rag_key.red),
        ("amber", "check-what-key-amber", &m.rag_key.amber),
        ("green", "check-what-key-green", &m.rag_key.green),
        ("blue", "check-what-key-blue", &m.rag_key.blue),
    ] {
        found.required_text(
            at(&[Field("meeting"), Field("rag_key"), Field(key)]),
            what,
            text,
        );
    }
    if m.members.is_empty() {
        found.error(field("members"), t!(lang, "check-no-members"));
    }
    for (i, member) in m.members.iter().enumerate() {
        found.required_text(
            at(&[Field("meeting"), Field("members"), Index(i), Field("name")]),
            "check-what-member-name",
            &member.name,
        );
    }
    let mut seen = HashMap::new();
    for (i, member) in m.members.iter().enumerate() {
        if let Some(first) = seen.insert(member.name.trim(), i) {
            found
                .error(
                    at(&[Field("meeting"), Field("members"), Index(i), Field("name")]),
                    t!(lang, "check-member-twice", name = member.name.as_str()),
                )
                .help(t!(lang, "check-member-twice-help", first = first + 1));
        }
    }
    membership_ids(m, found);
    let chairs: Vec<&str> = m
        .members
        .iter()
        .filter(|member| member.role == Role::Chair)
        .map(|member| member.name.as_str())
        .collect();
    match chairs.as_slice() {
        [_] => {}
        [] if !m.members.is_empty() => {
            found
                .error(field("members"), t!(lang, "check-no-chair"))
                .help(t!(lang, "check-no-chair-help"));
        }
        [] => {}
        [first, rest @ ..] => {
            found
                .error(
                    field("members"),
                    t!(
                        lang,
                        "check-chairs",
                        count = chairs.len(),
                        first = *first,
                        rest = rest.join(", ")
                    ),
                )
                .help(t!(lang, "check-chairs-help"));
        }
    }
    let voting = m.members.iter().filter(|member| member.voting).count() as u32;
    if m.quorum == 0 {
        found.error(field("quorum"), t!(lang, "check-quorum-zero"));
    } else if m.quorum > voting {
        found.error(
            field("quorum"),
            t!(
                lang,
                "check-quorum-too-big",
                quorum = m.quorum,
                voting = voting
            ),
        );
    }
    for (i, item) in m.agenda.iter().enumerate() {
        let path = |name| at(&[Field("meeting"), Field("agenda"), Index(i), Field(name)]);
        found.required_text(path("item"), "check-what-agenda-item", &item.item);
        if item.minutes == 0 {
            found.warning(
                path("minutes"),
                t!(lang, "check-agenda-no-time", item = item.item.get(lang)),
            );
        }
        if let Some(crate::model::Covers::Area(id)) = &item.covers {
            if !areas.iter().any(|area| area.id == *id) {
                let ids: Vec<&str> = areas.iter().map(|area| area.id.as_str()).collect();
                found.error(
                    path("covers"),
                    t!(
                        lang,
                        "check-agenda-area",
                        item = item.item.get(lang),
                        area = id.as_str(),
                        areas = ids.join(", ")
                    ),
                );
            }
        }
    }
    for area in pack
        .areas_off_the_agenda()
        .into_iter()
        .map(|a| &pack.areas[a])
    {
        let area_id = area.id.as_str();
        found
            .warning(
                at(&[Field("meeting"), Field("agenda")]),
                t!(
                    lang,
                    "check-agenda-area-missing",
                    area = area_id,
                    title = area.title.get(lang)
                ),
            )
            .help(t!(lang, "check-agenda-area-missing-help", area = area_id));
    }
    if let Some(previous) = m.previous_meeting.filter(|d| *d >= m.date) {
        found.error(
            field("previous_meeting"),
            t!(
                lang,
                "check-previous-meeting",
                previous = previous.to_string(),
                date = m.date.to_string()
            ),
        );
    }
    if let Some(next) = m.next_meeting.filter(|d| *d <= m.date) {
        found.error(
            field("next_meeting"),
            t!(
                lang,
                "check-next-meeting",
                next = next.to_string(),
                date = m.date.to_string()
            ),
        );
    }
    let bands = pack.risk_bands;
    if !(1..=25).contains(&bands.green_max)
        || !(1..=25).contains(&bands.amber_max)
        || bands.green_max >= bands.amber_max
    {
        found
            .error(
                at(&[Field("risk_bands")]),
                t!(
                    lang,
                    "check-bands",
                    green = bands.green_max,
                    amber = bands.amber_max
                ),
            )
            .help(t!(lang, "check-bands-help"));
    }
}

/// Member ids are how members log in, how the record names who wrote what, and later how
/// database roles are named: short, plain and unique.
fn membership_ids(m: &crate::model::Meeting, found: &mut Findings) {
    let lang = found.lang;
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for (i, member) in m.members.iter().enumerate() {
        let path = at(&[Field("meeting"), Field("members"), Index(i), Field("id")]);
        let id = member.id.as_str();
        let plain = !id.is_empty()
            && id.len() <= 32
            && id.starts_with(|c: char| c.is_ascii_lowercase())
            && id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if !plain {
            found
                .error(path.clone(), t!(lang, "check-member-id", id = id))
                .help(t!(lang, "check-member-id-help"));
        }
        if let Some(first) = seen.insert(id, i) {
            found
                .error(path, t!(lang, "check-member-id-twice", id = id))
                .help(t!(
                    lang,
                    "check-member-id-twice-help",
                    first = first + 1,
                    name = m.members[first].name.as_str()
                ));
        }
    }
}

/// Reports the second and later uses of each of `count` ids, each with how to say where
/// it is (worked out only for one reported); `what` is the catalogue's name for the kind of
/// item ("check-kind-action").
fn unique_ids<'a, P: Fn() -> Path>(
    found: &mut Findings,
    what: &str,
    count: usize,
    ids: impl Iterator<Item = (&'a str, P)>,
) {
    let lang = found.lang;
    let what = || locale::message(lang, what, None);
    // Sized for them all at once: growing as they come costs more than the checks.
    let mut seen: HashSet<&str> = HashSet::with_capacity(count);
    for (id, place) in ids {
        if is_blank(id) {
            found.error(place(), t!(lang, "check-id-empty", what = what()));
        } else if !seen.insert(id) {
            found
                .error(place(), t!(lang, "check-id-twice", what = what(), id = id))
                .help(t!(lang, "check-id-twice-help", what = what()));
        }
    }
}

fn areas(pack: &Pack, found: &mut Findings) {
    let lang = found.lang;
    if pack.areas.is_empty() {
        found.error(at(&[Field("areas")]), t!(lang, "check-no-areas"));
    }
    let area_path = |a: usize| at(&[Field("areas"), Index(a)]);
    let rec_path = |a: usize, r: usize| join(&area_path(a), &[Field("recommendations"), Index(r)]);
    let action_path = |a, r, i: usize| join(&rec_path(a, r), &[Field("actions"), Index(i)]);
    let with = |mut path: Path, name| {
        path.push(Field(name));
        path
    };

    let recommendations = pack.areas.iter().flat_map(|area| &area.recommendations);
    unique_ids(
        found,
        "check-kind-area",
        pack.areas.len(),
        pack.areas
            .iter()
            .enumerate()
            .map(|(a, area)| (area.id.as_str(), move || with(area_path(a), "id"))),
    );
    unique_ids(
        found,
        "check-kind-recommendation",
        recommendations.clone().count(),
        pack.areas.iter().enumerate().flat_map(|(a, area)| {
            area.recommendations
                .iter()
                .enumerate()
                .map(move |(r, rec)| (rec.id.as_str(), move || with(rec_path(a, r), "id")))
        }),
    );
    unique_ids(
        found,
        "check-kind-action",
        recommendations.map(|rec| rec.actions.len()).sum(),
        pack.areas.iter().enumerate().flat_map(|(a, area)| {
            area.recommendations
                .iter()
                .enumerate()
                .flat_map(move |(r, rec)| {
                    rec.actions.iter().enumerate().map(move |(i, action)| {
                        (action.id.as_str(), move || with(action_path(a, r, i), "id"))
                    })
                })
        }),
    );

    let meeting_date = pack.meeting.date;
    for (a, area) in pack.areas.iter().enumerate() {
        found.required_text(
            with(area_path(a), "title"),
            "check-what-area-title",
            &area.title,
        );
        found.required_text(
            with(area_path(a), "board_lead"),
            "check-what-board-lead",
            &area.board_lead,
        );
        if area.recommendations.is_empty() {
            found.warning(
                with(area_path(a), "recommendations"),
                t!(lang, "check-area-no-recommendations", id = area.id.as_str()),
            );
        }
        for (r, rec) in area.recommendations.iter().enumerate() {
            found.required_text(
                with(rec_path(a, r), "text"),
                "check-what-recommendation-text",
                &rec.text,
            );
            if rec.actions.is_empty() {
                found.warning(
                    with(rec_path(a, r), "actions"),
                    t!(
                        lang,
                        "check-recommendation-no-actions",
                        id = rec.id.as_str()
                    ),
                );
            }
            for (i, action) in rec.actions.iter().enumerate() {
                let path = |name| with(action_path(a, r, i), name);
                let id = action.id.as_str();
                found.required_text(path("text"), "check-what-action-text", &action.text);
                if action.leads.iter().all(Text::is_empty) {
                    found.warning(path("leads"), t!(lang, "check-action-no-lead", id = id));
                }
                if action.due.is_none() && action.status != Status::Complete {
                    found.warning(path("due"), t!(lang, "check-action-no-due", id = id));
                }
                let no_progress = action
                    .progress
                    .as_deref()
                    .is_none_or(|p| p.trim().is_empty());
                if action.is_overdue(meeting_date) && no_progress {
                    let due = action.due.as_ref().map(|d| d.written()).unwrap_or_default();
                    found
                        .warning(
                            path("progress"),
                            t!(lang, "check-action-overdue", id = id, due = due),
                        )
                        .help(t!(lang, "check-action-overdue-help"));
                }
                if action.awaiting_update {
                    found
                        .warning(
                            path("awaiting_update"),
                            t!(lang, "check-action-awaiting", id = id),
                        )
                        .help(t!(lang, "check-action-awaiting-help"));
                }
                match (action.status, action.proposed_rag) {
                    (Status::Complete, Some(rag)) if rag != Rag::Blue => {
                        found.warning(
                            path("proposed_rag"),
                            t!(
                                lang,
                                "check-complete-not-blue",
                                id = id,
                                rag = rag.name(lang)
                            ),
                        );
                    }
                    (status, Some(Rag::Blue)) if status != Status::Complete => {
                        found.warning(
                            path("proposed_rag"),
                            t!(
                                lang,
                                "check-blue-not-complete",
                                id = id,
                                status = status.label(lang)
                            ),
                        );
                    }
                    _ => {}
                }
            }
        }
    }
}

/// `what`: "inherent", "residual" or "target", as the pack's field is named.
fn score(found: &mut Findings, path: Path, what: &str, score: Score) {
    let lang = found.lang;
    for (name, value) in [("likelihood", score.likelihood), ("impact", score.impact)] {
        if !(1..=5).contains(&value) {
            let mut path = path.clone();
            path.push(Field(name));
            found.error(
                path,
                t!(
                    lang,
                    "check-score-scale",
                    score = what,
                    part = name,
                    value = value
                ),
            );
        }
    }
}

/// `owner`: the risk or KPI that names `area` (its kind and id), named in the message only
/// if it is wrong.
fn known_area(pack: &Pack, found: &mut Findings, path: Path, owner: (ItemKind, &str), area: &str) {
    let lang = found.lang;
    if pack.area(area).is_none() {
        let ids: Vec<&str> = pack.areas.iter().map(|a| a.id.as_str()).collect();
        found
            .error(
                path,
                t!(
                    lang,
                    "check-unknown-area",
                    owner = ItemRef::new(owner.0, owner.1).label(lang),
                    area = area
                ),
            )
            .help(t!(lang, "check-unknown-area-help", areas = ids.join(", ")));
    }
}

fn risks(pack: &Pack, found: &mut Findings) {
    let lang = found.lang;
    let risk_path = |i: usize, name| at(&[Field("risks"), Index(i), Field(name)]);
    unique_ids(
        found,
        "check-kind-risk",
        pack.risks.len(),
        pack.risks
            .iter()
            .enumerate()
            .map(|(i, risk)| (risk.id.as_str(), move || risk_path(i, "id"))),
    );
    for (i, risk) in pack.risks.iter().enumerate() {
        let Risk {
            id,
            title,
            description,
            owner,
            ..
        } = risk;
        found.required_text(risk_path(i, "title"), "check-what-risk-title", title);
        found.required_text(risk_path(i, "owner"), "check-what-risk-owner", owner);
        for (name, what, text) in [
            ("cause", "check-what-risk-cause", &description.cause),
            ("event", "check-what-risk-event", &description.event),
            ("effect", "check-what-risk-effect", &description.effect),
        ] {
            let path = at(&[Field("risks"), Index(i), Field("description"), Field(name)]);
            found.required_text(path, what, text);
        }
        for (n, area) in risk.areas.iter().enumerate() {
            known_area(
                pack,
                found,
                at(&[Field("risks"), Index(i), Field("areas"), Index(n)]),
                (ItemKind::Risk, id.as_str()),
                area,
            );
        }
        score(found, risk_path(i, "inherent"), "inherent", risk.inherent);
        score(found, risk_path(i, "residual"), "residual", risk.residual);
        score(found, risk_path(i, "target"), "target", risk.target);
        if let Some(previous) = risk.previous_residual.filter(|p| !(1..=25).contains(p)) {
            found.error(
                risk_path(i, "previous_residual"),
                t!(lang, "check-previous-score", score = previous),
            );
        }
        if risk.residual.value() > risk.inherent.value() {
            found
                .warning(
                    risk_path(i, "residual"),
                    t!(
                        lang,
                        "check-residual-above-inherent",
                        id = id.as_str(),
                        residual = risk.residual.value(),
                        inherent = risk.inherent.value()
                    ),
                )
                .help(t!(lang, "check-residual-above-inherent-help"));
        }
        if risk.review_date < pack.meeting.date {
            found.warning(
                risk_path(i, "review_date"),
                t!(
                    lang,
                    "check-review-due",
                    id = id.as_str(),
                    date = risk.review_date.to_string()
                ),
            );
        }
    }
}

fn kpis(pack: &Pack, found: &mut Findings) {
    let lang = found.lang;
    let kpi_path = |i: usize, name| at(&[Field("kpis"), Index(i), Field(name)]);
    unique_ids(
        found,
        "check-kind-kpi",
        pack.kpis.len(),
        pack.kpis
            .iter()
            .enumerate()
            .map(|(i, kpi)| (kpi.id.as_str(), move || kpi_path(i, "id"))),
    );
    for (i, kpi) in pack.kpis.iter().enumerate() {
        let Kpi {
            id, title, unit, ..
        } = kpi;
        let id = id.as_str();
        found.required_text(kpi_path(i, "title"), "check-what-kpi-title", title);
        found.required_text(kpi_path(i, "unit"), "check-what-kpi-unit", unit);
        if let Some(area) = &kpi.area {
            known_area(pack, found, kpi_path(i, "area"), (ItemKind::Kpi, id), area);
        }
        if kpi.state == KpiState::Rated && kpi.target.is_none() {
            found
                .error(
                    kpi_path(i, "target"),
                    t!(lang, "check-kpi-no-target", id = id),
                )
                .help(t!(lang, "check-kpi-no-target-help"));
        }
        if !kpi.tolerance.is_finite() || kpi.tolerance < 0.0 {
            found.error(
                kpi_path(i, "tolerance"),
                t!(
                    lang,
                    "check-kpi-tolerance",
                    id = id,
                    tolerance = kpi.tolerance.to_string()
                ),
            );
        }
        for (name, value) in [
            ("target", kpi.target),
            ("benchmark", kpi.benchmark.as_ref().map(|b| b.value)),
        ] {
            if value.is_some_and(|v| !v.is_finite()) {
                found.error(
                    kpi_path(i, name),
                    t!(lang, "check-kpi-not-a-number", id = id, field = name),
                );
            }
        }
        for (n, window) in kpi.series.windows(2).enumerate() {
            let [(before, _), (after, _)] = window else {
                continue;
            };
            if after.start() <= before.start() {
                let path = at(&[Field("kpis"), Index(i), Field("series"), Index(n + 1)]);
                let how = if after.start() == before.start() {
                    "repeats"
                } else {
                    "before"
                };
                found
                    .error(
                        path,
                        t!(
                            lang,
                            "check-kpi-period-order",
                            id = id,
                            after = after.to_string(),
                            how = how,
                            before = before.to_string()
                        ),
                    )
                    .help(t!(lang, "check-kpi-period-order-help"));
            }
        }
        for (n, (period, value)) in kpi.series.iter().enumerate() {
            if !value.is_finite() {
                found.error(
                    at(&[Field("kpis"), Index(i), Field("series"), Index(n)]),
                    t!(
                        lang,
                        "check-kpi-value-not-a-number",
                        id = id,
                        period = period.to_string()
                    ),
                );
            }
        }
    }
}

/// Every piece of text the pack may give in more than one language, in the order the pack
/// gives them, each with how to say where it is: a place is worked out only for a text
/// reported (438 texts in the Powys pack, one reported).
fn each_text(pack: &Pack, visit: &mut dyn FnMut(&dyn Fn() -> Path, &Text)) {
    let m = &pack.meeting;
    for (name, text) in [
        ("board", &m.board),
        ("organisation", &m.organisation),
        ("venue", &m.venue),
    ] {
        visit(&|| at(&[Field("meeting"), Field(name)]), text);
    }
    if let Some(text) = &m.language_arrangements {
        visit(
            &|| at(&[Field("meeting"), Field("language_arrangements")]),
            text,
        );
    }
    if let Some(text) = &m.area_name {
        visit(&|| at(&[Field("meeting"), Field("area_name")]), text);
    }
    for (i, item) in m.agenda.iter().enumerate() {
        let place = || at(&[Field("meeting"), Field("agenda"), Index(i), Field("item")]);
        visit(&place, &item.item);
    }
    for (key, rag) in [
        ("red", Rag::Red),
        ("amber", Rag::Amber),
        ("green", Rag::Green),
        ("blue", Rag::Blue),
    ] {
        let place = || at(&[Field("meeting"), Field("rag_key"), Field(key)]);
        visit(&place, m.rag_key.meaning(rag));
    }
    for (a, area) in pack.areas.iter().enumerate() {
        let area_at = |rest: &[Step]| join(&[Field("areas"), Index(a)], rest);
        visit(&|| area_at(&[Field("title")]), &area.title);
        visit(&|| area_at(&[Field("board_lead")]), &area.board_lead);
        for (r, rec) in area.recommendations.iter().enumerate() {
            let rec_at =
                |rest: &[Step]| area_at(&join(&[Field("recommendations"), Index(r)], rest));
            visit(&|| rec_at(&[Field("text")]), &rec.text);
            for (x, action) in rec.actions.iter().enumerate() {
                let action_at = |rest: &[Step]| rec_at(&join(&[Field("actions"), Index(x)], rest));
                visit(&|| action_at(&[Field("text")]), &action.text);
                for (n, measure) in action.success_measures.iter().enumerate() {
                    visit(
                        &|| action_at(&[Field("success_measures"), Index(n)]),
                        measure,
                    );
                }
                for (n, lead) in action.leads.iter().enumerate() {
                    visit(&|| action_at(&[Field("leads"), Index(n)]), lead);
                }
                if let Some(progress) = &action.progress {
                    visit(&|| action_at(&[Field("progress")]), progress);
                }
            }
        }
    }
    for (i, risk) in pack.risks.iter().enumerate() {
        let risk_at = |rest: &[Step]| join(&[Field("risks"), Index(i)], rest);
        visit(&|| risk_at(&[Field("title")]), &risk.title);
        visit(&|| risk_at(&[Field("owner")]), &risk.owner);
        let d = &risk.description;
        for (name, text) in [
            ("cause", &d.cause),
            ("event", &d.event),
            ("effect", &d.effect),
        ] {
            visit(&|| risk_at(&[Field("description"), Field(name)]), text);
        }
        for (name, list) in [
            ("controls", &risk.controls),
            ("further_actions", &risk.further_actions),
        ] {
            for (n, text) in list.iter().enumerate() {
                visit(&|| risk_at(&[Field(name), Index(n)]), text);
            }
        }
    }
    for (i, kpi) in pack.kpis.iter().enumerate() {
        let kpi_at = |name| at(&[Field("kpis"), Index(i), Field(name)]);
        visit(&|| kpi_at("title"), &kpi.title);
        visit(&|| kpi_at("unit"), &kpi.unit);
        if let Some(benchmark) = &kpi.benchmark {
            let place = || at(&[Field("kpis"), Index(i), Field("benchmark"), Field("label")]);
            visit(&place, &benchmark.label);
        }
        if !kpi.commentary.is_empty() {
            visit(&|| kpi_at("commentary"), &kpi.commentary);
        }
    }
}

/// A pack that declares its languages should say everything in each of them: one warning
/// per language missing somewhere, at the first text without it, with how many lack it.
fn translations(pack: &Pack, lang: Lang, found: &mut Findings) {
    let declared = &pack.meeting.languages;
    let Some(&main) = declared.first() else {
        return;
    };
    // For each language declared: how many texts lack it, and where the first is.
    let mut missing: Vec<(usize, Option<Path>)> = declared.iter().map(|_| (0, None)).collect();
    each_text(pack, &mut |place, text| {
        if text.is_empty() {
            return;
        }
        for (&wanted, (count, first)) in declared.iter().zip(&mut missing) {
            if !text.has(wanted, main) {
                *count += 1;
                first.get_or_insert_with(place);
            }
        }
    });
    for (&wanted, (count, first)) in declared.iter().zip(missing) {
        let Some(first) = first else {
            continue;
        };
        let language = match wanted {
            Lang::Cy => t!(lang, "check-language-cy"),
            Lang::En => t!(lang, "check-language-en"),
        };
        found
            .warning(
                first,
                t!(
                    lang,
                    "check-untranslated",
                    language = language.clone(),
                    count = count
                ),
            )
            .help(t!(
                lang,
                "check-untranslated-help",
                code = wanted.code(),
                language = language
            ));
    }
}
