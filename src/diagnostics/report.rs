//! Problems located in a pack's source, rendered with the offending line and the bad token
//! underlined.

use super::Source;
use crate::sanitize;
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
        let (line, col) = source.line_col(span.start);
        Problem {
            severity,
            message: sanitize::line(&message).into_owned(),
            help: help.map(|h| sanitize::line(&h).into_owned()),
            span,
            line,
            col,
        }
    }

    pub fn from_ron(source: &Source, err: &ron::error::SpannedError) -> Problem {
        let span = &err.span;
        let range = source.range(
            (span.start.line, span.start.col),
            (span.end.line, span.end.col),
        );
        let range = token_span(&source.text, range, &err.code);
        let (message, help) = slip(&source.text, range.clone(), &err.code)
            .unwrap_or_else(|| describe(&source.text, range.clone(), &err.code));
        Problem::new(source, Severity::Error, message, help, range)
    }

    /// `file:line:col`
    pub fn location(&self, source: &Source) -> String {
        format!("{}:{}:{}", source.name, self.line, self.col)
    }
}

/// What a reader calls each of the pack's types, never the program's name for it.
fn word_for(type_name: &str) -> &str {
    match type_name {
        "Kpi" => "KPI",
        "Action" => "action",
        "Risk" => "risk",
        "Recommendation" => "recommendation",
        "Area" => "priority area",
        "Meeting" => "meeting",
        "Member" => "member",
        "Pack" => "pack",
        "Status" => "status",
        "Rag" => "rating",
        "Term" => "term",
        "Polarity" => "polarity",
        "Trend" => "trend",
        "Role" => "role",
        "KpiState" => "KPI state",
        "Score" => "score",
        "RagKey" => "RAG key",
        "RiskDescription" => "risk description",
        "RiskBands" => "set of risk bands",
        "Benchmark" => "benchmark",
        "AgendaItem" => "agenda item",
        other => other,
    }
}

/// "A, B, C or D".
fn one_of(choices: &[&str]) -> String {
    match choices {
        [] => String::new(),
        [only] => only.to_string(),
        [rest @ .., last] => format!("{} or {last}", rest.join(", ")),
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
fn slip(text: &str, range: Range<usize>, code: &ron::Error) -> Option<(String, Option<String>)> {
    use ron::Error as E;
    let token = &text[range.start.min(text.len())..];
    let first = token.chars().next();
    let before = text[..range.start.min(text.len())].trim_end();
    let said = |message: &str, help: &str| Some((message.to_string(), Some(help.to_string())));
    if matches!(first, Some('“' | '”' | '‘' | '’')) {
        return said(
            "curly quotes: a pack's text goes in straight double quotes",
            "replace “ and ” with \" (a word processor turns \" into curly quotes)",
        );
    }
    if first == Some('\'') {
        return said(
            "text goes in double quotes, not single ones",
            "write \"Chief Executive\", not 'Chief Executive'",
        );
    }
    if first == Some('#') && !token.starts_with("#![") {
        return said(
            "comments start with //, not #",
            "write // at the start of a comment",
        );
    }
    if first == Some('%') {
        return said(
            "write the number without the % sign",
            "84, not 84% — the KPI's unit says it is a percentage",
        );
    }
    if (first == Some('/') || before.ends_with('/'))
        && matches!(code, E::UnexpectedChar(_) | E::ExpectedComma)
    {
        return said(
            "only one value can go here, not two joined by /",
            "choose one (a rating is Red, Amber, Green or Blue) and say the rest in the progress text",
        );
    }
    match code {
        E::ExpectedIdentifier if first == Some('"') => {
            let field = before
                .trim_end_matches(':')
                .rsplit(|c: char| !(c.is_alphanumeric() || c == '_'))
                .next()
                .unwrap_or("");
            let hint = match choices_for(field) {
                Some(choices) => format!("write one of {} without quotes", one_of(choices)),
                None => "write the name without quotes".to_string(),
            };
            Some((
                "remove the quotes: named values are written without them".into(),
                Some(hint),
            ))
        }
        E::Eof | E::ExpectedStringEnd => unclosed_quote_line(text).map(|line| {
            (
                format!("the file ends inside a quoted text that starts at line {line}"),
                Some("close the quote with \" where the text ends".to_string()),
            )
        }),
        _ => None,
    }
}

/// ron's wording, made plainer where it is terse, with a hint where one helps.
fn describe(text: &str, range: Range<usize>, code: &ron::Error) -> (String, Option<String>) {
    use ron::Error as E;
    let plain = |message: &str, help: &str| (message.to_string(), Some(help.to_string()));
    match code {
        E::ExceededRecursionLimit => plain(
            "values are nested more than 128 levels deep",
            "a pack is never nested this deeply; the file is damaged or not a pack",
        ),
        E::Eof => plain(
            "the file ends too soon",
            "look for an unclosed bracket or quote",
        ),
        E::ExpectedComma => plain(
            "expected a comma",
            "a comma is missing before this, or a quote earlier was never closed",
        ),
        E::ExpectedInteger => plain(
            "expected a whole number",
            "numbers are written without quotes, like 3",
        ),
        E::ExpectedFloat => plain(
            "expected a number",
            "numbers are written without quotes, like 72.5",
        ),
        E::ExpectedString | E::ExpectedStringEnd => plain(
            "expected text in double quotes",
            "write text like \"Chief Executive\"",
        ),
        E::ExpectedBoolean => plain(
            "expected true or false",
            "write true or false, without quotes",
        ),
        E::ExpectedArray => plain(
            "expected a list in [ ]",
            "write a list like [\"one\", \"two\"]",
        ),
        E::MissingStructField { field, outer } => {
            let what = outer.as_deref().map_or("this", word_for);
            let which = item_id_before(text, range.start)
                .filter(|_| outer.as_deref() != Some("Meeting"))
                .map_or(String::new(), |id| format!(" {id}"));
            let help = match choices_for(field) {
                Some(choices) => format!(
                    "add `{field}: {}` (one of {}) before the closing bracket",
                    choices[0],
                    one_of(choices)
                ),
                None => format!("add `{field}: ...` before the closing bracket"),
            };
            (format!("{what}{which} has no `{field}`"), Some(help))
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
                .map(|(_, candidate)| format!("did you mean `{candidate}`?"))
                .unwrap_or_else(|| format!("the fields are {}", one_of(expected)));
            let what = outer.as_deref().map_or("this", word_for);
            (
                format!("`{found}` is not a field of a {what}"),
                Some(suggestion),
            )
        }
        E::NoSuchEnumVariant {
            expected,
            found,
            outer,
        } => {
            let what = outer.as_deref().map_or("value", word_for);
            let same_but_case = expected
                .iter()
                .find(|candidate| candidate.eq_ignore_ascii_case(found));
            let help = match same_but_case {
                Some(candidate) => format!("did you mean `{candidate}`? Capitals matter"),
                None => format!("write one of {}", one_of(expected)),
            };
            (format!("`{found}` is not a {what}"), Some(help))
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

/// Renders each problem with its source snippet, in the order given.
pub fn render_problems(source: &Source, problems: &[Problem], style: ReportStyle) -> String {
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
        };
        if n >= FULL_REPORTS || handler.render_report(&mut out, &report).is_err() {
            let kind = match problem.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
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
            Severity::Error => "here",
            Severity::Warning => "this",
        };
        // A label never runs past the window a long line is shown in.
        let end = char_floor(&self.source.text, span.start + span.len().min(WINDOW_SIDE));
        Some(Box::new(std::iter::once(LabeledSpan::new(
            Some(label.to_string()),
            span.start,
            end - span.start,
        ))))
    }
}
