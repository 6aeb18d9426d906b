//! A plain-text summary of a pack: where each area stands, what is overdue, the highest
//! risks and the KPI exceptions. All pack text passes through the sanitizer.

use crate::locale::{self, Lang};
use crate::model::{Pack, Rag, Travel};
use crate::sanitize::line;
use crate::t;
use std::fmt::Write;

pub fn render(pack: &Pack, lang: Lang) -> String {
    let m = &pack.meeting;
    // What stands for an exempt (Part II) item, as in the public minutes.
    let confidential = t!(lang, "summary-confidential");
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} — {}",
        line(m.board.get(lang)),
        t!(lang, "header-meeting", number = m.number)
    );
    let _ = writeln!(out, "{}", line(m.organisation.get(lang)));
    let chair = m.chair().map_or_else(
        || t!(lang, "header-no-chair"),
        |c| line(&c.name).into_owned(),
    );
    let _ = writeln!(
        out,
        "{}",
        t!(
            lang,
            "summary-when",
            date = locale::long_date(lang, m.date, true),
            time = m.start.format("%H:%M").to_string(),
            venue = line(m.venue.get(lang)).into_owned(),
            chair = chair
        )
    );
    let _ = writeln!(out);
    let mark = |rag: Rag| rag.mark(lang);
    let _ = writeln!(
        out,
        "{:<4} {:<48} {:>5} {:>5} {:>5} {:>5} {:>5} {:>8}",
        t!(lang, "summary-area"),
        t!(lang, "summary-title"),
        mark(Rag::Red),
        mark(Rag::Amber),
        mark(Rag::Green),
        mark(Rag::Blue),
        t!(lang, "summary-none"),
        t!(lang, "summary-overdue")
    );
    for area in &pack.areas {
        let actions: Vec<_> = area
            .recommendations
            .iter()
            .flat_map(|r| &r.actions)
            .collect();
        let count = |rag: Option<Rag>| actions.iter().filter(|a| a.proposed_rag == rag).count();
        let overdue = actions.iter().filter(|a| a.is_overdue(m.date)).count();
        let title: String = line(area.title.get(lang)).chars().take(48).collect();
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
    let _ = writeln!(out, "{}", t!(lang, "summary-proposed-note"));

    let mut risks: Vec<_> = pack.risks.iter().collect();
    risks.sort_by_key(|r| std::cmp::Reverse(r.residual.value()));
    if !risks.is_empty() {
        let _ = writeln!(out, "\n{}", t!(lang, "summary-highest-risks"));
        for risk in risks.iter().take(5) {
            let rag = pack.risk_bands.rag(risk.residual);
            // As the public minutes: an exempt item is withheld, its place kept.
            let title = if risk.exempt {
                confidential.clone()
            } else {
                line(risk.title.get(lang)).into_owned()
            };
            let _ = writeln!(
                out,
                "  {:<6} {:>2} {} {title}",
                line(&risk.id),
                risk.residual.value(),
                rag.mark(lang),
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
        let _ = writeln!(out, "\n{}", t!(lang, "summary-kpi-exceptions"));
        for kpi in exceptions {
            let Some((period, value)) = kpi.latest() else {
                continue;
            };
            let rag = kpi.rag().map_or("-", mark);
            if kpi.exempt {
                let _ = writeln!(out, "  {:<6} {rag} {confidential}", line(&kpi.id));
                continue;
            }
            let target = kpi
                .target
                .map_or_else(|| "-".to_string(), |t| t.to_string());
            let _ = writeln!(
                out,
                "  {:<6} {} {} {value} {} ({})",
                line(&kpi.id),
                rag,
                line(kpi.title.get(lang)),
                line(kpi.unit.get(lang)),
                t!(
                    lang,
                    "summary-target",
                    target = target,
                    period = period.to_string()
                )
            );
        }
    }
    out
}
