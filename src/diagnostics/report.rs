//! Problems located in a pack's source, rendered with the offending line and the bad token
//! underlined.

use super::Source;
use crate::locale::{self, Lang};
use crate::sanitize;
use crate::t;
use miette::{
    Diagnostic, GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteError,
    MietteSpanContents, SourceCode, SourceSpan, SpanContents,
};
use std::{fmt, ops::Range};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    pub severity: Severity,
    pub message: String,
    pub help: Option<String>,
    /// Byte range in the source.
    pub span: Range<usize>,
    /// 1-based, of the span's start; the column counts characters.
    pub line: usize,
    pub col: usize,
}

impl Problem {
    pub fn new(
        source: &Source,
        severity: Severity,
        message: String,
        help: Option<String>,
        span: Range<usize>,
    ) -> Problem {
        let mut problem = Problem::unplaced(source, severity, message, help, span);
        (problem.line, problem.col) = source.line_col(problem.span.start);
        problem
    }

    /// Each of `found` (severity, message, help, span) as a problem, their lines found
    /// in one pass over the text (`Source::line_cols`).
    pub fn many(
        source: &Source,
        found: impl IntoIterator<Item = (Severity, String, Option<String>, Range<usize>)>,
    ) -> Vec<Problem> {
        let mut problems: Vec<Problem> = found
            .into_iter()
            .map(|(severity, message, help, span)| {
                Problem::unplaced(source, severity, message, help, span)
            })
            .collect();
        let starts: Vec<usize> = problems.iter().map(|p| p.span.start).collect();
        for (problem, (line, col)) in problems.iter_mut().zip(source.line_cols(&starts)) {
            problem.line = line;
            problem.col = col;
        }
        problems
    }

    /// The problem before its line and column are worked out.
    fn unplaced(
        source: &Source,
        severity: Severity,
        message: String,
        help: Option<String>,
        span: Range<usize>,
    ) -> Problem {
        // On character boundaries, whatever the parser counted in: a span that starts or
        // ends inside a character cannot be shown.
        let start = char_floor(&source.text, span.start);
        let span = start..char_floor(&source.text, span.end).max(start);
        Problem {
            severity,
            message: safe_line(message),
            help: help.map(safe_line),
            span,
            line: 0,
            col: 0,
        }
    }

    /// What ron found wrong, said in `lang` in a programme manager's words.
    pub fn from_ron(source: &Source, err: &ron::error::SpannedError, lang: Lang) -> Problem {
        let span = &err.span;
        let range = source.range(
            (span.start.line, span.start.col),
            (span.end.line, span.end.col),
        );
        let range = token_span(&source.text, range, &err.code);
        let (message, help) = slip(&source.text, range.clone(), &err.code, lang)
            .unwrap_or_else(|| describe(&source.text, range.clone(), &err.code, lang));
        Problem::new(source, Severity::Error, message, help, range)
    }

    /// `file:line:col`
    pub fn location(&self, source: &Source) -> String {
        format!("{}:{}:{}", source.name, self.line, self.col)
    }
}

/// `text` as one safe line (`sanitize::line`), kept as it is when it is one already.
fn safe_line(text: String) -> String {
    match sanitize::line(&text) {
        std::borrow::Cow::Borrowed(_) => text,
        std::borrow::Cow::Owned(safe) => safe,
    }
}

/// What a reader calls each of the pack's types, never the program's name for it.
fn word_for(type_name: &str, lang: Lang) -> String {
    let id = match type_name {
        "Kpi" => "type-kpi",
        "Action" => "type-action",
        "Risk" => "type-risk",
        "Recommendation" => "type-recommendation",
        "Area" => "type-area",
        "Meeting" => "type-meeting",
        "Member" => "type-member",
        "Pack" => "type-pack",
        "Status" => "type-status",
        "Rag" => "type-rag",
        "Term" => "type-term",
        "Polarity" => "type-polarity",
        "Trend" => "type-trend",
        "Role" => "type-role",
        "KpiState" => "type-kpi-state",
        "Score" => "type-score",
        "RagKey" => "type-rag-key",
        "RiskDescription" => "type-risk-description",
        "RiskBands" => "type-risk-bands",
        "Benchmark" => "type-benchmark",
        "AgendaItem" => "type-agenda-item",
        "Text" => "type-text",
        other => return other.to_string(),
    };
    locale::message(lang, id, None)
}

/// "A, B, C or D" / "A, B, C neu D".
fn one_of(choices: &[&str], lang: Lang) -> String {
    match choices {
        [] => String::new(),
        [only] => only.to_string(),
        [rest @ .., last] => t!(lang, "one-of", rest = rest.join(", "), last = *last),
    }
}

/// The values a field takes, for fields whose values are names.
fn choices_for(field: &str) -> Option<&'static [&'static str]> {
    Some(match field {
        "status" => &["NotStarted", "InProgress", "Complete", "Deferred"],
        "previous_rag" | "proposed_rag" => &["Red", "Amber", "Green", "Blue"],
        "term" => &["Immediate", "Medium", "Long"],
        "polarity" => &["HigherIsBetter", "LowerIsBetter"],
        "trend" => &["Improving", "Stable", "Worsening"],
        "role" => &[
            "Chair",
            "ViceChair",
            "Member",
            "Adviser",
            "Clerk",
            "Observer",
        ],
        _ => return None,
    })
}

/// The `id: "…"` of the item the text before `at` belongs to, so a message can name it.
fn item_id_before(text: &str, at: usize) -> Option<&str> {
    let before = &text[..at.min(text.len())];
    let start = before.rfind("id: \"")? + "id: \"".len();
    let len = before[start..].find('"')?;
    Some(&before[start..start + len])
}

/// Where a quoted text opened and never closed starts: its 1-based line.
fn unclosed_quote_line(text: &str) -> Option<usize> {
    let mut open: Option<usize> = None;
    let mut chars = text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        match (open, c) {
            (None, '/') if chars.peek().is_some_and(|(_, next)| *next == '/') => {
                // A comment runs to the end of its line; quotes in it do not count.
                for (_, c) in chars.by_ref() {
                    if c == '\n' {
                        break;
                    }
                }
            }
            (None, '"') => open = Some(at),
            (Some(_), '\\') => {
                chars.next();
            }
            (Some(_), '"') => open = None,
            _ => {}
        }
    }
    open.map(|at| text[..at].matches('\n').count() + 1)
}

/// The slips people make when they write a pack by hand or paste from a document, each
/// said in words that point at the fix.
fn slip(
    text: &str,
    range: Range<usize>,
    code: &ron::Error,
    lang: Lang,
) -> Option<(String, Option<String>)> {
    use ron::Error as E;
    let token = &text[range.start.min(text.len())..];
    let first = token.chars().next();
    let before = text[..range.start.min(text.len())].trim_end();
    // The message and its help, by their ids in the catalogue.
    let said = |message: &str, help: &str| {
        Some((
            locale::message(lang, message, None),
            Some(locale::message(lang, help, None)),
        ))
    };
    if matches!(first, Some('“' | '”' | '‘' | '’')) {
        return said("ron-curly-quotes", "ron-curly-quotes-help");
    }
    if first == Some('\'') {
        return said("ron-single-quotes", "ron-single-quotes-help");
    }
    if first == Some('#') && !token.starts_with("#![") {
        return said("ron-hash-comment", "ron-hash-comment-help");
    }
    if first == Some('%') {
        return said("ron-percent", "ron-percent-help");
    }
    if (first == Some('/') || before.ends_with('/'))
        && matches!(code, E::UnexpectedChar(_) | E::ExpectedComma)
    {
        return said("ron-two-values", "ron-two-values-help");
    }
    match code {
        E::ExpectedIdentifier if first == Some('"') => {
            let field = before
                .trim_end_matches(':')
                .rsplit(|c: char| !(c.is_alphanumeric() || c == '_'))
                .next()
                .unwrap_or("");
            let hint = match choices_for(field) {
                Some(choices) => t!(
                    lang,
                    "ron-quoted-name-one-of",
                    choices = one_of(choices, lang)
                ),
                None => t!(lang, "ron-quoted-name-help"),
            };
            Some((t!(lang, "ron-quoted-name"), Some(hint)))
        }
        E::Eof | E::ExpectedStringEnd => unclosed_quote_line(text).map(|line| {
            (
                t!(lang, "ron-unclosed-quote", line = line),
                Some(t!(lang, "ron-unclosed-quote-help")),
            )
        }),
        _ => None,
    }
}

/// ron's wording, made plainer where it is terse, with a hint where one helps.
fn describe(
    text: &str,
    range: Range<usize>,
    code: &ron::Error,
    lang: Lang,
) -> (String, Option<String>) {
    use ron::Error as E;
    // The message and its help, by their ids in the catalogue.
    let plain = |message: &str, help: &str| {
        (
            locale::message(lang, message, None),
            Some(locale::message(lang, help, None)),
        )
    };
    let type_word = |outer: &Option<String>, none: &str| {
        outer
            .as_deref()
            .map_or_else(|| locale::message(lang, none, None), |t| word_for(t, lang))
    };
    match code {
        E::ExceededRecursionLimit => plain("ron-too-deep", "ron-too-deep-help"),
        E::Eof => plain("ron-ends-too-soon", "ron-ends-too-soon-help"),
        E::ExpectedComma => plain("ron-comma", "ron-comma-help"),
        E::ExpectedInteger => plain("ron-whole-number", "ron-whole-number-help"),
        E::ExpectedFloat => plain("ron-number", "ron-number-help"),
        E::ExpectedString | E::ExpectedStringEnd => plain("ron-text", "ron-text-help"),
        E::ExpectedBoolean => plain("ron-boolean", "ron-boolean-help"),
        E::ExpectedArray => plain("ron-list", "ron-list-help"),
        E::MissingStructField { field, outer } => {
            let what = type_word(outer, "ron-this");
            let which = item_id_before(text, range.start)
                .filter(|_| outer.as_deref() != Some("Meeting"))
                .map_or(String::new(), |id| format!(" {id}"));
            let help = match choices_for(field) {
                Some(choices) => t!(
                    lang,
                    "ron-missing-field-one-of",
                    field = &**field,
                    first = choices[0],
                    choices = one_of(choices, lang)
                ),
                None => t!(lang, "ron-missing-field-help", field = &**field),
            };
            (
                t!(
                    lang,
                    "ron-missing-field",
                    what = format!("{what}{which}"),
                    field = &**field
                ),
                Some(help),
            )
        }
        E::NoSuchStructField {
            expected,
            found,
            outer,
        } => {
            let suggestion = expected
                .iter()
                .map(|candidate| (strsim::damerau_levenshtein(found, candidate), candidate))
                .filter(|(distance, _)| *distance <= 2)
                .min_by_key(|(distance, _)| *distance)
                .map(|(_, candidate)| t!(lang, "ron-did-you-mean", name = *candidate))
                .unwrap_or_else(|| t!(lang, "ron-fields-are", choices = one_of(expected, lang)));
            let what = type_word(outer, "ron-this");
            (
                t!(
                    lang,
                    "ron-no-such-field",
                    found = found.as_str(),
                    what = what
                ),
                Some(suggestion),
            )
        }
        E::NoSuchEnumVariant {
            expected,
            found,
            outer,
        } => {
            let what = type_word(outer, "ron-value");
            let same_but_case = expected
                .iter()
                .find(|candidate| candidate.eq_ignore_ascii_case(found));
            let help = match same_but_case {
                Some(candidate) => t!(lang, "ron-capitals", name = *candidate),
                None => t!(lang, "ron-write-one-of", choices = one_of(expected, lang)),
            };
            (
                t!(
                    lang,
                    "ron-no-such-value",
                    found = found.as_str(),
                    what = what
                ),
                Some(help),
            )
        }
        // Text in one language or two, found as something else (a number, a name).
        E::InvalidValueForType { expected, .. } if expected == crate::model::Text::EXPECTED => {
            plain("ron-text-or-both", "ron-text-help")
        }
        // Our own readers of dates, times and due dates word their messages in English,
        // precisely; in another language, what the field takes is said instead.
        E::Message(detail) if lang != Lang::En => {
            let before = text[..range.start.min(text.len())].trim_end();
            let field = before
                .trim_end_matches(':')
                .rsplit(|c: char| !(c.is_alphanumeric() || c == '_'))
                .next()
                .unwrap_or("");
            let token =
                text[range.start.min(text.len())..range.end.min(text.len())].trim_matches('"');
            let id = match field {
                "due" => "value-bad-due",
                "date" | "previous_meeting" | "next_meeting" | "review_date" => "value-bad-date",
                "start" => "value-bad-time",
                _ => return (t!(lang, "value-bad", detail = detail.as_str()), None),
            };
            let mut args = fluent_bundle::FluentArgs::new();
            args.set("text", token.to_string());
            (locale::message(lang, id, Some(&args)), None)
        }
        code => (code.to_string(), None),
    }
}

/// ron points at the character after an opening quote for errors raised while reading a
/// string's contents, and at the gap before a value for type errors; widen or move the span
/// so it covers the whole offending token.
fn token_span(text: &str, range: Range<usize>, code: &ron::Error) -> Range<usize> {
    let mut range = range;
    if matches!(code, ron::Error::Message(_))
        && range.start > 0
        && text.as_bytes()[range.start - 1] == b'"'
    {
        range.start -= 1;
    }
    let covered = &text[range.clone()];
    if !covered.trim().is_empty() {
        return range;
    }
    let start = range.start + text[range.start..].len() - text[range.start..].trim_start().len();
    let rest = &text[start..];
    let len = if let Some(inner) = rest.strip_prefix('"') {
        inner.find('"').map_or(rest.len(), |end| end + 2)
    } else {
        rest.find(|c: char| !(c.is_alphanumeric() || c == '_' || c == '.' || c == '-'))
            .unwrap_or(rest.len())
            .max(1)
    };
    start..(start + len.min(rest.len()))
}

#[derive(Debug, Clone, Copy)]
pub enum ReportStyle {
    Colour,
    Plain,
}

/// Problems shown with their snippet; any beyond this are listed one line each, since
/// nobody reads thousands of boxes and drawing them would take minutes on a large pack.
pub const FULL_REPORTS: usize = 50;

/// Renders each problem with its source snippet, in the order given, its labels in `lang`.
pub fn render_problems(
    source: &Source,
    problems: &[Problem],
    style: ReportStyle,
    lang: Lang,
) -> String {
    let theme = match style {
        ReportStyle::Colour => GraphicalTheme::unicode(),
        ReportStyle::Plain => GraphicalTheme::unicode_nocolor(),
    };
    let handler = GraphicalReportHandler::new_themed(theme)
        .with_context_lines(1)
        .with_width(100);
    let snippet_source = IndexedSource::new(
        &source.name,
        sanitize::source_for_snippet(&source.text).into_owned(),
    );
    let mut out = String::new();
    for (n, problem) in problems.iter().enumerate() {
        let report = Report {
            problem,
            source: &snippet_source,
            location: problem.location(source),
            lang,
        };
        if n >= FULL_REPORTS || handler.render_report(&mut out, &report).is_err() {
            let kind = match problem.severity {
                Severity::Error => t!(lang, "report-error"),
                Severity::Warning => t!(lang, "report-warning"),
            };
            out.push_str(&format!(
                "{}: {kind}: {}\n",
                report.location, problem.message
            ));
        }
    }
    out
}

/// The source with its line starts indexed, so each snippet is cut from a few lines
/// around its span instead of scanning the file from the top.
struct IndexedSource {
    name: String,
    text: String,
    line_starts: Vec<usize>,
}

impl IndexedSource {
    fn new(name: &str, text: String) -> IndexedSource {
        let line_starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        IndexedSource {
            name: name.to_string(),
            text,
            line_starts,
        }
    }

    /// 0-based line holding byte `offset`.
    fn line_of(&self, offset: usize) -> usize {
        self.line_starts
            .partition_point(|&start| start <= offset)
            .saturating_sub(1)
    }
}

impl SourceCode for IndexedSource {
    fn read_span<'a>(
        &'a self,
        span: &SourceSpan,
        context_lines_before: usize,
        context_lines_after: usize,
    ) -> Result<Box<dyn SpanContents<'a> + 'a>, MietteError> {
        if span.offset() + span.len() > self.text.len() {
            return Err(MietteError::OutOfBounds);
        }
        let line = self.line_of(span.offset());
        let line_end = self
            .line_starts
            .get(line + 1)
            .copied()
            .unwrap_or(self.text.len());
        if line_end - self.line_starts[line] > LONG_LINE {
            return Ok(self.window_of_long_line(span, line, line_end));
        }
        let first = line.saturating_sub(context_lines_before);
        let last = self.line_of(span.offset() + span.len().saturating_sub(1)) + context_lines_after;
        let start = self.line_starts[first];
        let end = self
            .line_starts
            .get(last + 1)
            .copied()
            .unwrap_or(self.text.len());
        let window = &self.text[start..end];
        let local = SourceSpan::new((span.offset() - start).into(), span.len());
        let inner = window.read_span(&local, context_lines_before, context_lines_after)?;
        Ok(Box::new(MietteSpanContents::new_named(
            self.name.clone(),
            inner.data(),
            SourceSpan::new((inner.span().offset() + start).into(), inner.span().len()),
            inner.line() + first,
            inner.column(),
            inner.line_count() + first,
        )))
    }
}

/// Longer lines (a pack written on one line by a script) are shown as a window around the
/// problem, never whole: a 200 KB line helps nobody, and miette cannot draw columns past
/// 65,535.
const LONG_LINE: usize = 240;
/// How much of a long line is shown on each side of the problem.
const WINDOW_SIDE: usize = 60;

/// The largest char boundary in `text` at or before `at`.
fn char_floor(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

impl IndexedSource {
    /// A slice of one long line around `span`, marked "…" where it is cut.
    fn window_of_long_line<'a>(
        &'a self,
        span: &SourceSpan,
        line: usize,
        line_end: usize,
    ) -> Box<dyn SpanContents<'a> + 'a> {
        let line_start = self.line_starts[line];
        let start = char_floor(
            &self.text,
            span.offset().saturating_sub(WINDOW_SIDE).max(line_start),
        );
        let label_end = char_floor(&self.text, span.offset() + span.len().min(WINDOW_SIDE));
        let end = char_floor(&self.text, (label_end + WINDOW_SIDE).min(line_end));
        // The header names where the problem is, not where the window starts.
        let column = self.text[line_start..span.offset()].chars().count();
        Box::new(MietteSpanContents::new_named(
            self.name.clone(),
            &self.text.as_bytes()[start..end],
            SourceSpan::new(start.into(), end - start),
            line,
            column,
            1,
        ))
    }
}

struct Report<'a> {
    problem: &'a Problem,
    source: &'a IndexedSource,
    location: String,
    lang: Lang,
}

impl fmt::Debug for Report<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.problem.message)
    }
}

impl fmt::Display for Report<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.location, self.problem.message)
    }
}

impl std::error::Error for Report<'_> {}

impl Diagnostic for Report<'_> {
    fn severity(&self) -> Option<miette::Severity> {
        Some(match self.problem.severity {
            Severity::Error => miette::Severity::Error,
            Severity::Warning => miette::Severity::Warning,
        })
    }

    fn help<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        self.problem
            .help
            .as_ref()
            .map(|h| Box::new(h) as Box<dyn fmt::Display>)
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        Some(self.source)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        let span = &self.problem.span;
        let label = match self.problem.severity {
            Severity::Error => t!(self.lang, "report-here"),
            Severity::Warning => t!(self.lang, "report-this"),
        };
        // A label never runs past the window a long line is shown in.
        let end = char_floor(&self.source.text, span.start + span.len().min(WINDOW_SIDE));
        Some(Box::new(std::iter::once(LabeledSpan::new(
            Some(label),
            span.start,
            end - span.start,
        ))))
    }
}
