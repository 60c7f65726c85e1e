//! A case's history after the call: an assignment by the supervisor and operators'
//! notes over the following hours and days, so that timelines have something to show.

use rand::Rng;
use rand::seq::SliceRandom;
use workvoice_domain::ids::UserId;

use super::calls::Call;
use super::clock::{DAY, HOUR, MINUTE};
use super::plan::{Event, Planner};

impl Planner<'_> {
    /// Notes and an assignment over the hours and days after the call.
    pub(super) fn history(
        &mut self,
        call: &Call<'_>,
        urgency: &str,
        taker: Option<UserId>,
    ) -> Vec<(i64, Event)> {
        let rng = &mut self.rng;
        let staff = self.staff;
        let latest = self.now - MINUTE;
        let life_safety = urgency == "life_safety";
        let informational = urgency == "informational";
        let mut events = Vec::new();

        let assigned = if rng.gen_bool(if informational { 0.1 } else { 0.55 }) {
            let delay = if life_safety {
                rng.gen_range(2..=15) * MINUTE
            } else {
                rng.gen_range(10 * MINUTE..DAY)
            };
            let to = staff.assignee(rng, call.language);
            let at = call.at + delay;
            if at < latest {
                events.push((
                    at,
                    Event::Assign {
                        actor: staff.supervisor,
                        to,
                    },
                ));
                Some(to)
            } else {
                None
            }
        } else {
            None
        };

        let author = assigned
            .or(taker)
            .unwrap_or_else(|| staff.taker(rng, call.language));
        let mut notes: Vec<String> = Vec::new();
        if let Some(text) = call.incident_note {
            notes.push(text.to_owned());
        }
        if rng.gen_bool(if informational { 0.15 } else { 0.65 }) {
            let count = match rng.gen_range(0..100) {
                0..=49 => 1,
                50..=84 => 2,
                _ => 3,
            };
            let written = &self.data.phrasebook(call.language).notes;
            if life_safety {
                notes.push(written.life_safety_first.clone());
            }
            let pool: Vec<&String> = written
                .general
                .iter()
                .chain(if life_safety {
                    &written.life_safety[..]
                } else {
                    &[]
                })
                .collect();
            notes.extend(pool.choose_multiple(rng, count).map(|s| (*s).clone()));
            notes.truncate(3);
        }
        let mut at = call.at;
        for (i, text) in notes.into_iter().enumerate() {
            at += match (i, life_safety) {
                (0, true) => rng.gen_range(5..=30) * MINUTE,
                (0, false) => rng.gen_range(HOUR..2 * DAY),
                _ => rng.gen_range(2 * HOUR..4 * DAY),
            };
            if at >= latest {
                break;
            }
            events.push((at, Event::Note { author, text }));
        }
        events.sort_by_key(|(at, _)| *at);
        events
    }
}
