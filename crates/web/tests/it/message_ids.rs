//! Every Fluent message id the code can ask for exists in English, Bengali and Vietnamese:
//! the ids written as literals (in this crate's code and templates, and the domain's error
//! and label keys), the ids built from a code (the label families of `shared::labels`),
//! and the domain's labels of its closed enums and default data. A missing id would show
//! its raw name on a page instead of words.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use workvoice_domain::{
    BrandEscalation, Channel, Role, StepKind, Trigger, Urgency, status, taxonomy,
};
use workvoice_web::shared::labels::FAMILIES;

/// Hyphenated lowercase literals in the code that are not message ids.
const NOT_IDS: &[&str] = &[
    // HTTP header names and values.
    "x-csrf-token",
    "x-frame-options",
    "x-twilio-signature",
    "no-store",
    "same-origin",
    "no-referrer",
    "cross-origin-opener-policy",
    "cross-origin-resource-policy",
    "sec-fetch-site",
    "cross-site",
    "same-site",
    // Test ids of table rows and step states (`data-testid`, CSS).
    "case-row",
    "org-case-row",
    "incident-case",
    "not-started",
    // Navigation sections of the page chrome.
    "follow-ups",
    "org-cases",
    "org-counts",
    "org-awareness",
    // CSS classes of chart series (`shared::chart`).
    "series-0",
    "series-1",
    "series-2",
    "series-3",
    // The API's stable error code for a wrongly typed field (its message is serde's).
    "error-invalid-value",
    // Spellings the domain's parsers accept besides the canonical code.
    "life-safety",
    "walk-in",
    // Steps of the IVR, as they appear in its webhook paths.
    "dial-ended",
    "no-operator",
    // A call status the voice provider reports.
    "no-answer",
];

fn crate_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn files(dir: &Path, ext: &str, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files(&path, ext, out);
        } else if path.extension().is_some_and(|e| e == ext) {
            out.push(path);
        }
    }
}

/// Message ids defined in one language (every `.ftl` file of its folder).
fn defined(language: &str) -> BTreeSet<String> {
    let mut ftl = Vec::new();
    files(&crate_dir().join("locales").join(language), "ftl", &mut ftl);
    assert!(!ftl.is_empty(), "no Fluent files for {language}");
    ftl.iter()
        .flat_map(|path| {
            std::fs::read_to_string(path)
                .unwrap()
                .lines()
                .filter_map(|line| line.split_once(" =").map(|(id, _)| id.to_owned()))
                .filter(|id| id.starts_with(|c: char| c.is_ascii_lowercase()))
                .collect::<Vec<_>>()
        })
        .collect()
}

/// Whether `text` has the shape of a message id: lowercase words joined by hyphens.
fn id_shaped(text: &str) -> bool {
    text.contains('-')
        && text.starts_with(|c: char| c.is_ascii_lowercase())
        && !text.ends_with('-')
        && text
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
}

/// Every string literal of `source` that has the shape of a message id.
fn literals(source: &str) -> Vec<String> {
    source
        .split('"')
        .skip(1)
        .step_by(2)
        .filter(|s| id_shaped(s))
        .map(str::to_owned)
        .collect()
}

/// The first argument of every translator call in a template: `t("…")`, `t_count("…"`.
fn template_ids(source: &str) -> Vec<String> {
    ["t(\"", "t_count(\"", "t_args(\""]
        .iter()
        .flat_map(|call| {
            source
                .match_indices(call)
                .filter(|(i, _)| !source[..*i].ends_with(|c: char| c.is_alphanumeric()))
                .filter_map(|(i, _)| source[i + call.len()..].split('"').next())
                .map(str::to_owned)
                .collect::<Vec<_>>()
        })
        .collect()
}

/// Every id the code can ask for, with where it comes from.
fn used() -> Vec<(String, String)> {
    let mut out = Vec::new();
    let domain = crate_dir().join("../domain/src");
    for dir in [crate_dir().join("src"), domain] {
        let mut rs = Vec::new();
        files(&dir, "rs", &mut rs);
        for path in rs {
            let where_ = path.display().to_string();
            for id in literals(&std::fs::read_to_string(&path).unwrap()) {
                if !NOT_IDS.contains(&id.as_str()) {
                    out.push((id, where_.clone()));
                }
            }
        }
    }
    let mut html = Vec::new();
    files(&crate_dir().join("templates"), "html", &mut html);
    for path in html {
        for id in template_ids(&std::fs::read_to_string(&path).unwrap()) {
            out.push((id, path.display().to_string()));
        }
    }
    for family in FAMILIES {
        out.extend(
            family
                .ids()
                .into_iter()
                .map(|id| (id, "a label family".into())),
        );
    }
    let domain_keys = Urgency::ALL
        .iter()
        .map(|v| v.message_key())
        .chain(Channel::ALL.iter().map(|v| v.message_key()))
        // Roles are named only on the staff workload page.
        .chain(
            Role::ALL
                .iter()
                .filter(|r| r.is_helpline_staff())
                .map(|v| v.message_key()),
        )
        .chain(StepKind::ALL.iter().map(|v| v.message_key()))
        .chain(Trigger::ALL.iter().map(|v| v.message_key()))
        .chain(
            BrandEscalation::ALL
                .iter()
                .filter(|v| **v != BrandEscalation::None)
                .map(|v| v.message_key()),
        )
        .map(str::to_owned)
        .chain(
            status::DEFAULT_STATUSES
                .iter()
                .map(|s| status::status_message_key(s.code)),
        )
        .chain(
            taxonomy::DEFAULT_CATEGORIES
                .iter()
                .map(|c| taxonomy::message_key(c.code)),
        );
    out.extend(domain_keys.map(|id| (id, "a domain label".into())));
    out
}

#[test]
fn every_message_id_in_code_and_templates_exists_in_every_language() {
    let used = used();
    assert!(used.len() > 300, "found only {} ids", used.len());
    let mut missing = Vec::new();
    for language in ["en", "bn", "vi"] {
        let defined = defined(language);
        for (id, from) in &used {
            if !defined.contains(id) {
                missing.push(format!("{language}: {id} (from {from})"));
            }
        }
    }
    missing.sort();
    missing.dedup();
    assert!(
        missing.is_empty(),
        "message ids without a translation:\n  {}",
        missing.join("\n  ")
    );
}

#[test]
fn the_id_finders_see_ids_and_only_ids() {
    assert_eq!(
        literals(r#"tr.t("nav-home"), "x", "Asia/Dhaka", "sort-""#),
        ["nav-home"]
    );
    assert_eq!(
        template_ids(r#"{{ chrome.t("nav-home") }} {{ tr.t_count("cases-found", n) }} at("x")"#),
        ["nav-home", "cases-found"]
    );
}
