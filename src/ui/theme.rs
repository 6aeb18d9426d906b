//! Colours and emphasis. A rating is never shown by colour alone: every RAG carries its
//! letter, and the no-colour theme (NO_COLOR) relies on letters and bold/reverse only.

use crate::locale::Lang;
use crate::model::Rag;
use crate::state::ThemeName;
use ratatui::layout::Constraint;
use ratatui::style::{Modifier, Style};

use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Row, Table};

#[derive(Debug, Clone, Copy)]
pub struct Theme {
    pub name: ThemeName,
    /// The language ratings are marked in.
    pub lang: Lang,
    pub base: Style,
    pub title: Style,
    pub dim: Style,
    pub selected: Style,
    pub tab: Style,
    pub tab_active: Style,
    pub overdue: Style,
    pub badge: Style,
    pub highlight: Style,
    pub border: Style,
    pub key: Style,
}

/// Colours by value, not by terminal palette name, so their contrast is known and tested
/// (`tests` below): text at least 4.5:1 against what it is drawn on (7:1 in the
/// high-contrast theme for projectors), lines and borders at least 3:1.
mod palette {
    use ratatui::style::Color;

    pub const INK: Color = Color::Rgb(0xE8, 0xE8, 0xE8);
    pub const PAPER: Color = Color::Rgb(0x1B, 0x1B, 0x1B);
    pub const MUTED: Color = Color::Rgb(0xB4, 0xB4, 0xB4);
    pub const RULE: Color = Color::Rgb(0x8A, 0x8A, 0x8A);
    pub const CURSOR: Color = Color::Rgb(0x3A, 0x3A, 0x3A);
    pub const ACCENT: Color = Color::Rgb(0x5F, 0xD7, 0xFF);
    pub const WARN: Color = Color::Rgb(0xFF, 0x8A, 0x8A);
    pub const MARK: Color = Color::Rgb(0xF2, 0xC9, 0x4C);
    pub const BLACK: Color = Color::Rgb(0, 0, 0);
    pub const WHITE: Color = Color::Rgb(0xFF, 0xFF, 0xFF);
    pub const BRIGHT_MARK: Color = Color::Rgb(0xFF, 0xFF, 0x66);
    pub const BRIGHT_WARN: Color = Color::Rgb(0xFF, 0x9C, 0x9C);
    /// Rating fills, with the letter on them: (fill, letter).
    pub const RED: (Color, Color) = (Color::Rgb(0x9B, 0x1C, 0x1C), WHITE);
    pub const AMBER: (Color, Color) = (Color::Rgb(0xF2, 0xB2, 0x33), BLACK);
    pub const GREEN: (Color, Color) = (Color::Rgb(0x5C, 0xC0, 0x6E), BLACK);
    pub const BLUE: (Color, Color) = (Color::Rgb(0x1A, 0x4A, 0x80), WHITE);
    /// Rating letters on the page.
    pub const RED_TEXT: Color = Color::Rgb(0xFF, 0x7B, 0x7B);
    pub const GREEN_TEXT: Color = Color::Rgb(0x6E, 0xD3, 0x80);
    pub const BLUE_TEXT: Color = Color::Rgb(0x7F, 0xB2, 0xFF);
    /// Heat map cells, black count and letter on a light fill.
    pub const HEAT_RED: Color = Color::Rgb(0xFF, 0x8A, 0x80);
    pub const HEAT_AMBER: Color = Color::Rgb(0xFF, 0xD5, 0x4F);
    pub const HEAT_GREEN: Color = Color::Rgb(0x81, 0xC7, 0x84);
    /// KPI chart lines: the series, the target, the benchmark.
    pub const CHART: [Color; 3] = [
        ACCENT,
        Color::Rgb(0x6E, 0xD3, 0x80),
        Color::Rgb(0xE0, 0x8C, 0xFF),
    ];
}

impl Theme {
    pub fn of(name: ThemeName, lang: Lang) -> Theme {
        use palette::*;
        let bold = Style::new().add_modifier(Modifier::BOLD);
        match name {
            ThemeName::Standard => Theme {
                name,
                lang,
                base: Style::new().fg(INK).bg(PAPER),
                title: bold.fg(ACCENT),
                dim: Style::new().fg(MUTED),
                selected: bold.bg(CURSOR).fg(WHITE),
                tab: Style::new().fg(MUTED),
                tab_active: bold.fg(BLACK).bg(ACCENT),
                overdue: bold.fg(WARN),
                badge: bold.fg(BLACK).bg(MARK),
                highlight: bold.fg(MARK).add_modifier(Modifier::UNDERLINED),
                border: Style::new().fg(RULE),
                key: bold.fg(ACCENT),
            },
            ThemeName::HighContrast => Theme {
                name,
                lang,
                base: Style::new().fg(WHITE).bg(BLACK),
                title: bold.fg(WHITE).bg(BLACK),
                dim: Style::new().fg(WHITE).bg(BLACK),
                selected: bold.fg(BLACK).bg(WHITE),
                tab: bold.fg(WHITE).bg(BLACK),
                tab_active: bold.fg(BLACK).bg(WHITE),
                overdue: bold
                    .fg(BRIGHT_WARN)
                    .bg(BLACK)
                    .add_modifier(Modifier::UNDERLINED),
                badge: bold.fg(BLACK).bg(BRIGHT_MARK),
                highlight: bold.fg(BRIGHT_MARK).add_modifier(Modifier::UNDERLINED),
                border: bold.fg(WHITE).bg(BLACK),
                key: bold.fg(BRIGHT_MARK).bg(BLACK),
            },
            ThemeName::NoColour => Theme {
                name,
                lang,
                base: Style::new(),
                title: bold,
                dim: Style::new(),
                selected: Style::new().add_modifier(Modifier::REVERSED),
                tab: Style::new(),
                tab_active: Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD),
                overdue: bold,
                badge: Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD),
                highlight: bold.add_modifier(Modifier::UNDERLINED),
                border: Style::new(),
                key: bold,
            },
        }
    }

    /// A heat map cell of rating `rag`: its count and letter in black on a light fill.
    pub fn heat_cell(&self, rag: Rag) -> Style {
        match self.name {
            ThemeName::NoColour => Style::new(),
            _ => Style::new()
                .bg(match rag {
                    Rag::Red => palette::HEAT_RED,
                    Rag::Amber => palette::HEAT_AMBER,
                    _ => palette::HEAT_GREEN,
                })
                .fg(palette::BLACK),
        }
    }

    /// A KPI chart line: 0 the series, 1 the target, 2 the benchmark.
    pub fn chart_line(&self, n: usize) -> Style {
        match self.name {
            ThemeName::NoColour => Style::new(),
            _ => Style::new().fg(palette::CHART[n.min(2)]),
        }
    }

    /// A list screen's table: a rule above, an optional title in it, one space between columns.
    /// A part of a screen under a rule with its name: " Agenda ─────".
    pub fn section(&self, title: &str) -> Block<'static> {
        Block::new()
            .borders(Borders::TOP)
            .border_style(self.border)
            .title(Span::styled(format!(" {title} "), self.title))
    }

    /// " APPROVED  what it means": a state in a badge, then what it means.
    pub fn badge_line(&self, badge: &str, said: &str) -> Line<'static> {
        Line::from(vec![
            Span::styled(format!(" {badge} "), self.badge),
            Span::raw(format!(" {said}")),
        ])
    }

    pub fn list_table<'a>(
        &self,
        rows: impl IntoIterator<Item = Row<'a>>,
        widths: impl IntoIterator<Item = Constraint>,
        header: Row<'a>,
        title: Option<String>,
    ) -> Table<'a> {
        let mut block = Block::new().borders(Borders::TOP).border_style(self.border);
        if let Some(title) = title {
            block = block.title(Span::styled(title, self.title));
        }
        Table::new(rows, widths)
            .header(header)
            .column_spacing(1)
            .block(block)
            .style(self.base)
    }

    /// `row`, highlighted when it is under the cursor.
    pub fn row<'a>(&self, row: Row<'a>, selected: bool) -> Row<'a> {
        if selected {
            row.style(self.selected)
        } else {
            row
        }
    }

    /// A rating as its letter on its colour: " R ", or " – " when there is none.
    pub fn rag(&self, rag: Option<Rag>) -> Span<'static> {
        let Some(rag) = rag else {
            return Span::styled(" – ", self.dim);
        };
        let text = format!(" {} ", rag.mark(self.lang));
        let style = match self.name {
            ThemeName::NoColour => Style::new().add_modifier(Modifier::BOLD),
            _ => {
                let (bg, fg) = match rag {
                    Rag::Red => palette::RED,
                    Rag::Amber => palette::AMBER,
                    Rag::Green => palette::GREEN,
                    Rag::Blue => palette::BLUE,
                };
                Style::new().bg(bg).fg(fg).add_modifier(Modifier::BOLD)
            }
        };
        Span::styled(text, style)
    }

    /// The widest rating mark in this language: 1 (R A G B), 2 in Welsh (Co Am Gw Gl).
    pub fn mark_width(&self) -> u16 {
        Rag::ALL
            .iter()
            .map(|rag| rag.mark(self.lang).chars().count() as u16)
            .max()
            .unwrap_or(1)
    }

    /// Just the letter in its colour, for tight columns.
    pub fn rag_letter(&self, rag: Option<Rag>) -> Span<'static> {
        let Some(rag) = rag else {
            return Span::styled("–", self.dim);
        };
        let style = match self.name {
            ThemeName::NoColour => Style::new().add_modifier(Modifier::BOLD),
            _ => Style::new()
                .fg(match rag {
                    Rag::Red => palette::RED_TEXT,
                    Rag::Amber => palette::MARK,
                    Rag::Green => palette::GREEN_TEXT,
                    Rag::Blue => palette::BLUE_TEXT,
                })
                .add_modifier(Modifier::BOLD),
        };
        Span::styled(rag.mark(self.lang), style)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::style::Color;

    /// WCAG 2.x relative luminance of an sRGB colour.
    fn luminance(colour: Color) -> f64 {
        let Color::Rgb(r, g, b) = colour else {
            panic!("{colour:?} is a palette name, whose colour depends on the terminal");
        };
        let channel = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.040_45 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
    }

    /// WCAG contrast ratio, 1 to 21.
    fn contrast(a: Color, b: Color) -> f64 {
        let (la, lb) = (luminance(a), luminance(b));
        (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
    }

    /// Every style text is drawn in, for the contrast test.
    fn text_styles(theme: &Theme) -> [(&'static str, Style); 9] {
        [
            ("base", theme.base),
            ("title", theme.title),
            ("dim", theme.dim),
            ("selected", theme.selected),
            ("tab", theme.tab),
            ("tab_active", theme.tab_active),
            ("overdue", theme.overdue),
            ("badge", theme.badge),
            ("key", theme.key),
        ]
    }

    /// What a style's text looks like on screen: its own colours, else the theme's base.
    fn colours(theme: &Theme, style: Style) -> (Color, Color) {
        let fg = style.fg.or(theme.base.fg).expect("a foreground");
        let bg = style.bg.or(theme.base.bg).expect("a background");
        if style.add_modifier.contains(Modifier::REVERSED) {
            (bg, fg)
        } else {
            (fg, bg)
        }
    }

    #[test]
    fn every_text_and_rating_meets_its_contrast_in_every_coloured_theme() {
        for (name, text_minimum) in [(ThemeName::Standard, 4.5), (ThemeName::HighContrast, 7.0)] {
            let theme = Theme::of(name, Lang::En);
            let mut measured = Vec::new();
            for (what, style) in text_styles(&theme) {
                measured.push((what.to_string(), colours(&theme, style), text_minimum));
            }
            // Highlighted search matches are drawn inside the selected row as well.
            measured.push((
                "highlight".into(),
                colours(&theme, theme.highlight),
                text_minimum,
            ));
            for rag in Rag::ALL {
                let fill = theme.rag(Some(rag)).style;
                measured.push((
                    format!("{rag:?} label"),
                    colours(&theme, fill),
                    text_minimum,
                ));
                let letter = theme.rag_letter(Some(rag)).style;
                measured.push((
                    format!("{rag:?} letter"),
                    colours(&theme, letter),
                    text_minimum,
                ));
                let cell = theme.heat_cell(rag);
                measured.push((
                    format!("{rag:?} heat cell"),
                    colours(&theme, cell),
                    text_minimum,
                ));
            }
            // Lines and borders are not text: 3:1.
            measured.push(("border".into(), colours(&theme, theme.border), 3.0));
            for n in 0..3 {
                measured.push((
                    format!("chart line {n}"),
                    colours(&theme, theme.chart_line(n)),
                    3.0,
                ));
            }
            for (what, (fg, bg), minimum) in measured {
                let ratio = contrast(fg, bg);
                assert!(
                    ratio >= minimum,
                    "{name:?} {what}: {fg:?} on {bg:?} is {ratio:.2}:1, below {minimum}:1"
                );
            }
        }
    }

    #[test]
    fn the_contrast_formula_matches_known_values() {
        let black = Color::Rgb(0, 0, 0);
        let white = Color::Rgb(255, 255, 255);
        assert!((contrast(black, white) - 21.0).abs() < 1e-9);
        // #767676 on white is the well-known 4.54:1.
        assert!((contrast(Color::Rgb(0x76, 0x76, 0x76), white) - 4.54).abs() < 0.01);
    }
}
