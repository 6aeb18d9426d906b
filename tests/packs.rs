//! Loading and validating packs: the shipped ones, a table of hand-broken ones, the
//! template, the generator, and a round trip through RON.

use boardpack::locale::Lang;
use boardpack::pack::{self, GenerateOptions, LoadError, Problem, Severity, Source};

const MINIMAL: &str = include_str!("../packs/minimal.ron");

/// `pack` with `from` replaced by `to`; panics if `from` is absent, so a case can't
/// silently test nothing.
fn broken(pack: &str, from: &str, to: &str) -> String {
    assert!(pack.contains(from), "{from:?} is not in the pack");
    pack.replacen(from, to, 1)
}

fn problems(text: &str) -> Vec<Problem> {
    match pack::parse(Source::new("broken.ron", text)) {
        Ok(loaded) => loaded.warnings(),
        Err(LoadError::Invalid { problems, .. }) => problems,
        Err(err) => panic!("unexpected error: {err}"),
    }
}

/// (line, column, message, underlined text) of each problem.
fn located(text: &str) -> Vec<(usize, usize, String, String)> {
    problems(text)
        .into_iter()
        .map(|p| (p.line, p.col, p.message, text[p.span].to_string()))
        .collect()
}

#[test]
fn every_shipped_pack_is_valid() {
    let mut checked = 0;
    for entry in std::fs::read_dir("packs").unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "ron") {
            let loaded = pack::load(&path).unwrap_or_else(|err| panic!("{err}"));
            assert!(
                loaded
                    .warnings()
                    .iter()
                    .all(|w| w.severity == Severity::Warning)
            );
            checked += 1;
        }
    }
    assert!(
        checked >= 2,
        "packs/ should hold the Powys and minimal packs"
    );
}

#[test]
fn the_powys_pack_holds_the_whole_plan() {
    let loaded = pack::load("packs/powys-children-2017.ron".as_ref()).unwrap();
    let p = &loaded.pack;
    let ids = |area: &str| -> Vec<String> {
        p.area(area)
            .unwrap()
            .recommendations
            .iter()
            .map(|r| r.id.clone())
            .collect()
    };
    assert_eq!(
        p.areas.iter().map(|a| a.id.as_str()).collect::<Vec<_>>(),
        ["A", "B", "C", "D"]
    );
    assert_eq!(
        ids("A"),
        (1..=11).map(|n| format!("A.{n}")).collect::<Vec<_>>()
    );
    assert_eq!(
        ids("B"),
        (1..=8).map(|n| format!("B.{n}")).collect::<Vec<_>>()
    );
    assert_eq!(
        ids("C"),
        (1..=5).map(|n| format!("C.{n}")).collect::<Vec<_>>()
    );
    assert_eq!(
        ids("D"),
        (1..=4).map(|n| format!("D.{n}")).collect::<Vec<_>>()
    );
    assert_eq!(p.actions().count(), 92);
    assert!(p.risks.len() >= 10);
    assert!(p.kpis.len() >= 12 && p.kpis.iter().all(|k| k.series.len() >= 6));
    assert!(
        p.actions().all(|(_, _, a)| a.proposed_rag.is_some()),
        "officers propose a RAG for every action"
    );
    let overdue = p
        .actions()
        .filter(|(_, _, a)| a.is_overdue(p.meeting.date))
        .count();
    assert!(
        overdue > 0,
        "some October 2017 actions are overdue at the November meeting"
    );
}

#[test]
fn syntax_and_type_errors_name_the_line_column_and_token() {
    let cases = [
        (
            broken(MINIMAL, "venue:", "vneue:"),
            10,
            5,
            "`vneue` is not a field of a meeting",
            "vneue",
        ),
        (
            broken(MINIMAL, "    venue: \"Room 2, Civic Centre\",\n", ""),
            20,
            3,
            "meeting has no `venue`",
            ")",
        ),
        (
            broken(MINIMAL, "InProgress", "Done"),
            38,
            23,
            "`Done` is not a status",
            "Done",
        ),
        (
            broken(MINIMAL, "2026-03-05", "2026-02-30"),
            8,
            11,
            "\"2026-02-30\" is not a real date",
            "\"2026-02-30\"",
        ),
        (
            broken(MINIMAL, "2026-03-05", "5 March 2026"),
            8,
            11,
            "date \"5 March 2026\" is not written YYYY-MM-DD, like \"2017-11-23\"",
            "\"5 March 2026\"",
        ),
        (
            broken(MINIMAL, "\"March 2026\"", "\"ASAP\""),
            37,
            20,
            "no date found in due \"ASAP\": write a month and year (\"October 2017\"), a day (\"31st January 2018\") or an ISO date (\"2018-01-31\")",
            "\"ASAP\"",
        ),
        (
            broken(MINIMAL, "\"March 2026\"", "\"30th February 2026\""),
            37,
            20,
            "February 2026 has no day 30",
            "\"30th February 2026\"",
        ),
        (
            broken(MINIMAL, "14:00", "25:00"),
            9,
            12,
            "start time \"25:00\" is not a 24-hour time like \"10:00\"",
            "\"25:00\"",
        ),
        (
            broken(MINIMAL, "number: 1", "number: \"one\""),
            7,
            13,
            "expected a whole number",
            "\"one\"",
        ),
        (
            broken(MINIMAL, "  ],\n)\n", "  ],\n"),
            45,
            1,
            "the file ends too soon",
            "",
        ),
        (
            broken(MINIMAL, "\"Leadership\"", "\"Leadership"),
            26,
            20,
            "expected a comma",
            "Chief",
        ),
        (
            broken(MINIMAL, "voting: true", "voting: yes"),
            12,
            98,
            "expected true or false",
            "yes",
        ),
    ];
    for (text, line, col, message, token) in cases {
        assert_eq!(
            located(&text),
            [(line, col, message.to_string(), token.to_string())],
            "in:\n{text}"
        );
    }
}

#[test]
fn a_typo_in_a_field_name_suggests_the_field() {
    let found = problems(&broken(MINIMAL, "venue:", "vneue:"));
    assert_eq!(found[0].help.as_deref(), Some("did you mean `venue`?"));
}

#[test]
fn semantic_errors_are_all_reported_in_one_run() {
    let text = broken(pack::TEMPLATE, "\"A.1.2\"", "\"A.1.1\"");
    let text = broken(&text, "areas: [\"A\"]", "areas: [\"Z\"]");
    let text = broken(
        &text,
        "residual: (likelihood: 4",
        "residual: (likelihood: 6",
    );
    let text = broken(&text, "(\"2025-11\", 79)", "(\"2025-08\", 79)");
    let text = broken(
        &text,
        "board: \"Children's Services Improvement Board\"",
        "board: \"\"",
    );
    let text = broken(
        &text,
        "next_meeting: \"2026-02-26\"",
        "next_meeting: \"2026-01-01\"",
    );
    let text = broken(&text, "quorum: 2", "quorum: 3");
    let text = broken(&text, "target: 90,", "");
    let errors: Vec<_> = located(&text)
        .into_iter()
        .map(|(line, col, message, token)| format!("{line}:{col} {message} [{token}]"))
        .collect();
    assert_eq!(
        errors,
        [
            "8:12 board name is empty [\"\"]",
            "36:13 quorum is 3 but the board has only 2 voting members [3]",
            "43:19 next meeting 2026-01-01 is not after this meeting (2026-01-15) [\"2026-01-01\"]",
            "83:19 duplicate action id \"A.1.1\" [\"A.1.1\"]",
            "110:15 risk R1 refers to area \"Z\", which is not in this pack [\"Z\"]",
            "112:30 residual likelihood is 6, outside the 1–5 scale [6]",
            "125:11 KPI K1 is RAG-rated but has no target [\"K1\"]",
            "134:50 KPI K1: period 2025-08 comes before 2025-10 [(\"2025-08\", 79)]",
        ]
    );
}

/// A board's own name for its areas: an empty one is an error that says which field, and
/// one in English only counts among the texts lacking their Welsh.
#[test]
fn a_boards_name_for_its_areas_is_checked_like_any_text() {
    let named = |name: &str| {
        broken(
            MINIMAL,
            "    venue: \"Room 2, Civic Centre\",\n",
            &format!("    venue: \"Room 2, Civic Centre\",\n    area_name: {name},\n"),
        )
    };
    let found = problems(&named("\"\""));
    assert!(
        found[0].message.contains("area_name") && found[0].message.contains("empty"),
        "{:?}",
        found[0].message
    );
    let welsh = |name: &str| {
        broken(
            &named(name),
            "number: 1,",
            "number: 1,\n    languages: [en, cy],",
        )
    };
    let untranslated = |text: &str| {
        let loaded = pack::parse(Source::new("w.ron", text.to_string())).expect("warnings only");
        loaded
            .warnings()
            .into_iter()
            .find(|w| w.message.contains("Welsh"))
            .map(|w| w.message)
    };
    let english_only = untranslated(&welsh("\"Improvement Theme\"")).expect("a warning");
    let both = untranslated(&welsh("(en: \"Improvement Theme\", cy: \"Thema Gwella\")"))
        .expect("a warning");
    // "… (12 texts in all have none: …)", or "(the only one without)".
    let count = |message: &str| -> usize {
        message
            .split(['(', ' '])
            .find_map(|w| w.parse().ok())
            .unwrap_or(1)
    };
    assert_eq!(
        count(&english_only),
        count(&both) + 1,
        "{english_only} / {both}"
    );
}

/// A Welsh board writes who leads, who owns a risk, a KPI's unit and its benchmark's name
/// in both languages, as any other text; `check` counts those left in one language.
#[test]
fn leads_owners_units_and_benchmarks_may_be_written_in_both_languages() {
    use boardpack::locale::Lang;
    let both = |en: &str, cy: &str| format!("(en: \"{en}\", cy: \"{cy}\")");
    let bilingual = |lead: &str| {
        let mut text = MINIMAL.to_string();
        for (from, en, cy) in [
            ("\"Improvement Board\"", "Improvement Board", "Bwrdd Gwella"),
            (
                "\"Example Council\"",
                "Example Council",
                "Cyngor Enghreifftiol",
            ),
            (
                "\"Room 2, Civic Centre\"",
                "Room 2, Civic Centre",
                "Ystafell 2",
            ),
            ("\"Off track\"", "Off track", "Oddi ar y trywydd"),
            ("\"At risk\"", "At risk", "Mewn perygl"),
            ("\"On track\"", "On track", "Ar y trywydd"),
            ("\"Complete\"", "Complete", "Wedi'i gwblhau"),
            ("\"Leadership\"", "Leadership", "Arweinyddiaeth"),
            ("board_lead: \"Chief Executive\"", "", ""),
            (
                "\"Establish an Improvement Board.\"",
                "Establish an Improvement Board.",
                "Sefydlu Bwrdd Gwella.",
            ),
            (
                "\"Agree the Board's terms of reference.\"",
                "Agree the Board's terms of reference.",
                "Cytuno ar gylch gorchwyl y Bwrdd.",
            ),
            ("leads: [\"Chief Executive\"]", "", ""),
        ] {
            let to = match from {
                f if f.starts_with("board_lead") => {
                    format!("board_lead: {}", both("Chief Executive", "Prif Weithredwr"))
                }
                f if f.starts_with("leads") => format!("leads: [{lead}]"),
                _ => both(en, cy),
            };
            text = broken(&text, from, &to);
        }
        let text = broken(&text, "number: 1,", "number: 1,\n    languages: [en, cy],");
        let register = format!(
            r#"  risks: [(id: "R1", title: {title}, description: (cause: {cause}, event: {event}, effect: {effect}),
    owner: {owner}, areas: ["1"], inherent: (likelihood: 4, impact: 4), residual: (likelihood: 3, impact: 4),
    target: (likelihood: 2, impact: 2), trend: Stable, review_date: "2026-06-01")],
  kpis: [(id: "K1", title: {kpi}, unit: {unit}, polarity: HigherIsBetter, target: 90,
    benchmark: (label: {label}, value: 88), series: [("2026-01", 80)])],
)"#,
            title = both("Staff leave", "Staff yn gadael"),
            cause = both("Pay", "Cyflog"),
            event = both("Resignations", "Ymddiswyddiadau"),
            effect = both("Caseloads rise", "Llwythi achos yn codi"),
            owner = both("Head of Service", "Pennaeth Gwasanaeth"),
            kpi = both("Visits on time", "Ymweliadau mewn pryd"),
            unit = both("visits", "ymweliadau"),
            label = both("Wales average", "Cyfartaledd Cymru"),
        );
        let end = text.rfind(')').unwrap();
        format!("{}{register}\n", &text[..end])
    };
    let welsh_warning = |text: &str| {
        let loaded = pack::parse(Source::new("w.ron", text.to_string())).expect("a valid pack");
        let warning = loaded
            .warnings()
            .into_iter()
            .find(|w| w.message.contains("Welsh"));
        (loaded.pack, warning)
    };
    let (pack, warning) = welsh_warning(&bilingual(&both("Chief Executive", "Prif Weithredwr")));
    assert!(warning.is_none(), "{warning:?}");
    let action = &pack.areas[0].recommendations[0].actions[0];
    for (text, welsh) in [
        (&pack.areas[0].board_lead, "Prif Weithredwr"),
        (&action.leads[0], "Prif Weithredwr"),
        (&pack.risks[0].owner, "Pennaeth Gwasanaeth"),
        (&pack.kpis[0].unit, "ymweliadau"),
        (
            &pack.kpis[0].benchmark.as_ref().unwrap().label,
            "Cyfartaledd Cymru",
        ),
    ] {
        assert_eq!(text.get(Lang::Cy), welsh);
    }
    // A lead left in English is the one text without Welsh, and `check` points at it.
    let text = bilingual("\"Chief Executive\"");
    let (_, warning) = welsh_warning(&text);
    let warning = warning.expect("a warning");
    let line = text
        .lines()
        .position(|l| l.contains("leads: [\"Chief Executive\"]"))
        .unwrap()
        + 1;
    assert_eq!(warning.line, line, "{warning:?}");
    assert!(warning.message.contains("only one"), "{}", warning.message);
}

#[test]
fn warnings_do_not_fail_a_pack() {
    let text = broken(MINIMAL, "leads: [\"Chief Executive\"],", "");
    let loaded = pack::parse(Source::new("w.ron", text)).expect("warnings only");
    let warnings = loaded.warnings();
    assert_eq!(loaded.warning_count(), 1);
    assert_eq!(warnings[0].message, "action 1.1.1 has no lead officer");
    assert_eq!((warnings[0].line, warnings[0].col), (34, 19));
}

#[test]
fn overdue_without_progress_is_a_warning_at_the_action() {
    let text = broken(MINIMAL, "due: \"March 2026\"", "due: \"January 2026\"");
    let loaded = pack::parse(Source::new("w.ron", text)).unwrap();
    let messages: Vec<String> = loaded.warnings().into_iter().map(|w| w.message).collect();
    assert_eq!(
        messages,
        ["action 1.1.1 is overdue (due January 2026) and has no progress update"]
    );
}

#[test]
fn an_area_the_agenda_gives_no_time_is_a_warning_at_the_agenda() {
    let powys = std::fs::read_to_string("packs/powys-children-2017.ron").unwrap();
    let area_c = "      (item: (en: \"Priority Improvement Area C: Workforce\", cy: \"Maes Gwella Blaenoriaeth C: Y Gweithlu\"), minutes: 20),\n";
    let text = broken(&powys, area_c, "");
    let loaded = pack::parse(Source::new("w.ron", text.as_str())).expect("warnings only");
    let warnings = loaded.warnings();
    let off: Vec<_> = warnings
        .iter()
        .filter(|w| w.message.contains("agenda item"))
        .collect();
    assert_eq!(off.len(), 1, "{warnings:?}");
    assert_eq!(
        off[0].message,
        "area C (Workforce) has no agenda item, so the meeting will not come to it"
    );
    assert!(text[off[0].span.clone()].starts_with("["), "at the agenda");
    assert!(
        off[0]
            .help
            .as_deref()
            .unwrap_or("")
            .contains("covers: Area(\"C\")"),
        "{:?}",
        off[0].help
    );
    assert_eq!(loaded.warning_count(), 8, "Powys's seven and this one");
}

#[test]
fn the_template_is_a_valid_pack() {
    let loaded = pack::parse(Source::new("template.ron", pack::TEMPLATE))
        .unwrap_or_else(|err| panic!("{err}"));
    assert_eq!(loaded.warning_count(), 0, "{:?}", loaded.warnings());
    assert_eq!(loaded.pack.risks.len(), 1);
    assert_eq!(loaded.pack.kpis.len(), 1);
}

#[test]
fn generated_packs_are_deterministic_and_valid() {
    let options = GenerateOptions {
        actions: 300,
        risks: 40,
        kpis: 20,
        periods: 24,
        seed: 7,
    };
    let first = pack::to_ron(&pack::generate(&options));
    assert_eq!(first, pack::to_ron(&pack::generate(&options)));
    assert_ne!(
        first,
        pack::to_ron(&pack::generate(&GenerateOptions {
            seed: 8,
            ..options.clone()
        }))
    );
    let loaded = pack::parse(Source::new("gen.ron", first)).unwrap_or_else(|err| panic!("{err}"));
    assert_eq!(loaded.warning_count(), 0, "{:?}", loaded.warnings().first());
    assert_eq!(loaded.pack.actions().count(), 300);
    assert_eq!(loaded.pack.risks.len(), 40);
    assert!(loaded.pack.kpis.iter().all(|k| k.series.len() == 24));
}

mod round_trip {
    use super::*;
    use boardpack::model::*;
    use chrono::{NaiveDate, NaiveTime};
    use proptest::prelude::*;

    fn text() -> impl Strategy<Value = String> {
        // Printable text of any script, with quotes, backslashes and line breaks.
        "[\\PC\"\\\\\n]{1,24}".prop_filter("required text is not blank", |s| !s.trim().is_empty())
    }

    /// Pack text: one language, or English and Welsh.
    fn words() -> impl Strategy<Value = Text> {
        prop_oneof![
            text().prop_map(Text::plain),
            (text(), text()).prop_map(|(en, cy)| Text::both(en, cy)),
        ]
    }

    fn date() -> impl Strategy<Value = NaiveDate> {
        (2000i32..2040, 1u32..=12, 1u32..=28)
            .prop_map(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d).unwrap())
    }

    fn rag() -> impl Strategy<Value = Option<Rag>> {
        proptest::option::of(proptest::sample::select(Rag::ALL.to_vec()))
    }

    fn number() -> impl Strategy<Value = f64> {
        -1.0e6f64..1.0e6
    }

    fn action(id: String) -> impl Strategy<Value = Action> {
        (
            words(),
            proptest::collection::vec(words(), 0..3),
            proptest::collection::vec(words(), 1..3),
            date(),
            proptest::option::of(words()),
            rag(),
            any::<bool>(),
        )
            .prop_map(
                move |(text, success_measures, leads, due, progress, rag, exempt)| Action {
                    id: id.clone(),
                    text,
                    success_measures,
                    leads,
                    due: Some(Due::on(due)),
                    status: Status::InProgress,
                    progress,
                    previous_rag: rag,
                    proposed_rag: rag.filter(|r| *r != Rag::Blue),
                    exempt,
                    history: rag
                        .map(|rag| Rated {
                            meeting: 1,
                            date: NaiveDate::from_ymd_opt(2017, 10, 26).unwrap(),
                            rag,
                        })
                        .into_iter()
                        .collect(),
                    awaiting_update: rag.is_none(),
                },
            )
    }

    fn area(index: usize) -> impl Strategy<Value = Area> {
        let id = format!("{}", index + 1);
        (
            words(),
            words(),
            words(),
            proptest::collection::vec(0..3usize, 1..3),
        )
            .prop_flat_map(move |(title, lead, rec_text, counts)| {
                let id = id.clone();
                let recommendations: Vec<_> = counts
                    .iter()
                    .enumerate()
                    .map(|(r, count)| {
                        let rec_id = format!("{id}.{}", r + 1);
                        let actions: Vec<_> = (0..=*count)
                            .map(|n| action(format!("{rec_id}.{n}")))
                            .collect();
                        (Just(rec_id), Just(rec_text.clone()), actions).prop_map(
                            |(id, text, actions)| Recommendation {
                                id,
                                term: Term::Medium,
                                answers: None,
                                text,
                                exempt: false,
                                actions,
                            },
                        )
                    })
                    .collect();
                (
                    Just(id.clone()),
                    Just(title.clone()),
                    Just(lead.clone()),
                    recommendations,
                )
                    .prop_map(|(id, title, board_lead, recommendations)| Area {
                        id,
                        title,
                        board_lead,
                        recommendations,
                    })
            })
    }

    fn kpi(index: usize) -> impl Strategy<Value = Kpi> {
        (
            words(),
            number(),
            0.0f64..100.0,
            proptest::collection::vec(number(), 0..8),
            words(),
            words(),
            words(),
        )
            .prop_map(
                move |(title, target, tolerance, values, commentary, unit, label)| Kpi {
                    id: format!("K{index}"),
                    title,
                    area: Some("1".into()),
                    unit,
                    polarity: Polarity::LowerIsBetter,
                    target: Some(target),
                    tolerance,
                    benchmark: Some(Benchmark {
                        label,
                        value: target / 3.0,
                    }),
                    series: values
                        .into_iter()
                        .enumerate()
                        .map(|(i, v)| {
                            (
                                Period::Year {
                                    year: 2000 + i as i32,
                                },
                                v,
                            )
                        })
                        .collect(),
                    commentary,
                    state: KpiState::Rated,
                    exempt: index % 2 == 0,
                    history: Vec::new(),
                },
            )
    }

    fn risk(index: usize) -> impl Strategy<Value = Risk> {
        let score =
            (1u8..=5, 1u8..=5).prop_map(|(likelihood, impact)| Score { likelihood, impact });
        (words(), words(), score, words(), date()).prop_map(
            move |(title, owner, score, control, review)| Risk {
                id: format!("R{index}"),
                title,
                description: RiskDescription {
                    cause: "c".into(),
                    event: "e".into(),
                    effect: "f".into(),
                },
                owner,
                areas: vec!["1".into()],
                inherent: Score {
                    likelihood: 5,
                    impact: 5,
                },
                residual: score,
                target: Score {
                    likelihood: 1,
                    impact: 1,
                },
                controls: vec![control],
                further_actions: Vec::new(),
                trend: Trend::Worsening,
                previous_residual: Some(score.value()),
                review_date: review,
                exempt: false,
                history: vec![Scored {
                    meeting: 1,
                    date: NaiveDate::from_ymd_opt(2017, 10, 26).unwrap(),
                    residual: 12,
                }],
            },
        )
    }

    fn pack() -> impl Strategy<Value = Pack> {
        (1usize..4, 0usize..4, 0usize..4).prop_flat_map(|(areas, risks, kpis)| {
            (
                (words(), words(), date(), text()),
                (0..areas).map(area).collect::<Vec<_>>(),
                (0..risks).map(risk).collect::<Vec<_>>(),
                (0..kpis).map(kpi).collect::<Vec<_>>(),
            )
                .prop_map(|((board, venue, date, chair), areas, risks, kpis)| Pack {
                    meeting: Meeting {
                        board,
                        organisation: "Council".into(),
                        number: 3,
                        date,
                        start: NaiveTime::from_hms_opt(9, 30, 0).unwrap(),
                        venue,
                        members: vec![Member {
                            id: "chair".into(),
                            name: chair,
                            role: Role::Chair,
                            organisation: "Independent".into(),
                            voting: true,
                            language: Some(Lang::Cy),
                        }],
                        quorum: 1,
                        agenda: vec![AgendaItem {
                            item: "Apologies".into(),
                            minutes: 5,
                            covers: Some(boardpack::model::Covers::Attendance),
                        }],
                        previous_meeting: date.pred_opt(),
                        next_meeting: date.succ_opt(),
                        rag_key: RagKey {
                            red: "r".into(),
                            amber: "a".into(),
                            green: "g".into(),
                            blue: "b".into(),
                        },
                        previous_minutes: Some("Minutes of meeting 1".into()),
                        action_log: vec![LoggedAction {
                            reference: "M1/AA1".into(),
                            item: Some("risk R1".into()),
                            text: "Report back".into(),
                            owner: "Chief Executive".into(),
                            due: "next meeting".into(),
                            status: LogStatus::Open,
                            raised: 1,
                            carried: vec![2],
                        }],
                        decisions: vec![Decision {
                            meeting: 1,
                            item: None,
                            text: "That the Board meets monthly".into(),
                        }],
                        previous_risks: vec!["R1".into(), "R0".into()],
                        languages: vec![Lang::En, Lang::Cy],
                        language_arrangements: Some(Text::both(
                            "Simultaneous translation was provided.",
                            "Darparwyd cyfieithu ar y pryd.",
                        )),
                        area_name: Some(Text::both("Improvement Theme", "Thema Gwella")),
                    },
                    risk_bands: RiskBands {
                        green_max: 5,
                        amber_max: 14,
                    },
                    areas,
                    risks,
                    kpis,
                })
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        #[test]
        fn ron_written_from_a_valid_pack_loads_back_equal(pack in pack()) {
            let text = pack::to_ron(&pack);
            let loaded = pack::parse(Source::new("round-trip.ron", text.clone()));
            let loaded = loaded.unwrap_or_else(|err| panic!("{err}\n{text}"));
            prop_assert_eq!(loaded.pack, pack);
        }
    }
}

#[test]
fn membership_is_checked_ids_roles_and_one_chair() {
    let chair = "(id: \"chair\", name: \"Independent Chair\", role: Chair, organisation: \"Independent\", voting: true),";
    let with_members = |members: &str| broken(MINIMAL, chair, members);
    let messages = |text: &str| -> Vec<String> {
        problems(text)
            .into_iter()
            .map(|p| format!("{} | {}", p.message, p.help.unwrap_or_default()))
            .collect()
    };
    let no_chair = with_members(
        "(id: \"chair\", name: \"Independent Chair\", role: Member, organisation: \"Independent\", voting: true),",
    );
    assert_eq!(
        messages(&no_chair),
        [
            "no member has the role Chair | give the board's chair `role: Chair`; the chair agrees ratings and records decisions"
        ]
    );
    let two_chairs = with_members(&format!(
        "{chair}\n      (id: \"co-chair\", name: \"Co-chair\", role: Chair, organisation: \"x\", voting: true),"
    ));
    assert_eq!(
        messages(&two_chairs),
        [
            "2 members have the role Chair: Independent Chair and Co-chair | a board has one chair; give a deputy `role: ViceChair`"
        ]
    );
    let same_id = with_members(&format!(
        "{chair}\n      (id: \"chair\", name: \"Clerk\", role: Clerk, organisation: \"x\", voting: false),"
    ));
    assert_eq!(
        messages(&same_id),
        [
            "member id \"chair\" is used twice | first used by member 1 (Independent Chair); each member needs an id of their own"
        ]
    );
    let odd_id = with_members(
        "(id: \"Cllr Evans\", name: \"Independent Chair\", role: Chair, organisation: \"Independent\", voting: true),",
    );
    assert_eq!(
        messages(&odd_id),
        [
            "member id \"Cllr Evans\" is not a plain id | use lower-case letters, digits and hyphens, starting with a letter, at most 32 characters: \"chair\", \"cllr-evans\""
        ]
    );
    let unknown_role = with_members(
        "(id: \"chair\", name: \"Independent Chair\", role: President, organisation: \"Independent\", voting: true),",
    );
    let found = problems(&unknown_role);
    assert_eq!(found[0].message, "`President` is not a role");
    assert_eq!(
        found[0].help.as_deref(),
        Some("write one of Chair, ViceChair, Member, Adviser, Clerk or Observer")
    );
}

#[test]
fn a_pack_on_one_long_line_gets_a_window_of_the_line_not_a_panic() {
    // As a script writes it: the whole pack on one line, the mistake 150,000 columns in.
    let generated = pack::to_ron(&pack::generate(&GenerateOptions {
        actions: 400,
        risks: 5,
        kpis: 3,
        periods: 12,
        seed: 7,
    }));
    let one_line = generated.replace('\n', " ");
    let at = one_line.rfind("InProgress").expect("an action in progress");
    let broken = format!(
        "{}Done{}",
        &one_line[..at],
        &one_line[at + "InProgress".len()..]
    );
    let source = Source::new("one-line.ron", broken.as_str());
    let err = pack::parse(source).expect_err("a bad status");
    let LoadError::Invalid { source, problems } = err else {
        panic!("expected located problems")
    };
    assert!(problems[0].col > 65_535, "column {}", problems[0].col);
    let report = pack::render_problems(&source, &problems, pack::ReportStyle::Plain, Lang::En);
    assert!(
        report.contains(&format!("one-line.ron:1:{}", problems[0].col)),
        "{report}"
    );
    assert!(
        report.contains("status: Done"),
        "the window shows the mistake: {report}"
    );
    assert!(
        report.len() < 2_000,
        "a window, not the 200 KB line: {} bytes",
        report.len()
    );
}

mod any_input {
    use boardpack::locale::Lang;
    use boardpack::pack::{self, LoadError, ReportStyle, Source};
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]
        /// Whatever bytes a file holds, loading it gives a pack or located problems, and
        /// the problems render: never a panic.
        #[test]
        fn any_bytes_load_or_fail_cleanly(bytes in proptest::collection::vec(any::<u8>(), 0..3000)) {
            let dir = tempfile::tempdir().unwrap();
            let path = dir.path().join("any.ron");
            std::fs::write(&path, &bytes).unwrap();
            if let Err(LoadError::Invalid { source, problems }) = pack::load(&path) {
                let report = pack::render_problems(&source, &problems, ReportStyle::Plain, Lang::En);
                prop_assert!(!report.is_empty());
            }
        }

        /// The same for any text, and for any text spliced into a real pack.
        #[test]
        fn any_text_checks_or_fails_cleanly(text in "\\PC{0,400}", at in 0usize..4000) {
            let minimal = include_str!("../packs/minimal.ron");
            let mut at = at.min(minimal.len());
            while !minimal.is_char_boundary(at) {
                at -= 1;
            }
            for candidate in [text.clone(), format!("{}{text}{}", &minimal[..at], &minimal[at..])] {
                if let Err(LoadError::Invalid { source, problems }) =
                    pack::parse(Source::new("any.ron", candidate.as_str()))
                {
                    let report = pack::render_problems(&source, &problems, ReportStyle::Plain, Lang::En);
                    prop_assert!(report.len() < 200_000);
                }
            }
        }
    }

    #[test]
    fn a_400_kb_line_of_brackets_gives_a_short_error() {
        let minimal = include_str!("../packs/minimal.ron");
        let nested = format!("areas: {}{}", "[".repeat(200_000), "]".repeat(200_000));
        let text = minimal.replacen("areas: [", &format!("{nested}, areas: ["), 1);
        let Err(LoadError::Invalid { source, problems }) =
            pack::parse(Source::new("nested.ron", text.as_str()))
        else {
            panic!("not a pack")
        };
        let report = pack::render_problems(&source, &problems, ReportStyle::Plain, Lang::En);
        assert!(report.contains("nested.ron:22:"), "{report}");
        assert!(
            report.len() < 2_000,
            "a window of the line: {} bytes",
            report.len()
        );
    }
}

#[test]
fn the_common_slips_are_named_in_plain_words() {
    let template = pack::TEMPLATE;
    let cases: [(String, &str, &str); 11] = [
        (
            broken(
                template,
                "proposed_rag: Amber,",
                "proposed_rag: Amber/Green,",
            ),
            "only one value can go here, not two joined by /",
            "a rating is Red, Amber, Green or Blue",
        ),
        (
            broken(template, "proposed_rag: Amber,", "proposed_rag: \"Amber\","),
            "remove the quotes: named values are written without them",
            "write one of Red, Amber, Green or Blue without quotes",
        ),
        (
            broken(template, "status: InProgress", "status: \"InProgress\""),
            "remove the quotes: named values are written without them",
            "NotStarted, InProgress, Complete or Deferred",
        ),
        (
            broken(template, "  areas: [", "  # the plan's areas\n  areas: ["),
            "comments start with //, not #",
            "//",
        ),
        (
            broken(template, "target: 90,", "target: 90%,"),
            "write the number without the % sign",
            "84, not 84%",
        ),
        (
            broken(template, "board: \"Children's", "board: “Children's"),
            "curly quotes: a pack's text goes in straight double quotes",
            "replace “ and ”",
        ),
        (
            broken(
                template,
                "venue: \"Committee Room 1, County Hall\"",
                "venue: 'Committee Room 1'",
            ),
            "text goes in double quotes, not single ones",
            "\"Chief Executive\"",
        ),
        (
            broken(template, "status: InProgress", "status: Done"),
            "`Done` is not a status",
            "write one of NotStarted, InProgress, Complete or Deferred",
        ),
        (
            broken(template, "proposed_rag: Amber,", "proposed_rag: amber,"),
            "`amber` is not a rating",
            "did you mean `Amber`? Capitals matter",
        ),
        (
            broken(template, "polarity: HigherIsBetter,", ""),
            "KPI K1 has no `polarity`",
            "one of HigherIsBetter or LowerIsBetter",
        ),
        (
            template[..template.find("Meetings started").unwrap() + 8].to_string(),
            "the file ends inside a quoted text that starts at line",
            "close the quote",
        ),
    ];
    for (text, message, help) in cases {
        let found = problems(&text);
        let first = &found[0];
        assert!(
            first.message.starts_with(message),
            "{} (wanted {message})",
            first.message
        );
        let said = first.help.as_deref().unwrap_or("");
        assert!(said.contains(help), "{said} (wanted {help})");
        for rust_name in [
            "`Kpi`",
            "`Action`",
            "`Rag`",
            "`Status`",
            "`Meeting`",
            "enum",
        ] {
            assert!(!first.message.contains(rust_name), "{}", first.message);
        }
    }
}
