//! The pager under every list: links to the neighbouring pages that keep the list's
//! filters, and "page 2 of 5" in the viewer's digits.

use crate::i18n::Tr;

pub struct Pager {
    pub prev: Option<String>,
    pub next: Option<String>,
    pub position: String,
}

pub const PAGE_SIZE: i64 = 25;

/// Links to neighbouring pages; `query` is the current query string without `page`.
/// `capped`: the store stopped counting at `total`, so more pages follow the last counted.
pub fn pager(tr: Tr, path: &str, query: &str, page: i64, total: i64, capped: bool) -> Pager {
    let pages = ((total + PAGE_SIZE - 1) / PAGE_SIZE).max(1);
    let link = |p: i64| {
        if query.is_empty() {
            format!("{path}?page={p}")
        } else {
            format!("{path}?{query}&page={p}")
        }
    };
    Pager {
        prev: (page > 1).then(|| link(page - 1)),
        next: (page < pages || capped).then(|| link(page + 1)),
        position: tr.t_args(
            if capped {
                "pager-position-more"
            } else {
                "pager-position"
            },
            &[
                ("page", tr.number(page).into()),
                ("pages", tr.number(pages).into()),
            ],
        ),
    }
}

/// "42 cases", or "More than 10,000 cases" once the count stopped at the cap.
pub fn count_text(tr: Tr, exact: &str, more: &str, total: i64, capped: bool) -> String {
    tr.t_count(if capped { more } else { exact }, total)
}

/// Page numbers from a query: at least 1.
pub fn page_number(raw: Option<i64>) -> i64 {
    raw.unwrap_or(1).max(1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use workvoice_domain::Language;

    #[test]
    fn pager_links_keep_the_query() {
        let tr = Tr::new(Language::En);
        let p = pager(tr, "/cases", "status=new", 2, 60, false);
        assert_eq!(p.prev.as_deref(), Some("/cases?status=new&page=1"));
        assert_eq!(p.next.as_deref(), Some("/cases?status=new&page=3"));
        let last = pager(tr, "/cases", "", 3, 60, false);
        assert_eq!(last.next, None);
        assert_eq!(pager(tr, "/cases", "", 1, 0, false).prev, None);
        let more = pager(tr, "/cases", "", 400, 10_000, true);
        assert_eq!(more.next.as_deref(), Some("/cases?page=401"));
        assert_eq!(more.position, "Page 400 of more than 400");
    }
}
