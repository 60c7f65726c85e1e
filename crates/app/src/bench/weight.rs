//! Scenario: page weight over the wire, identity, gzip and brotli, of the main pages and
//! the assets they link to.

use anyhow::{Result, bail};
use rand::rngs::StdRng;
use rand::seq::SliceRandom;
use reqwest::StatusCode;
use workvoice_domain::ids::CaseId;

use super::client::{Auth, Bench, static_assets};
use super::report::Report;

#[derive(Default)]
pub struct Weight {
    pub label: String,
    /// identity, gzip, br
    pub bytes: [usize; 3],
}

/// Weighs the intake form, the queue and a case page, then every asset they link to.
pub async fn run(
    bench: &Bench,
    session: &str,
    ids: &[CaseId],
    rng: &mut StdRng,
    report: &mut Report,
) -> Result<()> {
    println!("Weighing pages…");
    let case_path = format!(
        "/cases/{}",
        ids.choose(rng).copied().unwrap_or(CaseId::new(1))
    );
    let mut assets = Vec::new();
    for (label, path) in [
        ("/cases/new", "/cases/new".to_owned()),
        ("/cases", "/cases".to_owned()),
        ("case page", case_path),
    ] {
        let mut weight = Weight {
            label: label.into(),
            ..Weight::default()
        };
        for (slot, encoding) in [(0, None), (1, Some("gzip")), (2, Some("br"))] {
            let (status, body) = bench.get(&path, Auth::Session(session), encoding).await?;
            if status != StatusCode::OK {
                bail!("GET {path} answered {status}");
            }
            weight.bytes[slot] = body.len();
            if slot == 0 {
                for asset in static_assets(&String::from_utf8_lossy(&body)) {
                    if !assets.contains(&asset) {
                        assets.push(asset);
                    }
                }
            }
        }
        report.weights.push(weight);
    }
    for asset in assets {
        let mut weight = Weight {
            label: asset.clone(),
            ..Weight::default()
        };
        for (slot, encoding) in [(0, None), (1, Some("gzip")), (2, Some("br"))] {
            let (_, body) = bench.get(&asset, Auth::None, encoding).await?;
            weight.bytes[slot] = body.len();
        }
        report.weights.push(weight);
    }
    Ok(())
}
