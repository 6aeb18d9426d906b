//! One self-contained HTML file: no external assets, readable on screen and printed. Every
//! piece of text is HTML-escaped. Built to WCAG 2.2 AA, checked with axe-core
//! (`tests/accessibility.rs`): landmarks (header, a contents `nav`, `main`), headings in
//! order, table headers with their scope, the language set, ratings in words on fills of at
//! least 4.5:1 contrast.

use super::{Document, Minutes, Render, Row, Span, escape, walk};
use crate::locale::Lang;
use crate::model::Rag;
use crate::t;

fn rag(rag: Rag, lang: Lang) -> String {
    format!(
        "<span class=\"rag rag-{}\">{}</span>",
        rag.word().to_lowercase(),
        escape(&rag.name(lang))
    )
}

fn spans(spans: &[Span], lang: Lang) -> String {
    spans
        .iter()
        .map(|span| match span {
            Span::Text(text) => escape(text).into_owned(),
            Span::Strong(text) => format!("<strong>{}</strong>", escape(text)),
            Span::Rag(r) => rag(*r, lang),
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
body.bilingual { max-width: 100em; padding: 0 1.5em; }
.side-by-side { display: grid; grid-template-columns: 1fr 1fr; gap: 2em; }
.side-by-side > div { min-width: 0; overflow-wrap: anywhere; }
@media print {
  body { margin: 0; max-width: none; font-size: 11pt; }
  nav { display: none; }
  h2 { break-after: avoid; }
  table, tr { break-inside: avoid; }
  .rag { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
";

/// HTML for one language, built up part by part.
struct Html {
    out: String,
    lang: Lang,
    /// Added to every id, so both languages' minutes can share a page.
    ids: &'static str,
    /// The minute being written, for its tables' captions.
    heading: String,
    /// Where the title block ends and each minute starts in `out`.
    title_end: usize,
    starts: Vec<usize>,
}

impl Render for Html {
    fn title(&mut self, lines: &[String], confidential: bool) {
        for (n, line) in lines.iter().enumerate() {
            if confidential && n == 0 {
                self.out
                    .push_str(&format!("<p class=\"confidential\">{}</p>\n", escape(line)));
            } else if n == usize::from(confidential) {
                self.out.push_str(&format!("<h1>{}</h1>\n", escape(line)));
            } else {
                self.out.push_str(&format!("<p>{}</p>\n", escape(line)));
            }
        }
        self.title_end = self.out.len();
    }

    fn section(&mut self, number: usize, heading: &str, confidential: bool) {
        self.starts.push(self.out.len());
        self.heading = format!("{number}. {heading}");
        self.out.push_str(&format!(
            "<h2 id=\"minute-{number}{ids}\">{number}. {}</h2>\n",
            escape(heading),
            ids = self.ids
        ));
        if confidential {
            self.out.push_str(&format!(
                "<p class=\"confidential\">{}</p>\n",
                escape(&t!(self.lang, "minutes-confidential-mark"))
            ));
        }
    }

    fn paragraph(&mut self, content: &[Span]) {
        self.out
            .push_str(&format!("<p>{}</p>\n", spans(content, self.lang)));
    }

    fn item(&mut self, heading: &str) {
        self.out
            .push_str(&format!("<h3>{}</h3>\n", escape(heading)));
    }

    fn bullets(&mut self, items: &[Vec<Span>]) {
        self.out.push_str("<ul>\n");
        for item in items {
            self.out
                .push_str(&format!("<li>{}</li>\n", spans(item, self.lang)));
        }
        self.out.push_str("</ul>\n");
    }

    fn table(&mut self, header: &[String], rows: &[Row]) {
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
            for cell in row.cells() {
                self.out
                    .push_str(&format!("<td>{}</td>", spans(cell, self.lang)));
            }
            self.out.push_str("</tr>\n");
        }
        self.out.push_str("</tbody>\n</table>\n");
    }
}

/// One document's title block and minutes, as separate pieces of HTML.
struct Parts {
    lang: Lang,
    title: String,
    sections: Vec<String>,
}

fn parts(document: &Document, ids: &'static str) -> Parts {
    let mut html = Html {
        out: String::new(),
        lang: document.lang,
        ids,
        heading: String::new(),
        title_end: 0,
        starts: Vec::new(),
    };
    walk(document, &mut html);
    let mut bounds = html.starts.clone();
    bounds.push(html.out.len());
    Parts {
        lang: document.lang,
        title: html.out[..html.title_end].to_string(),
        sections: bounds
            .windows(2)
            .map(|w| html.out[w[0]..w[1]].to_string())
            .collect(),
    }
}

/// One page. In both languages each minute is a row of two columns, Welsh on the left
/// (the Welsh Language Standards: Welsh not treated less favourably), each marked with its
/// language for screen readers.
pub fn render(minutes: &Minutes) -> String {
    let lang = minutes.lang();
    let bilingual = minutes.documents.len() > 1;
    let ids = |d: &Document| if bilingual { id_suffix(d.lang) } else { "" };
    let all: Vec<Parts> = minutes.documents.iter().map(|d| parts(d, ids(d))).collect();
    let mut out = format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body{}>\n",
        lang.region_tag(),
        escape(&minutes.full_title()),
        if bilingual {
            " class=\"bilingual\""
        } else {
            ""
        }
    );
    let side_by_side = |pieces: Vec<(Lang, &str)>, out: &mut String| {
        if let [(_, only)] = pieces.as_slice() {
            out.push_str(only);
            return;
        }
        out.push_str("<div class=\"side-by-side\">\n");
        for (lang, piece) in pieces {
            out.push_str(&format!(
                "<div lang=\"{}\">\n{piece}</div>\n",
                lang.region_tag()
            ));
        }
        out.push_str("</div>\n");
    };
    out.push_str("<header class=\"title\">\n");
    side_by_side(
        all.iter().map(|p| (p.lang, p.title.as_str())).collect(),
        &mut out,
    );
    out.push_str("</header>\n");
    // The contents: each minute once, its heading in every language.
    let contents = all
        .iter()
        .map(|p| t!(p.lang, "minutes-contents"))
        .collect::<Vec<_>>()
        .join(" / ");
    out.push_str(&format!(
        "<nav aria-label=\"{0}\">\n<h2>{0}</h2>\n<ul>\n",
        escape(&contents)
    ));
    let first = &minutes.documents[0];
    for (n, section) in first.sections.iter().enumerate() {
        let headings: Vec<String> = minutes
            .documents
            .iter()
            .filter_map(|d| d.sections.get(n))
            .map(|s| escape(&s.heading).into_owned())
            .collect();
        out.push_str(&format!(
            "<li><a href=\"#minute-{0}{1}\">{0}. {2}</a></li>\n",
            section.number,
            ids(first),
            headings.join(" / ")
        ));
    }
    out.push_str("</ul>\n</nav>\n<main>\n");
    for (n, section) in first.sections.iter().enumerate() {
        out.push_str(&format!(
            "<section aria-labelledby=\"minute-{}{}\">\n",
            section.number,
            ids(first)
        ));
        side_by_side(
            all.iter()
                .filter_map(|p| p.sections.get(n).map(|s| (p.lang, s.as_str())))
                .collect(),
            &mut out,
        );
        out.push_str("</section>\n");
    }
    out.push_str("</main>\n</body>\n</html>\n");
    out
}

fn id_suffix(lang: Lang) -> &'static str {
    match lang {
        Lang::Cy => "-cy",
        Lang::En => "-en",
    }
}
