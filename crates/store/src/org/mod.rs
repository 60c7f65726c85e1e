//! What a factory or brand sees and does: the redacted shared case, their responses and
//! evidence, identity disclosed with the worker's consent, and the hash-chained access log
//! of every such read.

pub mod access_log;
pub mod attachments;
pub mod disclosure;
pub mod responses;
pub mod shared_case;
