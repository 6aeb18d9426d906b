//! A plain-text summary of a pack: where each area stands, what is overdue, the highest
//! risks and the KPI exceptions. All pack text passes through the sanitizer.

use crate::model::{Pack, Rag, Travel};
use crate::sanitize::line;
use std::fmt::Write;

/// What stands for an exempt (Part II) item, as in the public minutes.
const CONFIDENTIAL: &str = "[confidential: exempt item, not shown]";

pub fn render(pack: &Pack) -> String {
    let m = &pack.meeting;
    let mut out = String::new();
    let _ = writeln!(out, "{} — meeting {}", line(&m.board), m.number);
    let _ = writeln!(out, "{}", line(&m.organisation));
    let _ = writeln!(
        out,
        "{} at {}, {}; chair: {}",
        m.date.format("%A %-d %B %Y"),
        m.start.format("%H:%M"),
        line(&m.venue),
        line(m.chair().map_or("not named", |c| c.name.as_str()))
    );
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "{:<4} {:<48} {:>5} {:>5} {:>5} {:>5} {:>5} {:>8}",
        "Area", "Title", "R", "A", "G", "B", "none", "overdue"
    );
    for area in &pack.areas {
        let actions: Vec<_> = area
            .recommendations
            .iter()
            .flat_map(|r| &r.actions)
            .collect();
        let count = |rag: Option<Rag>| actions.iter().filter(|a| a.proposed_rag == rag).count();
        let overdue = actions.iter().filter(|a| a.is_overdue(m.date)).count();
        let title: String = line(&area.title).chars().take(48).collect();
        let _ = writeln!(
            out,
            "{:<4} {:<48} {:>5} {:>5} {:>5} {:>5} {:>5} {:>8}",
            line(&area.id),
            title,
            count(Some(Rag::Red)),
            count(Some(Rag::Amber)),
            count(Some(Rag::Green)),
            count(Some(Rag::Blue)),
            count(None),
            overdue
        );
    }
    let _ = writeln!(out, "(officers' proposed RAG per action)");

    let mut risks: Vec<_> = pack.risks.iter().collect();
    risks.sort_by_key(|r| std::cmp::Reverse(r.residual.value()));
    if !risks.is_empty() {
        let _ = writeln!(out, "\nHighest residual risks");
        for risk in risks.iter().take(5) {
            let rag = pack.risk_bands.rag(risk.residual);
            // As the public minutes: an exempt item is withheld, its place kept.
            let title = if risk.exempt {
                CONFIDENTIAL.to_string()
            } else {
                line(&risk.title).into_owned()
            };
            let _ = writeln!(
                out,
                "  {:<6} {:>2} {} {title}",
                line(&risk.id),
                risk.residual.value(),
                rag.letter(),
            );
        }
    }

    let exceptions: Vec<_> = pack
        .kpis
        .iter()
        .filter(|k| {
            k.rag() == Some(Rag::Red)
                || (k.rag() == Some(Rag::Amber) && k.travel() == Some(Travel::Declining))
        })
        .collect();
    if !exceptions.is_empty() {
        let _ = writeln!(out, "\nKPI exceptions (red, or amber and declining)");
        for kpi in exceptions {
            let Some((period, value)) = kpi.latest() else {
                continue;
            };
            let rag = kpi.rag().map_or('-', Rag::letter);
            if kpi.exempt {
                let _ = writeln!(out, "  {:<6} {rag} {CONFIDENTIAL}", line(&kpi.id));
                continue;
            }
            let target = kpi
                .target
                .map_or_else(|| "-".to_string(), |t| t.to_string());
            let _ = writeln!(
                out,
                "  {:<6} {} {} {value} {} (target {target}, {period})",
                line(&kpi.id),
                rag,
                line(&kpi.title),
                line(&kpi.unit)
            );
        }
    }
    out
}
