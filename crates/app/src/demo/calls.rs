//! The calls the demo receives: drawn at random over six months, plus one fire that
//! several workers of one factory call about within the hour.

use rand::Rng;
use rand::distributions::{Distribution, WeightedIndex};
use workvoice_domain::{Country, Language};

use super::clock::{HOUR, MINUTE, call_time, days_ago, local_hour, local_midnight};
use super::data::Story;
use super::plan::Planner;
use super::registry::PlacedSite;
use super::slots::Slots;

/// One call, before it becomes an intake.
pub struct Call<'a> {
    pub at: i64,
    pub site: Option<&'a PlacedSite<'a>>,
    pub country: Country,
    pub language: Language,
    pub story: &'a Story,
    pub slots: Slots,
    pub channel: &'static str,
    pub incident_note: Option<&'a str>,
}

const FIRE: &str = "life_safety.fire";

impl<'a> Planner<'a> {
    pub fn random_call(&mut self) -> Call<'a> {
        let rng = &mut self.rng;
        let country = if rng.gen_bool(0.78) {
            Country::Bangladesh
        } else {
            Country::Vietnam
        };
        let candidates: Vec<&PlacedSite> = self
            .sites
            .iter()
            .filter(|s| s.site.country == country && s.site.calls > 0.0)
            .collect();
        // Bigger workplaces call more, but not proportionally: awareness differs.
        let weights: Vec<f64> = candidates
            .iter()
            .map(|s| s.site.calls * (s.site.workers as f64).sqrt())
            .collect();
        let site = match WeightedIndex::new(&weights) {
            // A few callers will not say where they work.
            Ok(w) if rng.gen_bool(0.96) => candidates.get(w.sample(rng)).copied(),
            _ => None,
        };
        let language = match country {
            Country::Bangladesh if rng.gen_bool(0.18) => Language::En,
            Country::Bangladesh => Language::Bn,
            Country::Vietnam => Language::Vi,
        };
        let words = self.data.phrasebook(language);
        let story = &words.stories[words.story_weights.sample(rng)];
        let days = days_ago(rng);
        let at = call_time(rng, self.now, days, country);
        let workers = site.map_or(800, |s| s.site.workers);
        let slots = Slots::draw(rng, country, workers, at);
        let life_safety = story.category().starts_with("life_safety");
        let informational = story.category().starts_with("informational");
        let channel = if life_safety || informational {
            "phone"
        } else {
            match rng.gen_range(0..100) {
                0..=77 => "phone",
                78..=89 => "sms",
                _ => "walk_in",
            }
        };
        Call {
            at,
            site,
            country,
            language,
            story,
            slots,
            channel,
            incident_note: None,
        }
    }

    /// One fire, many calls: five workers of one factory call within the hour, 23 days
    /// ago; the fourth speaks English.
    pub fn fire_incident(&mut self) -> Vec<Call<'a>> {
        let data = self.data;
        let name = &data.registry.fire_incident_workplace;
        let Some(site) = self.sites.iter().find(|s| &s.site.name == name) else {
            return Vec::new();
        };
        let country = Country::Bangladesh;
        let mut at = local_midnight(self.now, 23, country) + 14 * HOUR + 40 * MINUTE;
        let mut slots = Slots::draw(&mut self.rng, country, site.site.workers, at);
        slots.floor = 4;
        slots.section = 0;
        let mut calls = Vec::new();
        for k in 0..5 {
            let language = if k == 3 { Language::En } else { Language::Bn };
            let words = data.phrasebook(language);
            let fires: Vec<&Story> = words
                .stories
                .iter()
                .filter(|s| s.category() == FIRE)
                .collect();
            let Some(story) = fires.get(k % fires.len().max(1)).copied() else {
                continue;
            };
            slots.local_hour = local_hour(at, country);
            slots.n = 20 * self.rng.gen_range(4..=12);
            calls.push(Call {
                at,
                site: Some(site),
                country,
                language,
                story,
                slots: slots.clone(),
                channel: "phone",
                incident_note: (k > 0).then_some(words.incident_note.as_deref()).flatten(),
            });
            at += self.rng.gen_range(3..=11) * MINUTE;
        }
        calls
    }
}
