//! The OSH programme at scale (issue 10's benchmark): 100,000 improvements over the
//! 10,000 workplaces of the programme seed, then a real server times the aggregates
//! (`/api/osh/aggregates`, by area and by region: every improvement is read and tallied by
//! the domain's rules); and, in this process, the photo upload path (`reencode_photo`:
//! decode, turn upright, resize, re-encode without EXIF) on a camera-sized JPEG, per photo
//! and with the peak memory it adds.

use std::time::{Duration, Instant};

use anyhow::Result;
use reqwest::StatusCode;
use workvoice_store::now_millis;

use super::client::{Auth, Bench};
use super::latency::{Latency, ms};
use super::report::Report;
use crate::open;
use crate::settings::Settings;

/// What the photo measurement found.
#[derive(Debug, Clone)]
pub struct PhotoFigures {
    pub width: u32,
    pub height: u32,
    pub input_bytes: usize,
    pub output_bytes: usize,
    pub photos: usize,
    pub per_photo: Duration,
    /// Peak resident memory the re-encoding added over what the process held (kB).
    pub peak_added_kb: Option<u64>,
}

/// Seeds the improvements; returns how many workplaces they spread over.
pub async fn seed(settings: &Settings, improvements: usize, workplaces: usize) -> Result<usize> {
    let store = open::open_store(settings).await?;
    let started = Instant::now();
    let used = store
        .seed_osh_bulk(improvements, workplaces, now_millis())
        .await;
    store.close().await;
    let used = used?;
    println!(
        "Seeded the OSH programme: {improvements} improvements over {used} workplaces in {:.1} s.",
        started.elapsed().as_secs_f64()
    );
    Ok(used)
}

/// Times the aggregates on the server over the seeded database.
pub async fn run(
    bench: &Bench,
    (improvements, workplaces): (usize, usize),
    requests: usize,
    report: &mut Report,
) -> Result<()> {
    for (by, path) in [
        ("area", "/api/osh/aggregates"),
        ("region", "/api/osh/aggregates?by=region"),
    ] {
        let label = format!("OSH aggregates by {by}");
        let mut samples = Vec::with_capacity(requests);
        let mut errors = 0;
        for _ in 0..requests {
            let started = Instant::now();
            let ok = bench
                .get(path, Auth::Bearer(&bench.token), None)
                .await
                .is_ok_and(|(status, _)| status == StatusCode::OK);
            samples.push(started.elapsed());
            if !ok {
                errors += 1;
            }
        }
        let latency = Latency::of(label.clone(), samples, errors);
        println!(
            "Timed {label} ({improvements} improvements, {workplaces} workplaces): p50 {:.1} ms, p99 {:.1} ms ({requests} requests, {errors} errors).",
            ms(latency.p50),
            ms(latency.p99)
        );
        report.latencies.push(latency);
    }
    report.osh = Some((improvements, workplaces));
    Ok(())
}

/// A noisy camera-like picture of `megapixels`, as JPEG (noise keeps it from compressing
/// to nothing, as a real photo would not).
fn camera_jpeg(megapixels: f64) -> Result<(Vec<u8>, u32, u32)> {
    let width = ((megapixels * 1_000_000.0 * 4.0 / 3.0).sqrt() as u32).max(64);
    let height = width * 3 / 4;
    let mut seed = 0x2545_f491_u32;
    let img = image::RgbImage::from_fn(width, height, |x, y| {
        seed ^= seed << 13;
        seed ^= seed >> 17;
        seed ^= seed << 5;
        let n = (seed & 0x1f) as u8;
        image::Rgb([
            ((x * 255 / width) as u8).saturating_add(n),
            ((y * 255 / height) as u8).saturating_add(n),
            128u8.saturating_add(n),
        ])
    });
    let mut out = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 90).encode_image(&img)?;
    Ok((out, width, height))
}

/// Resets this process's peak-memory mark (Linux: `clear_refs` 5), so VmHWM after is the
/// peak of what follows.
fn reset_peak() -> bool {
    std::fs::write("/proc/self/clear_refs", "5").is_ok()
}

/// Times the photo path on `photos` photos of `megapixels`.
pub fn photos(megapixels: f64, photos: usize, report: &mut Report) -> Result<()> {
    let (input, width, height) = camera_jpeg(megapixels)?;
    let before = crate::proc_status::memory_kb("/proc/self/status").map(|(_, rss)| rss);
    let reset = reset_peak();
    let started = Instant::now();
    let mut output_bytes = 0;
    for _ in 0..photos.max(1) {
        let photo = workvoice_web::uploads::reencode_photo(&input)
            .map_err(|e| anyhow::anyhow!("the photo path refused the bench photo: {e:?}"))?;
        output_bytes = photo.bytes.len();
    }
    let per_photo = started.elapsed() / photos.max(1) as u32;
    let peak = crate::proc_status::memory_kb("/proc/self/status").map(|(hwm, _)| hwm);
    let peak_added_kb = match (reset, before, peak) {
        (true, Some(before), Some(peak)) => Some(peak.saturating_sub(before)),
        _ => None,
    };
    println!(
        "Timed the photo upload path on a {width}×{height} JPEG: {:.0} ms per photo.",
        ms(per_photo)
    );
    report.photo = Some(PhotoFigures {
        width,
        height,
        input_bytes: input.len(),
        output_bytes,
        photos: photos.max(1),
        per_photo,
        peak_added_kb,
    });
    Ok(())
}
