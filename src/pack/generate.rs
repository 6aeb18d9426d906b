//! Deterministic large packs for tests and benchmarks: the same options always give the
//! same pack, byte for byte.

use crate::model::*;
use chrono::{Datelike, Months, NaiveDate, NaiveTime};

#[derive(Debug, Clone)]
pub struct GenerateOptions {
    pub actions: usize,
    pub risks: usize,
    pub kpis: usize,
    pub periods: usize,
    pub seed: u64,
}

const AREAS: [(&str, &str, &str); 4] = [
    (
        "A",
        "Leadership, Governance and Partnership",
        "Chief Executive",
    ),
    (
        "B",
        "Case Management / Strategy and Models of Care",
        "Director of Education",
    ),
    ("C", "Workforce", "Director of HR"),
    (
        "D",
        "Practice Quality and Assurance",
        "Head of Children's Services",
    ),
];
const VERBS: [&str; 10] = [
    "Review",
    "Implement",
    "Publish",
    "Audit",
    "Embed",
    "Recruit to",
    "Train staff in",
    "Report on",
    "Strengthen",
    "Launch",
];
const OBJECTS: [&str; 12] = [
    "the quality assurance framework",
    "the supervision policy",
    "the regional threshold document",
    "the workforce strategy",
    "foster carer support",
    "care and support planning",
    "the complaints process",
    "management information reports",
    "the multi-agency child protection protocol",
    "case recording on the case management system",
    "the strengths-based practice model",
    "exit interviews for social care staff",
];
const LEADS: [&str; 8] = [
    "Head of Children's Services",
    "Chief Executive",
    "Strategic Programme Manager",
    "Interim Safeguarding Children's Lead",
    "Senior Manager - Child Care South & CWD",
    "Senior Manager - Child Care North & PPD",
    "Senior Manager Resources & Placements",
    "Professional Lead - Business Support Resources",
];

pub fn generate(options: &GenerateOptions) -> Pack {
    let mut rng = fastrand::Rng::with_seed(options.seed);
    let meeting_date = NaiveDate::from_ymd_opt(2022, 3, 17).expect("valid date");
    let pick = |rng: &mut fastrand::Rng, list: &[&str]| list[rng.usize(..list.len())].to_string();
    // Blue means complete, so it is only proposed for complete actions.
    let rag = |rng: &mut fastrand::Rng| {
        [Rag::Red, Rag::Amber, Rag::Amber, Rag::Green, Rag::Green][rng.usize(..5)]
    };
    // Three earlier meetings of agreed ratings, so direction of travel has history to span.
    let rated = |rng: &mut fastrand::Rng| -> Vec<Rated> {
        earlier(meeting_date)
            .map(|(meeting, date)| Rated {
                meeting,
                date,
                rag: rag(rng),
            })
            .collect()
    };

    let mut areas: Vec<Area> = AREAS
        .iter()
        .map(|(id, title, lead)| Area {
            id: id.to_string(),
            title: title.to_string().into(),
            board_lead: lead.to_string().into(),
            recommendations: Vec::new(),
        })
        .collect();
    let mut made = 0;
    while made < options.actions {
        let area_index = areas
            .iter()
            .map(|a| a.recommendations.len())
            .enumerate()
            .min_by_key(|(_, n)| *n)
            .map_or(0, |(i, _)| i);
        let area = &mut areas[area_index];
        let rec_id = format!("{}.{}", area.id, area.recommendations.len() + 1);
        let count = rng.usize(1..=8).min(options.actions - made);
        let actions = (1..=count)
            .map(|n| {
                let due =
                    meeting_date + chrono::Days::new(rng.u64(0..240)) - chrono::Days::new(120);
                let status = [
                    Status::NotStarted,
                    Status::InProgress,
                    Status::InProgress,
                    Status::Complete,
                ][rng.usize(..4)];
                let proposed = if status == Status::Complete {
                    Rag::Blue
                } else {
                    rag(&mut rng)
                };
                Action {
                    id: format!("{rec_id}.{n}"),
                    text: format!("{} {}", pick(&mut rng, &VERBS), pick(&mut rng, &OBJECTS)).into(),
                    success_measures: vec![
                        format!(
                            "Evidence that {} is in place and used",
                            pick(&mut rng, &OBJECTS)
                        )
                        .into(),
                    ],
                    leads: vec![pick(&mut rng, &LEADS).into()],
                    due: Some(Due::on(due)),
                    status,
                    progress: Some(
                        format!("Update for meeting: {} underway.", pick(&mut rng, &OBJECTS))
                            .into(),
                    ),
                    previous_rag: Some(rag(&mut rng)),
                    proposed_rag: Some(proposed),
                    exempt: rng.u8(..100) == 0,
                    history: rated(&mut rng),
                    awaiting_update: false,
                }
            })
            .collect();
        made += count;
        let term = [Term::Immediate, Term::Medium, Term::Long][rng.usize(..3)];
        area.recommendations.push(Recommendation {
            id: rec_id,
            term,
            answers: Some(format!("Recommendation {}", rng.usize(1..=29))),
            text: format!(
                "The local authority must {} {}.",
                pick(&mut rng, &VERBS).to_lowercase(),
                pick(&mut rng, &OBJECTS)
            )
            .into(),
            exempt: false,
            actions,
        });
    }

    let score = |rng: &mut fastrand::Rng| Score {
        likelihood: rng.u8(1..=5),
        impact: rng.u8(1..=5),
    };
    let risks = (1..=options.risks)
        .map(|n| {
            let inherent = score(&mut rng);
            let residual = Score {
                likelihood: rng.u8(1..=inherent.likelihood),
                impact: rng.u8(1..=inherent.impact),
            };
            Risk {
                id: format!("R{n}"),
                title: format!(
                    "Failure to {} {}",
                    pick(&mut rng, &VERBS).to_lowercase(),
                    pick(&mut rng, &OBJECTS)
                )
                .into(),
                description: RiskDescription {
                    cause: format!("Capacity pressure on {}", pick(&mut rng, &OBJECTS)).into(),
                    event: "Planned improvement is not delivered on time".into(),
                    effect: "Children remain at risk of harm and the council fails re-inspection"
                        .into(),
                },
                owner: pick(&mut rng, &LEADS).into(),
                areas: vec![AREAS[rng.usize(..AREAS.len())].0.to_string()],
                inherent,
                residual,
                target: Score {
                    likelihood: 1,
                    impact: residual.impact,
                },
                controls: vec![
                    format!("Monthly monitoring of {}", pick(&mut rng, &OBJECTS)).into(),
                ],
                further_actions: vec![
                    format!("{} {}", pick(&mut rng, &VERBS), pick(&mut rng, &OBJECTS)).into(),
                ],
                trend: [Trend::Improving, Trend::Stable, Trend::Worsening][rng.usize(..3)],
                previous_residual: Some(rng.u8(1..=25)),
                review_date: meeting_date + chrono::Days::new(rng.u64(1..90)),
                exempt: rng.u8(..50) == 0,
                history: earlier(meeting_date)
                    .map(|(meeting, date)| Scored {
                        meeting,
                        date,
                        residual: rng.u8(1..=25),
                    })
                    .collect(),
            }
        })
        .collect();

    let first_period =
        meeting_date.with_day(1).expect("day 1 exists") - Months::new(options.periods as u32);
    let kpis = (1..=options.kpis)
        .map(|n| {
            let polarity = if rng.bool() {
                Polarity::HigherIsBetter
            } else {
                Polarity::LowerIsBetter
            };
            let target = f64::from(rng.u32(10..=95));
            let mut value = target + f64::from(rng.i32(-20..=20));
            let series = (0..options.periods)
                .map(|i| {
                    let month = first_period + Months::new(i as u32);
                    value = (value + f64::from(rng.i32(-3..=3))).max(0.0);
                    (
                        Period::Month {
                            year: month.year(),
                            month: month.month(),
                        },
                        value,
                    )
                })
                .collect();
            Kpi {
                id: format!("K{n}"),
                title: format!(
                    "Percentage of {} completed on time",
                    pick(&mut rng, &OBJECTS)
                )
                .into(),
                area: Some(AREAS[rng.usize(..AREAS.len())].0.to_string()),
                unit: "%".into(),
                polarity,
                target: Some(target),
                tolerance: 5.0,
                benchmark: Some(Benchmark {
                    label: "Wales average".into(),
                    value: target - 3.0,
                }),
                series,
                commentary: "Generated for benchmarking.".into(),
                state: KpiState::Rated,
                exempt: false,
                history: rated(&mut rng),
            }
        })
        .collect();

    Pack {
        meeting: Meeting {
            board: "Generated Improvement Board".into(),
            organisation: "Benchmark County Council".into(),
            number: 12,
            date: meeting_date,
            start: NaiveTime::from_hms_opt(10, 0, 0).expect("valid time"),
            venue: "Council Chamber".into(),
            languages: Vec::new(),
            language_arrangements: None,
            area_name: None,
            members: vec![
                Member {
                    id: "chair".into(),
                    name: "Independent Chair".into(),
                    role: Role::Chair,
                    organisation: "Welsh Government appointee".into(),
                    voting: true,
                    language: None,
                },
                Member {
                    id: "former-director".into(),
                    name: "Former Director of Social Services".into(),
                    role: Role::Member,
                    organisation: "Independent".into(),
                    voting: true,
                    language: None,
                },
                Member {
                    id: "former-portfolio-holder".into(),
                    name: "Former Portfolio Holder".into(),
                    role: Role::Member,
                    organisation: "Independent".into(),
                    voting: true,
                    language: None,
                },
                Member {
                    id: "clerk".into(),
                    name: "Democratic Services Officer".into(),
                    role: Role::Clerk,
                    organisation: "Benchmark County Council".into(),
                    voting: false,
                    language: None,
                },
            ],
            quorum: 2,
            agenda: Vec::new(),
            previous_meeting: Some(meeting_date - chrono::Days::new(42)),
            next_meeting: Some(meeting_date + chrono::Days::new(42)),
            rag_key: RagKey {
                red: "Off track".into(),
                amber: "At risk".into(),
                green: "On track".into(),
                blue: "Complete".into(),
            },
            previous_minutes: Some("Minutes of meeting 11".into()),
            action_log: (1..=options.actions / 50)
                .map(|n| LoggedAction {
                    reference: format!("M{}/AA{n}", 9 + n % 3),
                    item: Some(format!("risk R{}", 1 + n % options.risks.max(1))),
                    text: format!("Report on {}", pick(&mut rng, &OBJECTS)),
                    owner: pick(&mut rng, &LEADS),
                    due: "next meeting".into(),
                    status: [LogStatus::Open, LogStatus::Open, LogStatus::Done][n % 3],
                    raised: u32::try_from(9 + n % 3).unwrap_or(9),
                    carried: (10 + n % 3..12)
                        .filter_map(|m| u32::try_from(m).ok())
                        .collect(),
                })
                .collect(),
            decisions: (1..=3)
                .map(|n| Decision {
                    meeting: 8 + n,
                    item: None,
                    text: format!(
                        "That the Board receives a report on {}",
                        pick(&mut rng, &OBJECTS)
                    ),
                })
                .collect(),
            previous_risks: (1..=options.risks).map(|n| format!("R{n}")).collect(),
        },
        risk_bands: RiskBands::default(),
        areas,
        risks,
        kpis,
    }
}

/// The generated board's three meetings before this one (it meets every six weeks).
fn earlier(date: NaiveDate) -> impl Iterator<Item = (u32, NaiveDate)> {
    (9..12).map(move |meeting| {
        (
            meeting,
            date - chrono::Days::new(42 * u64::from(12 - meeting)),
        )
    })
}
