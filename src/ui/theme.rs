//! Colours and emphasis. A rating is never shown by colour alone: every RAG carries its
//! letter, and the no-colour theme (NO_COLOR) relies on letters and bold/reverse only.

use crate::model::Rag;
use crate::state::ThemeName;
use ratatui::layout::Constraint;
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::Span;
use ratatui::widgets::{Block, Borders, Row, Table};

#[derive(Debug, Clone, Copy)]
pub struct Theme {
    pub name: ThemeName,
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

impl Theme {
    pub fn of(name: ThemeName) -> Theme {
        let bold = Style::new().add_modifier(Modifier::BOLD);
        match name {
            ThemeName::Standard => Theme {
                name,
                base: Style::new(),
                title: bold.fg(Color::Cyan),
                dim: Style::new().fg(Color::Gray),
                selected: bold.bg(Color::DarkGray).fg(Color::White),
                tab: Style::new().fg(Color::Gray),
                tab_active: bold.fg(Color::Black).bg(Color::Cyan),
                overdue: bold.fg(Color::LightRed),
                badge: bold.fg(Color::Black).bg(Color::Yellow),
                highlight: bold.fg(Color::Yellow).add_modifier(Modifier::UNDERLINED),
                border: Style::new().fg(Color::Gray),
                key: bold.fg(Color::Cyan),
            },
            ThemeName::HighContrast => Theme {
                name,
                base: Style::new().fg(Color::White).bg(Color::Black),
                title: bold.fg(Color::White).bg(Color::Black),
                dim: Style::new().fg(Color::White).bg(Color::Black),
                selected: bold.fg(Color::Black).bg(Color::White),
                tab: bold.fg(Color::White).bg(Color::Black),
                tab_active: bold.fg(Color::Black).bg(Color::White),
                overdue: bold
                    .fg(Color::LightRed)
                    .bg(Color::Black)
                    .add_modifier(Modifier::UNDERLINED),
                badge: bold.fg(Color::Black).bg(Color::LightYellow),
                highlight: bold
                    .fg(Color::LightYellow)
                    .add_modifier(Modifier::UNDERLINED),
                border: bold.fg(Color::White).bg(Color::Black),
                key: bold.fg(Color::LightYellow).bg(Color::Black),
            },
            ThemeName::NoColour => Theme {
                name,
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

    /// A list screen's table: a rule above, an optional title in it, one space between columns.
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
        let text = format!(" {} ", rag.letter());
        let style = match self.name {
            ThemeName::NoColour => Style::new().add_modifier(Modifier::BOLD),
            _ => {
                let (bg, fg) = match rag {
                    Rag::Red => (Color::Red, Color::White),
                    Rag::Amber => (Color::Yellow, Color::Black),
                    Rag::Green => (Color::Green, Color::Black),
                    Rag::Blue => (Color::Blue, Color::White),
                };
                Style::new().bg(bg).fg(fg).add_modifier(Modifier::BOLD)
            }
        };
        Span::styled(text, style)
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
                    Rag::Red => Color::LightRed,
                    Rag::Amber => Color::Yellow,
                    Rag::Green => Color::LightGreen,
                    Rag::Blue => Color::LightBlue,
                })
                .add_modifier(Modifier::BOLD),
        };
        Span::styled(rag.letter().to_string(), style)
    }
}
