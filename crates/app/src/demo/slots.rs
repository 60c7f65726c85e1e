//! The numbers a story is filled with, drawn once per case and rendered per language.

use rand::Rng;
use rand::rngs::StdRng;
use workvoice_domain::{Country, Language, format_integer};

use super::clock::{local_hour, local_month_day};
use super::data::Phrasebook;

#[derive(Clone)]
pub struct Slots {
    pub floor: i64,
    line: i64,
    pub section: usize,
    pub n: i64,
    small: i64,
    amount: i64,
    fine: i64,
    days: i64,
    hour: usize,
    months: i64,
    /// 1–12: the month the wages are for.
    month: usize,
    /// Local hour of the call, for "this morning" and the like.
    pub local_hour: i64,
}

impl Slots {
    pub fn draw(rng: &mut StdRng, country: Country, workers: i64, at: i64) -> Slots {
        let (n, amount, fine) = match country {
            Country::Bangladesh => {
                let n = rng.gen_range(12..=(workers / 6).clamp(13, 280));
                let n = if n > 30 { n / 5 * 5 } else { n };
                (n, rng.gen_range(18..=33) * 500, rng.gen_range(6..=40) * 50)
            }
            Country::Vietnam => (
                rng.gen_range(3..=(workers / 2).clamp(4, 60)),
                rng.gen_range(45..=95) * 100_000,
                rng.gen_range(2..=9) * 100_000,
            ),
        };
        let (month_now, day) = local_month_day(at, country);
        // Wages are due within about a week of the month's end: early in a month the
        // complaint is about the month before last.
        let back = if day <= 10 { 2 } else { 1 };
        let month = (month_now + 12 - back - 1) % 12 + 1;
        Slots {
            floor: rng.gen_range(2..=7),
            line: rng.gen_range(1..=40),
            section: rng.gen_range(0..4),
            n,
            small: rng.gen_range(2..=6),
            amount,
            fine,
            days: rng.gen_range(3..=20),
            hour: rng.gen_range(0..3),
            months: rng.gen_range(3..=8),
            month,
            local_hour: local_hour(at, country),
        }
    }

    /// Fills the slots `{floor} {line} {section} {n} {small} {amount} {fine} {month}
    /// {days} {hour} {months} {when}` of `text`.
    pub fn render(
        &self,
        text: &str,
        language: Language,
        words: &Phrasebook,
        sector: &str,
    ) -> String {
        let num = |n: i64| format_integer(n, language);
        let sections = words.sections(sector);
        let section = sections
            .get(self.section % sections.len())
            .map(String::as_str)
            .unwrap_or_default();
        let month = &words.months[self.month.saturating_sub(1) % 12];
        let hour = &words.overtime_until[self.hour % 3];
        let part = match self.local_hour {
            5..=11 => 0,
            12..=15 => 1,
            16..=18 => 2,
            _ => 3,
        };
        text.replace("{floor}", &num(self.floor))
            .replace("{line}", &num(self.line))
            .replace("{section}", section)
            .replace("{n}", &num(self.n))
            .replace("{small}", &num(self.small))
            .replace("{amount}", &num(self.amount))
            .replace("{fine}", &num(self.fine))
            .replace("{days}", &num(self.days))
            .replace("{months}", &num(self.months))
            .replace("{month}", month)
            .replace("{hour}", hour)
            .replace("{when}", &words.when[part])
    }
}
