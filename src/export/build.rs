//! What the minutes say, following UK council conventions: title block, attendance,
//! declarations, a numbered minute per priority area, risks, performance, the actions
//! arising log, the next meeting and the RAG key. Private notes never appear; exempt items
//! are a one-line placeholder unless the confidential version is asked for.

use super::{Block, Document, Section, Span};
use crate::model::{
    ActionArising, AgendaItem, Attendance, Change, Clock, Covers, ItemKind, ItemRef, Note,
    NoteKind, Pack, Rag, Rated, RecordSnapshot, Role, Score, Travel, change, with_unit,
};
use crate::sanitize;

const PLACEHOLDER: &str = "Confidential item considered in private session.";

fn clean(text: &str) -> String {
    sanitize::line(text).trim().to_string()
}

fn text(text: impl Into<String>) -> Span {
    Span::text(text)
}

struct Builder<'a> {
    pack: &'a Pack,
    record: &'a RecordSnapshot,
    confidential: bool,
    sections: Vec<Section>,
    /// What each section is about, to number it under its agenda item.
    covers: Vec<Option<Covers>>,
    /// The place (in `sections`) of each item's section, for the actions arising log.
    minute_of: std::collections::HashMap<ItemRef, usize>,
    /// Exempt items discussed, minuted in the public minutes only as private business.
    exempt_business: usize,
    /// Minutes of a meeting held, rather than a summary before it.
    held: bool,
    /// The agenda the minutes are numbered by.
    order: Vec<AgendaItem>,
}

/// The minutes of the meeting, or, until the meeting has been held (no record, or one with
/// no attendance, rating or score yet), the pre-meeting summary of what officers propose.
pub fn minutes(pack: &Pack, record: Option<&RecordSnapshot>, confidential: bool) -> Document {
    let record = record.filter(|r| r.meeting_held());
    let empty = RecordSnapshot::default();
    let m = &pack.meeting;
    let kind = if record.is_some() {
        "Minutes"
    } else {
        "Pre-meeting summary"
    };
    let mut title = vec![
        clean(&m.board),
        clean(&m.organisation),
        format!(
            "{kind} of meeting {} held on {} at {}",
            m.number,
            m.date.format("%A %-d %B %Y"),
            m.start.format("%H:%M")
        ),
        format!("Venue: {}", clean(&m.venue)),
    ];
    if confidential {
        title.insert(0, "CONFIDENTIAL — NOT FOR PUBLICATION".to_string());
    }
    let mut builder = Builder {
        pack,
        record: record.unwrap_or(&empty),
        confidential,
        sections: Vec::new(),
        covers: Vec::new(),
        minute_of: std::collections::HashMap::new(),
        exempt_business: 0,
        held: record.is_some(),
        order: pack.running_order(),
    };
    if record.is_some() {
        builder.attendance();
        builder.declarations();
    }
    builder.previous_business(record.is_some());
    for a in 0..pack.areas.len() {
        builder.area(a, record.is_some());
    }
    builder.risks(record.is_some());
    builder.performance();
    if record.is_some() {
        builder.private_business();
        builder.items_gone();
        builder.other_business();
    }
    builder.closing();
    let order = &builder.order;
    let clock = record.map(|record| {
        // Times as the record has them: up to the last thing the chair did, never the clock.
        let until = record.clock.last().map(|entry| entry.at);
        until.map(|until| Clock::of(order, &record.clock, until))
    });
    let clock = clock.flatten();
    if let Some(line) = clock.as_ref().and_then(started_and_closed) {
        title.push(line);
    }
    let (mut sections, numbers) = builder.arrange(clock.as_ref());
    if record.is_some() {
        let log = builder.actions_log(&numbers);
        sections.push(Section {
            number: sections.len() + 1,
            heading: "Actions arising".into(),
            blocks: log,
        });
    }
    Document {
        title,
        confidential,
        sections,
    }
}

/// "The meeting started at 10:02 and closed at 12:47.", from the chair's clock.
fn started_and_closed(clock: &Clock) -> Option<String> {
    let started = clock.started?;
    Some(match clock.closed {
        Some(closed) => format!(
            "The meeting started at {} and closed at {}.",
            started.format("%H:%M"),
            closed.format("%H:%M")
        ),
        None => format!(
            "The meeting started at {}; its close was not recorded.",
            started.format("%H:%M")
        ),
    })
}

impl Builder<'_> {
    /// Adds a section about what `covers` names (an agenda item's subject), or about
    /// nothing on the agenda; returns its place, numbered later by the agenda (`arrange`).
    fn section(&mut self, heading: String, blocks: Vec<Block>, covers: Option<Covers>) -> usize {
        let at = self.sections.len();
        self.sections.push(Section {
            number: 0,
            heading,
            blocks,
        });
        self.covers.push(covers);
        at
    }

    fn notes_on(&self, item: &ItemRef) -> Vec<&Note> {
        self.record
            .notes_on(item)
            .filter(|n| n.kind != NoteKind::Private)
            .collect()
    }

    fn arising_on(&self, item: &ItemRef) -> Vec<&ActionArising> {
        self.record.arising_on(item).collect()
    }

    /// Whether the minutes have anything to say about the item (private notes aside).
    fn discussed(&self, item: &ItemRef) -> bool {
        self.record.touched(item)
            && (!self.notes_on(item).is_empty()
                || self.record.ratings.contains_key(item)
                || !self.arising_on(item).is_empty()
                || self.record.scores.contains_key(item)
                || self.record.proposals_on(item).next().is_some())
    }

    /// The members' challenge to a risk's score and the Board's agreed score, as a council
    /// minutes them: "Two members proposed L4×I5 (20) and one L3×I5 (15). The Board agreed …".
    fn score_blocks(&self, item: &ItemRef, officers: Score) -> Vec<Block> {
        let mut blocks = Vec::new();
        let mut proposed: Vec<(Score, usize)> = Vec::new();
        for proposal in self.record.proposals_on(item) {
            match proposed.iter_mut().find(|(s, _)| *s == proposal.residual) {
                Some((_, n)) => *n += 1,
                None => proposed.push((proposal.residual, 1)),
            }
        }
        // Most often proposed first, then the worse score.
        proposed.sort_by(|a, b| b.1.cmp(&a.1).then(b.0.value().cmp(&a.0.value())));
        if !proposed.is_empty() {
            let parts: Vec<String> = proposed
                .iter()
                .enumerate()
                .map(|(n, (score, count))| {
                    if n == 0 {
                        let who = capitalised(&members(*count));
                        format!("{who} proposed {score} ({})", score.value())
                    } else {
                        format!("{} {score} ({})", count_word(*count), score.value())
                    }
                })
                .collect();
            let sentence = format!("{}.", parts.join(", "));
            blocks.push(Block::Paragraph(vec![
                Span::Strong("Members' scores: ".into()),
                text(sentence),
            ]));
        }
        if let Some(agreed) = self.record.scores.get(item) {
            let against = match agreed.residual.value().cmp(&officers.value()) {
                std::cmp::Ordering::Greater => "worse than",
                std::cmp::Ordering::Less => "better than",
                std::cmp::Ordering::Equal => "the same as",
            };
            let mut sentence = format!(
                "The Board agreed a residual score of {} ({}), {against} the officers' {} ({})",
                agreed.residual,
                agreed.residual.value(),
                officers,
                officers.value()
            );
            match &agreed.reason {
                Some(reason) => {
                    sentence.push_str(&format!(", because {}.", trim_stop(&clean(reason))))
                }
                None => sentence.push('.'),
            }
            blocks.push(Block::Paragraph(vec![
                Span::Strong("Board's score: ".into()),
                text(sentence),
            ]));
        }
        blocks
    }

    fn attendance(&mut self) {
        let m = &self.pack.meeting;
        let status = |id: &str| self.record.attendance.get(id).copied();
        let named = |members: Vec<&crate::model::Member>| -> String {
            let names: Vec<String> = members
                .iter()
                .map(|member| {
                    let chair = if member.role == Role::Chair {
                        " (Chair)"
                    } else {
                        ""
                    };
                    format!("{}{chair}", clean(&member.name))
                })
                .collect();
            if names.is_empty() {
                "none".to_string()
            } else {
                names.join("; ")
            }
        };
        let present: Vec<_> = m
            .members
            .iter()
            .filter(|x| x.voting && status(&x.id) == Some(Attendance::Present))
            .collect();
        let officers: Vec<_> = m
            .members
            .iter()
            .filter(|x| !x.voting && status(&x.id) == Some(Attendance::Present))
            .collect();
        let apologies: Vec<_> = m
            .members
            .iter()
            .filter(|x| status(&x.id) == Some(Attendance::Apologies))
            .collect();
        let absent: Vec<_> = m
            .members
            .iter()
            .filter(|x| status(&x.id) == Some(Attendance::Absent))
            .collect();
        let mut in_attendance: Vec<String> = officers.iter().map(|x| clean(&x.name)).collect();
        in_attendance.extend(self.record.guests.iter().map(|g| {
            if g.organisation.trim().is_empty() {
                clean(&g.name)
            } else {
                format!("{} ({})", clean(&g.name), clean(&g.organisation))
            }
        }));
        let mut blocks = vec![
            Block::Paragraph(vec![
                Span::Strong("Present: ".into()),
                text(named(present.clone())),
            ]),
            Block::Paragraph(vec![
                Span::Strong("In attendance: ".into()),
                text(if in_attendance.is_empty() {
                    "none".to_string()
                } else {
                    in_attendance.join("; ")
                }),
            ]),
            Block::Paragraph(vec![
                Span::Strong("Apologies: ".into()),
                text(named(apologies)),
            ]),
        ];
        if !absent.is_empty() {
            blocks.push(Block::Paragraph(vec![
                Span::Strong("Absent: ".into()),
                text(named(absent)),
            ]));
        }
        let voting = m.members.iter().filter(|x| x.voting).count();
        let quorate = present.len() as u32 >= m.quorum;
        blocks.push(Block::Paragraph(vec![text(format!(
            "The meeting was {}quorate: {} of {voting} voting members present (quorum {}).",
            if quorate { "" } else { "not " },
            present.len(),
            m.quorum
        ))]));
        self.section(
            "Present, in attendance and apologies".into(),
            blocks,
            Some(Covers::Attendance),
        );
    }

    fn declarations(&mut self) {
        let blocks = if self.record.declarations.is_empty() {
            vec![Block::Paragraph(vec![text(
                "No declarations of interest were made.",
            )])]
        } else {
            vec![Block::Bullets(
                self.record
                    .declarations
                    .iter()
                    .map(|d| {
                        vec![
                            Span::Strong(clean(&d.member)),
                            text(format!(
                                " declared an interest in {}: {}",
                                clean(&d.item.to_string()),
                                clean(&d.interest)
                            )),
                        ]
                    })
                    .collect(),
            )]
        };
        self.section(
            "Declarations of interest".into(),
            blocks,
            Some(Covers::Attendance),
        );
    }

    /// The discussion of one item: its ratings, challenge, decisions and actions.
    /// `history`: the item's agreed ratings at earlier meetings, for direction of travel.
    fn item_blocks(
        &self,
        item: &ItemRef,
        previous: Option<Rag>,
        proposed: Option<Rag>,
        history: &[Rated],
    ) -> Vec<Block> {
        let mut blocks = Vec::new();
        if let Some(agreed) = self.record.ratings.get(item) {
            let mut spans = vec![text("RAG: ")];
            if !history.is_empty() {
                spans.push(text("agreed at earlier meetings "));
                for (n, earlier) in history.iter().enumerate() {
                    if n > 0 {
                        spans.push(text(", "));
                    }
                    spans.push(Span::Rag(earlier.rag));
                    spans.push(text(format!(" (meeting {})", earlier.meeting)));
                }
                spans.push(text("; "));
            }
            spans.extend([
                text("previous "),
                rag_or_none(previous),
                text(" → proposed "),
                rag_or_none(proposed),
            ]);
            spans.extend([text(" → agreed "), Span::Rag(agreed.rag)]);
            match change(proposed, Some(agreed.rag)) {
                Some(Change::Worse) => {
                    spans.push(text(" (the Board rated this worse than officers)"))
                }
                Some(Change::Better) => {
                    spans.push(text(" (the Board rated this better than officers)"))
                }
                _ => {}
            }
            if let Some(reason) = &agreed.reason {
                spans.push(text(format!(". Reason: {}", clean(reason))));
            }
            blocks.push(Block::Paragraph(spans));
        }
        let notes = self.notes_on(item);
        let challenge: Vec<Vec<Span>> = notes
            .iter()
            .filter(|n| n.kind == NoteKind::Challenge)
            .map(|n| {
                vec![
                    text(paragraph(&n.text)),
                    text(" — "),
                    Span::Strong(clean(self.pack.meeting.name_of(&n.author))),
                ]
            })
            .collect();
        if !challenge.is_empty() {
            blocks.push(Block::Paragraph(vec![text("The Board challenged:")]));
            blocks.push(Block::Bullets(challenge));
        }
        for decision in notes.iter().filter(|n| n.kind == NoteKind::Decision) {
            blocks.push(Block::Paragraph(vec![
                Span::Strong("RESOLVED: ".into()),
                text(resolution(&decision.text)),
            ]));
        }
        for action in self.arising_on(item) {
            blocks.push(Block::Paragraph(vec![
                Span::Strong("Action: ".into()),
                text(format!(
                    "{} to {} by {} ({}).",
                    clean(&action.owner),
                    trim_stop(&clean(&action.text)),
                    due(action),
                    clean(&action.reference)
                )),
            ]));
        }
        for declaration in self.record.declarations.iter().filter(|d| d.item == *item) {
            blocks.push(Block::Paragraph(vec![text(format!(
                "{} declared an interest: {}.",
                clean(&declaration.member),
                trim_stop(&clean(&declaration.interest))
            ))]));
        }
        blocks
    }

    /// The minutes of the last meeting, for approval, and the action log's matters arising.
    fn previous_business(&mut self, with_record: bool) {
        let m = &self.pack.meeting;
        if m.previous_minutes.is_none() && m.action_log.is_empty() {
            return;
        }
        let mut blocks = Vec::new();
        if let Some(minutes) = &m.previous_minutes {
            let minutes = clean(minutes);
            blocks.push(Block::Paragraph(vec![text(
                match (with_record, self.record.approval()) {
                    (true, Some(approval)) => match &approval.amendments {
                        None => format!("RESOLVED: That the {minutes} be approved as a correct record."),
                        Some(amendments) => format!(
                            "RESOLVED: That the {minutes} be approved as a correct record, subject to these amendments: {}.",
                            trim_stop(&clean(amendments))
                        ),
                    },
                    (true, None) => {
                        format!("The {minutes} were presented; their approval was not recorded.")
                    }
                    (false, _) => format!("For approval: the {minutes}."),
                },
            )]));
        }
        if !m.action_log.is_empty() {
            blocks.push(Block::Paragraph(vec![text(
                "Matters arising: the action log, with each action's status.",
            )]));
            let rows = m
                .action_log
                .iter()
                .map(|logged| {
                    let carried = match logged.carried.as_slice() {
                        [] => format!("raised at meeting {}", logged.raised),
                        meetings => format!(
                            "raised at meeting {}; carried to {}",
                            logged.raised,
                            meetings
                                .iter()
                                .map(u32::to_string)
                                .collect::<Vec<_>>()
                                .join(", ")
                        ),
                    };
                    let status = match self.record.log_decision(&logged.reference) {
                        None => logged.status.label().to_string(),
                        Some(decision) => {
                            let outcome = clean(&decision.outcome());
                            match decision.update.trim() {
                                "" => outcome,
                                update => format!("{outcome}: {}", clean(update)),
                            }
                        }
                    };
                    vec![
                        vec![text(clean(&logged.reference))],
                        vec![text(clean(&logged.text))],
                        vec![text(clean(&logged.owner))],
                        vec![text(clean(&logged.due))],
                        vec![text(status)],
                        vec![text(carried)],
                    ]
                })
                .collect();
            blocks.push(Block::Table {
                header: ["Ref", "Action", "Owner", "Due", "Status", "History"]
                    .map(String::from)
                    .to_vec(),
                rows,
            });
        }
        // Under the action log's own agenda item if it has one, else with the minutes.
        let covers = if self
            .order
            .iter()
            .any(|item| item.covers == Some(Covers::ActionLog))
        {
            Covers::ActionLog
        } else {
            Covers::PreviousMinutes
        };
        self.section(
            "Minutes of the last meeting and matters arising".into(),
            blocks,
            Some(covers),
        );
    }

    /// In the public minutes, exempt items discussed are one minute of their own: that the
    /// public were excluded, not what was said.
    fn private_business(&mut self) {
        if self.confidential || self.exempt_business == 0 {
            return;
        }
        let n = self.exempt_business;
        let blocks = vec![Block::Paragraph(vec![text(format!(
            "The Board considered {} in private session. The public were excluded from the meeting for that business, as it involved the likely disclosure of exempt information. {} recorded in the confidential minutes.",
            if n == 1 {
                "one exempt item".to_string()
            } else {
                format!("{} exempt items", count_word(n))
            },
            if n == 1 { "It is" } else { "They are" }
        ))])];
        self.section(
            "Exclusion of the public: exempt business".into(),
            blocks,
            Some(Covers::Exempt),
        );
    }

    fn area(&mut self, a: usize, with_record: bool) {
        let pack = self.pack;
        let area = &pack.areas[a];
        let date = pack.meeting.date;
        let number = self.sections.len();
        let mut blocks = vec![Block::Paragraph(vec![text(format!(
            "Board lead: {}.",
            clean(&area.board_lead)
        ))])];
        let area_ref = ItemRef::new(ItemKind::Area, area.id.clone());
        blocks.extend(self.item_blocks(&area_ref, None, None, &[]));
        self.minute_of.insert(area_ref, number);
        let mut not_discussed = Vec::new();
        for rec in &area.recommendations {
            let rec_ref = ItemRef::new(ItemKind::Recommendation, rec.id.clone());
            self.minute_of.insert(rec_ref.clone(), number);
            let mut discussed = Vec::new();
            if self.discussed(&rec_ref) {
                discussed.push((
                    format!("{} {}", clean(&rec.id), short(&rec.text)),
                    rec.exempt,
                    self.item_blocks(&rec_ref, None, None, &[]),
                ));
            }
            for action in &rec.actions {
                let item = ItemRef::new(ItemKind::Action, action.id.clone());
                self.minute_of.insert(item.clone(), number);
                if with_record && self.discussed(&item) {
                    let exempt = action.exempt || rec.exempt;
                    discussed.push((
                        format!("{} {}", clean(&action.id), short(&action.text)),
                        exempt,
                        self.item_blocks(
                            &item,
                            action.previous_rag,
                            action.proposed_rag,
                            &action.history,
                        ),
                    ));
                } else {
                    not_discussed.push(action);
                }
            }
            for (heading, exempt, item_blocks) in discussed {
                if exempt && !self.confidential {
                    self.exempt_business += 1;
                } else {
                    blocks.push(Block::Item(if exempt {
                        format!("{heading} (exempt — Part II)")
                    } else {
                        heading
                    }));
                    blocks.extend(item_blocks);
                }
            }
        }
        if with_record {
            if !not_discussed.is_empty() {
                let mut counts = [0usize; 5];
                for action in &not_discussed {
                    counts[action
                        .proposed_rag
                        .map_or(4, |r| Rag::ALL.iter().position(|x| *x == r).unwrap_or(4))] += 1;
                }
                let overdue = not_discussed.iter().filter(|x| x.is_overdue(date)).count();
                blocks.push(Block::Paragraph(vec![text(format!(
                    "Not discussed: {} actions, which officers proposed as {} Red, {} Amber, {} Green and {} Blue ({} unrated); {overdue} of them overdue. The Board noted the officers' ratings.",
                    not_discussed.len(), counts[0], counts[1], counts[2], counts[3], counts[4]
                ))]));
            }
        } else {
            // Before the meeting: every action with what officers propose.
            let rows = area
                .recommendations
                .iter()
                .flat_map(|rec| rec.actions.iter().map(move |x| (rec, x)))
                .map(|(rec, x)| {
                    if (x.exempt || rec.exempt) && !self.confidential {
                        return vec![
                            vec![text(clean(&x.id))],
                            vec![text(PLACEHOLDER)],
                            vec![],
                            vec![],
                            vec![],
                        ];
                    }
                    vec![
                        vec![text(clean(&x.id))],
                        vec![text(short(&x.text))],
                        vec![text(clean(&x.leads.join("; ")))],
                        vec![text(x.due.as_ref().map_or("none".to_string(), |d| {
                            format!(
                                "{}{}",
                                clean(d.written()),
                                if x.is_overdue(date) { " (overdue)" } else { "" }
                            )
                        }))],
                        vec![
                            rag_or_none(x.previous_rag),
                            text(" → "),
                            rag_or_none(x.proposed_rag),
                        ],
                    ]
                })
                .collect();
            blocks.push(Block::Table {
                header: ["Action", "What", "Lead", "Due", "Previous → proposed"]
                    .map(String::from)
                    .to_vec(),
                rows,
            });
        }
        self.section(
            format!(
                "Priority Improvement Area {}: {}",
                clean(&area.id),
                clean(&area.title)
            ),
            blocks,
            Some(Covers::Area(area.id.clone())),
        );
    }

    fn risks(&mut self, with_record: bool) {
        let pack = self.pack;
        let bands = pack.risk_bands;
        let number = self.sections.len();
        let mut blocks = Vec::new();
        let mut others = 0;
        for risk in &pack.risks {
            let item = ItemRef::new(ItemKind::Risk, risk.id.clone());
            self.minute_of.insert(item.clone(), number);
            let show = if with_record {
                self.discussed(&item)
            } else {
                risk.is_exception(&bands)
            };
            if !show {
                others += 1;
                continue;
            }
            if risk.exempt && !self.confidential {
                self.exempt_business += 1;
                continue;
            }
            let exempt = if risk.exempt {
                " (exempt — Part II)"
            } else {
                ""
            };
            blocks.push(Block::Item(format!(
                "{} {}{exempt}",
                clean(&risk.id),
                clean(&risk.title)
            )));
            let previous = risk
                .previous_residual
                .map_or("no previous score".to_string(), |p| {
                    format!("{p} at the last meeting")
                });
            blocks.push(Block::Paragraph(vec![
                text(format!(
                    "Residual score {} × {} = {} (",
                    risk.residual.likelihood,
                    risk.residual.impact,
                    risk.residual.value()
                )),
                Span::Rag(bands.rag(risk.residual)),
                text(format!(
                    "), {previous}; trend {}; owner {}.",
                    format!("{:?}", risk.trend).to_lowercase(),
                    clean(&risk.owner)
                )),
            ]));
            blocks.extend(self.score_blocks(&item, risk.residual));
            let proposed = Some(bands.rag(risk.residual));
            blocks.extend(self.item_blocks(&item, None, proposed, &[]));
        }
        if blocks.is_empty() {
            blocks.push(Block::Paragraph(vec![text("No risks were discussed.")]));
        }
        if others > 0 {
            let what = if with_record {
                "were not discussed"
            } else {
                "are not exceptions"
            };
            blocks.push(Block::Paragraph(vec![text(format!(
                "{others} other risks {what}."
            ))]));
        }
        self.section(
            "Programme risk register".into(),
            blocks,
            Some(Covers::Risks),
        );
    }

    fn performance(&mut self) {
        let pack = self.pack;
        let number = self.sections.len();
        let mut rows = Vec::new();
        for kpi in &pack.kpis {
            self.minute_of
                .insert(ItemRef::new(ItemKind::Kpi, kpi.id.clone()), number);
            if !kpi.is_exception() {
                continue;
            }
            if kpi.exempt && !self.confidential {
                rows.push(vec![
                    vec![text(clean(&kpi.id))],
                    vec![text(PLACEHOLDER)],
                    vec![],
                    vec![],
                    vec![],
                    vec![],
                ]);
                continue;
            }
            let unit = |v: f64| with_unit(v, &kpi.unit);
            let latest = kpi
                .latest()
                .map_or("no data".to_string(), |(p, v)| format!("{} ({p})", unit(v)));
            let travel = match kpi.travel() {
                Some(Travel::Improving) => "improving",
                Some(Travel::Declining) => "declining",
                Some(Travel::Unchanged) => "unchanged",
                None => "–",
            };
            rows.push(vec![
                vec![text(clean(&kpi.id))],
                vec![text(clean(&kpi.title))],
                vec![text(latest)],
                vec![text(kpi.target.map_or("–".to_string(), unit))],
                vec![text(
                    kpi.benchmark.as_ref().map_or("–".to_string(), |b| {
                        format!("{} {}", unit(b.value), clean(&b.label))
                    }),
                )],
                vec![rag_or_none(kpi.rag()), text(format!(", {travel}"))],
            ]);
        }
        let mut blocks = vec![Block::Paragraph(vec![text(
            "Exceptions: indicators rated Red, or Amber and declining.",
        )])];
        if rows.is_empty() {
            blocks.push(Block::Paragraph(vec![text("There were no exceptions.")]));
        } else {
            blocks.push(Block::Table {
                header: [
                    "KPI",
                    "Indicator",
                    "Latest",
                    "Target",
                    "Benchmark",
                    "RAG, travel",
                ]
                .map(String::from)
                .to_vec(),
                rows,
            });
        }
        for kpi in &pack.kpis {
            let item = ItemRef::new(ItemKind::Kpi, kpi.id.clone());
            if self.discussed(&item) {
                if kpi.exempt && !self.confidential {
                    self.exempt_business += 1;
                    continue;
                }
                blocks.push(Block::Item(format!(
                    "{} {}",
                    clean(&kpi.id),
                    clean(&kpi.title)
                )));
                blocks.extend(self.item_blocks(&item, None, kpi.rag(), &kpi.history));
            }
        }
        self.section("Performance".into(), blocks, Some(Covers::Kpis));
    }

    /// Entries about items this issue of the pack no longer has: kept, and minuted in a
    /// section of their own rather than dropped. Whether such an item was exempt cannot be
    /// known any more, so the public minutes name it and count what was said, and only the
    /// confidential minutes give the words.
    fn items_gone(&mut self) {
        let gone: Vec<ItemRef> = self
            .record
            .items()
            .into_iter()
            .filter(|item| !self.minute_of.contains_key(item))
            .cloned()
            .collect();
        if gone.is_empty() {
            return;
        }
        let number = self.sections.len();
        let mut blocks = vec![Block::Paragraph(vec![text(
            "These entries were recorded against items that this issue of the pack no longer has; they are kept as recorded.",
        )])];
        for item in &gone {
            self.minute_of.insert(item.clone(), number);
            blocks.push(Block::Item(clean(&item.to_string())));
            if self.confidential {
                blocks.extend(self.item_blocks(item, None, None, &[]));
            } else {
                let notes = self.notes_on(item).len();
                let arising = self.arising_on(item).len();
                let rated = usize::from(self.record.ratings.contains_key(item));
                blocks.push(Block::Paragraph(vec![text(format!(
                    "{notes} notes, {rated} agreed ratings and {arising} actions arising: see the confidential minutes."
                ))]));
            }
        }
        self.section("Items no longer in the pack".into(), blocks, None);
    }

    fn other_business(&mut self) {
        let meeting = ItemRef::meeting();
        let number = self.sections.len();
        self.minute_of.insert(meeting.clone(), number);
        let mut blocks = self.item_blocks(&meeting, None, None, &[]);
        if blocks.is_empty() {
            blocks.push(Block::Paragraph(vec![text("There was no other business.")]));
        }
        self.section("Other business".into(), blocks, Some(Covers::Other));
    }

    /// The sections under the agenda's numbers and titles, in its order: what each agenda
    /// item covers gathers the sections about it (each under its own sub-heading when there
    /// are several); an item with nothing minuted says so; sections about nothing on the
    /// agenda follow. The confidential minutes give each item's time. Returns the sections
    /// and each built section's minute number, by its place.
    fn arrange(&self, clock: Option<&Clock>) -> (Vec<Section>, Vec<usize>) {
        let order = &self.order;
        let mut numbers = vec![0; self.sections.len()];
        let mut claimed = vec![false; self.sections.len()];
        let mut arranged = Vec::new();
        for (n, item) in order.iter().enumerate() {
            let number = arranged.len() + 1;
            let mine: Vec<usize> = (0..self.sections.len())
                .filter(|&at| {
                    !claimed[at] && self.covers[at].is_some() && self.covers[at] == item.covers
                })
                .collect();
            let mut blocks = Vec::new();
            if let Some(time) = clock
                .filter(|_| self.confidential)
                .and_then(|clock| clock.items.get(n))
                .filter(|time| time.reached.is_some())
            {
                blocks.push(Block::Paragraph(vec![text(format!(
                    "Time: {} minutes allotted, {} taken.",
                    time.allotted,
                    crate::model::nearest_minute(time.elapsed)
                ))]));
            }
            for &at in &mine {
                claimed[at] = true;
                numbers[at] = number;
                if mine.len() > 1 {
                    blocks.push(Block::Item(self.sections[at].heading.clone()));
                }
                blocks.extend(self.sections[at].blocks.iter().cloned());
            }
            if mine.is_empty() {
                blocks.push(Block::Paragraph(vec![text(if self.held {
                    "Nothing was minuted under this item."
                } else {
                    "The pack has no papers for this item."
                })]));
            }
            arranged.push(Section {
                number,
                heading: clean(&item.item),
                blocks,
            });
        }
        for (at, section) in self.sections.iter().enumerate() {
            if !claimed[at] {
                numbers[at] = arranged.len() + 1;
                arranged.push(Section {
                    number: arranged.len() + 1,
                    ..section.clone()
                });
            }
        }
        (arranged, numbers)
    }

    fn actions_log(&self, numbers: &[usize]) -> Vec<Block> {
        let rows: Vec<Vec<Vec<Span>>> = self
            .record
            .actions_arising
            .iter()
            .map(|action| {
                let minute = self
                    .minute_of
                    .get(&action.item)
                    .and_then(|&at| numbers.get(at))
                    .map_or("–".to_string(), |n| n.to_string());
                let exempt = self.exempt(&action.item) && !self.confidential;
                vec![
                    vec![text(clean(&action.reference))],
                    vec![text(minute)],
                    vec![text(if exempt {
                        "Confidential: see the private minutes".to_string()
                    } else {
                        clean(&action.text)
                    })],
                    vec![text(clean(&action.owner))],
                    vec![text(due(action))],
                ]
            })
            .collect();
        if rows.is_empty() {
            vec![Block::Paragraph(vec![text("No actions arose.")])]
        } else {
            vec![Block::Table {
                header: ["Ref", "Minute", "Action", "Owner", "Due"]
                    .map(String::from)
                    .to_vec(),
                rows,
            }]
        }
    }

    fn exempt(&self, item: &ItemRef) -> bool {
        let pack = self.pack;
        match item.kind {
            ItemKind::Recommendation => pack
                .areas
                .iter()
                .flat_map(|a| &a.recommendations)
                .any(|r| r.id == item.id && r.exempt),
            ItemKind::Action => pack.areas.iter().flat_map(|a| &a.recommendations).any(|r| {
                r.actions
                    .iter()
                    .any(|x| x.id == item.id && (x.exempt || r.exempt))
            }),
            ItemKind::Risk => pack.risks.iter().any(|r| r.id == item.id && r.exempt),
            ItemKind::Kpi => pack.kpis.iter().any(|k| k.id == item.id && k.exempt),
            _ => false,
        }
    }

    fn closing(&mut self) {
        let m = &self.pack.meeting;
        let mut blocks = vec![Block::Paragraph(vec![text(match m.next_meeting {
            Some(date) => format!(
                "The next meeting will be held on {}.",
                date.format("%A %-d %B %Y")
            ),
            None => "The date of the next meeting is to be confirmed.".to_string(),
        })])];
        blocks.push(Block::Paragraph(vec![text("RAG key:")]));
        blocks.push(Block::Bullets(
            Rag::ALL
                .iter()
                .map(|rag| {
                    vec![
                        Span::Rag(*rag),
                        text(format!(": {}", clean(m.rag_key.meaning(*rag)))),
                    ]
                })
                .collect(),
        ));
        self.section("Date of next meeting".into(), blocks, Some(Covers::Other));
    }
}

fn rag_or_none(rag: Option<Rag>) -> Span {
    rag.map_or(text("none"), Span::Rag)
}

/// A note's text on one line: minutes are prose.
fn paragraph(text: &str) -> String {
    sanitize::text(text)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// "That …", with the "RESOLVED:" the chair may already have typed taken off.
fn resolution(text: &str) -> String {
    let text = paragraph(text);
    let rest = text
        .strip_prefix("RESOLVED:")
        .or_else(|| text.strip_prefix("Resolved:"))
        .unwrap_or(&text)
        .trim();
    let mut chars = rest.chars();
    chars.next().map_or(String::new(), |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

fn trim_stop(text: &str) -> &str {
    text.trim_end_matches('.')
}

fn due(action: &ActionArising) -> String {
    match action.due {
        Some(date) if action.due_text.eq_ignore_ascii_case("next meeting") => {
            format!("the next meeting ({})", date.format("%-d %B %Y"))
        }
        Some(date) => date.format("%-d %B %Y").to_string(),
        None => clean(&action.due_text),
    }
}

/// The first sentence or so of an item's text, for its heading.
fn short(text: &str) -> String {
    let text = paragraph(text);
    if text.chars().count() <= 90 {
        return text;
    }
    let cut: String = text.chars().take(87).collect();
    format!(
        "{}…",
        cut.rsplit_once(' ').map_or(cut.as_str(), |(head, _)| head)
    )
}

/// "one", "two" … "ten", then figures.
fn count_word(n: usize) -> String {
    const WORDS: [&str; 11] = [
        "no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    ];
    WORDS
        .get(n)
        .map_or_else(|| n.to_string(), |w| w.to_string())
}

/// "one member", "three members".
fn members(n: usize) -> String {
    format!("{} member{}", count_word(n), if n == 1 { "" } else { "s" })
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or(String::new(), |first| {
        first.to_uppercase().chain(chars).collect()
    })
}
