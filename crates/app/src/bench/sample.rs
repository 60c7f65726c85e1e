//! Realistic case text: a few templates per language with varied words, as the API and
//! the intake form receive them.

use anyhow::Result;
use rand::Rng;
use rand::rngs::StdRng;
use workvoice_domain::ids::WorkplaceId;
use workvoice_domain::{Country, Intake, RawIntake};

/// Words searched for, with how often they occur: in each language one every few cases
/// (a template word) and one of the [`RARE`] sentences.
pub const SEARCH_WORDS: [(&str, &str); 7] = [
    ("অগ্নিকাণ্ড", "common"),
    ("বেতন", "common"),
    ("বয়লার", "rare"),
    ("cong nhan", "common"),
    ("noi hoi", "rare"),
    ("overtime", "common"),
    ("boiler", "rare"),
];
pub const API_SEARCH_WORDS: [(&str, &str); 4] = [
    ("অগ্নিকাণ্ড", "common"),
    ("বয়লার", "rare"),
    ("cong nhan", "common"),
    ("noi hoi", "rare"),
];
/// How often a narrative gets its language's rare sentence: about 250 Bengali cases in a
/// million, so the rare searches have a few pages of results.
const RARE_SHARE: f64 = 0.0005;

pub const BD_DISTRICTS: [&str; 5] = ["Gazipur", "Savar", "Narayanganj", "Ashulia", "Chattogram"];
pub const VN_DISTRICTS: [&str; 4] = ["Bình Dương", "Đồng Nai", "Long An", "Hải Phòng"];
pub const BD_NAMES: [&str; 6] = [
    "Rahman",
    "Padma",
    "Meghna",
    "Sonar Bangla",
    "Karnaphuli",
    "Jamuna",
];
pub const VN_NAMES: [&str; 5] = [
    "Thành Công",
    "Việt Tiến",
    "Hòa Bình",
    "Sài Gòn",
    "Phương Đông",
];

/// (category, usual urgency, summary, sentence for the narrative); `{n}` and `{place}`
/// are filled in.
pub type Template = (&'static str, &'static str, &'static str, &'static str);

pub const BN: [Template; 6] = [
    (
        "life_safety.fire",
        "life_safety",
        "{n} তলায় অগ্নিকাণ্ড, শ্রমিকরা আটকে আছে",
        "{place} এ আগুন লেগেছে, সিঁড়িতে ধোঁয়া, অগ্নিকাণ্ডের সময় গেট তালাবদ্ধ ছিল।",
    ),
    (
        "life_safety.blocked_exits",
        "urgent",
        "{n} তলার বের হওয়ার দরজা তালাবদ্ধ",
        "রাতের শিফটে {place} এর জরুরি দরজা বন্ধ রাখা হয়, অগ্নিকাণ্ড হলে বের হওয়া যাবে না।",
    ),
    (
        "wages.unpaid",
        "normal",
        "{n} মাসের বেতন বকেয়া",
        "{place} এর শ্রমিকরা {n} মাস ধরে বেতন পাননি, ম্যানেজার বলছেন পরের মাসে দেবেন।",
    ),
    (
        "hours.overtime",
        "normal",
        "ওভারটাইমের টাকা দেওয়া হয়নি",
        "সেলাই লাইনে প্রতিদিন {n} ঘণ্টা ওভারটাইম করানো হয় কিন্তু টাকা দেওয়া হয় না।",
    ),
    (
        "abuse.verbal",
        "urgent",
        "সুপারভাইজার গালিগালাজ করেন",
        "{place} এর কাটিং সেকশনের সুপারভাইজার শ্রমিকদের গালিগালাজ করেন এবং হুমকি দেন।",
    ),
    (
        "osh.heat",
        "normal",
        "কারখানায় প্রচণ্ড গরম, পানি নেই",
        "ফিনিশিং ফ্লোরে ফ্যান নষ্ট, {n} জন শ্রমিক অসুস্থ হয়ে পড়েছেন, খাবার পানি নেই।",
    ),
];

pub const VI: [Template; 6] = [
    (
        "life_safety.fire",
        "life_safety",
        "Cháy ở xưởng may tầng {n}, công nhân mắc kẹt",
        "Khói bốc lên từ kho vải ở {place}, công nhân không thoát ra được vì cửa bị khóa.",
    ),
    (
        "life_safety.blocked_exits",
        "urgent",
        "Cửa thoát hiểm tầng {n} bị khóa",
        "Ca đêm ở {place} cửa thoát hiểm luôn khóa, công nhân lo sợ nếu có cháy.",
    ),
    (
        "wages.unpaid",
        "normal",
        "Công ty nợ lương công nhân {n} tháng",
        "Công nhân ở {place} chưa được trả lương {n} tháng, quản đốc hứa tháng sau sẽ trả.",
    ),
    (
        "hours.overtime",
        "normal",
        "Tăng ca quá nhiều, không được trả tiền",
        "Chuyền may phải tăng ca {n} giờ mỗi ngày nhưng không có tiền tăng ca.",
    ),
    (
        "abuse.verbal",
        "urgent",
        "Tổ trưởng chửi mắng công nhân",
        "Tổ trưởng ở {place} thường xuyên chửi mắng và đe dọa công nhân nữ.",
    ),
    (
        "osh.heat",
        "normal",
        "Nhà xưởng quá nóng, thiếu nước uống",
        "Quạt hỏng, {n} công nhân bị ngất ở {place}, không có nước uống.",
    ),
];

pub const EN: [Template; 6] = [
    (
        "life_safety.fire",
        "life_safety",
        "Fire on floor {n}, workers trapped",
        "Smoke in the stairs at {place}; the gate was locked during the fire.",
    ),
    (
        "life_safety.alarm_equipment",
        "urgent",
        "Fire alarm not working on floor {n}",
        "The fire alarm at {place} has been broken for {n} weeks and extinguishers are empty.",
    ),
    (
        "wages.unpaid",
        "normal",
        "Wages unpaid for {n} months",
        "Workers at {place} have not been paid for {n} months; the manager says next month.",
    ),
    (
        "hours.overtime",
        "normal",
        "Forced overtime without pay",
        "The sewing line works {n} hours of overtime a day and the overtime is not paid.",
    ),
    (
        "abuse.verbal",
        "urgent",
        "Supervisor shouts at workers",
        "A supervisor in the cutting section at {place} shouts at and threatens workers.",
    ),
    (
        "osh.heat",
        "normal",
        "No drinking water and unbearable heat",
        "Fans are broken at {place}; {n} workers fainted on the finishing floor.",
    ),
];

pub const BN_EXTRA: [&str; 6] = [
    "নাইট শিফটে এটা বেশি হয়।",
    "শ্রমিক পরিচয় গোপন রাখতে চান।",
    "গত সপ্তাহেও একই ঘটনা ঘটেছে।",
    "লাইন চিফ জানেন কিন্তু কিছু করেননি।",
    "মেশিন অপারেটররা ভয় পাচ্ছেন।",
    "",
];
pub const VI_EXTRA: [&str; 6] = [
    "Chuyện này xảy ra nhiều vào ca đêm.",
    "Người gọi muốn giữ bí mật danh tính.",
    "Tuần trước cũng xảy ra chuyện tương tự.",
    "Bảo vệ biết nhưng không làm gì.",
    "Công nhân sợ bị đuổi việc.",
    "",
];
pub const EN_EXTRA: [&str; 6] = [
    "It happens mostly on the night shift.",
    "The caller wants to stay anonymous.",
    "The same happened last week.",
    "The line chief knows but did nothing.",
    "Machine operators are afraid to complain.",
    "",
];

/// The rare sentence per language (Bengali, Vietnamese, English): a leaking boiler.
pub const RARE: [&str; 3] = [
    "বয়লার থেকে গ্যাস বের হচ্ছে।",
    "Nồi hơi bị rò rỉ khí.",
    "The boiler is leaking gas.",
];

/// One generated case, as the API and the intake form receive it.
#[derive(serde::Serialize)]
pub struct SampleCase {
    pub workplace_id: Option<WorkplaceId>,
    pub category: String,
    pub urgency: String,
    pub language: String,
    pub summary: String,
    pub narrative: String,
    pub shareable_summary: String,
    pub caller_phone: String,
    pub consent_sms: bool,
    /// Every worker who consents to SMS asks for the case code by SMS too.
    pub sms_case_code: bool,
    pub channel: String,
}

impl SampleCase {
    pub fn intake(&self) -> Result<Intake> {
        let raw = RawIntake {
            workplace_id: self.workplace_id,
            category: self.category.clone(),
            urgency: self.urgency.clone(),
            language: self.language.clone(),
            summary: self.summary.clone(),
            narrative: self.narrative.clone(),
            shareable_summary: self.shareable_summary.clone(),
            caller_phone: self.caller_phone.clone(),
            consent_sms: self.consent_sms,
            sms_case_code: self.sms_case_code,
            channel: self.channel.clone(),
            ..RawIntake::default()
        };
        Intake::parse(
            raw,
            |c| workvoice_domain::taxonomy::find(c).is_some(),
            Country::Bangladesh,
        )
        .map_err(|e| anyhow::anyhow!("generated an invalid case: {e:?}"))
    }
}

/// Seeded workplaces by country, so a Bengali report names a factory in Bangladesh.
#[derive(Debug, Clone, Default)]
pub struct Workplaces {
    pub bd: Vec<WorkplaceId>,
    pub vn: Vec<WorkplaceId>,
}

pub fn sample_case(rng: &mut StdRng, workplaces: &Workplaces, phones: &[String]) -> SampleCase {
    let (language, templates, extras, places, at) = match rng.gen_range(0..10) {
        0..=4 => ("bn", &BN, &BN_EXTRA, &BD_DISTRICTS[..], &workplaces.bd),
        5..=7 => ("vi", &VI, &VI_EXTRA, &VN_DISTRICTS[..], &workplaces.vn),
        8 => ("en", &EN, &EN_EXTRA, &BD_DISTRICTS[..], &workplaces.bd),
        _ => ("en", &EN, &EN_EXTRA, &VN_DISTRICTS[..], &workplaces.vn),
    };
    let rare = match language {
        "bn" => RARE[0],
        "vi" => RARE[1],
        _ => RARE[2],
    };
    let (category, usual, summary, sentence) = templates[rng.gen_range(0..templates.len())];
    let n = rng.gen_range(2..9).to_string();
    let place = places[rng.gen_range(0..places.len())];
    let fill = |s: &str| s.replace("{n}", &n).replace("{place}", place);
    let urgency = match rng.gen_range(0..10) {
        0 => "informational",
        1..=2 => "urgent",
        3..=4 => "normal",
        _ => usual,
    };
    let summary = fill(summary);
    let mut narrative = fill(sentence);
    for _ in 0..rng.gen_range(1..4) {
        let extra = extras[rng.gen_range(0..extras.len())];
        if !extra.is_empty() {
            narrative.push(' ');
            narrative.push_str(extra);
        }
    }
    if rng.gen_bool(RARE_SHARE) {
        narrative.push(' ');
        narrative.push_str(rare);
    }
    let with_caller = rng.gen_bool(0.3);
    let workplace_id =
        (rng.gen_bool(0.9) && !at.is_empty()).then(|| at[rng.gen_range(0..at.len())]);
    let caller_phone = if with_caller {
        phones[rng.gen_range(0..phones.len())].clone()
    } else {
        String::new()
    };
    let consent_sms = with_caller && rng.gen_bool(0.5);
    SampleCase {
        workplace_id,
        consent_sms,
        sms_case_code: consent_sms,
        caller_phone,
        category: category.into(),
        urgency: urgency.into(),
        language: language.into(),
        shareable_summary: summary.clone(),
        summary,
        narrative,
        channel: ["phone", "phone", "phone", "sms", "ivr", "walk_in"][rng.gen_range(0..6)].into(),
    }
}

pub fn phone_pool(rng: &mut StdRng, n: usize) -> Vec<String> {
    (0..n)
        .map(|i| {
            if i % 3 == 2 {
                format!("+849{:08}", rng.gen_range(0..100_000_000))
            } else {
                format!(
                    "+8801{}{:08}",
                    rng.gen_range(3..10),
                    rng.gen_range(0..100_000_000)
                )
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::SeedableRng;

    #[test]
    fn generated_cases_are_valid_and_mixed() {
        let mut rng = StdRng::seed_from_u64(1);
        let phones = phone_pool(&mut rng, 10);
        let cases: Vec<_> = (0..300)
            .map(|_| sample_case(&mut rng, &Workplaces::default(), &phones))
            .collect();
        assert!(cases.iter().all(|c| c.intake().is_ok()));
        let text: String = cases.iter().map(|c| c.narrative.clone()).collect();
        assert!(text.contains("অগ্নিকাণ্ড"));
        assert!(text.contains("công nhân"));
        assert!(text.contains("overtime"));
    }
}
