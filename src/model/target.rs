//! Addresses of pack items by position, for screens, search results and jumps.

use super::{ItemRef, Pack};

/// Something in the pack that a search result, a detail view or a jump can point at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    Area(usize),
    Recommendation(usize, usize),
    Action(usize, usize, usize),
    Risk(usize),
    Kpi(usize),
}

impl Target {
    /// What kind of item the record calls it.
    pub fn kind(self) -> super::ItemKind {
        use super::ItemKind;
        match self {
            Target::Area(_) => ItemKind::Area,
            Target::Recommendation(..) => ItemKind::Recommendation,
            Target::Action(..) => ItemKind::Action,
            Target::Risk(_) => ItemKind::Risk,
            Target::Kpi(_) => ItemKind::Kpi,
        }
    }
}

/// Every item of an issue of the pack by its record name, built once: where a record entry
/// belongs, and which entries are about items the pack no longer has. Sorted by name and
/// read from the pack, so it holds no copy of an id (a map of names took 8.5 MiB and the
/// copies at the size limit; this takes 2).
#[derive(Debug, Default)]
pub struct TargetIndex(Vec<Target>);

impl TargetIndex {
    pub fn of(pack: &Pack) -> TargetIndex {
        let key = |target: &Target| (target.kind(), pack.id_of(*target));
        let mut targets = pack.every_target();
        // Stable: of two items with one name the first in the pack wins, as a lookup by
        // id in pack order would.
        targets.sort_by(|a, b| key(a).cmp(&key(b)));
        targets.shrink_to_fit();
        TargetIndex(targets)
    }

    /// The item of `pack` (the pack this was made of) that `item` names.
    pub fn get(&self, pack: &Pack, item: &ItemRef) -> Option<Target> {
        let wanted = (item.kind, item.id.as_str());
        let at = self
            .0
            .partition_point(|&target| (target.kind(), pack.id_of(target)) < wanted);
        self.0
            .get(at)
            .copied()
            .filter(|&target| (target.kind(), pack.id_of(target)) == wanted)
    }
}

#[cfg(test)]
mod tests {
    use super::{Target, TargetIndex};
    use crate::model::{ItemKind, ItemRef};

    #[test]
    fn every_item_is_found_by_its_record_name_and_the_first_of_two_wins() {
        let mut pack = crate::pack::parse(crate::pack::Source::new(
            "powys.ron",
            include_str!("../../packs/powys-children-2017.ron"),
        ))
        .expect("the Powys pack")
        .pack;
        let index = TargetIndex::of(&pack);
        for target in pack.every_target() {
            assert_eq!(index.get(&pack, &pack.item_ref(target)), Some(target));
        }
        let gone = ItemRef::new(ItemKind::Action, "Z.9.9");
        assert_eq!(index.get(&pack, &gone), None);
        // A risk given a KPI's id is still only the KPI under that name.
        pack.risks[1].id = pack.kpis[0].id.clone();
        let index = TargetIndex::of(&pack);
        let kpi = ItemRef::new(ItemKind::Kpi, pack.kpis[0].id.clone());
        assert_eq!(index.get(&pack, &kpi), Some(Target::Kpi(0)));
        // Two risks with one id: the first in the pack.
        pack.risks[2].id = pack.risks[0].id.clone();
        let index = TargetIndex::of(&pack);
        let risk = ItemRef::new(ItemKind::Risk, pack.risks[0].id.clone());
        assert_eq!(index.get(&pack, &risk), Some(Target::Risk(0)));
    }
}
