//! Messages that read right once filled (issue 15): every message with placeholders is
//! formatted in English, Bengali and Vietnamese with the realistic values of
//! `locales/placeholders.toml` (counts 1 and 5). None may show a missing-variable marker
//! or an unknown message, every placeholder must have a meaning for reviewers, and every
//! filled value must appear in the text (a value the sentence drops is a sentence that
//! reads wrong).

use std::collections::{BTreeMap, BTreeSet};

use fluent_templates::fluent_bundle::FluentValue;
use workvoice_domain::Language;
use workvoice_web::i18n::Tr;
use workvoice_web::i18n::placeholders::{Placeholders, SAMPLE_COUNTS, Sample};

use crate::support::locales;

#[test]
fn filled_message_every_placeholder_message_formats_in_every_language() {
    let samples = Placeholders::shipped().expect("placeholders.toml parses");
    let mut problems = Vec::new();
    let mut checked = 0;
    // The English message says which placeholders a sentence must carry.
    let english: BTreeMap<String, BTreeSet<String>> = locales::messages(Language::En)
        .into_iter()
        .map(|(_, m)| (m.id, m.variables))
        .collect();
    for language in Language::ALL {
        let tr = Tr::new(language);
        for (file, m) in locales::messages(language) {
            let mut names = m.variables.clone();
            names.extend(english.get(&m.id).into_iter().flatten().cloned());
            if names.is_empty() {
                continue;
            }
            let mut filled = Vec::new();
            for name in &names {
                match samples.get(&m.id, name) {
                    Some(p) => filled.push((name.clone(), p.sample)),
                    None => problems.push(format!("{file} {}: no sample for ${name}", m.id)),
                }
            }
            for count in SAMPLE_COUNTS {
                let args: Vec<(&'static str, FluentValue<'static>)> = filled
                    .iter()
                    .map(|(name, sample)| {
                        let key: &'static str = Box::leak(name.clone().into_boxed_str());
                        (key, sample.value(tr, count))
                    })
                    .collect();
                let text = tr.t_args(&m.id, &args);
                checked += 1;
                let code = language.code();
                if text.contains("{$")
                    || text.contains("{ $")
                    || text.contains("Unknown localization")
                {
                    problems.push(format!("{code}/{file} {} (count {count}): {text}", m.id));
                }
                for ((name, sample), (_, value)) in filled.iter().zip(&args) {
                    let shown = match (sample, value) {
                        // The selector itself need not be printed: `$shown` carries it.
                        (Sample::Count, _) => continue,
                        (_, FluentValue::String(s)) => s.to_string(),
                        (_, FluentValue::Number(n)) => tr.number(n.value as i64),
                        _ => continue,
                    };
                    if !text.contains(&shown) {
                        problems.push(format!(
                            "{code}/{file} {} drops ${name} ({shown:?}): {text}",
                            m.id
                        ));
                    }
                }
            }
        }
    }
    assert!(checked > 100, "only {checked} filled messages");
    assert!(
        problems.is_empty(),
        "messages that do not fill right:\n  {}",
        problems.join("\n  ")
    );
}
