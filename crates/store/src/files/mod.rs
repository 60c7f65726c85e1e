//! Files outside the database: the key file, evidence and every later upload, export or
//! backup. `durable` is the one way such a file is created, so it survives a power cut;
//! `orphans` removes stored files a crash left without a row.

pub(crate) mod durable;
pub(crate) mod orphans;
