//! Problems located in a pack's source, rendered with the offending line and the bad token
//! underlined.

use super::{Severity, Source};
use crate::sanitize;
use miette::{Diagnostic, GraphicalReportHandler, GraphicalTheme, LabeledSpan, NamedSource, SourceCode};
use std::{fmt, ops::Range};

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
    pub fn new(source: &Source, severity: Severity, message: String, help: Option<String>, span: Range<usize>) -> Problem {
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
        let range = source.range((span.start.line, span.start.col), (span.end.line, span.end.col));
        let (message, help) = match &err.code {
            ron::Error::ExceededRecursionLimit => (
                "values are nested more than 128 levels deep".to_string(),
                Some("a pack is never nested this deeply; the file is damaged or not a pack".to_string()),
            ),
            ron::Error::Eof => ("the file ends too soon".to_string(), Some("look for an unclosed bracket or quote".to_string())),
            code => (code.to_string(), None),
        };
        Problem::new(source, Severity::Error, message, help, range)
    }

    /// `file:line:col`
    pub fn location(&self, source: &Source) -> String {
        format!("{}:{}:{}", source.name, self.line, self.col)
    }
}

#[derive(Debug, Clone, Copy)]
pub enum ReportStyle {
    Colour,
    Plain,
}

/// Renders each problem with its source snippet, errors first.
pub fn render_problems(source: &Source, problems: &[Problem], style: ReportStyle) -> String {
    let theme = match style {
        ReportStyle::Colour => GraphicalTheme::unicode(),
        ReportStyle::Plain => GraphicalTheme::unicode_nocolor(),
    };
    let handler = GraphicalReportHandler::new_themed(theme).with_context_lines(1).with_width(100);
    let snippet_source = NamedSource::new(&source.name, sanitize::source_for_snippet(&source.text).into_owned());
    let mut out = String::new();
    for problem in problems {
        let report = Report { problem, source: &snippet_source, location: problem.location(source) };
        if handler.render_report(&mut out, &report).is_err() {
            out.push_str(&format!("{}: {}\n", report.location, problem.message));
        }
    }
    out
}

struct Report<'a> {
    problem: &'a Problem,
    source: &'a NamedSource<String>,
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
        self.problem.help.as_ref().map(|h| Box::new(h) as Box<dyn fmt::Display>)
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
        Some(Box::new(std::iter::once(LabeledSpan::new(Some(label.to_string()), span.start, span.len()))))
    }
}
