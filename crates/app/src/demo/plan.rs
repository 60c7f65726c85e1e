//! From a call to what the store is asked to write: the intake as an operator types it,
//! who took the call, and the case's history.

use std::collections::HashMap;
use workvoice_domain::ids::{UserId, WorkplaceId};

use rand::Rng;
use rand::rngs::StdRng;
use rand::seq::SliceRandom;
use workvoice_domain::{Country, RawIntake};

use super::calls::Call;
use super::data::DemoData;
use super::registry::PlacedSite;
use super::staff::Staff;

/// Times a caller gives for calling back safely.
const SAFE_WINDOWS: &[(&str, &str)] = &[
    ("18:00", "21:00"),
    ("19:00", "22:00"),
    ("12:30", "13:30"),
    ("21:00", "23:30"),
    ("08:00", "08:45"),
    ("22:00", "01:00"),
];

pub enum Event {
    Note { author: UserId, text: String },
    Assign { actor: UserId, to: UserId },
}

pub struct Planned {
    pub at: i64,
    pub country: Country,
    pub raw: RawIntake,
    pub taker: Option<UserId>,
    pub events: Vec<(i64, Event)>,
}

/// Draws everything from one seeded generator, in a fixed order.
pub struct Planner<'a> {
    pub rng: StdRng,
    pub now: i64,
    pub staff: Staff,
    pub data: &'a DemoData,
    pub sites: &'a [PlacedSite<'a>],
    /// Per workplace: a caller who calls more than once (digits, times used).
    pub repeat_callers: HashMap<WorkplaceId, (String, u32)>,
}

impl Planner<'_> {
    pub fn plan(&mut self, call: Call<'_>) -> Planned {
        let sector = call.site.map_or("woven", |s| s.site.sector.as_str());
        let words = self.data.phrasebook(call.language);
        let render = |text: &str| call.slots.render(text, call.language, words, sector);
        let category = call.story.category();
        let urgency = urgency(&mut self.rng, category);
        let (phone, name) = self.caller(&call);
        let has_phone = phone.is_some();
        let rng = &mut self.rng;
        let (consent_callback, consent_sms, window) = if has_phone {
            (
                rng.gen_bool(0.7),
                call.channel == "sms" || rng.gen_bool(0.45),
                rng.gen_bool(0.45)
                    .then(|| SAFE_WINDOWS.choose(rng).copied())
                    .flatten(),
            )
        } else {
            (false, false, None)
        };
        let raw = RawIntake {
            workplace_id: call.site.map(|s| s.id),
            category: category.to_owned(),
            urgency: urgency.to_owned(),
            language: call.language.code().to_owned(),
            summary: render(&call.story.summary),
            narrative: render(&call.story.narrative),
            shareable_summary: render(&call.story.shareable),
            caller_phone: phone.unwrap_or_default(),
            caller_name: name.unwrap_or_default(),
            consent_callback,
            consent_sms,
            safe_time_from: window.map(|w| w.0.to_owned()).unwrap_or_default(),
            safe_time_to: window.map(|w| w.1.to_owned()).unwrap_or_default(),
            channel: call.channel.to_owned(),
            // The protocol's default: the factory may be told, except in the categories
            // where the operator must ask (sexual harassment, reprisal).
            factory_consent: String::new(),
            // A worker who texted in gets the case code back by SMS.
            sms_case_code: consent_sms && call.channel == "sms",
        };
        let taker = (call.channel != "sms").then(|| self.staff.taker(rng, call.language));
        let events = self.history(&call, urgency, taker);
        Planned {
            at: call.at,
            country: call.country,
            raw,
            taker,
            events,
        }
    }
}

/// How urgent an operator judges a call of this category.
fn urgency(rng: &mut StdRng, category: &str) -> &'static str {
    let top = category.split('.').next().unwrap_or(category);
    let urgent_share = match (top, category) {
        ("life_safety", _) => {
            return if rng.gen_bool(0.85) {
                "life_safety"
            } else {
                "urgent"
            };
        }
        ("informational", _) => return "informational",
        ("out_of_scope", _) => return "normal",
        (_, "abuse.physical" | "abuse.sexual_harassment") => 0.8,
        ("reprisal" | "child_forced_labour", _) => 0.8,
        (_, "wages.unpaid") | ("termination" | "osh", _) => 0.3,
        _ => 0.1,
    };
    if rng.gen_bool(urgent_share) {
        "urgent"
    } else {
        "normal"
    }
}
