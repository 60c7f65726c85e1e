//! A million cases (issue 11): the search text is keyed by the case id, and the queue's
//! "assigned to nobody/me" filter walks its index in creation order.
//!
//! SQLite: the FTS5 table's rowid *is* the case id (it kept the id in an unindexed column,
//! so every match cost a row read to learn its case, and results could not come in case
//! order). A search then walks the index newest case first and stops at the page, instead
//! of collecting every match and sorting them. PostgreSQL: the case id becomes the primary
//! key, which a search walks backwards the same way, named `rowid` (not a reserved word
//! there) so both engines read and write the text with the same SQL. A case's rows (its
//! intake, then notes and edited summaries) become one, in the order they were written;
//! later text is appended to it. The tokenizer is m0001's, unchanged.
//!
//! `cases_assigned` (assigned_to, status) made an "assigned to nobody" queue sort every
//! open unassigned case; with `created_at` after the status, each status is read newest
//! first and the page stops early.

use crate::migrate::Migration;

pub(crate) const MIGRATION: Migration = Migration {
    version: 21,
    name: "case_text_by_case",
    portable: PORTABLE,
    sqlite: SQLITE,
    postgres: POSTGRES,
};

const PORTABLE: &str = r#"
DROP INDEX cases_assigned
--;;
CREATE INDEX cases_assigned ON cases(assigned_to, status, created_at)
"#;

const SQLITE: &str = concat!(
    "CREATE VIRTUAL TABLE case_text_by_case USING fts5(body, tokenize = \"unicode61 remove_diacritics 2 tokenchars '",
    "\u{0981}\u{0982}\u{0983}\u{09BC}\u{09BE}\u{09BF}\u{09C0}\u{09C1}\u{09C2}\u{09C3}\u{09C4}",
    "\u{09C7}\u{09C8}\u{09CB}\u{09CC}\u{09CD}\u{09D7}\u{09E2}\u{09E3}\u{200C}\u{200D}",
    "'\")",
    "\n--;;\n",
    "INSERT INTO case_text_by_case (rowid, body) SELECT case_id, group_concat(body, char(10)) FROM (SELECT case_id, body FROM case_text ORDER BY rowid) GROUP BY case_id",
    "\n--;;\n",
    "DROP TABLE case_text",
    "\n--;;\n",
    "ALTER TABLE case_text_by_case RENAME TO case_text",
);

const POSTGRES: &str = r#"
CREATE TABLE case_text_by_case (
    rowid BIGINT PRIMARY KEY REFERENCES cases(id),
    body TEXT NOT NULL,
    tsv tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, body)) STORED
)
--;;
INSERT INTO case_text_by_case (rowid, body) SELECT case_id, string_agg(body, E'\n' ORDER BY id) FROM case_text GROUP BY case_id
--;;
DROP TABLE case_text
--;;
ALTER TABLE case_text_by_case RENAME TO case_text
--;;
CREATE INDEX case_text_tsv ON case_text USING GIN (tsv)
"#;
