//! Word (.docx), written as it goes: WordprocessingML streamed into the zip part by part,
//! deflated as it is written, so a document of any size costs its compressed file and one
//! minute at a time, not a tree of the whole document. Real heading styles (Title, Heading
//! 1 per minute, Heading 2 per item) in the outline, tables for the action logs and RAG
//! summaries with their header rows repeated on every page, RAG cells shaded and labelled
//! in words, CONFIDENTIAL in every page header of the confidential version, the title and
//! language in the file's properties, and each bilingual column marked with its language.
//! Text is escaped here; characters XML forbids were dropped by the builder's sanitiser.

use super::{Document, Minutes, Render, Row, Span, escape, walk_section};
use crate::locale::Lang;
use crate::model::Rag;
use crate::t;
use std::fmt::Write as _;
use std::io::{Cursor, Write};
use zip::ZipWriter;
use zip::write::SimpleFileOptions;

fn fill(rag: Rag) -> (&'static str, &'static str) {
    match rag {
        // As the HTML minutes and the screen: each word at 4.5:1 or better on its fill.
        Rag::Red => ("9B1C1C", "FFFFFF"),
        Rag::Amber => ("F2B233", "000000"),
        Rag::Green => ("5CC06E", "000000"),
        Rag::Blue => ("1A4A80", "FFFFFF"),
    }
}

/// About one character of 11-point Arial, in twentieths of a point.
const TWIPS_PER_CHARACTER: usize = 120;

/// Column widths: each wide enough for its longest word (so no word is broken across lines),
/// the rest shared in proportion to the columns' longest text, so prose columns get room.
fn column_widths(header: &[String], rows: &[Row], width: usize, lang: Lang) -> Vec<usize> {
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

/// A4 portrait for one language; landscape for two side by side, so each column is wide
/// enough for the minutes' tables.
const A4: (u32, u32) = (11906, 16838);

/// The bilingual page's margins (2 cm), in twentieths of a point.
const MARGIN: u32 = 1134;

/// The width tables in a one-language document are laid out in.
const TEXT_WIDTH: usize = 9000;

/// Space between the Welsh and English columns.
const GUTTER: usize = 360;

/// How much of `document.xml` is gathered before it is handed to the compressor.
const CHUNK: usize = 64 * 1024;

const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const R: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const XML: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

/// The body of `word/document.xml`, written into the zip as it is made.
struct Body<'z> {
    zip: &'z mut ZipWriter<Cursor<Vec<u8>>>,
    xml: String,
    /// The language of the document being written.
    lang: Lang,
    /// Whether each run says its language (the columns of a bilingual document).
    mark_runs: bool,
    /// The width tables are laid out in: the page, or one column of two.
    width: usize,
}

impl Body<'_> {
    fn push(&mut self, xml: &str) {
        self.xml.push_str(xml);
        if self.xml.len() >= CHUNK {
            self.flush();
        }
    }

    fn flush(&mut self) {
        self.zip
            .write_all(self.xml.as_bytes())
            .expect("writing into memory cannot fail");
        self.xml.clear();
    }

    /// One run of text; `props` are its run properties in schema order, before the
    /// language.
    fn run(&mut self, props: &str, text: &str) {
        let lang = if self.mark_runs {
            format!("<w:lang w:val=\"{}\" />", self.lang.region_tag())
        } else {
            String::new()
        };
        let rpr = if props.is_empty() && lang.is_empty() {
            String::new()
        } else {
            format!("<w:rPr>{props}{lang}</w:rPr>")
        };
        let run = format!(
            "<w:r>{rpr}<w:t xml:space=\"preserve\">{}</w:t></w:r>",
            escape(text)
        );
        self.push(&run);
    }

    fn spans(&mut self, spans: &[Span]) {
        for span in spans {
            match span {
                Span::Text(text) => self.run("", text),
                Span::Strong(text) => self.run("<w:b /><w:bCs />", text),
                Span::Rag(rag) => {
                    let (background, colour) = fill(*rag);
                    let props = format!(
                        "<w:b /><w:bCs /><w:color w:val=\"{colour}\" /><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"{background}\" />"
                    );
                    self.run(&props, &format!(" {} ", rag.name(self.lang)));
                }
            }
        }
    }

    /// A paragraph in `style` (none: Normal) holding `spans`.
    fn paragraph_in(&mut self, style: Option<&str>, spans: &[Span]) {
        match style {
            Some(style) => self.push(&format!(
                "<w:p><w:pPr><w:pStyle w:val=\"{style}\" /></w:pPr>"
            )),
            None => self.push("<w:p>"),
        }
        self.spans(spans);
        self.push("</w:p>");
    }

    fn empty_paragraph(&mut self) {
        self.push("<w:p />");
    }

    /// A cell of `width` twips, shaded `shade` if given, holding one paragraph.
    fn cell(&mut self, width: usize, shade: Option<&str>, spans: &[Span]) {
        let shading = shade.map_or(String::new(), |fill| {
            format!("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"{fill}\" />")
        });
        self.push(&format!(
            "<w:tc><w:tcPr><w:tcW w:w=\"{width}\" w:type=\"dxa\" />{shading}</w:tcPr>"
        ));
        self.paragraph_in(None, spans);
        self.push("</w:tc>");
    }
}

impl Render for Body<'_> {
    fn title(&mut self, lines: &[String], confidential: bool) {
        for (n, line) in lines.iter().enumerate() {
            let is_title = n == usize::from(confidential);
            let style = is_title.then_some("Title");
            self.paragraph_in(style, &[Span::text(line.as_str())]);
        }
    }

    fn section(&mut self, number: usize, heading: &str, confidential: bool) {
        let mut heading = format!("{number}. {heading}");
        if confidential {
            let _ = write!(heading, " — {}", t!(self.lang, "minutes-confidential-mark"));
        }
        self.paragraph_in(Some("Heading1"), &[Span::Text(heading)]);
    }

    fn paragraph(&mut self, content: &[Span]) {
        self.paragraph_in(None, content);
    }

    fn item(&mut self, heading: &str) {
        self.paragraph_in(Some("Heading2"), &[Span::text(heading)]);
    }

    fn bullets(&mut self, items: &[Vec<Span>]) {
        for item in items {
            self.push("<w:p>");
            self.run("", "• ");
            self.spans(item);
            self.push("</w:p>");
        }
    }

    fn table(&mut self, header: &[String], rows: &[Row]) {
        let widths = column_widths(header, rows, self.width, self.lang);
        let border = |side: &str| {
            format!("<w:{side} w:val=\"single\" w:sz=\"2\" w:space=\"0\" w:color=\"000000\" />")
        };
        let borders: String = ["top", "left", "bottom", "right", "insideH", "insideV"]
            .iter()
            .map(|side| border(side))
            .collect();
        let grid: String = widths
            .iter()
            .map(|w| format!("<w:gridCol w:w=\"{w}\" />"))
            .collect();
        self.push(&format!(
            "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\" /><w:tblBorders>{borders}</w:tblBorders><w:tblLayout w:type=\"fixed\" /></w:tblPr><w:tblGrid>{grid}</w:tblGrid>"
        ));
        // The header row: marked as such and repeated at the top of each page.
        self.push("<w:tr><w:trPr><w:cantSplit /><w:tblHeader /></w:trPr>");
        for (heading, width) in header.iter().zip(&widths) {
            self.cell(
                *width,
                Some("E8E8E8"),
                &[Span::Strong(heading.as_str().into())],
            );
        }
        self.push("</w:tr>");
        for row in rows {
            self.push("<w:tr>");
            for (cell, width) in row.cells().zip(&widths) {
                // A cell that is only a rating is shaded whole in its colour.
                let shade = match cell {
                    [Span::Rag(rag)] => Some(fill(*rag).0),
                    _ => None,
                };
                self.cell(*width, shade, cell);
            }
            self.push("</w:tr>");
        }
        self.push("</w:tbl>");
        self.empty_paragraph();
    }
}

/// Each language's minutes, one after another (one language), or side by side as one
/// borderless row of two columns per minute, Welsh on the left (both).
fn write_body(body: &mut Body, documents: &[Document], column_width: usize) {
    if let [document] = documents {
        body.lang = document.lang;
        body.title(&document.title, document.confidential);
        for section in &document.sections {
            walk_section(section, document.confidential, body);
        }
        return;
    }
    body.mark_runs = true;
    let row = |body: &mut Body, each: &dyn Fn(&mut Body, &Document)| {
        let grid = format!("<w:gridCol w:w=\"{column_width}\" />").repeat(documents.len());
        body.push(&format!(
            "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\" /><w:tblLayout w:type=\"fixed\" /></w:tblPr><w:tblGrid>{grid}</w:tblGrid><w:tr>"
        ));
        for document in documents {
            body.lang = document.lang;
            body.push(&format!(
                "<w:tc><w:tcPr><w:tcW w:w=\"{column_width}\" w:type=\"dxa\" /></w:tcPr>"
            ));
            each(body, document);
            // Word needs a paragraph after a table that ends a cell.
            body.empty_paragraph();
            body.push("</w:tc>");
        }
        body.push("</w:tr></w:tbl>");
        body.empty_paragraph();
    };
    row(body, &|body, document| {
        body.title(&document.title, document.confidential)
    });
    let sections = documents
        .iter()
        .map(|d| d.sections.len())
        .max()
        .unwrap_or(0);
    for n in 0..sections {
        row(body, &|body, document| {
            if let Some(section) = document.sections.get(n) {
                walk_section(section, document.confidential, body);
            }
        });
    }
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
    let language = minutes.lang().region_tag();
    let confidential = minutes.documents.iter().any(|d| d.confidential);
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    let part = |zip: &mut ZipWriter<Cursor<Vec<u8>>>, name: &str, content: &str| {
        zip.start_file(name, options)
            .and_then(|()| zip.write_all(content.as_bytes()).map_err(Into::into))
            .expect("writing into memory cannot fail");
    };
    part(
        &mut zip,
        "[Content_Types].xml",
        &content_types(confidential),
    );
    part(&mut zip, "_rels/.rels", RELATIONSHIPS);
    part(
        &mut zip,
        "docProps/core.xml",
        &format!(
            "{XML}<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>{}</dc:title><dc:language>{language}</dc:language><dc:creator>boardpack</dc:creator></cp:coreProperties>",
            escape(&minutes.full_title())
        ),
    );
    part(
        &mut zip,
        "docProps/app.xml",
        &format!(
            "{XML}<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\"><Application>boardpack</Application></Properties>"
        ),
    );
    part(&mut zip, "word/styles.xml", &styles(language, !bilingual));
    part(
        &mut zip,
        "word/settings.xml",
        &format!(
            "{XML}<w:settings xmlns:w=\"{W}\"><w:defaultTabStop w:val=\"720\" /><w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\" /></w:compat></w:settings>"
        ),
    );
    part(
        &mut zip,
        "word/_rels/document.xml.rels",
        &document_relationships(confidential),
    );
    if confidential {
        // The confidential mark in the page header, in every language.
        let marks: String = minutes
            .documents
            .iter()
            .map(|d| {
                format!(
                    "<w:p><w:r><w:rPr><w:b /><w:bCs /><w:color w:val=\"AA0000\" /><w:lang w:val=\"{}\" /></w:rPr><w:t xml:space=\"preserve\">{}</w:t></w:r></w:p>",
                    d.lang.region_tag(),
                    escape(&t!(d.lang, "minutes-confidential-banner"))
                )
            })
            .collect();
        part(
            &mut zip,
            "word/header1.xml",
            &format!("{XML}<w:hdr xmlns:w=\"{W}\" xmlns:r=\"{R}\">{marks}</w:hdr>"),
        );
    }
    zip.start_file("word/document.xml", options)
        .expect("writing into memory cannot fail");
    let mut body = Body {
        zip: &mut zip,
        xml: String::with_capacity(CHUNK + 4096),
        lang: minutes.lang(),
        mark_runs: false,
        width: table_width,
    };
    body.push(&format!(
        "{XML}<w:document xmlns:w=\"{W}\" xmlns:r=\"{R}\"><w:body>"
    ));
    write_body(&mut body, &minutes.documents, column_width);
    let header = if confidential {
        "<w:headerReference w:type=\"default\" r:id=\"rIdHeader1\" />"
    } else {
        ""
    };
    let page = if bilingual {
        format!(
            "<w:pgSz w:w=\"{page_width}\" w:h=\"{page_height}\" w:orient=\"landscape\" /><w:pgMar w:top=\"{MARGIN}\" w:right=\"{MARGIN}\" w:bottom=\"{MARGIN}\" w:left=\"{MARGIN}\" w:header=\"{}\" w:footer=\"{}\" w:gutter=\"0\" />",
            MARGIN / 2,
            MARGIN / 2
        )
    } else {
        format!(
            "<w:pgSz w:w=\"{page_width}\" w:h=\"{page_height}\" /><w:pgMar w:top=\"1985\" w:right=\"1701\" w:bottom=\"1701\" w:left=\"1701\" w:header=\"851\" w:footer=\"992\" w:gutter=\"0\" />"
        )
    };
    body.push(&format!(
        "<w:sectPr>{header}{page}</w:sectPr></w:body></w:document>"
    ));
    body.flush();
    zip.finish()
        .expect("writing into memory cannot fail")
        .into_inner()
}

const RELATIONSHIPS: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\" /><Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\" /><Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties\" Target=\"docProps/app.xml\" /></Relationships>";

fn content_types(confidential: bool) -> String {
    let main = "application/vnd.openxmlformats-officedocument.wordprocessingml";
    let header = if confidential {
        format!("<Override PartName=\"/word/header1.xml\" ContentType=\"{main}.header+xml\" />")
    } else {
        String::new()
    };
    format!(
        "{XML}<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\" /><Default Extension=\"xml\" ContentType=\"application/xml\" /><Override PartName=\"/word/document.xml\" ContentType=\"{main}.document.main+xml\" /><Override PartName=\"/word/styles.xml\" ContentType=\"{main}.styles+xml\" /><Override PartName=\"/word/settings.xml\" ContentType=\"{main}.settings+xml\" />{header}<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\" /><Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\" /></Types>"
    )
}

fn document_relationships(confidential: bool) -> String {
    let kind = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    let header = if confidential {
        format!("<Relationship Id=\"rIdHeader1\" Type=\"{kind}/header\" Target=\"header1.xml\" />")
    } else {
        String::new()
    };
    format!(
        "{XML}<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"{kind}/styles\" Target=\"styles.xml\" /><Relationship Id=\"rId2\" Type=\"{kind}/settings\" Target=\"settings.xml\" />{header}</Relationships>"
    )
}

/// Arial 11 point in `language` for all text; Title and the two heading levels bold, in the
/// document's outline (Word's navigation pane, a PDF's bookmarks, a screen reader's list of
/// headings), kept with what follows them on the page unless they sit in the bilingual
/// columns (where LibreOffice would then move a whole minute's row to the next page).
fn styles(language: &str, keep_with_next: bool) -> String {
    let keep = if keep_with_next { "<w:keepNext />" } else { "" };
    let heading = |id: &str, name: &str, size: u32, level: u32| {
        format!(
            "<w:style w:type=\"paragraph\" w:styleId=\"{id}\"><w:name w:val=\"{name}\" /><w:basedOn w:val=\"Normal\" /><w:next w:val=\"Normal\" /><w:qFormat /><w:pPr>{keep}<w:spacing w:before=\"240\" w:after=\"120\" /><w:outlineLvl w:val=\"{level}\" /></w:pPr><w:rPr><w:b /><w:bCs /><w:sz w:val=\"{size}\" /><w:szCs w:val=\"{size}\" /></w:rPr></w:style>"
        )
    };
    format!(
        "{XML}<w:styles xmlns:w=\"{W}\"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Arial\" w:hAnsi=\"Arial\" w:cs=\"Arial\" /><w:sz w:val=\"22\" /><w:szCs w:val=\"22\" /><w:lang w:val=\"{language}\" /></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after=\"80\" /></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\" /><w:qFormat /></w:style>{}{}{}</w:styles>",
        heading("Title", "Title", 32, 0),
        heading("Heading1", "heading 1", 28, 0),
        heading("Heading2", "heading 2", 24, 1),
    )
}
