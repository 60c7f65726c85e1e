//! The benchmark runs end to end on a tiny data set, so it never rots. Nothing about
//! speed is asserted: only that it completes and prints its summary.

use std::process::Command;

#[test]
fn bench_runs_end_to_end_on_a_small_data_set() {
    let started = std::time::Instant::now();
    let out = Command::new(env!("CARGO_BIN_EXE_workvoice"))
        .args([
            "bench",
            "--cases",
            "300",
            "--seconds",
            "1",
            "--requests",
            "20",
            "--import-rows",
            "200",
            "--programme-workplaces",
            "40",
            "--programme-cases",
            "2000",
            "--osh-improvements",
            "500",
            "--photo-megapixels",
            "0.5",
            "--photos",
            "1",
            "--crash-rounds",
            "2",
        ])
        .env_remove("WORKVOICE_DATABASE_URL")
        .output()
        .expect("running workvoice bench");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "bench failed ({}):\n{stdout}\n{stderr}",
        out.status
    );
    for expected in [
        "Workvoice benchmark summary",
        "engine        SQLite",
        "cases/s",
        "p99",
        "case page",
        "search অগ্নিকাণ্ড",
        "VmHWM",
        "CSV import of workplaces",
        "200 rows in",
        "OSH aggregates by area",
        "OSH aggregates: 500 improvements over",
        "photo upload path",
        "ms per photo",
        "crash rounds",
        "2 rounds in",
        " 0 acknowledged-but-lost, 0 rounds with a failed integrity check",
    ] {
        assert!(stdout.contains(expected), "no {expected:?} in:\n{stdout}");
    }
    // With Kannel installed (scripts/test installs it), the queued acknowledgements all
    // reach its fake SMSC, each once.
    if workvoice_testdb::kannel::installed() {
        let line = stdout
            .lines()
            .find(|l| l.contains("the fake SMSC received"))
            .unwrap_or_else(|| panic!("no outbox delivery figures in:\n{stdout}"));
        let sent = line.split_whitespace().next();
        let received = line
            .split("the fake SMSC received ")
            .nth(1)
            .and_then(|rest| rest.split(';').next());
        assert_eq!(
            sent, received,
            "every SMS sent reached the SMSC once: {line}"
        );
        assert!(line.ends_with("; 0 left queued"), "{line}");
    }
    // A failed request means the benchmark (or the server) is broken, not slow.
    assert!(
        stdout.contains("failed requests 0"),
        "requests failed:\n{stdout}"
    );
    println!("bench smoke took {:.1} s", started.elapsed().as_secs_f64());
}
