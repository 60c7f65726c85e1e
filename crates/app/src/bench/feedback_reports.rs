//! Bulk feedback reports (issue 13 item 5): every enterprise of an OSH programme gets its
//! report as a file, as `workvoice osh feedback-reports` writes them. The programme is the
//! OSH seed's workplaces enrolled in one programme (10,000 by default, 100,000
//! improvements); the time covers reading the programme, grouping peers, rendering every
//! report in its country's language and writing the files.

use std::path::Path;
use std::time::Instant;

use anyhow::Result;
use workvoice_domain::suppression::DEFAULT_MIN_CELL;
use workvoice_store::now_millis;

use super::report::Report;
use crate::open;
use crate::settings::Settings;

#[derive(Debug, Clone)]
pub struct FeedbackFigures {
    pub enterprises: usize,
    pub seconds: f64,
    pub bytes: u64,
}

pub async fn run(settings: &Settings, dir: &Path, report: &mut Report) -> Result<()> {
    let store = open::open_store(settings).await?;
    let programme = store
        .seed_osh_enrolments_bulk("Bench feedback programme", now_millis())
        .await?;
    let out = dir.join("feedback-reports");
    let started = Instant::now();
    let written =
        crate::osh::write_feedback_reports(&store, programme, DEFAULT_MIN_CELL, None, &out).await;
    let seconds = started.elapsed().as_secs_f64();
    store.close().await;
    let enterprises = written?;
    let bytes = std::fs::read_dir(&out)?
        .filter_map(|e| e.ok()?.metadata().ok())
        .map(|m| m.len())
        .sum();
    println!("Wrote {enterprises} feedback reports in {seconds:.1} s.");
    report.feedback_reports = Some(FeedbackFigures {
        enterprises,
        seconds,
        bytes,
    });
    Ok(())
}
