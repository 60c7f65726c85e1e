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
    ] {
        assert!(stdout.contains(expected), "no {expected:?} in:\n{stdout}");
    }
    // A failed request means the benchmark (or the server) is broken, not slow.
    assert!(
        stdout.contains("failed requests 0"),
        "requests failed:\n{stdout}"
    );
    println!("bench smoke took {:.1} s", started.elapsed().as_secs_f64());
}
