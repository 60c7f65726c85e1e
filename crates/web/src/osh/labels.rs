//! Option lists and labels of the OSH codes (areas, statuses, control levels, …), built
//! from the domain's closed enums so a form offers exactly what the store accepts.

use workvoice_domain::osh::{RiskBand, RiskScore};

use crate::i18n::Tr;
use crate::registry::browse::Choice;

/// The options of a `<select>` over `all`, with `selected` (a typed code) chosen; an
/// empty first option when `blank` names its label.
pub fn choices<T: Copy>(
    tr: Tr,
    all: &[T],
    code: fn(T) -> &'static str,
    key: fn(T) -> &'static str,
    selected: &str,
    blank: Option<&str>,
) -> Vec<Choice> {
    let mut out: Vec<Choice> = blank
        .map(|label| Choice {
            value: String::new(),
            label: tr.t(label),
            selected: selected.trim().is_empty(),
        })
        .into_iter()
        .collect();
    out.extend(all.iter().map(|v| Choice {
        value: code(*v).to_owned(),
        label: tr.t(key(*v)),
        selected: code(*v).eq_ignore_ascii_case(selected.trim()),
    }));
    out
}

/// The options of a 1–5 select (a rating, a likelihood, a severity) after an empty first
/// option labelled `blank`.
pub fn one_to_five(tr: Tr, blank: &str) -> Vec<Choice> {
    std::iter::once(Choice {
        value: String::new(),
        label: tr.t(blank),
        selected: false,
    })
    .chain((1..=5).map(|n| Choice {
        value: n.to_string(),
        label: tr.number(n),
        selected: false,
    }))
    .collect()
}

/// "12 · high" in the viewer's digits and words; empty without a score.
pub fn risk(tr: Tr, score: Option<RiskScore>) -> String {
    score.map_or_else(String::new, |s| {
        format!(
            "{} · {}",
            tr.number(i64::from(s.score())),
            tr.t(s.band().message_key())
        )
    })
}

/// CSS class of a band's badge.
pub fn band_class(score: Option<RiskScore>) -> &'static str {
    match score.map(RiskScore::band) {
        Some(RiskBand::Low) => "band_low",
        Some(RiskBand::Moderate) => "band_moderate",
        Some(RiskBand::High) => "band_high",
        Some(RiskBand::Critical) => "band_critical",
        None => "",
    }
}
