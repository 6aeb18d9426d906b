//! The checks a pack must pass beyond its syntax. Every problem is collected, not just the
//! first, so the programme manager can fix a pack in one pass.

use crate::diagnostics::{Path, Severity, Step};
use crate::locale::Lang;
use crate::model::{Kpi, KpiState, Pack, Rag, Risk, Role, Score, Status, Text};
use crate::t;
use std::collections::HashMap;

#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    pub severity: Severity,
    pub message: String,
    pub help: Option<String>,
    pub path: Path,
}

#[derive(Default)]
struct Findings(Vec<Finding>);

impl Findings {
    fn error(&mut self, path: Path, message: impl Into<String>) -> &mut Finding {
        self.push(Severity::Error, path, message)
    }

    fn warning(&mut self, path: Path, message: impl Into<String>) -> &mut Finding {
        self.push(Severity::Warning, path, message)
    }

    fn push(&mut self, severity: Severity, path: Path, message: impl Into<String>) -> &mut Finding {
        self.0.push(Finding {
            severity,
            message: message.into(),
            help: None,
            path,
        });
        self.0.last_mut().expect("just pushed")
    }

    fn required_text(&mut self, path: Path, what: &str, text: &str) {
        if text.trim().is_empty() {
            self.error(path, format!("{what} is empty"));
        }
    }
}

impl Finding {
    fn help(&mut self, help: impl Into<String>) {
        self.help = Some(help.into());
    }
}

fn at(steps: &[Step]) -> Path {
    steps.to_vec()
}

use Step::{Field, Index};

pub fn validate(pack: &Pack, lang: Lang) -> Vec<Finding> {
    let mut found = Findings::default();
    meeting(pack, &mut found);
    areas(pack, &mut found);
    risks(pack, &mut found);
    kpis(pack, &mut found);
    translations(pack, lang, &mut found);
    found.0.sort_by_key(|f| f.severity);
    found.0
}

fn meeting(pack: &Pack, found: &mut Findings) {
    let m = &pack.meeting;
    let areas = &pack.areas;
    let field = |name| at(&[Field("meeting"), Field(name)]);
    for (name, what, text) in [
        ("board", "board name", &m.board),
        ("organisation", "organisation", &m.organisation),
        ("venue", "venue", &m.venue),
    ] {
        found.required_text(field(name), what, text);
    }
    for (key, what, text) in [
        ("red", "RAG key for Red", &m.rag_key.red),
        ("amber", "RAG key for Amber", &m.rag_key.amber),
        ("green", "RAG key for Green", &m.rag_key.green),
        ("blue", "RAG key for Blue", &m.rag_key.blue),
    ] {
        found.required_text(
            at(&[Field("meeting"), Field("rag_key"), Field(key)]),
            what,
            text,
        );
    }
    if m.members.is_empty() {
        found.error(field("members"), "the board has no members");
    }
    for (i, member) in m.members.iter().enumerate() {
        found.required_text(
            at(&[Field("meeting"), Field("members"), Index(i), Field("name")]),
            "member name",
            &member.name,
        );
    }
    let mut seen = HashMap::new();
    for (i, member) in m.members.iter().enumerate() {
        if let Some(first) = seen.insert(member.name.trim(), i) {
            found
                .error(
                    at(&[Field("meeting"), Field("members"), Index(i), Field("name")]),
                    format!("member {:?} is listed twice", member.name),
                )
                .help(format!("first listed as member {}", first + 1));
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
                .error(field("members"), "no member has the role Chair")
                .help("give the board's chair `role: Chair`; the chair agrees ratings and records decisions");
        }
        [] => {}
        [first, rest @ ..] => {
            found
                .error(
                    field("members"),
                    format!(
                        "{} members have the role Chair: {first} and {}",
                        chairs.len(),
                        rest.join(", ")
                    ),
                )
                .help("a board has one chair; give a deputy `role: ViceChair`");
        }
    }
    let voting = m.members.iter().filter(|member| member.voting).count() as u32;
    if m.quorum == 0 {
        found.error(
            field("quorum"),
            "quorum is 0: at least one voting member must be present",
        );
    } else if m.quorum > voting {
        found.error(
            field("quorum"),
            format!(
                "quorum is {} but the board has only {voting} voting member{}",
                m.quorum,
                if voting == 1 { "" } else { "s" }
            ),
        );
    }
    for (i, item) in m.agenda.iter().enumerate() {
        let path = |name| at(&[Field("meeting"), Field("agenda"), Index(i), Field(name)]);
        found.required_text(path("item"), "agenda item", &item.item);
        if item.minutes == 0 {
            found.warning(
                path("minutes"),
                format!("agenda item {:?} has no time allocated", item.item),
            );
        }
        if let Some(crate::model::Covers::Area(id)) = &item.covers {
            if !areas.iter().any(|area| area.id == *id) {
                let ids: Vec<&str> = areas.iter().map(|area| area.id.as_str()).collect();
                found.error(
                    path("covers"),
                    format!(
                        "agenda item {:?} covers area {id:?}, which the pack does not have (its areas are {})",
                        item.item,
                        ids.join(", ")
                    ),
                );
            }
        }
    }
    if let Some(previous) = m.previous_meeting.filter(|d| *d >= m.date) {
        found.error(
            field("previous_meeting"),
            format!(
                "previous meeting {previous} is not before this meeting ({})",
                m.date
            ),
        );
    }
    if let Some(next) = m.next_meeting.filter(|d| *d <= m.date) {
        found.error(
            field("next_meeting"),
            format!("next meeting {next} is not after this meeting ({})", m.date),
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
                format!(
                    "risk bands green_max {} and amber_max {} are not in order",
                    bands.green_max, bands.amber_max
                ),
            )
            .help("scores run 1–25: green_max < amber_max, e.g. green_max: 4, amber_max: 12");
    }
}

/// Member ids are how members log in, how the record names who wrote what, and later how
/// database roles are named: short, plain and unique.
fn membership_ids(m: &crate::model::Meeting, found: &mut Findings) {
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
                .error(
                    path.clone(),
                    format!("member id {id:?} is not a plain id"),
                )
                .help("use lower-case letters, digits and hyphens, starting with a letter, at most 32 characters: \"chair\", \"cllr-evans\"");
        }
        if let Some(first) = seen.insert(id, i) {
            found
                .error(path, format!("member id {id:?} is used twice"))
                .help(format!(
                    "first used by member {} ({}); each member needs an id of their own",
                    first + 1,
                    m.members[first].name
                ));
        }
    }
}

/// Reports the second and later uses of each id.
fn unique_ids<'a>(found: &mut Findings, what: &str, ids: impl Iterator<Item = (&'a str, Path)>) {
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for (n, (id, path)) in ids.enumerate() {
        if id.trim().is_empty() {
            found.error(path, format!("{what} id is empty"));
        } else if seen.insert(id, n).is_some() {
            found
                .error(path, format!("duplicate {what} id {id:?}"))
                .help(format!("each {what} needs its own id"));
        }
    }
}

fn areas(pack: &Pack, found: &mut Findings) {
    if pack.areas.is_empty() {
        found.error(at(&[Field("areas")]), "the pack has no priority areas");
    }
    let area_path = |a: usize| vec![Field("areas"), Index(a)];
    let rec_path =
        |a: usize, r: usize| [area_path(a), vec![Field("recommendations"), Index(r)]].concat();
    let action_path = |a, r, i: usize| [rec_path(a, r), vec![Field("actions"), Index(i)]].concat();
    let with = |mut path: Path, name| {
        path.push(Field(name));
        path
    };

    unique_ids(
        found,
        "area",
        pack.areas
            .iter()
            .enumerate()
            .map(|(a, area)| (area.id.as_str(), with(area_path(a), "id"))),
    );
    unique_ids(
        found,
        "recommendation",
        pack.areas.iter().enumerate().flat_map(|(a, area)| {
            area.recommendations
                .iter()
                .enumerate()
                .map(move |(r, rec)| (rec.id.as_str(), with(rec_path(a, r), "id")))
        }),
    );
    unique_ids(
        found,
        "action",
        pack.areas.iter().enumerate().flat_map(|(a, area)| {
            area.recommendations
                .iter()
                .enumerate()
                .flat_map(move |(r, rec)| {
                    rec.actions.iter().enumerate().map(move |(i, action)| {
                        (action.id.as_str(), with(action_path(a, r, i), "id"))
                    })
                })
        }),
    );

    let meeting_date = pack.meeting.date;
    for (a, area) in pack.areas.iter().enumerate() {
        found.required_text(with(area_path(a), "title"), "area title", &area.title);
        found.required_text(
            with(area_path(a), "board_lead"),
            "area board lead",
            &area.board_lead,
        );
        if area.recommendations.is_empty() {
            found.warning(
                with(area_path(a), "recommendations"),
                format!("area {} has no recommendations", area.id),
            );
        }
        for (r, rec) in area.recommendations.iter().enumerate() {
            found.required_text(
                with(rec_path(a, r), "text"),
                "recommendation text",
                &rec.text,
            );
            if rec.actions.is_empty() {
                found.warning(
                    with(rec_path(a, r), "actions"),
                    format!("recommendation {} has no actions yet", rec.id),
                );
            }
            for (i, action) in rec.actions.iter().enumerate() {
                let path = |name| with(action_path(a, r, i), name);
                found.required_text(path("text"), "action text", &action.text);
                if action.leads.iter().all(|l| l.trim().is_empty()) {
                    found.warning(
                        path("leads"),
                        format!("action {} has no lead officer", action.id),
                    );
                }
                if action.due.is_none() && action.status != Status::Complete {
                    found.warning(path("due"), format!("action {} has no due date", action.id));
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
                            format!(
                                "action {} is overdue (due {due}) and has no progress update",
                                action.id
                            ),
                        )
                        .help("officers should say what has happened and when it will be done");
                }
                if action.awaiting_update {
                    found
                        .warning(
                            path("awaiting_update"),
                            format!(
                                "action {} has not been updated since the last meeting: its progress and proposed rating are last meeting's",
                                action.id
                            ),
                        )
                        .help("once officers have updated it, remove `awaiting_update: true`");
                }
                match (action.status, action.proposed_rag) {
                    (Status::Complete, Some(rag)) if rag != Rag::Blue => {
                        found.warning(
                            path("proposed_rag"),
                            format!(
                                "action {} is complete but proposed {}, not Blue",
                                action.id,
                                rag.word()
                            ),
                        );
                    }
                    (status, Some(Rag::Blue)) if status != Status::Complete => {
                        found.warning(
                            path("proposed_rag"),
                            format!(
                                "action {} is proposed Blue (complete) but its status is {}",
                                action.id,
                                status.label(Lang::En)
                            ),
                        );
                    }
                    _ => {}
                }
            }
        }
    }
}

fn score(found: &mut Findings, path: Path, what: &str, score: Score) {
    for (name, value) in [("likelihood", score.likelihood), ("impact", score.impact)] {
        if !(1..=5).contains(&value) {
            let mut path = path.clone();
            path.push(Field(name));
            found.error(
                path,
                format!("{what} {name} is {value}, outside the 1–5 scale"),
            );
        }
    }
}

fn known_area(pack: &Pack, found: &mut Findings, path: Path, owner: &str, area: &str) {
    if pack.area(area).is_none() {
        let ids: Vec<&str> = pack.areas.iter().map(|a| a.id.as_str()).collect();
        found
            .error(
                path,
                format!("{owner} refers to area {area:?}, which is not in this pack"),
            )
            .help(format!("areas are: {}", ids.join(", ")));
    }
}

fn risks(pack: &Pack, found: &mut Findings) {
    let risk_path = |i: usize, name| vec![Field("risks"), Index(i), Field(name)];
    unique_ids(
        found,
        "risk",
        pack.risks
            .iter()
            .enumerate()
            .map(|(i, risk)| (risk.id.as_str(), risk_path(i, "id"))),
    );
    for (i, risk) in pack.risks.iter().enumerate() {
        let Risk {
            id,
            title,
            description,
            owner,
            ..
        } = risk;
        found.required_text(risk_path(i, "title"), "risk title", title);
        found.required_text(risk_path(i, "owner"), "risk owner", owner);
        for (name, text) in [
            ("cause", &description.cause),
            ("event", &description.event),
            ("effect", &description.effect),
        ] {
            let path = vec![Field("risks"), Index(i), Field("description"), Field(name)];
            found.required_text(path, &format!("risk {name}"), text);
        }
        for (n, area) in risk.areas.iter().enumerate() {
            known_area(
                pack,
                found,
                vec![Field("risks"), Index(i), Field("areas"), Index(n)],
                &format!("risk {id}"),
                area,
            );
        }
        score(found, risk_path(i, "inherent"), "inherent", risk.inherent);
        score(found, risk_path(i, "residual"), "residual", risk.residual);
        score(found, risk_path(i, "target"), "target", risk.target);
        if let Some(previous) = risk.previous_residual.filter(|p| !(1..=25).contains(p)) {
            found.error(
                risk_path(i, "previous_residual"),
                format!("previous residual score {previous} is outside 1–25"),
            );
        }
        if risk.residual.value() > risk.inherent.value() {
            found
                .warning(
                    risk_path(i, "residual"),
                    format!(
                        "risk {id}: residual score {} is above inherent {}",
                        risk.residual.value(),
                        risk.inherent.value()
                    ),
                )
                .help("controls should not make a risk worse; check the scores");
        }
        if risk.review_date < pack.meeting.date {
            found.warning(
                risk_path(i, "review_date"),
                format!(
                    "risk {id} was due for review on {}, before this meeting",
                    risk.review_date
                ),
            );
        }
    }
}

fn kpis(pack: &Pack, found: &mut Findings) {
    let kpi_path = |i: usize, name| vec![Field("kpis"), Index(i), Field(name)];
    unique_ids(
        found,
        "KPI",
        pack.kpis
            .iter()
            .enumerate()
            .map(|(i, kpi)| (kpi.id.as_str(), kpi_path(i, "id"))),
    );
    for (i, kpi) in pack.kpis.iter().enumerate() {
        let Kpi {
            id, title, unit, ..
        } = kpi;
        found.required_text(kpi_path(i, "title"), "KPI title", title);
        found.required_text(kpi_path(i, "unit"), "KPI unit", unit);
        if let Some(area) = &kpi.area {
            known_area(pack, found, kpi_path(i, "area"), &format!("KPI {id}"), area);
        }
        if kpi.state == KpiState::Rated && kpi.target.is_none() {
            found
                .error(
                    kpi_path(i, "target"),
                    format!("KPI {id} is RAG-rated but has no target"),
                )
                .help("give a target, or mark it state: BaselineBeingSet or NotRagRated");
        }
        if !kpi.tolerance.is_finite() || kpi.tolerance < 0.0 {
            found.error(
                kpi_path(i, "tolerance"),
                format!("KPI {id} tolerance {} must be zero or more", kpi.tolerance),
            );
        }
        for (name, value) in [
            ("target", kpi.target),
            ("benchmark", kpi.benchmark.as_ref().map(|b| b.value)),
        ] {
            if value.is_some_and(|v| !v.is_finite()) {
                found.error(
                    kpi_path(i, name),
                    format!("KPI {id} {name} is not a number"),
                );
            }
        }
        for (n, window) in kpi.series.windows(2).enumerate() {
            let [(before, _), (after, _)] = window else {
                continue;
            };
            if after.start() <= before.start() {
                let path = vec![Field("kpis"), Index(i), Field("series"), Index(n + 1)];
                let how = if after.start() == before.start() {
                    "repeats"
                } else {
                    "comes before"
                };
                found
                    .error(path, format!("KPI {id}: period {after} {how} {before}"))
                    .help("list periods oldest first, once each");
            }
        }
        for (n, (period, value)) in kpi.series.iter().enumerate() {
            if !value.is_finite() {
                found.error(
                    vec![Field("kpis"), Index(i), Field("series"), Index(n)],
                    format!("KPI {id}: value for {period} is not a number"),
                );
            }
        }
    }
}

/// Every piece of text the pack may give in more than one language, with where it is.
fn texts(pack: &Pack) -> Vec<(Path, &Text)> {
    let mut all: Vec<(Path, &Text)> = Vec::new();
    let m = &pack.meeting;
    for (name, text) in [
        ("board", &m.board),
        ("organisation", &m.organisation),
        ("venue", &m.venue),
    ] {
        all.push((at(&[Field("meeting"), Field(name)]), text));
    }
    if let Some(text) = &m.language_arrangements {
        all.push((
            at(&[Field("meeting"), Field("language_arrangements")]),
            text,
        ));
    }
    for (i, item) in m.agenda.iter().enumerate() {
        let path = at(&[Field("meeting"), Field("agenda"), Index(i), Field("item")]);
        all.push((path, &item.item));
    }
    for (key, rag) in [
        ("red", Rag::Red),
        ("amber", Rag::Amber),
        ("green", Rag::Green),
        ("blue", Rag::Blue),
    ] {
        let path = at(&[Field("meeting"), Field("rag_key"), Field(key)]);
        all.push((path, m.rag_key.meaning(rag)));
    }
    for (a, area) in pack.areas.iter().enumerate() {
        let area_at = |rest: &[Step]| [&[Field("areas"), Index(a)], rest].concat();
        all.push((area_at(&[Field("title")]), &area.title));
        for (r, rec) in area.recommendations.iter().enumerate() {
            let rec_at =
                |rest: &[Step]| area_at(&[&[Field("recommendations"), Index(r)], rest].concat());
            all.push((rec_at(&[Field("text")]), &rec.text));
            for (x, action) in rec.actions.iter().enumerate() {
                let action_at =
                    |rest: &[Step]| rec_at(&[&[Field("actions"), Index(x)], rest].concat());
                all.push((action_at(&[Field("text")]), &action.text));
                for (n, measure) in action.success_measures.iter().enumerate() {
                    all.push((action_at(&[Field("success_measures"), Index(n)]), measure));
                }
                if let Some(progress) = &action.progress {
                    all.push((action_at(&[Field("progress")]), progress));
                }
            }
        }
    }
    for (i, risk) in pack.risks.iter().enumerate() {
        let risk_at = |rest: &[Step]| [&[Field("risks"), Index(i)], rest].concat();
        all.push((risk_at(&[Field("title")]), &risk.title));
        let d = &risk.description;
        for (name, text) in [
            ("cause", &d.cause),
            ("event", &d.event),
            ("effect", &d.effect),
        ] {
            all.push((risk_at(&[Field("description"), Field(name)]), text));
        }
        for (name, list) in [
            ("controls", &risk.controls),
            ("further_actions", &risk.further_actions),
        ] {
            for (n, text) in list.iter().enumerate() {
                all.push((risk_at(&[Field(name), Index(n)]), text));
            }
        }
    }
    for (i, kpi) in pack.kpis.iter().enumerate() {
        let kpi_at = |name| at(&[Field("kpis"), Index(i), Field(name)]);
        all.push((kpi_at("title"), &kpi.title));
        if !kpi.commentary.is_empty() {
            all.push((kpi_at("commentary"), &kpi.commentary));
        }
    }
    all
}

/// A pack that declares its languages should say everything in each of them: one warning
/// per language missing somewhere, at the first text without it, with how many lack it.
fn translations(pack: &Pack, lang: Lang, found: &mut Findings) {
    let declared = &pack.meeting.languages;
    let Some(&main) = declared.first() else {
        return;
    };
    let texts = texts(pack);
    for &wanted in declared {
        let missing: Vec<&Path> = texts
            .iter()
            .filter(|(_, text)| !text.is_empty() && !text.has(wanted, main))
            .map(|(path, _)| path)
            .collect();
        let Some(first) = missing.first() else {
            continue;
        };
        let language = match wanted {
            Lang::Cy => t!(lang, "check-language-cy"),
            Lang::En => t!(lang, "check-language-en"),
        };
        found
            .warning(
                (*first).clone(),
                t!(
                    lang,
                    "check-untranslated",
                    language = language.clone(),
                    count = missing.len()
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
