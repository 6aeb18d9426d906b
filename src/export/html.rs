//! One self-contained HTML file: no external assets, readable on screen and printed. Every
//! piece of text is HTML-escaped. Built to WCAG 2.2 AA, checked with axe-core
//! (`tests/accessibility.rs`): landmarks (header, a contents `nav`, `main`), headings in
//! order, table headers with their scope, the language set, ratings in words on fills of at
//! least 4.5:1 contrast.

use super::{Document, Render, Span, walk};
use crate::model::Rag;

fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

fn rag(rag: Rag) -> String {
    format!(
        "<span class=\"rag rag-{}\">{}</span>",
        rag.word().to_lowercase(),
        rag.word()
    )
}

fn spans(spans: &[Span]) -> String {
    spans
        .iter()
        .map(|span| match span {
            Span::Text(text) => escape(text),
            Span::Strong(text) => format!("<strong>{}</strong>", escape(text)),
            Span::Rag(r) => rag(*r),
        })
        .collect()
}

const STYLE: &str = "
body { font-family: Arial, Helvetica, sans-serif; max-width: 48em; margin: 2em auto; line-height: 1.45; color: #111; }
h1 { font-size: 1.5em; margin-bottom: 0.2em; }
h2 { font-size: 1.2em; border-bottom: 1px solid #888; margin-top: 1.6em; }
h3 { font-size: 1em; margin-bottom: 0.2em; }
.title p { margin: 0.1em 0; }
table { border-collapse: collapse; width: 100%; margin: 0.6em 0; }
th, td { border: 1px solid #666; padding: 0.25em 0.4em; text-align: left; vertical-align: top; }
th { background: #e8e8e8; }
.rag { font-weight: bold; padding: 0 0.35em; border: 1px solid #333; }
.rag-red { background: #9b1c1c; color: #fff; }
.rag-amber { background: #f2b233; color: #000; }
.rag-green { background: #5cc06e; color: #000; }
.rag-blue { background: #1a4a80; color: #fff; }
nav ul { list-style: none; padding-left: 0; }
nav a { display: inline-block; min-height: 24px; line-height: 24px; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.confidential { font-weight: bold; color: #a00; letter-spacing: 0.1em; }
@media print {
  body { margin: 0; max-width: none; font-size: 11pt; }
  nav { display: none; }
  h2 { break-after: avoid; }
  table, tr { break-inside: avoid; }
  .rag { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
";

/// HTML, built up part by part.
#[derive(Default)]
struct Html {
    out: String,
    /// The minute being written, for its tables' captions.
    heading: String,
    /// The document's title, for the browser's tab and history.
    page_title: String,
}

impl Render for Html {
    fn title(&mut self, lines: &[String], _confidential: bool) {
        let title = lines
            .iter()
            .find(|t| !t.starts_with("CONFIDENTIAL"))
            .cloned()
            .unwrap_or_default();
        self.out.push_str(&format!(
            "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<header class=\"title\">\n",
            escape(&self.page_title)
        ));
        for (n, line) in lines.iter().enumerate() {
            if line.starts_with("CONFIDENTIAL") {
                self.out
                    .push_str(&format!("<p class=\"confidential\">{}</p>\n", escape(line)));
            } else if n <= 1 && !title.is_empty() && *line == title {
                self.out.push_str(&format!("<h1>{}</h1>\n", escape(line)));
            } else {
                self.out.push_str(&format!("<p>{}</p>\n", escape(line)));
            }
        }
        self.out.push_str("</header>\n");
    }

    fn section(&mut self, number: usize, heading: &str, confidential: bool) {
        self.heading = format!("{number}. {heading}");
        self.out.push_str(&format!(
            "<section aria-labelledby=\"minute-{number}\">\n<h2 id=\"minute-{number}\">{number}. {}</h2>\n",
            escape(heading)
        ));
        if confidential {
            self.out
                .push_str("<p class=\"confidential\">CONFIDENTIAL</p>\n");
        }
    }

    fn paragraph(&mut self, content: &[Span]) {
        self.out.push_str(&format!("<p>{}</p>\n", spans(content)));
    }

    fn item(&mut self, heading: &str) {
        self.out
            .push_str(&format!("<h3>{}</h3>\n", escape(heading)));
    }

    fn bullets(&mut self, items: &[Vec<Span>]) {
        self.out.push_str("<ul>\n");
        for item in items {
            self.out.push_str(&format!("<li>{}</li>\n", spans(item)));
        }
        self.out.push_str("</ul>\n");
    }

    fn table(&mut self, header: &[String], rows: &[Vec<Vec<Span>>]) {
        self.out.push_str(&format!(
            "<table>\n<caption class=\"visually-hidden\">{}</caption>\n<thead><tr>",
            escape(&self.heading)
        ));
        for h in header {
            self.out
                .push_str(&format!("<th scope=\"col\">{}</th>", escape(h)));
        }
        self.out.push_str("</tr></thead>\n<tbody>\n");
        for row in rows {
            self.out.push_str("<tr>");
            for cell in row {
                self.out.push_str(&format!("<td>{}</td>", spans(cell)));
            }
            self.out.push_str("</tr>\n");
        }
        self.out.push_str("</tbody>\n</table>\n");
    }

    fn end_section(&mut self) {
        self.out.push_str("</section>\n");
    }
}

pub fn render(document: &Document) -> String {
    let mut html = Html {
        page_title: document.full_title(),
        ..Html::default()
    };
    walk(document, &mut html);
    // The contents and the main landmark go between the title block and the first minute.
    let start = html.out.find("<section").unwrap_or(html.out.len());
    let mut contents = String::from("<nav aria-label=\"Minutes\">\n<h2>Contents</h2>\n<ul>\n");
    for section in &document.sections {
        contents.push_str(&format!(
            "<li><a href=\"#minute-{0}\">{0}. {1}</a></li>\n",
            section.number,
            escape(&section.heading)
        ));
    }
    contents.push_str("</ul>\n</nav>\n<main>\n");
    html.out.insert_str(start, &contents);
    html.out.push_str("</main>\n</body>\n</html>\n");
    html.out
}
