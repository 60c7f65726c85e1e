//! The summary the benchmark prints, and what it says about the machine.

use std::fmt::Write as _;

use super::BROWSER_ENCODING;
use super::latency::{Latency, ms};
use super::throughput::Throughput;
use super::weight::Weight;

#[derive(Default)]
pub struct Report {
    pub engine: String,
    pub cases: usize,
    pub machine: String,
    pub profile: &'static str,
    pub seed_seconds: f64,
    /// One-row transactions per second the disk commits with the store's SQLite settings.
    pub raw_commits: Option<f64>,
    pub throughput: Vec<Throughput>,
    pub latencies: Vec<Latency>,
    pub weights: Vec<Weight>,
    pub memory: Option<(u64, u64)>,
    pub csv_import: Option<super::csv_import::ImportFigures>,
    pub outbox: Option<super::outbox::OutboxFigures>,
    pub crash: Option<super::crash::CrashFigures>,
    /// The OSH aggregates' data set: (improvements, workplaces); their latencies are in
    /// `latencies`.
    pub osh: Option<(usize, usize)>,
    pub photo: Option<super::osh::PhotoFigures>,
    pub feedback_reports: Option<super::feedback_reports::FeedbackFigures>,
    pub load_start: String,
    pub load_end: String,
}

fn kb(bytes: usize) -> String {
    format!("{:.1} KB", bytes as f64 / 1024.0)
}

impl Report {
    pub fn render(&self) -> String {
        let mut o = String::new();
        let _ = writeln!(o, "\n=== Workvoice benchmark summary ===");
        let _ = writeln!(o, "engine        {}", self.engine);
        let _ = writeln!(
            o,
            "cases         {} seeded in {:.1} s ({:.0} cases/s, in-process bulk)",
            self.cases,
            self.seed_seconds,
            self.cases as f64 / self.seed_seconds.max(f64::EPSILON)
        );
        let _ = writeln!(o, "machine       {}", self.machine);
        let _ = writeln!(o, "build         {}", self.profile);
        let _ = writeln!(
            o,
            "load average  {} at the start, {} at the end (1/5/15 min; other work competes for the cores)",
            self.load_start, self.load_end
        );
        let _ = writeln!(
            o,
            "\ncreate via POST /api/cases (bench client on the same machine)"
        );
        if let Some(raw) = self.raw_commits {
            let _ = writeln!(
                o,
                "  raw SQLite (WAL, synchronous=FULL), one row per commit: {raw:.0} commits/s"
            );
        }
        for t in &self.throughput {
            let _ = writeln!(
                o,
                "  {:>2} client(s)  {:>8.0} cases/s   {} created in {:.1} s, {} errors{}{}{}",
                t.clients,
                t.per_second(),
                t.created,
                t.seconds,
                t.errors,
                t.cpu_per_case()
                    .map(|ms| format!(", server CPU {ms:.2} ms/case"))
                    .unwrap_or_default(),
                t.group_size
                    .map(|n| format!(", {n:.1} cases per commit"))
                    .unwrap_or_default(),
                self.raw_commits
                    .map(|raw| format!(", {:.0} % of the raw rate", 100.0 * t.per_second() / raw))
                    .unwrap_or_default()
            );
        }
        if let [one, many] = self.throughput.as_slice() {
            let _ = writeln!(
                o,
                "  {} clients create {:.1}× as fast as 1",
                many.clients,
                many.per_second() / one.per_second().max(f64::EPSILON)
            );
        }
        let _ = writeln!(
            o,
            "\nlatency, ms (sequential; pages with Accept-Encoding: {BROWSER_ENCODING})"
        );
        let _ = writeln!(
            o,
            "  {:<34} {:>8} {:>8} {:>8} {:>8} {:>7}",
            "request", "p50", "p95", "p99", "max", "errors"
        );
        for l in &self.latencies {
            let _ = writeln!(
                o,
                "  {:<34} {:>8.1} {:>8.1} {:>8.1} {:>8.1} {:>7}",
                l.label,
                ms(l.p50),
                ms(l.p95),
                ms(l.p99),
                ms(l.max),
                l.errors
            );
        }
        let _ = writeln!(o, "\npage weight over the wire (response body)");
        let _ = writeln!(
            o,
            "  {:<34} {:>10} {:>10} {:>10}",
            "page", "identity", "gzip", "br"
        );
        for w in &self.weights {
            let _ = writeln!(
                o,
                "  {:<34} {:>10} {:>10} {:>10}",
                w.label,
                kb(w.bytes[0]),
                kb(w.bytes[1]),
                kb(w.bytes[2])
            );
        }
        if let Some(case) = self.weights.iter().find(|w| w.label == "case page") {
            let assets: usize = self
                .weights
                .iter()
                .filter(|w| w.label.starts_with("/static/"))
                .map(|w| w.bytes[2])
                .sum();
            let _ = writeln!(
                o,
                "  {:<34} {:>32}",
                "case page + its assets, br",
                kb(case.bytes[2] + assets)
            );
        }
        let failed = self.throughput.iter().map(|t| t.errors).sum::<u64>()
            + self.latencies.iter().map(|l| l.errors as u64).sum::<u64>();
        let _ = writeln!(o, "\nfailed requests {failed}");
        let _ = writeln!(o, "\nserver memory");
        match self.memory {
            Some((peak, now)) => {
                let _ = writeln!(
                    o,
                    "  peak (VmHWM) {:.1} MB, at the end (VmRSS) {:.1} MB",
                    peak as f64 / 1024.0,
                    now as f64 / 1024.0
                );
            }
            None => {
                let _ = writeln!(o, "  unknown (no /proc)");
            }
        }
        if let Some(d) = &self.outbox {
            let _ = writeln!(
                o,
                "\noutbox delivery through Kannel's fake SMSC (from the server's start)\n  {} SMS in {:.1} s: {:.0} SMS/s; the fake SMSC received {}; {} left queued",
                d.messages,
                d.seconds,
                d.rate(),
                d.received,
                d.left
            );
        }
        if let Some(c) = &self.crash {
            let _ = writeln!(
                o,
                "\ncrash rounds (SIGKILL during 1,000 concurrent creations, then a restart)\n  {} rounds in {:.0} s: {} creations acknowledged, {} acknowledged-but-lost, {} rounds with a failed integrity check",
                c.rounds, c.seconds, c.acknowledged, c.lost, c.corrupt
            );
        }
        if let Some(c) = &self.csv_import {
            let _ = writeln!(
                o,
                "\nCSV import of workplaces (workvoice workplaces import)"
            );
            let peak = c
                .peak_mb
                .map_or_else(|| "unknown".to_owned(), |p| format!("{p:.1} MB"));
            let _ = writeln!(
                o,
                "  {} rows in {:.1} s: {:.0} rows/s, peak memory (VmHWM) {peak}",
                c.rows,
                c.seconds,
                c.rows as f64 / c.seconds.max(f64::EPSILON)
            );
        }
        if let Some((improvements, workplaces)) = self.osh {
            let _ = writeln!(
                o,
                "\nOSH aggregates: {improvements} improvements over {workplaces} workplaces (latencies above: \"OSH aggregates by …\")"
            );
        }
        if let Some(p) = &self.photo {
            let peak = p.peak_added_kb.map_or_else(
                || "unknown".to_owned(),
                |kb| format!("{:.1} MB", kb as f64 / 1024.0),
            );
            let _ = writeln!(
                o,
                "\nphoto upload path (decode, upright, resize, re-encode without EXIF)\n  {}×{} JPEG of {} → {}: {:.0} ms per photo over {}, peak memory added (VmHWM) {peak}",
                p.width,
                p.height,
                kb(p.input_bytes),
                kb(p.output_bytes),
                ms(p.per_photo),
                p.photos
            );
        }
        if let Some(f) = &self.feedback_reports {
            let _ = writeln!(
                o,
                "\nfeedback reports (workvoice osh feedback-reports)\n  {} enterprises in {:.1} s: {:.0} reports/s, {:.1} MB of HTML",
                f.enterprises,
                f.seconds,
                f.enterprises as f64 / f.seconds.max(f64::EPSILON),
                f.bytes as f64 / 1_048_576.0
            );
        }
        o
    }
}

/// The 1, 5 and 15 minute load averages, as "a/b/c".
pub fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|l| l.split(' ').take(3).collect::<Vec<_>>().join("/"))
        .unwrap_or_else(|_| "?".into())
}

/// Cores and CPU model, for the summary.
pub fn machine() -> String {
    let cores = std::thread::available_parallelism().map_or(0, usize::from);
    let model = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|info| {
            info.lines()
                .find_map(|l| l.strip_prefix("model name"))
                .map(|v| v.trim_start_matches([' ', '\t', ':']).trim().to_owned())
        })
        .unwrap_or_else(|| "unknown CPU".into());
    format!("{cores} cores (nproc), {model}")
}
