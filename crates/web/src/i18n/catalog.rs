//! The messages of one `.ftl` file as data: id, the section it sits in, its source text
//! and its placeholders; and the one edit a reviewer's import makes, replacing a message's
//! text in place so comments, order and every other line stay as they were.
//!
//! Read from the files themselves (not the compiled bundles), because the native-review
//! export and import and the language tests work on what a contributor edits.

use std::collections::BTreeSet;

use fluent_syntax::ast;
use fluent_syntax::parser;

/// One message of a locale file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub id: String,
    /// The `## ` heading above it (empty before the first heading).
    pub section: String,
    /// The Fluent source of its value: the text after `id = `, continuation lines kept
    /// with their indentation.
    pub value: String,
    /// Its placeholders (`$name` without the `$`), from the parsed value.
    pub variables: BTreeSet<String>,
}

/// Why a file or a message text is not valid Fluent.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum CatalogError {
    #[error("not valid Fluent: {0}")]
    Syntax(String),
    #[error("no message {0} in this file")]
    UnknownId(String),
}

/// Whether a line starts a message (`id = …`), and its id.
fn message_start(line: &str) -> Option<&str> {
    let (id, _) = line.split_once(" =")?;
    let valid = id.starts_with(|c: char| c.is_ascii_lowercase())
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    valid.then_some(id)
}

/// The messages of one file's source, in file order.
pub fn messages(source: &str) -> Result<Vec<Message>, CatalogError> {
    parse(source)?;
    let lines: Vec<&str> = source.lines().collect();
    let mut out = Vec::new();
    let mut section = String::new();
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        if let Some(heading) = line.strip_prefix("## ") {
            heading.trim().clone_into(&mut section);
        }
        let Some(id) = message_start(line) else {
            i += 1;
            continue;
        };
        let end = continuation_end(&lines, i);
        let first = line[id.len() + 2..].trim_start();
        let value = std::iter::once(first)
            .chain(lines[i + 1..end].iter().copied())
            .collect::<Vec<_>>()
            .join("\n");
        out.push(Message {
            id: id.to_owned(),
            section: section.clone(),
            variables: variables(&value)?,
            value,
        });
        i = end;
    }
    Ok(out)
}

/// The index of the first line after the message starting at `start`.
fn continuation_end(lines: &[&str], start: usize) -> usize {
    let mut end = start + 1;
    while end < lines.len() && lines[end].starts_with([' ', '}']) {
        end += 1;
    }
    end
}

fn parse(source: &str) -> Result<ast::Resource<&str>, CatalogError> {
    parser::parse(source).map_err(|(_, errors)| {
        CatalogError::Syntax(
            errors
                .iter()
                .map(|e| format!("{:?} at {:?}", e.kind, e.pos))
                .collect::<Vec<_>>()
                .join("; "),
        )
    })
}

/// The placeholders of a message value (its Fluent source after `id = `).
pub fn variables(value: &str) -> Result<BTreeSet<String>, CatalogError> {
    let source = format!("probe = {value}\n");
    let resource = parse(&source)?;
    let mut out = BTreeSet::new();
    for entry in &resource.body {
        if let ast::Entry::Message(m) = entry
            && let Some(pattern) = &m.value
        {
            pattern_variables(pattern, &mut out);
        }
    }
    Ok(out)
}

fn pattern_variables(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for v in variants {
                pattern_variables(&v.value, out);
            }
        }
        ast::Expression::Inline(inline) => inline_variables(inline, out),
    }
}

fn inline_variables(inline: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, out),
        _ => {}
    }
}

/// `source` with message `id`'s value replaced by `value` (Fluent source, continuation
/// lines indented), every other line unchanged. The result must still parse.
pub fn set_value(source: &str, id: &str, value: &str) -> Result<String, CatalogError> {
    variables(value)?;
    let lines: Vec<&str> = source.lines().collect();
    let start = lines
        .iter()
        .position(|l| message_start(l) == Some(id))
        .ok_or_else(|| CatalogError::UnknownId(id.to_owned()))?;
    let end = continuation_end(&lines, start);
    let replaced = format!("{id} = {value}");
    let mut out: Vec<&str> = lines[..start].to_vec();
    out.push(&replaced);
    out.extend_from_slice(&lines[end..]);
    let mut text = out.join("\n");
    if source.ends_with('\n') {
        text.push('\n');
    }
    parse(&text)?;
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = "# A file.\n\n## Steps\nstep_a = Inform { $org }\ncases = { $count ->\n    [one] { $shown } case\n   *[other] { $shown } cases\n}\n## Other\nplain = Hello\n";

    #[test]
    fn messages_have_their_section_value_and_placeholders() {
        let m = messages(FILE).unwrap();
        assert_eq!(m.len(), 3);
        assert_eq!(m[0].id, "step_a");
        assert_eq!(m[0].section, "Steps");
        assert_eq!(m[0].value, "Inform { $org }");
        assert_eq!(m[0].variables, BTreeSet::from(["org".to_owned()]));
        assert_eq!(
            m[1].variables,
            BTreeSet::from(["count".to_owned(), "shown".to_owned()])
        );
        assert!(m[1].value.ends_with("cases\n}"), "{}", m[1].value);
        assert_eq!(m[2].section, "Other");
        assert!(m[2].variables.is_empty());
    }

    #[test]
    fn set_value_replaces_one_message_and_keeps_the_rest() {
        let edited = set_value(FILE, "cases", "{ $shown } item(s)").unwrap();
        assert!(edited.contains("cases = { $shown } item(s)\n## Other"));
        assert!(edited.starts_with("# A file.\n\n## Steps\nstep_a = Inform { $org }\n"));
        assert!(edited.ends_with("plain = Hello\n"));
        let back = set_value(&edited, "plain", "Hi\n    there").unwrap();
        assert_eq!(messages(&back).unwrap()[2].value, "Hi\n    there");
    }

    #[test]
    fn set_value_refuses_broken_fluent_and_unknown_ids() {
        assert!(matches!(
            set_value(FILE, "plain", "Hello { $who"),
            Err(CatalogError::Syntax(_))
        ));
        assert_eq!(
            set_value(FILE, "nope", "x"),
            Err(CatalogError::UnknownId("nope".into()))
        );
    }
}
