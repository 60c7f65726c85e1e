//! The demo's awareness programme, a year old (`data/awareness.toml`): for every trained
//! workplace its first training a month after it was invited, cards, posters and the
//! recording ten days later, play reports about every ten days since (the last two weeks'
//! still waiting for the factory's confirmation), awareness checks after training and
//! lately, and a refresher for most. The weak workplaces the file names got one small
//! training long ago and little else; with no calls they top the priority list.
//!
//! Draws come from a generator of its own, so the cases' sequence stays as it was.

use anyhow::{Result, anyhow};
use rand::rngs::StdRng;
use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};
use workvoice_domain::awareness::{
    AwarenessCheck, FollowUpStatus, Material, PlayReport, RawCheck, RawMaterial, RawPlayReport,
    RawTraining, Training,
};
use workvoice_domain::ids::{UserId, WorkplaceId};
use workvoice_domain::{Country, Millis};
use workvoice_store::Store;

use super::clock::DAY;
use super::data::AwarenessPlan;
use super::registry::{PlacedSite, civil_date};

const SEED: u64 = 0x5747_0009_A3A3;
const PLAY_EVERY_DAYS: i64 = 10;
/// Play reports this recent still wait for the factory's confirmation.
const UNCONFIRMED_DAYS: i64 = 14;

/// What was written, to print.
#[derive(Default)]
pub struct Written {
    pub trainings: usize,
    pub materials: usize,
    pub plays: usize,
    pub checks: usize,
}

struct Site<'a> {
    id: WorkplaceId,
    country: Country,
    workers: i64,
    women_percent: i64,
    trainers: &'a [String],
    notes: &'a [String],
    today: jiff::civil::Date,
}

impl Site<'_> {
    fn day(&self, at: i64) -> Result<String> {
        civil_date(at, self.country)
    }

    fn group_size(&self) -> i64 {
        if self.country == Country::Vietnam {
            15
        } else {
            25
        }
    }

    fn training(&self, at: i64, participants: i64, rng: &mut StdRng) -> Result<Training> {
        let participants = participants.max(1);
        let women = participants * self.women_percent / 100;
        let topics: &[&str] = if rng.gen_bool(0.5) {
            &["helpline_number", "after_calling", "confidentiality"]
        } else {
            &[
                "helpline_number",
                "after_calling",
                "reprisal",
                "fire_safety",
            ]
        };
        Training::parse(
            &RawTraining {
                held_on: self.day(at)?,
                trainer: self.trainers.choose(rng).cloned().unwrap_or_default(),
                women: women.to_string(),
                men: (participants - women).to_string(),
                group_size: self.group_size().min(participants).to_string(),
                topics: topics.iter().map(|t| (*t).to_owned()).collect(),
            },
            self.today,
        )
        .map_err(|e| anyhow!("demo training does not parse: {:?}", e.0))
    }

    fn material(&self, at: i64, kind: &str, quantity: i64) -> Result<Material> {
        Material::parse(
            &RawMaterial {
                given_on: self.day(at)?,
                kind: kind.to_owned(),
                quantity: quantity.max(1).to_string(),
            },
            self.today,
        )
        .map_err(|e| anyhow!("demo material does not parse: {:?}", e.0))
    }

    fn play(&self, at: i64, rng: &mut StdRng) -> Result<PlayReport> {
        PlayReport::parse(
            &RawPlayReport {
                played_on: self.day(at)?,
                shifts: rng.gen_range(1..=3).to_string(),
                note: self.notes.choose(rng).cloned().unwrap_or_default(),
            },
            self.today,
        )
        .map_err(|e| anyhow!("demo play report does not parse: {:?}", e.0))
    }

    /// A check of `sampled` workers where each answer is yes with about `share`.
    fn check(&self, at: i64, sampled: i64, share: f64, rng: &mut StdRng) -> Result<AwarenessCheck> {
        let mut yes = |s: f64| {
            let p = (s + rng.gen_range(-0.08..0.08)).clamp(0.0, 1.0);
            ((sampled as f64 * p).round() as i64).to_string()
        };
        AwarenessCheck::parse(
            &RawCheck {
                checked_on: self.day(at)?,
                sampled: sampled.to_string(),
                knows_number: yes(share + 0.1),
                carries_card: yes(share),
                knows_process: yes(share - 0.15),
            },
            self.today,
        )
        .map_err(|e| anyhow!("demo check does not parse: {:?}", e.0))
    }
}

/// Writes the programme of every trained workplace.
pub async fn create(
    store: &Store,
    plan: &AwarenessPlan,
    sites: &[PlacedSite<'_>],
    now: i64,
) -> Result<Written> {
    let mut rng = StdRng::seed_from_u64(SEED);
    let by: UserId = store.user_by_username(&plan.recorded_by).await?.id;
    let mut w = Written::default();
    for placed in sites.iter().filter(|s| s.trained) {
        let country = placed.site.country;
        let site = Site {
            id: placed.id,
            country,
            workers: placed.site.workers,
            women_percent: placed.site.women_percent,
            trainers: match country {
                Country::Bangladesh => &plan.trainers_bd,
                Country::Vietnam => &plan.trainers_vn,
            },
            notes: match country {
                Country::Bangladesh => &plan.play_notes_bd,
                Country::Vietnam => &plan.play_notes_vn,
            },
            today: civil_date(now, country)?.parse()?,
        };
        let weak = plan.weak.contains(&placed.site.name);
        let trained_at = placed.created_at + 30 * DAY;
        let active_at = placed.created_at + 40 * DAY;
        let recorded = |at: i64| at + 2 * 3_600_000;

        // First training, in sessions a few days apart.
        let (sessions, cover) = if weak { (1, 0.12) } else { (3, 0.8) };
        let per_session = (site.workers as f64 * cover / sessions as f64).round() as i64;
        for s in 0..sessions {
            let at = trained_at + s * 2 * DAY;
            let t = site.training(at, per_session, &mut rng)?;
            store
                .record_training(site.id, &t, by, Millis(recorded(at)))
                .await?;
            w.trainings += 1;
        }
        // Cards, posters and the recording.
        let cards = if weak {
            site.workers / 5
        } else {
            site.workers * 19 / 20
        };
        let posters = if weak { 1 } else { (site.workers + 249) / 250 };
        for (kind, n) in [
            ("helpline_card", cards),
            ("poster", posters),
            ("audio_recording", 1),
        ] {
            let m = site.material(active_at, kind, n)?;
            store
                .record_material(site.id, &m, by, Millis(recorded(active_at)))
                .await?;
            w.materials += 1;
        }
        // Play reports: about every ten days (the weak workplaces stopped after a month).
        let last_play = if weak {
            active_at + 30 * DAY
        } else {
            now - DAY
        };
        let mut at = active_at + rng.gen_range(1..PLAY_EVERY_DAYS) * DAY;
        while at <= last_play {
            let p = site.play(at, &mut rng)?;
            let confirmed = now - at > UNCONFIRMED_DAYS * DAY;
            store
                .record_play_report(site.id, &p, by, Millis(recorded(at)), confirmed)
                .await?;
            w.plays += 1;
            at += (PLAY_EVERY_DAYS + rng.gen_range(-3..=3)) * DAY;
        }
        // Awareness checks: three months after training, and lately.
        let first_check = trained_at + 90 * DAY;
        let share = if weak { 0.1 } else { rng.gen_range(0.55..0.75) };
        let c = site.check(first_check, 20, share, &mut rng)?;
        store
            .record_awareness_check(site.id, &c, by, Millis(recorded(first_check)))
            .await?;
        w.checks += 1;
        if !weak {
            let at = now - rng.gen_range(15..60) * DAY;
            let c = site.check(at, 25, (share + 0.15).min(0.95), &mut rng)?;
            store
                .record_awareness_check(site.id, &c, by, Millis(recorded(at)))
                .await?;
            w.checks += 1;
            // A refresher for most, with a few more cards.
            if rng.gen_bool(0.75) {
                let at = now - rng.gen_range(40..150) * DAY;
                let t = site.training(at, site.workers * 3 / 10, &mut rng)?;
                store
                    .record_training(site.id, &t, by, Millis(recorded(at)))
                    .await?;
                let m = site.material(at, "helpline_card", site.workers / 10)?;
                store
                    .record_material(site.id, &m, by, Millis(recorded(at)))
                    .await?;
                w.trainings += 1;
                w.materials += 1;
            }
        }
        if plan.follow_up_planned.contains(&placed.site.name) {
            store
                .set_follow_up(site.id, FollowUpStatus::Planned, by, Millis(now - 3 * DAY))
                .await?;
        }
    }
    Ok(w)
}
