//! CSV import of the registry at scale (issue 9's benchmark): `workvoice workplaces import`
//! run as a child process on a generated file of 100,000 workplaces (Bengali names, one
//! registration number each), the way an administrator runs it; rows per second from the
//! wall time, peak memory from the child's own closing line.

use std::fmt::Write as _;
use std::path::Path;
use std::time::Instant;

use anyhow::{Context, Result, bail};

#[derive(Debug, Clone, Default)]
pub struct ImportFigures {
    pub rows: usize,
    pub seconds: f64,
    pub peak_mb: Option<f64>,
}

fn file(rows: usize) -> String {
    let mut text = String::from("\u{feff}name,country,district,bgmea,workers_total,status\r\n");
    for i in 0..rows {
        let _ = write!(
            text,
            "বেঞ্চ কারখানা {i},BD,Gazipur,BENCH-{i},{},invited\r\n",
            100 + i % 4000
        );
    }
    text
}

pub fn run(dir: &Path, url: &str, key: &Path, rows: usize) -> Result<ImportFigures> {
    let path = dir.join("bench-workplaces.csv");
    std::fs::write(&path, file(rows)).context("writing the import file")?;
    let started = Instant::now();
    let out = std::process::Command::new(std::env::current_exe()?)
        .arg("--data-dir")
        .arg(dir)
        .arg("--database")
        .arg(url)
        .arg("--config")
        .arg(dir.join("no-config.toml"))
        .env("WORKVOICE_KEY_FILE", key)
        .args(["workplaces", "import"])
        .arg(&path)
        .output()
        .context("running workvoice workplaces import")?;
    let seconds = started.elapsed().as_secs_f64();
    let stdout = String::from_utf8_lossy(&out.stdout);
    if !out.status.success() || !stdout.contains(&format!("Imported: {rows} created")) {
        bail!(
            "the import did not create every row:\n{stdout}\n{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let peak_mb = stdout
        .lines()
        .find_map(|l| l.strip_prefix("Peak memory (VmHWM): "))
        .and_then(|v| v.trim_end_matches(" MB.").parse().ok());
    println!("Imported {rows} workplaces from CSV in {seconds:.1} s.");
    Ok(ImportFigures {
        rows,
        seconds,
        peak_mb,
    })
}
