//! What the minutes say, following UK council conventions: title block, attendance,
//! declarations, a numbered minute per priority area, risks, performance, the actions
//! arising log, the next meeting and the RAG key. Private notes never appear; exempt items
//! are a one-line placeholder unless the confidential version is asked for.

use super::{Block, Document, Row, Section, Span};
use crate::locale::{self, Lang};
use crate::model::Text;
use crate::model::{
    ActionArising, AgendaItem, Attendance, Case, Change, Clock, Covers, ItemKind, ItemRef, Note,
    NoteKind, Pack, Rag, Rated, RecordSnapshot, Role, Score, Travel, change, means_next_meeting,
    with_unit,
};
use crate::sanitize;
use crate::t;

fn clean(text: &str) -> String {
    sanitize::line(text).trim().to_string()
}

fn text(text: impl Into<String>) -> Span {
    Span::text(text)
}

struct Builder<'a> {
    pack: &'a Pack,
    lang: Lang,
    record: &'a RecordSnapshot,
    confidential: bool,
    sections: Vec<Section>,
    /// What each section is about, to number it under its agenda item.
    covers: Vec<Option<Covers>>,
    /// The place (in `sections`) of the section of each item the record mentions: what the
    /// actions arising log cites, and what tells an item gone from the pack. Only those:
    /// a pack's every item would cost more than the minutes of a big pack.
    minute_of: std::collections::HashMap<&'a ItemRef, usize>,
    mentioned: std::collections::HashSet<&'a ItemRef>,
    /// Exempt items discussed, minuted in the public minutes only as private business.
    exempt_business: usize,
    /// Minutes of a meeting held, rather than a summary before it.
    held: bool,
    /// The agenda the minutes are numbered by.
    order: Vec<AgendaItem>,
}

/// The minutes of the meeting, or, until the meeting has been held (no record, or one with
/// no attendance, rating or score yet), the pre-meeting summary of what officers propose.
pub fn minutes(
    pack: &Pack,
    record: Option<&RecordSnapshot>,
    confidential: bool,
    lang: Lang,
) -> Document {
    let record = record.filter(|r| r.meeting_held());
    let empty = RecordSnapshot::default();
    let mentioned = record.map_or_else(Default::default, |record| {
        record
            .items()
            .into_iter()
            .chain(record.actions_arising.iter().map(|a| &a.item))
            .collect()
    });
    let m = &pack.meeting;
    let kind = if record.is_some() {
        t!(lang, "minutes-kind-minutes")
    } else {
        t!(lang, "minutes-kind-summary")
    };
    let mut builder = Builder {
        pack,
        lang,
        record: record.unwrap_or(&empty),
        confidential,
        sections: Vec::new(),
        covers: Vec::new(),
        minute_of: std::collections::HashMap::new(),
        mentioned,
        exempt_business: 0,
        held: record.is_some(),
        order: pack.running_order(),
    };
    let mut title = vec![
        builder.words(&m.board),
        builder.words(&m.organisation),
        t!(
            lang,
            "minutes-title-line",
            kind = kind,
            number = m.number,
            weekday = locale::day_name(lang, m.date),
            date = locale::long_date(lang, m.date, false),
            time = m.start.format("%H:%M").to_string()
        ),
        t!(lang, "minutes-venue", venue = builder.words(&m.venue)),
    ];
    if confidential {
        title.insert(0, t!(lang, "minutes-confidential-banner"));
    }
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
    let mut items_gone = 0;
    if record.is_some() {
        builder.private_business();
        items_gone = builder.items_gone();
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
    if let Some(line) = clock.as_ref().and_then(|c| started_and_closed(c, lang)) {
        title.push(line);
    }
    let (mut sections, numbers) = builder.arrange(clock.as_ref());
    if record.is_some() {
        let log = builder.actions_log(&numbers);
        sections.push(Section {
            number: sections.len() + 1,
            heading: t!(lang, "minutes-actions-arising"),
            blocks: log,
        });
    }
    Document {
        lang,
        title,
        confidential,
        sections,
        items_gone,
    }
}

/// "The meeting started at 10:02 and closed at 12:47.", from the chair's clock.
fn started_and_closed(clock: &Clock, lang: Lang) -> Option<String> {
    let started = clock.started?.format("%H:%M").to_string();
    Some(match clock.closed {
        Some(closed) => t!(
            lang,
            "minutes-started-closed",
            start = started,
            close = closed.format("%H:%M").to_string()
        ),
        None => t!(lang, "minutes-started-open", start = started),
    })
}

impl Builder<'_> {
    /// Pack text in the minutes' language, cleaned; where the pack has it only in another
    /// language, that text marked plainly as untranslated rather than a gap.
    fn words(&self, text: &Text) -> String {
        self.marked(clean(text.get(self.lang)), text)
    }

    /// `words` for each of a list (an action's leads), as one line.
    fn all_words(&self, texts: &[Text], separator: &str) -> String {
        let words: Vec<String> = texts.iter().map(|text| self.words(text)).collect();
        words.join(separator)
    }

    /// `words`, as one line of prose cut to a heading's length.
    fn short(&self, text: &Text) -> String {
        self.marked(short(text.get(self.lang)), text)
    }

    /// `words` followed by "[English only]" where `text` is not in the minutes' language.
    fn marked(&self, words: String, text: &Text) -> String {
        let main = self
            .pack
            .meeting
            .languages
            .first()
            .copied()
            .unwrap_or_default();
        if words.is_empty() || text.has(self.lang, main) {
            return words;
        }
        let only = Lang::ALL
            .into_iter()
            .find(|&other| text.has(other, main))
            .unwrap_or(main);
        let mark = match only {
            Lang::Cy => t!(self.lang, "minutes-only-welsh"),
            Lang::En => t!(self.lang, "minutes-only-english"),
        };
        format!("{words} {mark}")
    }

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
                    let (score, value) = (score.to_string(), score.value());
                    if n == 0 {
                        t!(
                            self.lang,
                            "minutes-score-first",
                            count = *count,
                            score = score,
                            value = value
                        )
                    } else {
                        t!(
                            self.lang,
                            "minutes-score-more",
                            count = *count,
                            score = score,
                            value = value
                        )
                    }
                })
                .collect();
            let sentence = format!("{}.", parts.join(", "));
            blocks.push(Block::Paragraph(vec![
                strong(t!(self.lang, "minutes-members-scores")),
                text(sentence),
            ]));
        }
        if let Some(agreed) = self.record.scores.get(item) {
            let against = match agreed.residual.value().cmp(&officers.value()) {
                std::cmp::Ordering::Greater => "worse",
                std::cmp::Ordering::Less => "better",
                std::cmp::Ordering::Equal => "same",
            };
            let mut sentence = t!(
                self.lang,
                "minutes-board-agreed-score",
                agreed = agreed.residual.to_string(),
                agreed_value = agreed.residual.value(),
                against = against,
                officers = officers.to_string(),
                officers_value = officers.value()
            );
            match &agreed.reason {
                Some(reason) => sentence.push_str(&t!(
                    self.lang,
                    "minutes-because",
                    reason = trim_stop(&clean(reason))
                )),
                None => sentence.push('.'),
            }
            blocks.push(Block::Paragraph(vec![
                strong(t!(self.lang, "minutes-boards-score")),
                text(sentence),
            ]));
        }
        blocks
    }

    fn attendance(&mut self) {
        let m = &self.pack.meeting;
        let lang = self.lang;
        let status = |id: &str| self.record.attendance.get(id).copied();
        let named = |members: Vec<&crate::model::Member>| -> String {
            let names: Vec<String> = members
                .iter()
                .map(|member| {
                    let chair = if member.role == Role::Chair {
                        format!(" ({})", t!(lang, "minutes-chair"))
                    } else {
                        String::new()
                    };
                    format!("{}{chair}", clean(&member.name))
                })
                .collect();
            if names.is_empty() {
                t!(lang, "minutes-none")
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
        let in_welsh: Vec<String> = present
            .iter()
            .chain(&officers)
            .filter(|x| x.language == Some(Lang::Cy))
            .map(|x| clean(&x.name))
            .collect();
        let mut blocks = vec![
            Block::Paragraph(vec![
                strong(t!(lang, "minutes-present")),
                text(named(present.clone())),
            ]),
            Block::Paragraph(vec![
                strong(t!(lang, "minutes-in-attendance")),
                text(if in_attendance.is_empty() {
                    t!(lang, "minutes-none")
                } else {
                    in_attendance.join("; ")
                }),
            ]),
            Block::Paragraph(vec![
                strong(t!(lang, "minutes-apologies")),
                text(named(apologies)),
            ]),
        ];
        if !absent.is_empty() {
            blocks.push(Block::Paragraph(vec![
                strong(t!(lang, "minutes-absent")),
                text(named(absent)),
            ]));
        }
        let voting = m.members.iter().filter(|x| x.voting).count();
        let quorate = present.len() as u32 >= m.quorum;
        blocks.push(Block::Paragraph(vec![text(t!(
            lang,
            "minutes-quorum",
            quorate = if quorate { "yes" } else { "no" },
            present = present.len(),
            voting = voting,
            quorum = m.quorum
        ))]));
        // The meeting's languages, as councils minute them.
        if let Some(arrangements) = &m.language_arrangements {
            blocks.push(Block::Paragraph(vec![
                strong(t!(lang, "minutes-languages")),
                text(self.words(arrangements)),
            ]));
        }
        if !in_welsh.is_empty() {
            blocks.push(Block::Paragraph(vec![text(t!(
                lang,
                "minutes-in-welsh",
                names = in_welsh.join("; ")
            ))]));
        }
        self.section(
            t!(lang, "minutes-attendance-heading"),
            blocks,
            Some(Covers::Attendance),
        );
    }

    fn declarations(&mut self) {
        let blocks = if self.record.declarations.is_empty() {
            vec![Block::Paragraph(vec![text(t!(
                self.lang,
                "minutes-no-declarations"
            ))])]
        } else {
            vec![Block::Bullets(
                self.record
                    .declarations
                    .iter()
                    .map(|d| {
                        vec![
                            Span::Strong(clean(&d.member)),
                            text(format!(
                                " {}",
                                t!(
                                    self.lang,
                                    "minutes-declared-in",
                                    item = clean(&d.item.label_as(self.lang, Case::In)),
                                    interest = clean(&d.interest)
                                )
                            )),
                        ]
                    })
                    .collect(),
            )]
        };
        self.section(
            t!(self.lang, "minutes-declarations-heading"),
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
        let lang = self.lang;
        let mut blocks = Vec::new();
        if let Some(agreed) = self.record.ratings.get(item) {
            let mut spans = vec![text(format!("{} ", t!(lang, "minutes-rag")))];
            if !history.is_empty() {
                spans.push(text(format!("{} ", t!(lang, "minutes-agreed-earlier"))));
                for (n, earlier) in history.iter().enumerate() {
                    if n > 0 {
                        spans.push(text(", "));
                    }
                    spans.push(Span::Rag(earlier.rag));
                    spans.push(text(format!(
                        " {}",
                        t!(lang, "minutes-at-meeting", number = earlier.meeting)
                    )));
                }
                spans.push(text("; "));
            }
            spans.extend([
                text(format!("{} ", t!(lang, "minutes-previous"))),
                self.rag_or_none(previous),
                text(format!(" → {} ", t!(lang, "minutes-proposed"))),
                self.rag_or_none(proposed),
            ]);
            spans.extend([
                text(format!(" → {} ", t!(lang, "minutes-agreed"))),
                Span::Rag(agreed.rag),
            ]);
            match change(proposed, Some(agreed.rag)) {
                Some(Change::Worse) => {
                    spans.push(text(format!(" {}", t!(lang, "minutes-rated-worse"))))
                }
                Some(Change::Better) => {
                    spans.push(text(format!(" {}", t!(lang, "minutes-rated-better"))))
                }
                _ => {}
            }
            if let Some(reason) = &agreed.reason {
                spans.push(text(t!(lang, "minutes-reason", reason = clean(reason))));
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
            blocks.push(Block::Paragraph(vec![text(t!(lang, "minutes-challenged"))]));
            blocks.push(Block::Bullets(challenge));
        }
        for decision in notes.iter().filter(|n| n.kind == NoteKind::Decision) {
            blocks.push(Block::Paragraph(vec![
                strong(t!(lang, "minutes-resolved")),
                text(resolution(&decision.text)),
            ]));
        }
        for action in self.arising_on(item) {
            blocks.push(Block::Paragraph(vec![
                strong(t!(lang, "minutes-action")),
                text(t!(
                    lang,
                    "minutes-action-sentence",
                    owner = clean(&action.owner),
                    what = trim_stop(&clean(&action.text)),
                    due = due(action, lang),
                    reference = clean(&action.reference)
                )),
            ]));
        }
        for declaration in self.record.declarations.iter().filter(|d| d.item == *item) {
            blocks.push(Block::Paragraph(vec![text(t!(
                lang,
                "minutes-member-declared",
                member = clean(&declaration.member),
                interest = trim_stop(&clean(&declaration.interest))
            ))]));
        }
        blocks
    }

    /// The minutes of the last meeting, for approval, and the action log's matters arising.
    fn previous_business(&mut self, with_record: bool) {
        let m = &self.pack.meeting;
        let lang = self.lang;
        if m.previous_minutes.is_none() && m.action_log.is_empty() {
            return;
        }
        let mut blocks = Vec::new();
        if let Some(minutes) = &m.previous_minutes {
            let minutes = self.words(minutes);
            blocks.push(Block::Paragraph(vec![text(
                match (with_record, self.record.approval()) {
                    (true, Some(approval)) => match &approval.amendments {
                        None => t!(lang, "minutes-previous-approved", minutes = minutes),
                        Some(amendments) => t!(
                            lang,
                            "minutes-previous-amended",
                            minutes = minutes,
                            amendments = trim_stop(&clean(amendments))
                        ),
                    },
                    (true, None) => t!(lang, "minutes-previous-presented", minutes = minutes),
                    (false, _) => t!(lang, "minutes-previous-for-approval", minutes = minutes),
                },
            )]));
        }
        if !m.action_log.is_empty() {
            blocks.push(Block::Paragraph(vec![text(t!(
                lang,
                "minutes-matters-arising"
            ))]));
            let rows = m
                .action_log
                .iter()
                .map(|logged| {
                    let carried = match logged.carried.as_slice() {
                        [] => t!(lang, "minutes-raised-at", number = logged.raised),
                        meetings => t!(
                            lang,
                            "minutes-carried-to",
                            number = logged.raised,
                            meetings = meetings
                                .iter()
                                .map(u32::to_string)
                                .collect::<Vec<_>>()
                                .join(", ")
                        ),
                    };
                    let status = match self.record.log_decision(&logged.reference) {
                        None => logged.status.label(lang),
                        Some(decision) => {
                            let outcome = clean(&decision.outcome(lang));
                            match decision.update.trim() {
                                "" => outcome,
                                update => format!("{outcome}: {}", clean(update)),
                            }
                        }
                    };
                    Row::from([
                        vec![text(clean(&logged.reference))],
                        vec![text(clean(&logged.text))],
                        vec![text(clean(&logged.owner))],
                        vec![text(clean(&logged.due))],
                        vec![text(status)],
                        vec![text(carried)],
                    ])
                })
                .collect();
            blocks.push(Block::Table {
                header: vec![
                    t!(lang, "minutes-col-ref"),
                    t!(lang, "minutes-col-action"),
                    t!(lang, "minutes-col-owner"),
                    t!(lang, "minutes-col-due"),
                    t!(lang, "minutes-col-status"),
                    t!(lang, "minutes-col-history"),
                ],
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
        self.section(t!(lang, "minutes-previous-heading"), blocks, Some(covers));
    }

    /// In the public minutes, exempt items discussed are one minute of their own: that the
    /// public were excluded, not what was said.
    fn private_business(&mut self) {
        if self.confidential || self.exempt_business == 0 {
            return;
        }
        let n = self.exempt_business;
        let blocks = vec![Block::Paragraph(vec![text(t!(
            self.lang,
            "minutes-exempt-business",
            count = n
        ))])];
        self.section(
            t!(self.lang, "minutes-exempt-heading"),
            blocks,
            Some(Covers::Exempt),
        );
    }

    fn area(&mut self, a: usize, with_record: bool) {
        let pack = self.pack;
        let area = &pack.areas[a];
        let date = pack.meeting.date;
        let lang = self.lang;
        let number = self.sections.len();
        let mut blocks = vec![Block::Paragraph(vec![text(t!(
            lang,
            "minutes-board-lead",
            lead = self.words(&area.board_lead)
        ))])];
        let area_ref = ItemRef::new(ItemKind::Area, area.id.clone());
        blocks.extend(self.item_blocks(&area_ref, None, None, &[]));
        self.minuted(&area_ref, number);
        let mut not_discussed = Vec::new();
        for rec in &area.recommendations {
            let rec_ref = ItemRef::new(ItemKind::Recommendation, rec.id.clone());
            self.minuted(&rec_ref, number);
            let mut discussed = Vec::new();
            if self.discussed(&rec_ref) {
                discussed.push((
                    format!("{} {}", clean(&rec.id), self.short(&rec.text)),
                    rec.exempt,
                    self.item_blocks(&rec_ref, None, None, &[]),
                ));
            }
            for action in &rec.actions {
                let item = ItemRef::new(ItemKind::Action, action.id.clone());
                self.minuted(&item, number);
                if with_record && self.discussed(&item) {
                    let exempt = action.exempt || rec.exempt;
                    discussed.push((
                        format!("{} {}", clean(&action.id), self.short(&action.text)),
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
                        format!("{heading} {}", t!(lang, "minutes-exempt-suffix"))
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
                blocks.push(Block::Paragraph(vec![text(t!(
                    lang,
                    "minutes-not-discussed",
                    count = not_discussed.len(),
                    red = counts[0],
                    amber = counts[1],
                    green = counts[2],
                    blue = counts[3],
                    unrated = counts[4],
                    overdue = overdue
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
                        return Row::from([
                            vec![text(clean(&x.id))],
                            vec![text(t!(lang, "minutes-placeholder"))],
                            vec![],
                            vec![],
                            vec![],
                        ]);
                    }
                    Row::from([
                        vec![text(clean(&x.id))],
                        vec![text(self.short(&x.text))],
                        vec![text(self.all_words(&x.leads, "; "))],
                        vec![text(x.due.as_ref().map_or_else(
                            || t!(lang, "minutes-none"),
                            |d| {
                                let overdue = if x.is_overdue(date) {
                                    format!(" {}", t!(lang, "minutes-overdue"))
                                } else {
                                    String::new()
                                };
                                format!("{}{overdue}", clean(d.written()))
                            },
                        ))],
                        vec![
                            self.rag_or_none(x.previous_rag),
                            text(" → "),
                            self.rag_or_none(x.proposed_rag),
                        ],
                    ])
                })
                .collect();
            blocks.push(Block::Table {
                header: vec![
                    t!(lang, "minutes-col-action"),
                    t!(lang, "minutes-col-what"),
                    t!(lang, "minutes-col-lead"),
                    t!(lang, "minutes-col-due"),
                    t!(lang, "minutes-col-previous-proposed"),
                ],
                rows,
            });
        }
        self.section(
            t!(
                lang,
                "minutes-area-heading",
                name = clean(&pack.meeting.area_name(lang)),
                id = clean(&area.id),
                title = self.words(&area.title)
            ),
            blocks,
            Some(Covers::Area(area.id.clone())),
        );
    }

    fn risks(&mut self, with_record: bool) {
        let pack = self.pack;
        let bands = pack.risk_bands;
        let lang = self.lang;
        let number = self.sections.len();
        let mut blocks = Vec::new();
        let mut others = 0;
        for risk in &pack.risks {
            let item = ItemRef::new(ItemKind::Risk, risk.id.clone());
            self.minuted(&item, number);
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
                format!(" {}", t!(lang, "minutes-exempt-suffix"))
            } else {
                String::new()
            };
            blocks.push(Block::Item(format!(
                "{} {}{exempt}",
                clean(&risk.id),
                self.words(&risk.title)
            )));
            let previous = risk.previous_residual.map_or_else(
                || t!(lang, "minutes-no-previous-score"),
                |p| t!(lang, "minutes-previous-score", score = p),
            );
            blocks.push(Block::Paragraph(vec![
                text(t!(
                    lang,
                    "minutes-residual",
                    likelihood = risk.residual.likelihood,
                    impact = risk.residual.impact,
                    value = risk.residual.value()
                )),
                text(" ("),
                Span::Rag(bands.rag(risk.residual)),
                text(t!(
                    lang,
                    "minutes-residual-rest",
                    previous = previous,
                    trend = format!("{:?}", risk.trend).to_lowercase(),
                    owner = self.words(&risk.owner)
                )),
            ]));
            blocks.extend(self.score_blocks(&item, risk.residual));
            let proposed = Some(bands.rag(risk.residual));
            blocks.extend(self.item_blocks(&item, None, proposed, &[]));
        }
        if blocks.is_empty() {
            blocks.push(Block::Paragraph(vec![text(t!(lang, "minutes-no-risks"))]));
        }
        if others > 0 {
            blocks.push(Block::Paragraph(vec![text(t!(
                lang,
                "minutes-other-risks",
                count = others,
                held = if with_record { "yes" } else { "no" }
            ))]));
        }
        self.section(
            t!(lang, "minutes-risks-heading"),
            blocks,
            Some(Covers::Risks),
        );
    }

    fn performance(&mut self) {
        let pack = self.pack;
        let lang = self.lang;
        let number = self.sections.len();
        let mut rows = Vec::new();
        for kpi in &pack.kpis {
            self.minuted(&ItemRef::new(ItemKind::Kpi, kpi.id.clone()), number);
            if !kpi.is_exception() {
                continue;
            }
            if kpi.exempt && !self.confidential {
                rows.push(Row::from([
                    vec![text(clean(&kpi.id))],
                    vec![text(t!(lang, "minutes-placeholder"))],
                    vec![],
                    vec![],
                    vec![],
                    vec![],
                ]));
                continue;
            }
            let unit = |v: f64| with_unit(v, kpi.unit.get(lang));
            let latest = kpi.latest().map_or_else(
                || t!(lang, "minutes-no-data"),
                |(p, v)| format!("{} ({p})", unit(v)),
            );
            let travel = match kpi.travel() {
                Some(Travel::Improving) => t!(lang, "travel-improving"),
                Some(Travel::Declining) => t!(lang, "travel-declining"),
                Some(Travel::Unchanged) => t!(lang, "travel-unchanged"),
                None => "–".to_string(),
            };
            rows.push(Row::from([
                vec![text(clean(&kpi.id))],
                vec![text(self.words(&kpi.title))],
                vec![text(latest)],
                vec![text(kpi.target.map_or("–".to_string(), unit))],
                vec![text(
                    kpi.benchmark.as_ref().map_or("–".to_string(), |b| {
                        format!("{} {}", unit(b.value), self.words(&b.label))
                    }),
                )],
                vec![self.rag_or_none(kpi.rag()), text(format!(", {travel}"))],
            ]));
        }
        let mut blocks = vec![Block::Paragraph(vec![text(t!(
            lang,
            "minutes-exceptions-intro"
        ))])];
        if rows.is_empty() {
            blocks.push(Block::Paragraph(vec![text(t!(
                lang,
                "minutes-no-exceptions"
            ))]));
        } else {
            blocks.push(Block::Table {
                header: vec![
                    t!(lang, "minutes-col-kpi"),
                    t!(lang, "minutes-col-indicator"),
                    t!(lang, "minutes-col-latest"),
                    t!(lang, "minutes-col-target"),
                    t!(lang, "minutes-col-benchmark"),
                    t!(lang, "minutes-col-rag-travel"),
                ],
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
                    self.words(&kpi.title)
                )));
                blocks.extend(self.item_blocks(&item, None, kpi.rag(), &kpi.history));
            }
        }
        self.section(
            t!(lang, "minutes-performance-heading"),
            blocks,
            Some(Covers::Kpis),
        );
    }

    /// Entries about items this issue of the pack no longer has: kept, and minuted in a
    /// section of their own rather than dropped. Whether such an item was exempt cannot be
    /// known any more, so the public minutes name it and count what was said, and only the
    /// confidential minutes give the words. Returns how many there are.
    fn items_gone(&mut self) -> usize {
        let gone: Vec<&ItemRef> = self
            .record
            .items()
            .into_iter()
            .filter(|item| !self.minute_of.contains_key(item))
            .collect();
        if gone.is_empty() {
            return 0;
        }
        let number = self.sections.len();
        let mut blocks = vec![Block::Paragraph(vec![text(t!(
            self.lang,
            "minutes-gone-intro"
        ))])];
        for &item in &gone {
            self.minute_of.insert(item, number);
            blocks.push(Block::Item(clean(&item.label(self.lang))));
            if self.confidential {
                blocks.extend(self.item_blocks(item, None, None, &[]));
            } else {
                let notes = self.notes_on(item).len();
                let arising = self.arising_on(item).len();
                let rated = usize::from(self.record.ratings.contains_key(item));
                blocks.push(Block::Paragraph(vec![text(t!(
                    self.lang,
                    "minutes-gone-counts",
                    notes = notes,
                    rated = rated,
                    arising = arising
                ))]));
            }
        }
        self.section(t!(self.lang, "minutes-gone-heading"), blocks, None);
        gone.len()
    }

    fn other_business(&mut self) {
        let meeting = ItemRef::meeting();
        let number = self.sections.len();
        self.minuted(&meeting, number);
        let mut blocks = self.item_blocks(&meeting, None, None, &[]);
        if blocks.is_empty() {
            blocks.push(Block::Paragraph(vec![text(t!(
                self.lang,
                "minutes-no-other-business"
            ))]));
        }
        self.section(
            t!(self.lang, "minutes-other-business-heading"),
            blocks,
            Some(Covers::Other),
        );
    }

    /// The agenda item each section is minuted under, by the section's place: the first
    /// item that covers what it is about; an area without an item of its own under the
    /// areas' reports; other business and the next meeting under the first of the items
    /// that close the agenda, if other items close it (not under an item of other words
    /// in the middle of it). `None`: nothing on the agenda covers it.
    fn items_of_sections(&self) -> Vec<Option<usize>> {
        let order = &self.order;
        let first = |covers: &Covers| {
            order
                .iter()
                .position(|item| item.covers.as_ref() == Some(covers))
        };
        let other = |item: &AgendaItem| item.covers == Some(Covers::Other);
        let closing = order
            .iter()
            .rposition(|item| !other(item))
            .map_or(0, |last| last + 1);
        self.covers
            .iter()
            .map(|covers| match covers.as_ref()? {
                Covers::Other => (closing < order.len()).then_some(closing),
                area @ Covers::Area(_) => first(area).or_else(|| first(&Covers::Areas)),
                covers => first(covers),
            })
            .collect()
    }

    /// The sections under the agenda's numbers and titles, in its order: what each agenda
    /// item covers gathers the sections about it (each under its own sub-heading when there
    /// are several); an item with nothing minuted says so; sections about nothing on the
    /// agenda follow. The confidential minutes give each item's time. Returns the sections
    /// and each built section's minute number, by its place.
    fn arrange(&mut self, clock: Option<&Clock>) -> (Vec<Section>, Vec<usize>) {
        let item_of = self.items_of_sections();
        let order = &self.order;
        let mut numbers = vec![0; self.sections.len()];
        // Each section is moved to its place once; `None` once claimed.
        let mut sections: Vec<Option<Section>> = std::mem::take(&mut self.sections)
            .into_iter()
            .map(Some)
            .collect();
        let mut arranged = Vec::new();
        for (n, item) in order.iter().enumerate() {
            let number = arranged.len() + 1;
            let mine: Vec<usize> = (0..sections.len())
                .filter(|&at| item_of[at] == Some(n))
                .collect();
            let mut blocks = Vec::new();
            if let Some(time) = clock
                .filter(|_| self.confidential)
                .and_then(|clock| clock.items.get(n))
                .filter(|time| time.reached.is_some())
            {
                blocks.push(Block::Paragraph(vec![text(t!(
                    self.lang,
                    "minutes-time",
                    allotted = time.allotted,
                    taken = crate::model::nearest_minute(time.elapsed)
                ))]));
            }
            for &at in &mine {
                let Some(section) = sections[at].take() else {
                    continue;
                };
                numbers[at] = number;
                if mine.len() > 1 {
                    blocks.push(Block::Item(section.heading));
                }
                blocks.extend(section.blocks);
            }
            if mine.is_empty() {
                blocks.push(Block::Paragraph(vec![text(if self.held {
                    t!(self.lang, "minutes-nothing-minuted")
                } else {
                    t!(self.lang, "minutes-no-papers")
                })]));
            }
            arranged.push(Section {
                number,
                heading: self.words(&item.item),
                blocks,
            });
        }
        for (at, section) in sections.into_iter().enumerate() {
            if let Some(section) = section {
                numbers[at] = arranged.len() + 1;
                arranged.push(Section {
                    number: arranged.len() + 1,
                    ..section
                });
            }
        }
        (arranged, numbers)
    }

    fn actions_log(&self, numbers: &[usize]) -> Vec<Block> {
        let rows: Vec<Row> = self
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
                Row::from([
                    vec![text(clean(&action.reference))],
                    vec![text(minute)],
                    vec![text(if exempt {
                        t!(self.lang, "minutes-confidential-action")
                    } else {
                        clean(&action.text)
                    })],
                    vec![text(clean(&action.owner))],
                    vec![text(due(action, self.lang))],
                ])
            })
            .collect();
        let lang = self.lang;
        if rows.is_empty() {
            vec![Block::Paragraph(vec![text(t!(lang, "minutes-no-actions"))])]
        } else {
            vec![Block::Table {
                header: vec![
                    t!(lang, "minutes-col-ref"),
                    t!(lang, "minutes-col-minute"),
                    t!(lang, "minutes-col-action"),
                    t!(lang, "minutes-col-owner"),
                    t!(lang, "minutes-col-due"),
                ],
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
        let lang = self.lang;
        let mut blocks = vec![Block::Paragraph(vec![text(match m.next_meeting {
            Some(date) => t!(
                lang,
                "minutes-next-meeting",
                weekday = locale::day_name(lang, date),
                date = locale::long_date(lang, date, false)
            ),
            None => t!(lang, "minutes-next-tbc"),
        })])];
        blocks.push(Block::Paragraph(vec![text(t!(lang, "minutes-rag-key"))]));
        blocks.push(Block::Bullets(
            Rag::ALL
                .iter()
                .map(|rag| {
                    vec![
                        Span::Rag(*rag),
                        text(format!(": {}", self.words(m.rag_key.meaning(*rag)))),
                    ]
                })
                .collect(),
        ));
        self.section(
            t!(lang, "minutes-next-heading"),
            blocks,
            Some(Covers::Other),
        );
    }
}

impl Builder<'_> {
    /// Notes that `item`'s section is at `number` in `sections`, if the record mentions it.
    fn minuted(&mut self, item: &ItemRef, number: usize) {
        if let Some(&mentioned) = self.mentioned.get(item) {
            self.minute_of.insert(mentioned, number);
        }
    }

    fn rag_or_none(&self, rag: Option<Rag>) -> Span {
        rag.map_or_else(|| text(t!(self.lang, "minutes-none")), Span::Rag)
    }
}

/// A label in bold, followed by a space: "Present: ".
fn strong(label: String) -> Span {
    Span::Strong(format!("{label} "))
}

/// A note's text on one line: minutes are prose.
fn paragraph(text: &str) -> String {
    let text = sanitize::text(text);
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// "That …", with the "RESOLVED:" the chair may already have typed taken off.
/// A decision's words after the minutes' own "RESOLVED:" / "PENDERFYNWYD:", which the
/// chair may have typed too (the editor suggests it), in either language and any case.
fn resolution(text: &str) -> String {
    let text = paragraph(text);
    let rest = ["resolved:", "penderfynwyd:"]
        .iter()
        .find_map(|word| {
            let head = text.get(..word.len())?;
            head.eq_ignore_ascii_case(word).then(|| &text[word.len()..])
        })
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

fn due(action: &ActionArising, lang: Lang) -> String {
    match action.due {
        Some(date) if means_next_meeting(&action.due_text) => t!(
            lang,
            "minutes-due-next-meeting",
            date = locale::long_date(lang, date, false)
        ),
        Some(date) => locale::long_date(lang, date, false),
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

#[cfg(test)]
mod tests {
    use super::resolution;

    #[test]
    fn a_decision_typed_with_its_own_resolved_is_minuted_with_one() {
        for typed in [
            "RESOLVED: that the Board notes progress.",
            "Resolved: that the Board notes progress.",
            "resolved:that the Board notes progress.",
            "that the Board notes progress.",
        ] {
            assert_eq!(
                resolution(typed),
                "That the Board notes progress.",
                "{typed}"
            );
        }
        for typed in [
            "PENDERFYNWYD: bod y Panel yn nodi'r cynnydd.",
            "Penderfynwyd: bod y Panel yn nodi'r cynnydd.",
            "bod y Panel yn nodi'r cynnydd.",
        ] {
            assert_eq!(
                resolution(typed),
                "Bod y Panel yn nodi'r cynnydd.",
                "{typed}"
            );
        }
        // Short or not at a character boundary: the words as typed.
        assert_eq!(resolution("Ŵ"), "Ŵ");
        assert_eq!(resolution("resolvedŵ: x"), "Resolvedŵ: x");
    }
}
