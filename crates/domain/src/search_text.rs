//! Text folding for full-text search, shared by the SQLite and PostgreSQL
//! indexes so both engines match exactly the same way.
//!
//! Vietnamese is often typed without diacritics (on phones, by staff from
//! elsewhere), so "cong nhan" must find "công nhân". Bengali, however, is
//! written with combining marks (vowel signs, virama, nukta) that carry
//! meaning: folding them away would merge different words. Hence we only
//! strip the Latin combining block U+0300–U+036F, never marks in general.

use unicode_normalization::UnicodeNormalization;

/// Maximum number of terms taken from a query; more adds cost, not recall.
pub const MAX_TERMS: usize = 8;
/// Maximum characters per term; longer terms are cut (prefix match still works).
pub const MAX_TERM_CHARS: usize = 64;

/// NFC, lowercase, Latin diacritics removed ('đ' → 'd'), NFC again.
pub fn fold(text: &str) -> String {
    let lower: String = text.nfc().collect::<String>().to_lowercase();
    let stripped: String = lower
        .nfd()
        .filter(|c| !is_latin_combining(*c))
        // 'đ' is a letter of its own, not d + mark, so NFD leaves it alone.
        .map(|c| if c == 'đ' { 'd' } else { c })
        .collect();
    stripped.nfc().collect()
}

/// Splits a query into at most `MAX_TERMS` distinct folded words.
pub fn terms(query: &str) -> Vec<String> {
    let folded = fold(query);
    let mut out: Vec<String> = Vec::new();
    for word in folded.split(|c: char| !is_word_char(c)) {
        if word.is_empty() {
            continue;
        }
        let term: String = word.chars().take(MAX_TERM_CHARS).collect();
        // Duplicates would only waste one of the few term slots.
        if !out.contains(&term) {
            out.push(term);
        }
        if out.len() == MAX_TERMS {
            break;
        }
    }
    out
}

fn is_latin_combining(c: char) -> bool {
    ('\u{0300}'..='\u{036F}').contains(&c)
}

/// Alphanumerics plus the Bengali marks and joiners that sit inside words;
/// splitting on them would cut Bengali words into meaningless pieces.
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_bengali_mark(c) || matches!(c, '\u{200C}' | '\u{200D}')
}

fn is_bengali_mark(c: char) -> bool {
    matches!(c,
        '\u{0981}'..='\u{0983}'
        | '\u{09BC}'
        | '\u{09BE}'..='\u{09C4}'
        | '\u{09C7}'..='\u{09C8}'
        | '\u{09CB}'..='\u{09CD}'
        | '\u{09D7}'
        | '\u{09E2}'..='\u{09E3}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vietnamese_loses_diacritics() {
        assert_eq!(fold("Công Nhân"), "cong nhan");
        assert_eq!(fold("Đường"), "duong");
        assert_eq!(fold("đường"), "duong");
        assert_eq!(fold("ở"), "o");
        assert_eq!(fold("Lương chưa được trả"), "luong chua duoc tra");
    }

    #[test]
    fn precomposed_and_decomposed_input_fold_alike() {
        let decomposed = "co\u{0302}ng nha\u{0302}n";
        assert_eq!(fold(decomposed), fold("công nhân"));
    }

    #[test]
    fn bengali_is_unchanged_apart_from_nfc() {
        for s in [
            "অগ্নিকাণ্ড",
            "বেতন দেয়নি",
            "ড়",
            "কার্য",
            "শ্রমিক\u{200C}দের",
            "ক্ষ",
        ] {
            let nfc: String = s.nfc().collect();
            assert_eq!(fold(s), nfc, "{s}");
            assert_eq!(fold(s).as_bytes(), nfc.as_bytes());
        }
        // A decomposed nukta form and its composed spelling fold alike.
        assert_eq!(fold("\u{09A1}\u{09BC}"), fold("\u{09DC}"));
    }

    #[test]
    fn terms_keep_bengali_words_whole() {
        assert_eq!(terms("অগ্নিকাণ্ড"), ["অগ্নিকাণ্ড"]);
        assert_eq!(terms("কারখানায় আগুন!"), ["কারখানায়", "আগুন"]);
        assert_eq!(terms("শ্রমিক\u{200C}দের"), ["শ্রমিক\u{200C}দের"]);
    }

    #[test]
    fn terms_fold_and_split_on_punctuation() {
        assert_eq!(terms("công nhân"), ["cong", "nhan"]);
        assert_eq!(terms("Đường"), ["duong"]);
        assert_eq!(terms("ở"), ["o"]);
        assert_eq!(
            terms("  fire!!exit--blocked, (floor 3); 'LOCKED'?"),
            ["fire", "exit", "blocked", "floor", "3", "locked"]
        );
        assert!(terms("  ... --- !!! ").is_empty());
        assert!(terms("").is_empty());
    }

    #[test]
    fn terms_are_limited_and_deduplicated() {
        let many = "a b c d e f g h i j k";
        assert_eq!(terms(many).len(), MAX_TERMS);
        assert_eq!(terms(many).last().map(String::as_str), Some("h"));
        assert_eq!(terms("Fire fire FIRE exit"), ["fire", "exit"]);
        let long = "x".repeat(100);
        assert_eq!(terms(&long), ["x".repeat(64)]);
        let long_bn = "অ".repeat(70);
        assert_eq!(terms(&long_bn)[0].chars().count(), 64);
    }
}
