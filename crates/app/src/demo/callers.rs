//! Who calls: phone numbers as operators type them, names some callers give, and a few
//! callers who call more than once.

use rand::Rng;
use rand::rngs::StdRng;
use rand::seq::SliceRandom;
use workvoice_domain::{Country, Language};

use super::calls::Call;
use super::plan::Planner;

impl Planner<'_> {
    /// About 70% leave a number (a few call more than once); some give a name.
    pub(super) fn caller(&mut self, call: &Call<'_>) -> (Option<String>, Option<String>) {
        let rng = &mut self.rng;
        let wants_phone = match call.channel {
            "sms" => true,
            "walk_in" => rng.gen_bool(0.3),
            _ => rng.gen_bool(0.7),
        };
        let phone = wants_phone.then(|| {
            let site = call.site.map(|s| s.id);
            let repeat = site.and_then(|id| self.repeat_callers.get_mut(&id));
            let digits = match repeat {
                Some((digits, used)) if *used < 3 && rng.gen_bool(0.15) => {
                    *used += 1;
                    digits.clone()
                }
                _ => {
                    let digits = phone_number(rng, call.country);
                    if let Some(id) = site
                        && !self.repeat_callers.contains_key(&id)
                        && rng.gen_bool(0.3)
                    {
                        self.repeat_callers.insert(id, (digits.clone(), 1));
                    }
                    digits
                }
            };
            typed(rng, &digits, call.language)
        });
        let name_share = match call.channel {
            "walk_in" => 0.6,
            _ if phone.is_some() => 0.3,
            _ => 0.05,
        };
        let names = &self.data.phrasebook(call.language).caller_names;
        let name = rng
            .gen_bool(name_share)
            .then(|| names.choose(rng).cloned())
            .flatten();
        (phone, name)
    }
}

/// A mobile number as an operator might type it, in national form.
fn phone_number(rng: &mut StdRng, country: Country) -> String {
    match country {
        Country::Bangladesh => {
            let prefix = ["017", "017", "018", "019", "019", "013", "015", "016"]
                .choose(rng)
                .copied()
                .unwrap_or("017");
            format!("{prefix}{:08}", rng.gen_range(0..100_000_000))
        }
        Country::Vietnam => {
            let prefix = [
                "090", "091", "093", "097", "098", "035", "038", "086", "077",
            ]
            .choose(rng)
            .copied()
            .unwrap_or("090");
            format!("{prefix}{:07}", rng.gen_range(0..10_000_000))
        }
    }
}

/// Spaces, dashes or Bengali digits, as operators type numbers the way callers say them.
fn typed(rng: &mut StdRng, digits: &str, language: Language) -> String {
    match rng.gen_range(0..4) {
        0 if digits.len() == 11 => format!("{}-{}", &digits[..5], &digits[5..]),
        1 if digits.len() == 10 => {
            format!("{} {} {}", &digits[..3], &digits[3..6], &digits[6..])
        }
        2 if language == Language::Bn => digits
            .chars()
            .map(|c| match c.to_digit(10) {
                Some(d) => char::from_u32(0x09E6 + d).unwrap_or(c),
                None => c,
            })
            .collect(),
        _ => digits.to_owned(),
    }
}
