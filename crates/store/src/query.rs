//! A small builder for dynamic SQL: appends text and numbers the placeholders, so
//! filters can be combined without counting `$n` by hand.

use sea_orm::Value;

#[derive(Default, Clone)]
pub(crate) struct Query {
    pub sql: String,
    pub values: Vec<Value>,
}

impl Query {
    pub fn new(sql: &str) -> Query {
        Query {
            sql: sql.to_owned(),
            values: Vec::new(),
        }
    }

    pub fn push(&mut self, sql: &str) -> &mut Self {
        self.sql.push_str(sql);
        self
    }

    /// Appends a fragment built separately (e.g. a WHERE clause shared by a count and a
    /// page query). Its placeholders were numbered from `$1`, so `self` must have none yet.
    pub fn then(mut self, tail: Query) -> Query {
        debug_assert!(self.values.is_empty(), "then() renumbers nothing");
        self.sql.push_str(&tail.sql);
        self.values = tail.values;
        self
    }

    /// Appends a placeholder bound to `value`.
    pub fn bind(&mut self, value: impl Into<Value>) -> &mut Self {
        self.values.push(value.into());
        self.sql.push('$');
        self.sql.push_str(&self.values.len().to_string());
        self
    }
}

/// Escapes `%`, `_` and `\` for a `LIKE … ESCAPE '\'` pattern.
pub(crate) fn like_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    for ch in text.chars() {
        if matches!(ch, '%' | '_' | '\\') {
            out.push('\\');
        }
        out.push(ch);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_numbered_in_order() {
        let mut q = Query::new("SELECT 1 WHERE a = ");
        q.bind(1i64).push(" AND b = ").bind("x");
        assert_eq!(q.sql, "SELECT 1 WHERE a = $1 AND b = $2");
        assert_eq!(q.values.len(), 2);
    }

    #[test]
    fn like_metacharacters_are_escaped() {
        assert_eq!(like_escape("50%_a\\b"), "50\\%\\_a\\\\b");
    }
}
