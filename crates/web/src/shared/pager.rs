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
pub fn pager(tr: Tr, path: &str, query: &str, page: i64, total: i64) -> Pager {
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
        next: (page < pages).then(|| link(page + 1)),
        position: tr.t_args(
            "pager-position",
            &[
                ("page", tr.number(page).into()),
                ("pages", tr.number(pages).into()),
            ],
        ),
    }
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
        let p = pager(tr, "/cases", "status=new", 2, 60);
        assert_eq!(p.prev.as_deref(), Some("/cases?status=new&page=1"));
        assert_eq!(p.next.as_deref(), Some("/cases?status=new&page=3"));
        let last = pager(tr, "/cases", "", 3, 60);
        assert_eq!(last.next, None);
        assert_eq!(pager(tr, "/cases", "", 1, 0).prev, None);
    }
}
