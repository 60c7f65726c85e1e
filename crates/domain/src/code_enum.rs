//! A macro for the small closed enums stored as snake_case codes.
//!
//! Several enums (urgency, channel, role, …) need the same four things: a
//! stable code for databases, parsing back from it, a list of all values for
//! forms, and a Fluent message id. Generating them keeps the code, the serde
//! name and the message id from drifting apart.

/// A closed set of values with a stable code each: what the store writes to a column and
/// decodes back, so every stored literal comes from one place (the value's `code()`) and a
/// stored code that parses to nothing is an error, never a default.
pub trait StoredCode: Copy + Sized + 'static {
    fn stored_code(self) -> &'static str;
    fn from_stored_code(code: &str) -> Option<Self>;
}

/// Implements [`StoredCode`] through a type's own `code()` and `parse()`.
#[macro_export]
macro_rules! stored_code {
    ($name:ty) => {
        impl $crate::StoredCode for $name {
            fn stored_code(self) -> &'static str {
                <$name>::code(self)
            }
            fn from_stored_code(code: &str) -> Option<Self> {
                <$name>::parse(code)
            }
        }
    };
}

/// Declares `$name` with `code()`, `parse()`, `ALL` and `message_key()`.
/// The message key is `$prefix` followed by the code, e.g. "urgency-" +
/// "life_safety". Extra derives go in the leading attributes.
macro_rules! code_enum {
    (
        $(#[$meta:meta])*
        pub enum $name:ident / $prefix:literal {
            $( $(#[$vmeta:meta])* $variant:ident = $code:literal ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(serde::Serialize, serde::Deserialize)]
        pub enum $name {
            $( $(#[$vmeta])* #[serde(rename = $code)] $variant ),+
        }

        impl $name {
            pub const ALL: [$name; [$($code),+].len()] = [$($name::$variant),+];

            /// Stable code used in databases, forms and APIs.
            pub fn code(self) -> &'static str {
                match self {
                    $($name::$variant => $code),+
                }
            }

            /// Parses a code, ignoring ASCII case and surrounding whitespace.
            pub fn parse(s: &str) -> Option<$name> {
                let s = s.trim();
                Self::ALL.into_iter().find(|v| v.code().eq_ignore_ascii_case(s))
            }

            /// Fluent message id of the value's label.
            pub fn message_key(self) -> &'static str {
                match self {
                    $($name::$variant => concat!($prefix, $code)),+
                }
            }
        }

        $crate::stored_code!($name);
    };
}

pub(crate) use code_enum;
