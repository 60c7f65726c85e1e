//! Who is asking: sessions for people (cookie), tokens for services (bearer), CSRF for
//! every state-changing form.

pub mod cookies;
pub mod csrf;
pub mod current;
pub mod login;
