//! Generated before/after photo pairs for the demo's improvements: a small workshop floor
//! drawn in pixels — before, boxes strewn over a dim floor; after, the same boxes stacked
//! on a shelf beside a marked aisle in better light — encoded as JPEG and stored through the
//! same durable-file path and photo rows as an upload.

use std::path::Path;
use workvoice_domain::Millis;

use anyhow::Result;
use image::{Rgb, RgbImage};
use rand::Rng;
use rand::rngs::StdRng;
use workvoice_domain::ids::{ImprovementId, OrgId, UserId};
use workvoice_domain::osh::{PhotoPhase, PublicationConsent};
use workvoice_store::DurableFiles;
use workvoice_store::{NewPhoto, Store};

const W: u32 = 480;
const H: u32 = 360;

fn fill(img: &mut RgbImage, x: u32, y: u32, w: u32, h: u32, c: Rgb<u8>) {
    for yy in y..(y + h).min(H) {
        for xx in x..(x + w).min(W) {
            img.put_pixel(xx, yy, c);
        }
    }
}

fn shade(c: Rgb<u8>, light: f32) -> Rgb<u8> {
    Rgb(c.0.map(|v| (f32::from(v) * light).clamp(0.0, 255.0) as u8))
}

/// One picture of the pair: `after` is the improved state.
pub fn picture(rng: &mut StdRng, after: bool) -> RgbImage {
    let light = if after { 1.0 } else { 0.6 };
    let mut img = RgbImage::from_pixel(W, H, shade(Rgb([180, 176, 168]), light));
    // Back wall and a window.
    fill(&mut img, 0, 0, W, 120, shade(Rgb([214, 208, 190]), light));
    fill(
        &mut img,
        300,
        20,
        120,
        70,
        shade(Rgb([170, 200, 225]), light),
    );
    let colours = [
        Rgb([70, 110, 160]),
        Rgb([180, 90, 60]),
        Rgb([90, 140, 80]),
        Rgb([200, 170, 70]),
    ];
    if after {
        // A shelf with the boxes in rows, and yellow aisle lines on the floor.
        fill(&mut img, 20, 110, 200, 8, Rgb([110, 80, 50]));
        fill(&mut img, 20, 180, 200, 8, Rgb([110, 80, 50]));
        fill(&mut img, 20, 250, 200, 8, Rgb([110, 80, 50]));
        for row in 0..3u32 {
            for n in 0..5u32 {
                let c = colours[((row + n) % 4) as usize];
                fill(&mut img, 26 + n * 38, 72 + row * 70, 32, 38, c);
            }
        }
        fill(&mut img, 250, 130, 8, H - 130, Rgb([235, 200, 40]));
        fill(&mut img, 440, 130, 8, H - 130, Rgb([235, 200, 40]));
    } else {
        for _ in 0..18 {
            let (x, y) = (rng.gen_range(0..W - 50), rng.gen_range(130..H - 40));
            let c = colours[rng.gen_range(0..4)];
            fill(
                &mut img,
                x,
                y,
                rng.gen_range(25..55),
                rng.gen_range(20..40),
                shade(c, light),
            );
        }
    }
    img
}

fn jpeg(img: &RgbImage) -> Result<Vec<u8>> {
    let mut out = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 80).encode_image(img)?;
    Ok(out)
}

/// Stores a before and an after photo for `improvement`.
pub async fn add_pair(
    store: &Store,
    files: &DurableFiles,
    dir: &Path,
    rng: &mut StdRng,
    (provider, improvement, by): (OrgId, ImprovementId, UserId),
    consent: PublicationConsent,
    at: i64,
) -> Result<()> {
    for (phase, after) in [(PhotoPhase::Before, false), (PhotoPhase::After, true)] {
        let bytes = jpeg(&picture(rng, after))?;
        let key = workvoice_web::uploads::save(files, dir, &bytes).await?;
        store
            .add_improvement_photo(
                provider,
                improvement,
                &NewPhoto {
                    phase,
                    stored_name: key,
                    content_type: "image/jpeg".into(),
                    width: i64::from(W),
                    height: i64::from(H),
                    size_bytes: i64::try_from(bytes.len()).unwrap_or(i64::MAX),
                    consent,
                },
                by,
                Millis(at),
            )
            .await?;
    }
    Ok(())
}
