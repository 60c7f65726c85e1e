//! A workplace's awareness record as the pages show it, in the reader's words and digits;
//! shared by the programme's record page and the factory contact's page.

use workvoice_domain::ids::PlayReportId;
use workvoice_store::AwarenessRecord;

use crate::i18n::Tr;

pub struct TrainingView {
    pub held_on: String,
    pub trainer: String,
    pub women: String,
    pub men: String,
    pub group_size: String,
    pub topics: String,
}

pub struct MaterialView {
    pub given_on: String,
    pub kind: String,
    pub quantity: String,
}

pub struct PlayView {
    pub id: PlayReportId,
    pub played_on: String,
    pub shifts: String,
    pub note: String,
    pub confirmed: bool,
}

pub struct CheckView {
    pub checked_on: String,
    pub sampled: String,
    pub knows_number: String,
    pub carries_card: String,
    pub knows_process: String,
}

pub struct RecordView {
    pub trainings: Vec<TrainingView>,
    pub materials: Vec<MaterialView>,
    pub plays: Vec<PlayView>,
    pub checks: Vec<CheckView>,
}

/// `n` with its share of `of` as a whole percentage: "18 · 90%".
pub fn with_share(tr: Tr, n: i64, of: i64) -> String {
    let pct = if of > 0 { (n * 100 + of / 2) / of } else { 0 };
    format!("{} · {}%", tr.number(n), tr.number(pct))
}

pub fn record_view(tr: Tr, r: &AwarenessRecord) -> RecordView {
    RecordView {
        trainings: r
            .trainings
            .iter()
            .map(|t| TrainingView {
                held_on: tr.digits(&t.held_on),
                trainer: t.trainer.clone(),
                women: tr.number(t.women),
                men: tr.number(t.men),
                group_size: tr.number(t.group_size),
                topics: t
                    .topics
                    .iter()
                    .map(|k| tr.t(k.message_key()))
                    .collect::<Vec<_>>()
                    .join(", "),
            })
            .collect(),
        materials: r
            .materials
            .iter()
            .map(|m| MaterialView {
                given_on: tr.digits(&m.given_on),
                kind: tr.t(m.kind.message_key()),
                quantity: tr.number(m.quantity),
            })
            .collect(),
        plays: r
            .plays
            .iter()
            .map(|p| PlayView {
                id: p.id,
                played_on: tr.digits(&p.played_on),
                shifts: tr.number(p.shifts),
                note: p.note.clone(),
                confirmed: p.confirmed_at.is_some(),
            })
            .collect(),
        checks: r
            .checks
            .iter()
            .map(|c| CheckView {
                checked_on: tr.digits(&c.checked_on),
                sampled: tr.number(c.sampled),
                knows_number: with_share(tr, c.knows_number, c.sampled),
                carries_card: with_share(tr, c.carries_card, c.sampled),
                knows_process: with_share(tr, c.knows_process, c.sampled),
            })
            .collect(),
    }
}
