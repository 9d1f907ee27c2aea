//! What differs between the registries an import fills: the names each column
//! goes by, how its cells are read, which columns a row needs, which registered
//! record a row is, and which columns name another registry's record by name.

use crate::error::Result;
use crate::i18n::Lang;
use crate::model::cellread::Kind as Cell;
use crate::model::registry::{Alley, Household, Leader, Record};
use crate::store::change::Tx;

/// Another registry a column refers to, by ID or by name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ref {
    Alley,
    Leader,
}

/// A registry an import fills.
pub trait Importable: Record {
    /// Header names accepted for each column (in HEADER's order), besides the
    /// column's own name.
    const ALIASES: &'static [&'static [&'static str]];
    /// How each column's cells are read.
    const KINDS: &'static [Cell];
    /// The columns a file must have.
    const REQUIRED: &'static [usize];
    /// The columns that refer to another registry.
    const REFS: &'static [(usize, Ref)];
    /// Columns `list` adds from other registries (a leader's name beside an
    /// alley): a sheet exported for editing has them, and the import passes them.
    const LISTED_ONLY: &'static [&'static str] = &[];
    /// The columns whose registered value an empty cell keeps (besides `id`).
    const KEEP_EMPTY: &'static [usize] = &[];
    const PREFIX: &'static str;
    const WIDTH: usize;
    /// Whether the registered record is the one a row without an ID means.
    fn is_row(&self, fields: &[String]) -> bool;
    /// The stored key of a column's value given as its word in either language
    /// (老党员 for `party-member`), `None` for a column of no words or a value
    /// that is no word of it.
    fn word(_column: usize, _value: &str) -> Option<&'static str> {
        None
    }
    /// Fills in what a new record gets when its row leaves it out.
    fn fill_new(&mut self, _today: chrono::NaiveDate) {}
    /// Stages what the records added or changed change in another registry.
    fn stage_related(_tx: &mut Tx, _saved: &[&Self]) -> Result<()> {
        Ok(())
    }
    /// The message of `imported 3 households` (`n`, `file`).
    const IMPORTED: &'static str = "cmd-import-rows";
    /// The message of `x.csv: 0 new, 1 updated, 2 unchanged` (`file`, `new`,
    /// `updated`, `unchanged`, `differs`).
    const SUMMARY: &'static str = "cmd-import-summary-rows";
    /// The message of a registered row that differs from the file's when --update
    /// was not given (`id`, `file`, `line`, `columns`).
    const DIFFERS: &'static str = "cmd-import-row-differs";
}

impl Importable for Household {
    const ALIASES: &'static [&'static [&'static str]] = &[
        &["编号", "户号", "户编号"],
        &["户主", "户主姓名", "姓名"],
        &["巷道", "街巷", "所属街巷", "巷"],
        &["地址", "住址", "门牌"],
        &["人口", "人数", "家庭人口"],
        &["电话", "手机", "联系电话"],
        &["标签", "类别"],
        &["备注"],
        &["登记日期", "登记时间"],
    ];
    const KINDS: &'static [Cell] = &[
        Cell::Text,
        Cell::Text,
        Cell::Text,
        Cell::Text,
        Cell::Count,
        Cell::Phone,
        Cell::Text,
        Cell::Text,
        Cell::Date,
    ];
    const REQUIRED: &'static [usize] = &[1, 2];
    const REFS: &'static [(usize, Ref)] = &[(2, Ref::Alley)];
    const KEEP_EMPTY: &'static [usize] = &[8];
    const PREFIX: &'static str = "H";
    const WIDTH: usize = 4;
    fn is_row(&self, f: &[String]) -> bool {
        self.head == f[1] && self.alley.as_str() == f[2] && self.address == f[3]
    }
    /// Format 2: a row without a `registered` date is registered today.
    fn fill_new(&mut self, today: chrono::NaiveDate) {
        _ = self.registered.get_or_insert(today);
    }
    const IMPORTED: &'static str = "cmd-imported";
    const SUMMARY: &'static str = "cmd-import-summary";
    const DIFFERS: &'static str = "cmd-import-differs";
}

impl Importable for Alley {
    const ALIASES: &'static [&'static [&'static str]] = &[
        &["编号", "巷道编号", "街巷编号"],
        &["名称", "巷道", "街巷", "巷名", "街巷名称"],
        &["组", "村民小组", "小组", "所属小组"],
        &["巷长", "街巷长", "巷道长"],
        &["备注"],
    ];
    const KINDS: &'static [Cell] = &[Cell::Text; 5];
    const REQUIRED: &'static [usize] = &[1];
    const REFS: &'static [(usize, Ref)] = &[(3, Ref::Leader)];
    const LISTED_ONLY: &'static [&'static str] = &[
        "leader_name",
        "街巷长姓名",
        "phone",
        "电话",
        "households",
        "户数",
    ];
    const PREFIX: &'static str = "A";
    const WIDTH: usize = 2;
    fn is_row(&self, f: &[String]) -> bool {
        self.name == f[1]
    }
}

impl Importable for Leader {
    const ALIASES: &'static [&'static [&'static str]] = &[
        &["编号", "巷长编号"],
        &["姓名", "巷长", "街巷长", "名字"],
        &["电话", "手机", "联系电话"],
        &["巷道", "街巷", "所属街巷", "负责街巷"],
        &["身份", "背景", "来源"],
        &["产生方式", "推选方式", "选任方式"],
        &["任职起", "任职日期", "上任日期", "起始日期", "任期开始"],
        &["任职止", "离任日期", "卸任日期", "任期结束"],
        &["备注"],
    ];
    const KINDS: &'static [Cell] = &[
        Cell::Text,
        Cell::Text,
        Cell::Phone,
        Cell::Text,
        Cell::Text,
        Cell::Text,
        Cell::Date,
        Cell::Date,
        Cell::Text,
    ];
    const REQUIRED: &'static [usize] = &[1, 4, 5];
    const REFS: &'static [(usize, Ref)] = &[(3, Ref::Alley)];
    const LISTED_ONLY: &'static [&'static str] = &["alley_name", "街巷名称"];
    const PREFIX: &'static str = "L";
    const WIDTH: usize = 2;
    fn is_row(&self, f: &[String]) -> bool {
        self.name == f[1] && self.phone == f[2]
    }
    fn word(column: usize, value: &str) -> Option<&'static str> {
        let words: &[(&'static str, &str)] = match column {
            4 => &[
                ("party-member", "cmd-background-party-member"),
                ("cadre", "cmd-background-cadre"),
                ("respected", "cmd-background-respected"),
            ],
            5 => &[
                (
                    "party-members-and-masses",
                    "cmd-selected-party-members-and-masses",
                ),
                (
                    "household-recommendation",
                    "cmd-selected-household-recommendation",
                ),
                ("two-committees", "cmd-selected-two-committees"),
            ],
            _ => return None,
        };
        let lang_words = |id: &str| Lang::ALL.map(|l| crate::i18n::t(l, id));
        words
            .iter()
            .find(|(_, id)| lang_words(id).iter().any(|w| w == value))
            .map(|(key, _)| *key)
    }
    /// An alley without a leader gets the leader imported for it who serves
    /// today, as `lane leader add --alley` gives it; an alley that has one keeps it.
    fn stage_related(tx: &mut Tx, saved: &[&Self]) -> Result<()> {
        let alleys = tx.load::<Alley>()?;
        let today = tx.now.date_naive();
        let mut changed: Vec<Alley> = Vec::new();
        for l in saved.iter().filter(|l| l.serves_on(today)) {
            let Some(a) = l.alley.as_ref().and_then(|a| alleys.get(a.as_str())) else {
                continue;
            };
            if a.leader.is_none() && !changed.iter().any(|c| c.id == a.id) {
                let mut a = a.clone();
                a.leader = Some(l.id.clone());
                changed.push(a);
            }
        }
        if !changed.is_empty() {
            tx.put(Alley::FILE, alleys.with_updated(&changed));
        }
        Ok(())
    }
}
