//! One term per concept (issue 15): no message of a locale file uses a variant the term
//! list (`locales/terms.toml`) rejects for a concept, in any of the three languages.

use workvoice_domain::Language;
use workvoice_web::i18n::terms::TermList;

use crate::support::locales;

#[test]
fn terminology_no_locale_file_uses_a_rejected_variant() {
    let terms = TermList::shipped().expect("terms.toml parses");
    let mut found = Vec::new();
    for language in Language::ALL {
        let messages = locales::messages(language);
        assert!(
            messages.len() > 300,
            "{language:?}: {} messages",
            messages.len()
        );
        for (file, m) in &messages {
            for term in &terms.term {
                for variant in term.variants_in(language, &m.value) {
                    found.push(format!(
                        "{}/{file} {}: \"{variant}\" for {} (say \"{}\")",
                        language.code(),
                        m.id,
                        term.concept,
                        term.term(language)
                    ));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "rejected variants in the locale files:\n  {}",
        found.join("\n  ")
    );
}
