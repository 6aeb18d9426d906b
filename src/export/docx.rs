//! Word (.docx) through docx-rs: real heading styles, tables for the actions log and RAG
//! summaries, RAG cells shaded and labelled in words, CONFIDENTIAL in every page header of
//! the confidential version. docx-rs escapes XML; the text is already free of characters
//! XML forbids (the sanitizer drops control characters).

use super::{Document, Render, Span, walk};
use crate::model::Rag;
use docx_rs::{
    BreakType, Docx, Header, Paragraph, Run, RunFonts, Shading, ShdType, Style, StyleType, Table,
    TableCell, TableRow,
};

fn fill(rag: Rag) -> (&'static str, &'static str) {
    match rag {
        // As the HTML minutes and the screen: each word at 4.5:1 or better on its fill.
        Rag::Red => ("9B1C1C", "FFFFFF"),
        Rag::Amber => ("F2B233", "000000"),
        Rag::Green => ("5CC06E", "000000"),
        Rag::Blue => ("1A4A80", "FFFFFF"),
    }
}

fn runs(paragraph: Paragraph, spans: &[Span]) -> Paragraph {
    spans.iter().fold(paragraph, |p, span| match span {
        Span::Text(text) => p.add_run(Run::new().add_text(text)),
        Span::Strong(text) => p.add_run(Run::new().add_text(text).bold()),
        Span::Rag(rag) => {
            let (background, colour) = fill(*rag);
            p.add_run(
                Run::new()
                    .add_text(format!(" {} ", rag.word()))
                    .bold()
                    .color(colour)
                    .shading(Shading::new().shd_type(ShdType::Clear).fill(background)),
            )
        }
    })
}

fn heading_style(id: &str, name: &str, size: usize, level: usize) -> Style {
    Style::new(id, StyleType::Paragraph)
        .name(name)
        .size(size)
        .bold()
        .outline_lvl(level)
}

/// Width of the text on an A4 page with default margins, in twentieths of a point.
const TEXT_WIDTH: usize = 9000;

/// About one character of 11-point Arial, in twentieths of a point.
const TWIPS_PER_CHARACTER: usize = 120;

/// Column widths: each wide enough for its longest word (so no word is broken across lines),
/// the rest shared in proportion to the columns' longest text, so prose columns get room.
fn column_widths(header: &[String], rows: &[Vec<Vec<Span>>]) -> Vec<usize> {
    let column = |n: usize| {
        rows.iter()
            .filter_map(move |row| row.get(n))
            .map(|cell| cell.iter().map(Span::plain).collect::<String>())
            .chain(std::iter::once(header[n].clone()))
    };
    let longest_word: Vec<usize> = (0..header.len())
        .map(|n| {
            column(n)
                .flat_map(|text| {
                    text.split_whitespace()
                        .map(|word| word.chars().count())
                        .collect::<Vec<_>>()
                })
                .max()
                .unwrap_or(1)
        })
        .collect();
    let weights: Vec<usize> = (0..header.len())
        .map(|n| {
            column(n)
                .map(|text| text.chars().count())
                .max()
                .unwrap_or(1)
                .clamp(9, 40)
        })
        .collect();
    let floors: Vec<usize> = longest_word
        .iter()
        .map(|w| (w + 1) * TWIPS_PER_CHARACTER)
        .collect();
    let floor_total: usize = floors.iter().sum::<usize>().max(1);
    if floor_total >= TEXT_WIDTH {
        return floors
            .iter()
            .map(|f| f * TEXT_WIDTH / floor_total)
            .collect();
    }
    let spare = TEXT_WIDTH - floor_total;
    let total: usize = weights.iter().sum::<usize>().max(1);
    floors
        .iter()
        .zip(&weights)
        .map(|(floor, weight)| floor + spare * weight / total)
        .collect()
}

/// A Word document, built up part by part.
struct Word {
    docx: Docx,
}

impl Word {
    fn add(&mut self, paragraph: Paragraph) {
        let docx = std::mem::take(&mut self.docx);
        self.docx = docx.add_paragraph(paragraph);
    }
}

impl Render for Word {
    fn title(&mut self, lines: &[String], confidential: bool) {
        if confidential {
            let mark = Paragraph::new().add_run(
                Run::new()
                    .add_text("CONFIDENTIAL — NOT FOR PUBLICATION")
                    .bold()
                    .color("AA0000"),
            );
            let docx = std::mem::take(&mut self.docx);
            self.docx = docx.header(Header::new().add_paragraph(mark));
        }
        for (n, line) in lines.iter().enumerate() {
            let paragraph = Paragraph::new().add_run(Run::new().add_text(line));
            let is_title = n == usize::from(confidential);
            self.add(if is_title {
                paragraph.style("Title")
            } else {
                paragraph
            });
        }
    }

    fn section(&mut self, number: usize, heading: &str, confidential: bool) {
        let mut heading = format!("{number}. {heading}");
        if confidential {
            heading.push_str(" — CONFIDENTIAL");
        }
        self.add(
            Paragraph::new()
                .add_run(Run::new().add_text(heading))
                .style("Heading1"),
        );
    }

    fn paragraph(&mut self, content: &[Span]) {
        self.add(runs(Paragraph::new(), content));
    }

    fn item(&mut self, heading: &str) {
        self.add(
            Paragraph::new()
                .add_run(Run::new().add_text(heading))
                .style("Heading2"),
        );
    }

    fn bullets(&mut self, items: &[Vec<Span>]) {
        for item in items {
            let mut spans = vec![Span::text("• ")];
            spans.extend(item.iter().cloned());
            self.add(runs(Paragraph::new(), &spans));
        }
    }

    fn table(&mut self, header: &[String], rows: &[Vec<Vec<Span>>]) {
        let header_row = TableRow::new(
            header
                .iter()
                .map(|h| {
                    TableCell::new()
                        .add_paragraph(Paragraph::new().add_run(Run::new().add_text(h).bold()))
                        .shading(Shading::new().shd_type(ShdType::Clear).fill("E8E8E8"))
                })
                .collect(),
        );
        let body = rows.iter().map(|row| {
            TableRow::new(
                row.iter()
                    .map(|cell| {
                        let rag = cell
                            .iter()
                            .find_map(|s| if let Span::Rag(r) = s { Some(*r) } else { None });
                        let content = TableCell::new().add_paragraph(runs(Paragraph::new(), cell));
                        match rag {
                            Some(r) if cell.len() == 1 => content
                                .shading(Shading::new().shd_type(ShdType::Clear).fill(fill(r).0)),
                            _ => content,
                        }
                    })
                    .collect(),
            )
        });
        let table = Table::new(std::iter::once(header_row).chain(body).collect())
            .set_grid(column_widths(header, rows));
        let docx = std::mem::take(&mut self.docx);
        self.docx = docx.add_table(table);
        self.add(Paragraph::new().add_run(Run::new().add_break(BreakType::TextWrapping)));
    }
}

pub fn render(document: &Document) -> Vec<u8> {
    let mut word = Word {
        docx: Docx::new()
            .default_fonts(RunFonts::new().ascii("Arial").hi_ansi("Arial"))
            .default_size(22)
            .add_style(heading_style("Title", "Title", 32, 0))
            .add_style(heading_style("Heading1", "Heading 1", 28, 0))
            .add_style(heading_style("Heading2", "Heading 2", 24, 1)),
    };
    walk(document, &mut word);
    let mut bytes = std::io::Cursor::new(Vec::new());
    word.docx
        .build()
        .pack(&mut bytes)
        .expect("writing into memory cannot fail");
    accessible(bytes.into_inner(), &document.full_title(), LANGUAGE)
}

/// The language of the minutes, for readers and spell-checkers.
const LANGUAGE: &str = "en-GB";

/// XML text, escaped.
fn xml(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// What docx-rs cannot say, written into its package: the document's title and language
/// in its properties, the language as the default for all text, and every table's first row
/// marked as a header row, repeated at the top of each page the table runs onto.
fn accessible(package: Vec<u8>, title: &str, language: &str) -> Vec<u8> {
    use std::io::{Read, Write};
    let mut archive =
        zip::ZipArchive::new(std::io::Cursor::new(package)).expect("docx-rs writes a zip");
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for n in 0..archive.len() {
        let mut part = archive.by_index(n).expect("a part of the zip just written");
        let name = part.name().to_string();
        let rewrite: Option<Box<dyn Fn(String) -> String>> = match name.as_str() {
            "docProps/core.xml" => Some(Box::new(|xml_text: String| {
                xml_text.replace(
                    "</cp:coreProperties>",
                    &format!(
                        "<dc:title>{}</dc:title><dc:language>{language}</dc:language></cp:coreProperties>",
                        xml(title)
                    ),
                )
            })),
            "word/styles.xml" => Some(Box::new(|xml_text: String| {
                xml_text.replacen(
                    "</w:rPr></w:rPrDefault>",
                    &format!("<w:lang w:val=\"{language}\" /></w:rPr></w:rPrDefault>"),
                    1,
                )
            })),
            "word/document.xml" => Some(Box::new(|xml_text: String| {
                xml_text.replace(
                    "</w:tblGrid><w:tr><w:trPr />",
                    "</w:tblGrid><w:tr><w:trPr><w:cantSplit /><w:tblHeader /></w:trPr>",
                )
            })),
            _ => None,
        };
        let copied = match rewrite {
            // Parts left as they are are copied compressed, without a second deflate.
            None => out.raw_copy_file(part),
            Some(rewrite) => {
                let mut content = String::new();
                part.read_to_string(&mut content)
                    .expect("docx-rs writes UTF-8 XML");
                let content = rewrite(content);
                out.start_file(name, options)
                    .and_then(|()| out.write_all(content.as_bytes()).map_err(Into::into))
            }
        };
        copied.expect("writing into memory cannot fail");
    }
    out.finish()
        .expect("writing into memory cannot fail")
        .into_inner()
}
