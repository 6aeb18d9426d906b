//! Word (.docx) through docx-rs: real heading styles, tables for the actions log and RAG
//! summaries, RAG cells shaded and labelled in words, CONFIDENTIAL in every page header of
//! the confidential version. docx-rs escapes XML; the text is already free of characters
//! XML forbids (the sanitizer drops control characters).

use super::{Document, Minutes, Render, Span, walk};
use crate::locale::Lang;
use crate::model::Rag;
use crate::t;
use docx_rs::{
    BreakType, Docx, Header, HeightRule, PageMargin, PageOrientationType, Paragraph, Run, RunFonts,
    Shading, ShdType, Style, StyleType, Table, TableCell, TableLayoutType, TableRow, WidthType,
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

fn runs(paragraph: Paragraph, spans: &[Span], lang: Lang) -> Paragraph {
    spans.iter().fold(paragraph, |p, span| match span {
        Span::Text(text) => p.add_run(Run::new().add_text(text)),
        Span::Strong(text) => p.add_run(Run::new().add_text(text).bold()),
        Span::Rag(rag) => {
            let (background, colour) = fill(*rag);
            p.add_run(
                Run::new()
                    .add_text(format!(" {} ", rag.name(lang)))
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

/// About one character of 11-point Arial, in twentieths of a point.
const TWIPS_PER_CHARACTER: usize = 120;

/// Column widths: each wide enough for its longest word (so no word is broken across lines),
/// the rest shared in proportion to the columns' longest text, so prose columns get room.
fn column_widths(
    header: &[String],
    rows: &[Vec<Vec<Span>>],
    width: usize,
    lang: Lang,
) -> Vec<usize> {
    let column = |n: usize| {
        rows.iter()
            .filter_map(move |row| row.get(n))
            .map(|cell| cell.iter().map(|s| s.plain(lang)).collect::<String>())
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
    if floor_total >= width {
        return floors.iter().map(|f| f * width / floor_total).collect();
    }
    let spare = width - floor_total;
    let total: usize = weights.iter().sum::<usize>().max(1);
    floors
        .iter()
        .zip(&weights)
        .map(|(floor, weight)| floor + spare * weight / total)
        .collect()
}

/// What goes in the body, in order: paragraphs and tables.
enum Content {
    Paragraph(Box<Paragraph>),
    Table(Box<Table>),
}

/// One language's minutes in Word's terms, built up part by part: the page header (the
/// confidential mark), the title block and each minute.
struct Word {
    lang: Lang,
    /// The width tables are laid out in: the page, or one column of two.
    width: usize,
    header: Option<Paragraph>,
    title: Vec<Content>,
    sections: Vec<Vec<Content>>,
}

impl Word {
    fn add(&mut self, content: Content) {
        match self.sections.last_mut() {
            Some(section) => section.push(content),
            None => self.title.push(content),
        }
    }

    fn paragraph(&mut self, paragraph: Paragraph) {
        self.add(Content::Paragraph(Box::new(paragraph)));
    }
}

impl Render for Word {
    fn title(&mut self, lines: &[String], confidential: bool) {
        if confidential {
            self.header = Some(
                Paragraph::new().add_run(
                    Run::new()
                        .add_text(t!(self.lang, "minutes-confidential-banner"))
                        .bold()
                        .color("AA0000"),
                ),
            );
        }
        for (n, line) in lines.iter().enumerate() {
            let paragraph = Paragraph::new().add_run(Run::new().add_text(line));
            let is_title = n == usize::from(confidential);
            self.paragraph(if is_title {
                paragraph.style("Title")
            } else {
                paragraph
            });
        }
    }

    fn section(&mut self, number: usize, heading: &str, confidential: bool) {
        let mut heading = format!("{number}. {heading}");
        if confidential {
            heading.push_str(&format!(
                " — {}",
                t!(self.lang, "minutes-confidential-mark")
            ));
        }
        self.sections.push(Vec::new());
        self.paragraph(
            Paragraph::new()
                .add_run(Run::new().add_text(heading))
                .style("Heading1"),
        );
    }

    fn paragraph(&mut self, content: &[Span]) {
        let lang = self.lang;
        Word::paragraph(self, runs(Paragraph::new(), content, lang));
    }

    fn item(&mut self, heading: &str) {
        Word::paragraph(
            self,
            Paragraph::new()
                .add_run(Run::new().add_text(heading))
                .style("Heading2"),
        );
    }

    fn bullets(&mut self, items: &[Vec<Span>]) {
        for item in items {
            let mut spans = vec![Span::text("• ")];
            spans.extend(item.iter().cloned());
            let lang = self.lang;
            Word::paragraph(self, runs(Paragraph::new(), &spans, lang));
        }
    }

    fn table(&mut self, header: &[String], rows: &[Vec<Vec<Span>>]) {
        let lang = self.lang;
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
                        let content =
                            TableCell::new().add_paragraph(runs(Paragraph::new(), cell, lang));
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
            .set_grid(column_widths(header, rows, self.width, lang));
        self.add(Content::Table(Box::new(table)));
        Word::paragraph(
            self,
            Paragraph::new().add_run(Run::new().add_break(BreakType::TextWrapping)),
        );
    }
}

/// A4 portrait for one language; landscape for two side by side, so each column is wide
/// enough for the minutes' tables.
const A4: (u32, u32) = (11906, 16838);

/// The bilingual page's margins (2 cm), in twentieths of a point.
const MARGIN: i32 = 1134;

/// The width tables in a one-language document are laid out in.
const TEXT_WIDTH: usize = 9000;

/// Space between the Welsh and English columns.
const GUTTER: usize = 360;

fn words(document: &Document, width: usize) -> Word {
    let mut word = Word {
        lang: document.lang,
        width,
        header: None,
        title: Vec::new(),
        sections: Vec::new(),
    };
    walk(document, &mut word);
    word
}

fn add_all(docx: Docx, contents: Vec<Content>) -> Docx {
    contents
        .into_iter()
        .fold(docx, |docx, content| match content {
            Content::Paragraph(p) => docx.add_paragraph(*p),
            Content::Table(t) => docx.add_table(*t),
        })
}

/// A cell holding one language's part, marked so readers know which language it is in.
fn column(contents: Vec<Content>, width: usize) -> TableCell {
    let cell = TableCell::new().width(width, WidthType::Dxa);
    let cell = contents
        .into_iter()
        .fold(cell, |cell, content| match content {
            Content::Paragraph(p) => cell.add_paragraph(*p),
            Content::Table(t) => cell.add_table(*t),
        });
    // Word needs a paragraph after a table that ends a cell.
    cell.add_paragraph(Paragraph::new())
}

/// One row of columns, one per language, Welsh on the left; no borders, as a page set in
/// two columns. The row is allowed to run across pages.
fn side_by_side(parts: Vec<Vec<Content>>, width: usize) -> Table {
    let cells = parts.into_iter().map(|part| column(part, width)).collect();
    let row = TableRow::new(cells).height_rule(HeightRule::Auto);
    Table::without_borders(vec![row])
        .set_grid(vec![width; 2])
        .layout(TableLayoutType::Fixed)
}

pub fn render(minutes: &Minutes) -> Vec<u8> {
    let bilingual = minutes.documents.len() > 1;
    let (page_width, page_height) = if bilingual { (A4.1, A4.0) } else { A4 };
    let column_width = (page_width as usize - 2 * MARGIN as usize - GUTTER) / 2;
    // Tables within a column leave room for the column's cell padding.
    let table_width = if bilingual {
        column_width - GUTTER
    } else {
        TEXT_WIDTH
    };
    let mut docx = Docx::new()
        .page_size(page_width, page_height)
        .default_fonts(RunFonts::new().ascii("Arial").hi_ansi("Arial"))
        .default_size(22)
        .add_style(heading_style("Title", "Title", 32, 0))
        .add_style(heading_style("Heading1", "Heading 1", 28, 0))
        .add_style(heading_style("Heading2", "Heading 2", 24, 1));
    if bilingual {
        docx = docx
            .page_orient(PageOrientationType::Landscape)
            .page_margin(PageMargin {
                top: MARGIN,
                left: MARGIN,
                bottom: MARGIN,
                right: MARGIN,
                header: MARGIN / 2,
                footer: MARGIN / 2,
                gutter: 0,
            });
    }
    let mut parts: Vec<Word> = minutes
        .documents
        .iter()
        .map(|d| words(d, table_width))
        .collect();
    // The confidential mark in the page header, in every language.
    let marks: Vec<Paragraph> = parts.iter_mut().filter_map(|w| w.header.take()).collect();
    if !marks.is_empty() {
        let header = marks
            .into_iter()
            .fold(Header::new(), |header, mark| header.add_paragraph(mark));
        docx = docx.header(header);
    }
    if bilingual {
        let titles = parts
            .iter_mut()
            .map(|w| std::mem::take(&mut w.title))
            .collect();
        docx = docx.add_table(side_by_side(titles, column_width));
        let sections = parts.iter().map(|w| w.sections.len()).max().unwrap_or(0);
        for _ in 0..sections {
            let row: Vec<Vec<Content>> = parts
                .iter_mut()
                .map(|w| {
                    if w.sections.is_empty() {
                        Vec::new()
                    } else {
                        w.sections.remove(0)
                    }
                })
                .collect();
            docx = docx.add_table(side_by_side(row, column_width));
            docx = docx.add_paragraph(Paragraph::new());
        }
    } else {
        for word in parts {
            docx = add_all(docx, word.title);
            for section in word.sections {
                docx = add_all(docx, section);
            }
        }
    }
    let mut bytes = std::io::Cursor::new(Vec::new());
    docx.build()
        .pack(&mut bytes)
        .expect("writing into memory cannot fail");
    accessible(
        bytes.into_inner(),
        &minutes.full_title(),
        minutes.lang().region_tag(),
    )
}

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
