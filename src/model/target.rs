//! Addresses of pack items by position, for screens, search results and jumps.

/// Something in the pack that a search result, a detail view or a jump can point at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    Area(usize),
    Recommendation(usize, usize),
    Action(usize, usize, usize),
    Risk(usize),
    Kpi(usize),
}
