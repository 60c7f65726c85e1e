//! Memory figures of a process from Linux's `/proc/<pid>/status`, for the benchmark and
//! the import's closing line. `None` where there is no `/proc`.

/// `(VmHWM, VmRSS)` in kB: the peak resident memory and the current one.
pub fn memory_kb(status_path: &str) -> Option<(u64, u64)> {
    let status = std::fs::read_to_string(status_path).ok()?;
    let field = |name: &str| {
        status
            .lines()
            .find_map(|l| l.strip_prefix(name))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
    };
    Some((field("VmHWM:")?, field("VmRSS:")?))
}
