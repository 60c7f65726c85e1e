//! Who is asking: sessions for people (cookie), tokens for services (bearer), CSRF for
//! every state-changing form. The sign-in pages themselves are in `accounts`.

pub mod cookies;
pub mod csrf;
pub mod current;
