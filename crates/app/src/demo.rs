//! Demo data: staff logins, brands, Bangladeshi garment factories and Vietnamese small
//! enterprises, and a few hundred cases in Bengali, English and Vietnamese spread over the
//! last six months, with notes and assignments so that timelines have some history.
//!
//! Everything is drawn from a seeded generator, so two demos differ only in their case
//! codes (which must stay unguessable) and in being relative to "now". The logins use
//! fixed, documented passwords; the demo is for trying the product, never for production.
//!
//! Caller phone numbers and names are generated, encrypted by the store like real ones,
//! and never printed.

use std::collections::HashMap;
use std::time::Instant;

use anyhow::{Context, Result, anyhow};
use rand::distributions::{Distribution, WeightedIndex};
use rand::rngs::StdRng;
use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};
use workvoice_domain::{Country, Intake, Language, OrgKind, RawIntake, Role, format_integer};
use workvoice_store::{NewUser, NewWorkplace, Scope, Store, StoreError, now_millis};

const SEED: u64 = 0x5747_0001_DE30;
/// Cases drawn at random; a small fire incident with several callers comes on top.
const RANDOM_CASES: usize = 330;
const DAYS_BACK: i64 = 178;

const MINUTE: i64 = 60_000;
const HOUR: i64 = 60 * MINUTE;
const DAY: i64 = 24 * HOUR;

/// Demo logins: username, password, role, language, display name.
pub const DEMO_USERS: [(&str, &str, Role, Language, &str); 5] = [
    (
        "admin",
        "demo-admin-pass",
        Role::Admin,
        Language::En,
        "Nadia Chowdhury",
    ),
    (
        "supervisor",
        "demo-supervisor-pass",
        Role::Supervisor,
        Language::Bn,
        "মাহমুদা খাতুন",
    ),
    (
        "operator",
        "demo-operator-pass",
        Role::Operator,
        Language::En,
        "Tanvir Ahmed",
    ),
    (
        "operator.bn",
        "demo-operator-pass",
        Role::Operator,
        Language::Bn,
        "রুমানা আক্তার",
    ),
    (
        "operator.vi",
        "demo-operator-pass",
        Role::Operator,
        Language::Vi,
        "Nguyễn Thị Lan",
    ),
];

const BRANDS: [&str; 5] = [
    "Northwind Apparel",
    "Blue Fjord Retail",
    "Maple & Finch",
    "Kestrel Outdoor Co.",
    "Lindqvist Home & Fashion",
];

struct Site {
    name: &'static str,
    district: &'static str,
    address: &'static str,
    sector: &'static str,
    workers: i64,
    women_percent: i64,
    /// Relative call volume; 0 = a "silent" workplace that never calls.
    calls: f64,
    /// Indexes into `BRANDS`; empty for Bangladeshi factories means "draw 1–3".
    brands: &'static [usize],
}

const fn site(
    name: &'static str,
    district: &'static str,
    address: &'static str,
    sector: &'static str,
    workers: i64,
    women_percent: i64,
    calls: f64,
) -> Site {
    Site {
        name,
        district,
        address,
        sector,
        workers,
        women_percent,
        calls,
        brands: &[],
    }
}

const BD_SITES: [Site; 22] = [
    site(
        "Rahman Knitwear Ltd",
        "Gazipur",
        "Plot 27, Konabari BSCIC Industrial Area, Gazipur",
        "knitwear",
        3200,
        58,
        2.5,
    ),
    site(
        "Meghna Denim Mills Ltd",
        "Narayanganj",
        "Madanpur, Bandar, Narayanganj",
        "denim",
        4800,
        55,
        1.0,
    ),
    site(
        "Shitalakshya Knit Composite Ltd",
        "Narayanganj",
        "Holding 14, Siddhirganj Road, Narayanganj",
        "knitwear",
        2600,
        61,
        1.2,
    ),
    site(
        "Karnaphuli Woven Apparels Ltd",
        "Chattogram",
        "Plot 9, Sector 3, Chattogram Export Processing Zone, Patenga, Chattogram",
        "woven",
        5400,
        63,
        0.9,
    ),
    site(
        "Turag Sweaters Ltd",
        "Gazipur",
        "Kaliakair Bypass Road, Kaliakair, Gazipur",
        "sweater",
        1800,
        56,
        1.0,
    ),
    site(
        "Bhawal Fashion Wear Ltd",
        "Gazipur",
        "Holding 112, Dhaka–Mymensingh Highway, Board Bazar, Gazipur",
        "woven",
        2200,
        60,
        1.1,
    ),
    site(
        "Ashulia Denim Works Ltd",
        "Ashulia",
        "Baipail, Ashulia, Savar, Dhaka",
        "denim",
        3900,
        57,
        1.0,
    ),
    site(
        "Hemayetpur Knit Garments Ltd",
        "Savar",
        "Bus Stand Road, Hemayetpur, Savar, Dhaka",
        "knitwear",
        1400,
        62,
        1.0,
    ),
    site(
        "Mirpur Styles Ltd",
        "Dhaka",
        "Road 11, Section 7, Pallabi, Mirpur, Dhaka",
        "woven",
        850,
        64,
        0.8,
    ),
    site(
        "Tejgaon Apparels Ltd",
        "Dhaka",
        "Holding 206, Tejgaon Industrial Area, Dhaka",
        "woven",
        620,
        65,
        0.7,
    ),
    site(
        "Sonargaon Knit Fashions Ltd",
        "Narayanganj",
        "Mograpara, Sonargaon, Narayanganj",
        "knitwear",
        1100,
        59,
        0.9,
    ),
    site(
        "Bayazid Sweater Industries Ltd",
        "Chattogram",
        "Bayazid Bostami Road, Nasirabad, Chattogram",
        "sweater",
        2900,
        55,
        0.9,
    ),
    site(
        "Sitakunda Woven Ltd",
        "Chattogram",
        "Dhaka–Chattogram Highway, Sitakunda, Chattogram",
        "woven",
        2400,
        61,
        0.8,
    ),
    site(
        "Tongi Knit Composite Ltd",
        "Gazipur",
        "Cherag Ali, Tongi Industrial Area, Gazipur",
        "knitwear",
        4100,
        60,
        1.1,
    ),
    site(
        "Sreepur Sweaters Ltd",
        "Gazipur",
        "Mawna Chowrasta, Sreepur, Gazipur",
        "sweater",
        1600,
        57,
        0.9,
    ),
    site(
        "Jirabo Fashions Ltd",
        "Ashulia",
        "Jirabo Bazar Road, Ashulia, Savar, Dhaka",
        "knitwear",
        950,
        63,
        0.9,
    ),
    site(
        "Nischintapur Garments Ltd",
        "Ashulia",
        "Nischintapur, Ashulia, Dhaka",
        "woven",
        720,
        58,
        0.0,
    ),
    site(
        "Rupganj Denim Ltd",
        "Narayanganj",
        "Kanchan, Rupganj, Narayanganj",
        "denim",
        5800,
        56,
        1.0,
    ),
    site(
        "Kamrangirchar Apparels Ltd",
        "Dhaka",
        "Holding 41, Ashrafabad, Kamrangirchar, Dhaka",
        "woven",
        380,
        65,
        0.6,
    ),
    site(
        "Chandra Knit Wear Ltd",
        "Gazipur",
        "Chandra Trimore, Kaliakair, Gazipur",
        "knitwear",
        2050,
        61,
        0.0,
    ),
    site(
        "Nabinagar Woven Ltd",
        "Savar",
        "Nabinagar, Savar, Dhaka",
        "woven",
        1250,
        60,
        0.8,
    ),
    site(
        "Enayetnagar Sweater Ltd",
        "Narayanganj",
        "Enayetnagar, Fatullah, Narayanganj",
        "sweater",
        760,
        55,
        0.7,
    ),
];

const fn with_brands(site: Site, brands: &'static [usize]) -> Site {
    Site { brands, ..site }
}

const VN_SITES: [Site; 13] = [
    with_brands(
        site(
            "Công ty May Sài Gòn Xanh",
            "TP. Hồ Chí Minh",
            "Lô C12, KCN Tân Tạo, quận Bình Tân, TP. Hồ Chí Minh",
            "garment",
            180,
            78,
            2.5,
        ),
        &[1],
    ),
    with_brands(
        site(
            "Công ty TNHH Giày da Phú Lâm",
            "TP. Hồ Chí Minh",
            "Số 48 đường Kinh Dương Vương, quận 6, TP. Hồ Chí Minh",
            "footwear",
            120,
            70,
            1.0,
        ),
        &[],
    ),
    with_brands(
        site(
            "Công ty TNHH Giày Thuận An Phát",
            "Bình Dương",
            "Số 15 đường ĐT743, phường Bình Hòa, TP. Thuận An, Bình Dương",
            "footwear",
            240,
            72,
            1.2,
        ),
        &[3],
    ),
    with_brands(
        site(
            "Công ty TNHH Nội thất Gỗ Lái Thiêu Mới",
            "Bình Dương",
            "Khu phố Bình Đức, phường Lái Thiêu, TP. Thuận An, Bình Dương",
            "furniture",
            95,
            30,
            1.0,
        ),
        &[],
    ),
    with_brands(
        site(
            "Xưởng Mộc Tân Phong",
            "Đồng Nai",
            "Ấp 3, xã Thạnh Phú, huyện Vĩnh Cửu, Đồng Nai",
            "furniture",
            45,
            25,
            0.8,
        ),
        &[],
    ),
    with_brands(
        site(
            "Công ty TNHH Chế biến Hạt điều Long Khánh Xanh",
            "Đồng Nai",
            "Ấp Suối Chồn, xã Bảo Vinh, TP. Long Khánh, Đồng Nai",
            "food processing",
            160,
            68,
            1.0,
        ),
        &[],
    ),
    with_brands(
        site(
            "Hợp tác xã May Thanh Trì",
            "Hà Nội",
            "Thôn Vĩnh Ninh, xã Vĩnh Quỳnh, huyện Thanh Trì, Hà Nội",
            "garment",
            60,
            82,
            0.9,
        ),
        &[],
    ),
    with_brands(
        site(
            "Công ty TNHH Thực phẩm Hương Sen Hà Nội",
            "Hà Nội",
            "Cụm công nghiệp Ngọc Hồi, huyện Thanh Trì, Hà Nội",
            "food processing",
            75,
            64,
            0.8,
        ),
        &[],
    ),
    with_brands(
        site(
            "Công ty TNHH Chế biến Thủy sản Đồ Sơn Mới",
            "Hải Phòng",
            "Khu công nghiệp Đồ Sơn, quận Đồ Sơn, Hải Phòng",
            "food processing",
            210,
            70,
            1.0,
        ),
        &[],
    ),
    with_brands(
        site(
            "Công ty TNHH May mặc Hồng Bàng Xanh",
            "Hải Phòng",
            "Số 22 đường Hà Nội, quận Hồng Bàng, Hải Phòng",
            "garment",
            130,
            80,
            0.9,
        ),
        &[0],
    ),
    with_brands(
        site(
            "Cơ sở May gia công Vĩnh Lộc",
            "TP. Hồ Chí Minh",
            "Ấp 4, xã Vĩnh Lộc A, huyện Bình Chánh, TP. Hồ Chí Minh",
            "garment",
            28,
            85,
            0.7,
        ),
        &[],
    ),
    with_brands(
        site(
            "Công ty TNHH Nội thất Biên Hòa Phát",
            "Đồng Nai",
            "KCN Hố Nai, huyện Trảng Bom, Đồng Nai",
            "furniture",
            150,
            35,
            0.9,
        ),
        &[4],
    ),
    with_brands(
        site(
            "Cơ sở Giày dép Hóc Môn",
            "TP. Hồ Chí Minh",
            "Ấp Tân Thới Nhì, huyện Hóc Môn, TP. Hồ Chí Minh",
            "footwear",
            18,
            60,
            0.5,
        ),
        &[],
    ),
];

/// One way a concern is told. Slots in braces are filled per case:
/// `{floor} {line} {section} {n} {small} {amount} {fine} {month} {days} {hour} {months} {when}`.
struct Template {
    category: &'static str,
    /// Relative frequency, in tenths.
    weight: u32,
    summary: &'static str,
    narrative: &'static str,
    shareable: &'static str,
}

const fn t(
    category: &'static str,
    weight: u32,
    summary: &'static str,
    narrative: &'static str,
    shareable: &'static str,
) -> Template {
    Template {
        category,
        weight,
        summary,
        narrative,
        shareable,
    }
}

const BN: &[Template] = &[
    t(
        "life_safety.fire",
        30,
        "{floor} তলার {section} সেকশনে অগ্নিকাণ্ড, ফায়ার অ্যালার্ম বাজেনি",
        "কলার জানান, {when} {floor} তলার {section} সেকশনে বৈদ্যুতিক প্যানেল থেকে আগুন লাগে এবং দ্রুত ধোঁয়া ছড়িয়ে পড়ে। ফায়ার অ্যালার্ম বাজেনি, লাইন সুপারভাইজার প্রথমে সবাইকে কাজ চালিয়ে যেতে বলেন। প্রায় {n} জন শ্রমিক সিঁড়ি দিয়ে নেমে আসেন, কয়েকজন ধোঁয়ায় অসুস্থ। কলার এখন ভবনের বাইরে নিরাপদে আছেন।",
        "{floor} তলার {section} সেকশনে অগ্নিকাণ্ডের অভিযোগ; ফায়ার অ্যালার্ম বাজেনি এবং শ্রমিকদের প্রথমে কাজ চালিয়ে যেতে বলা হয়।",
    ),
    t(
        "life_safety.fire",
        20,
        "জেনারেটর কক্ষ থেকে ঘন ধোঁয়া, সিঁড়িঘরে ধোঁয়া জমে আছে",
        "কলার বলেন, {when} নিচতলার জেনারেটর কক্ষ থেকে ঘন কালো ধোঁয়া বের হয়ে সিঁড়িঘরে জমে গেছে। {floor} তলার শ্রমিকরা নামতে পারছেন না, কেউ কেউ ছাদের দিকে যাচ্ছেন। অগ্নিকাণ্ডের আশঙ্কায় সবাই আতঙ্কিত, ফায়ার সার্ভিসকে খবর দেওয়া হয়েছে কিনা কলার জানেন না।",
        "জেনারেটর কক্ষ থেকে ধোঁয়া বের হয়ে সিঁড়িঘরে জমে যাওয়া এবং সম্ভাব্য অগ্নিকাণ্ডের অভিযোগ।",
    ),
    t(
        "life_safety.electrical",
        20,
        "{floor} তলায় খোলা বৈদ্যুতিক তার থেকে স্পার্ক ও পোড়া গন্ধ",
        "কলার জানান, গত {days} দিন ধরে {floor} তলার {section} সেকশনে মেশিনের উপরের খোলা তার থেকে স্পার্ক হচ্ছে এবং পোড়া গন্ধ পাওয়া যাচ্ছে। ইলেকট্রিশিয়ানকে জানানো হলেও কেউ ঠিক করেনি। আগেও এই কারখানায় ছোট অগ্নিকাণ্ড হয়েছিল বলে শ্রমিকরা ভয় পাচ্ছেন।",
        "{floor} তলার {section} সেকশনে খোলা বৈদ্যুতিক তার থেকে স্পার্ক ও পোড়া গন্ধের অভিযোগ; কয়েক দিনেও মেরামত হয়নি।",
    ),
    t(
        "life_safety.blocked_exits",
        20,
        "ওভারটাইমের সময় {floor} তলার জরুরি বহির্গমন দরজা তালাবদ্ধ",
        "কলার জানান, সন্ধ্যার পর ওভারটাইমের সময় {floor} তলার জরুরি বহির্গমন দরজায় তালা দেওয়া থাকে, চাবি থাকে নিচে সিকিউরিটির কাছে। সিঁড়ির মুখে কার্টনের স্তূপ রাখা হয়েছে। আগুন লাগলে বের হওয়ার পথ থাকবে না বলে শ্রমিকরা ভয় পাচ্ছেন।",
        "{floor} তলার জরুরি বহির্গমন দরজা ওভারটাইমের সময় তালাবদ্ধ থাকে এবং সিঁড়ির পথে কার্টন রাখা হয় বলে অভিযোগ।",
    ),
    t(
        "life_safety.structural",
        10,
        "{floor} তলার পিলার ও দেয়ালে নতুন ফাটল, মেঝে কাঁপে",
        "কলার বলেন, গত সপ্তাহ থেকে {floor} তলার {section} সেকশনের পিলারে ও দেয়ালে বড় ফাটল দেখা যাচ্ছে, ভারী মেশিন চললে মেঝে কাঁপে। ম্যানেজমেন্ট ফাটলগুলো রং করে ঢেকে দিয়েছে। শ্রমিকরা ভবনে ঢুকতে ভয় পাচ্ছেন, কিন্তু না এলে হাজিরা কাটার কথা বলা হয়েছে।",
        "{floor} তলার পিলার ও দেয়ালে ফাটল এবং মেঝে কাঁপার অভিযোগ; শ্রমিকরা ভবনের নিরাপত্তা নিয়ে উদ্বিগ্ন।",
    ),
    t(
        "wages.unpaid",
        140,
        "{month} মাসের বেতন এখনো দেওয়া হয়নি, প্রায় {n} জন শ্রমিক",
        "কলার জানান, {section} সেকশনের প্রায় {n} জন শ্রমিক {month} মাসের বেতন পাননি, প্রত্যেকের পাওনা আনুমানিক {amount} টাকা। ম্যানেজমেন্ট বারবার নতুন তারিখ দিচ্ছে কিন্তু টাকা দিচ্ছে না। বাসাভাড়া দিতে না পারায় অনেক শ্রমিক বাড়িওয়ালার চাপে আছেন।",
        "{section} সেকশনের শ্রমিকরা {month} মাসের বেতন পাননি বলে অভিযোগ।",
    ),
    t(
        "wages.late",
        100,
        "বেতন প্রতি মাসে {days} দিন দেরিতে, {month} মাসের অর্ধেক বাকি",
        "কলার বলেন, আইন অনুযায়ী মাস শেষ হওয়ার ৭ কর্মদিবসের মধ্যে বেতন দেওয়ার কথা, কিন্তু গত তিন মাস ধরে বেতন {days} দিন দেরিতে দেওয়া হচ্ছে। {month} মাসের বেতনের অর্ধেক এখনো বাকি। শ্রমিকরা দোকান থেকে বাকিতে জিনিস কিনে সংসার চালাচ্ছেন।",
        "নির্ধারিত সময়ের পরে বেতন পরিশোধ এবং {month} মাসের বেতনের একাংশ বকেয়া থাকার অভিযোগ।",
    ),
    t(
        "wages.deductions",
        70,
        "এক দিন অসুস্থতার জন্য হাজিরা বোনাসসহ {fine} টাকা কাটা",
        "কলার জানান, অসুস্থতার কারণে এক দিন অনুপস্থিত থাকায় তার পুরো হাজিরা বোনাস এবং আরও {fine} টাকা বেতন থেকে কাটা হয়েছে। ডাক্তারের কাগজ দেখানোর পরেও এইচআর বিভাগ কোনো ব্যাখ্যা দেয়নি। {line} নম্বর লাইনের আরও কয়েকজনের সাথে একই ঘটনা ঘটেছে।",
        "অসুস্থতাজনিত অনুপস্থিতির জন্য হাজিরা বোনাস ও অতিরিক্ত টাকা বেতন থেকে কাটার অভিযোগ।",
    ),
    t(
        "hours.overtime",
        100,
        "প্রতিদিন রাত {hour}টা পর্যন্ত বাধ্যতামূলক ওভারটাইম, শুক্রবারেও কাজ",
        "কলার বলেন, শিপমেন্টের চাপে {section} সেকশনে গত {days} দিন ধরে রাত {hour}টা পর্যন্ত কাজ করানো হচ্ছে, শুক্রবারের ছুটির দিনেও ডাকা হচ্ছে। ওভারটাইমের সব ঘণ্টা কার্ডে লেখা হয় না। কেউ আগে যেতে চাইলে সুপারভাইজার চাকরি থেকে বের করে দেওয়ার হুমকি দেন।",
        "{section} সেকশনে রাত {hour}টা পর্যন্ত বাধ্যতামূলক ওভারটাইম, সাপ্তাহিক ছুটির দিনে কাজ এবং ওভারটাইমের ঘণ্টা পুরোপুরি না লেখার অভিযোগ।",
    ),
    t(
        "hours.leave",
        50,
        "নৈমিত্তিক ছুটি দেওয়া হচ্ছে না, অর্জিত ছুটির টাকাও বাকি",
        "কলার জানান, সন্তানের অসুস্থতার জন্য দুই দিনের নৈমিত্তিক ছুটির আবেদন করলে ফ্লোর ইনচার্জ আবেদনপত্র ফেরত দেন এবং ছুটি নিলে চাকরি থাকবে না বলেন। গত বছরের অর্জিত ছুটির টাকাও এখনো দেওয়া হয়নি। {section} সেকশনের অনেকের একই অভিযোগ।",
        "{section} সেকশনে নৈমিত্তিক ছুটি না দেওয়া এবং অর্জিত ছুটির টাকা বকেয়া থাকার অভিযোগ।",
    ),
    t(
        "benefits",
        40,
        "মাতৃত্বকালীন ছুটি ও সুবিধা দিতে অস্বীকার, ইস্তফার চাপ",
        "কলার জানান, তিনি {months} মাসের অন্তঃসত্ত্বা এবং মাতৃত্বকালীন ছুটির আবেদন করেছেন। এইচআর বলছে ছুটি নিলে সুবিধার টাকা দেওয়া হবে না, বরং ইস্তফা দিয়ে পরে আবার যোগ দিতে বলছে। একই ফ্লোরে আগেও দুইজন নারী শ্রমিকের সাথে এমন হয়েছে।",
        "অন্তঃসত্ত্বা শ্রমিকদের মাতৃত্বকালীন ছুটি ও সুবিধা না দিয়ে ইস্তফা দিতে চাপ দেওয়ার অভিযোগ।",
    ),
    t(
        "termination",
        60,
        "নোটিশ ও পাওনা ছাড়া {n} জন শ্রমিক ছাঁটাই",
        "কলার বলেন, অর্ডার কমে যাওয়ার কথা বলে {section} সেকশনের {n} জন শ্রমিককে কোনো নোটিশ ছাড়াই সকালে গেটে আটকে দেওয়া হয়েছে। শেষ মাসের বেতন, সার্ভিস বেনিফিট বা অর্জিত ছুটির টাকা কিছুই দেওয়া হয়নি। তাদের আইডি কার্ডও জমা নিয়ে নেওয়া হয়েছে।",
        "{section} সেকশনের একদল শ্রমিককে নোটিশ ও আইনানুগ পাওনা ছাড়াই ছাঁটাইয়ের অভিযোগ।",
    ),
    t(
        "abuse.verbal",
        50,
        "লাইন চিফ টার্গেট নিয়ে প্রতিদিন গালিগালাজ করেন",
        "কলার জানান, {line} নম্বর লাইনের লাইন চিফ উৎপাদন টার্গেট পূরণ না হলে নারী শ্রমিকদের অশ্লীল ভাষায় গালি দেন এবং পরিবার তুলে কথা বলেন। কয়েকজন শ্রমিক কান্নাকাটি করে কাজ ছেড়ে দিয়েছেন। আগে মৌখিকভাবে এইচআরকে জানালেও কোনো ব্যবস্থা নেওয়া হয়নি।",
        "{section} সেকশনে উৎপাদন টার্গেট নিয়ে শ্রমিকদের সাথে নিয়মিত অশালীন ভাষা ব্যবহারের অভিযোগ।",
    ),
    t(
        "abuse.physical",
        20,
        "ভুল সেলাইয়ের জন্য সুপারভাইজার শ্রমিককে চড় মেরেছেন",
        "কলার বলেন, গতকাল {line} নম্বর লাইনে সেলাইয়ে ভুলের জন্য সুপারভাইজার একজন নারী শ্রমিককে সবার সামনে চড় মারেন এবং কাপড় ছুড়ে মারেন। শ্রমিকটি মেডিকেল রুমে গেলে তাকে বিশ্রাম না দিয়ে লাইনে ফেরত পাঠানো হয়। ভয়ে কেউ সাক্ষ্য দিতে চাইছেন না।",
        "{section} সেকশনে একজন সুপারভাইজার কর্তৃক শ্রমিককে শারীরিক আঘাতের অভিযোগ।",
    ),
    t(
        "abuse.sexual_harassment",
        30,
        "ফ্লোর ইনচার্জের বিরুদ্ধে নারী শ্রমিকদের যৌন হয়রানির অভিযোগ",
        "কলার জানান, {section} সেকশনের ফ্লোর ইনচার্জ কয়েকজন তরুণী শ্রমিককে রাতে ফোন করে অশালীন কথা বলেন এবং ওভারটাইমের পরে থেকে যেতে চাপ দেন। রাজি না হলে টার্গেট বাড়িয়ে দেওয়ার হুমকি দেন। কারখানার যৌন হয়রানি প্রতিরোধ কমিটির কাছে যেতে শ্রমিকরা ভয় পাচ্ছেন।",
        "{section} সেকশনের একজন ঊর্ধ্বতন কর্মীর বিরুদ্ধে নারী শ্রমিকদের যৌন হয়রানির অভিযোগ।",
    ),
    t(
        "reprisal",
        30,
        "হেল্পলাইনে অভিযোগের পর বদলি ও চাকরিচ্যুতির হুমকি",
        "কলার বলেন, বেতন নিয়ে হেল্পলাইনে ফোন করার কথা সুপারভাইজার জেনে গেছেন বলে তার ধারণা। এরপর তাকে {line} নম্বর লাইন থেকে কঠিন অপারেশনে বদলি করা হয়েছে এবং প্রতিদিন হাজিরা নিয়ে হুমকি দেওয়া হচ্ছে। তিনি চান না কারখানা তার নাম জানুক।",
        "অভিযোগ করার পর শ্রমিকদের বদলি ও চাকরিচ্যুতির হুমকি দেওয়ার অভিযোগ।",
    ),
    t(
        "osh.heat",
        30,
        "{floor} তলায় প্রচণ্ড গরম, এক্সস্ট ফ্যান নষ্ট, শ্রমিক অজ্ঞান",
        "কলার জানান, {floor} তলার {section} সেকশনে বেশিরভাগ এক্সস্ট ফ্যান নষ্ট, দুপুরের পর ভেতরে অসহনীয় গরম হয়। এই সপ্তাহে {small} জন শ্রমিক মাথা ঘুরে পড়ে গেছেন। খাবার পানির ফিল্টারও কয়েক দিন ধরে বন্ধ।",
        "{floor} তলার {section} সেকশনে অতিরিক্ত গরম, নষ্ট এক্সস্ট ফ্যান এবং খাবার পানির অভাবের অভিযোগ; কয়েকজন শ্রমিক অসুস্থ হয়েছেন।",
    ),
    t(
        "osh.toilets_water",
        20,
        "টয়লেট তালাবদ্ধ রাখা হয়, লাইন চলাকালীন যেতে বাধা",
        "কলার বলেন, {floor} তলার নারী টয়লেটগুলোর দুটি তালাবদ্ধ থাকে এবং বাকিগুলোতে পানি থাকে না। লাইন চলাকালীন টয়লেটে যেতে চাইলে সুপারভাইজার সময় গুনে বকাবকি করেন। অনেক নারী শ্রমিক পানি কম খান এবং প্রস্রাবের সংক্রমণে ভুগছেন।",
        "{floor} তলায় টয়লেট ব্যবহারে বাধা, তালাবদ্ধ টয়লেট ও পানির অভাবের অভিযোগ।",
    ),
    t(
        "osh.machine_safety",
        15,
        "কাটিং মেশিনে নিরাপত্তা গার্ড নেই, শ্রমিকের আঙুল কেটেছে",
        "কলার জানান, কাটিং সেকশনের স্ট্রেইট নাইফ মেশিনে নিরাপত্তা গার্ড ও স্টিলের গ্লাভস নেই। গত সপ্তাহে একজন শ্রমিকের আঙুল গুরুতর কেটে যায়, তাকে শুধু ব্যান্ডেজ দিয়ে আবার কাজে পাঠানো হয়। এর আগেও {small} জন আহত হয়েছেন।",
        "কাটিং সেকশনে মেশিনে নিরাপত্তা গার্ড ও সুরক্ষা গ্লাভস না থাকা এবং শ্রমিক আহত হওয়ার অভিযোগ।",
    ),
    t(
        "association",
        20,
        "ইউনিয়নের জন্য সই সংগ্রহ করায় শ্রমিকদের হুমকি",
        "কলার বলেন, কয়েকজন শ্রমিক ট্রেড ইউনিয়ন রেজিস্ট্রেশনের জন্য সই সংগ্রহ করছিলেন। এরপর অ্যাডমিন অফিসে ডেকে নিয়ে সই সংগ্রহ বন্ধ না করলে চাকরি যাবে বলে সতর্ক করা হয়েছে। অংশগ্রহণকারী কমিটির নির্বাচনও দুই বছর ধরে হয়নি।",
        "ট্রেড ইউনিয়ন গঠনের উদ্যোগ নেওয়া শ্রমিকদের চাকরিচ্যুতির হুমকি দেওয়ার অভিযোগ।",
    ),
    t(
        "child_forced_labour.child",
        7,
        "{section} সেকশনে ১৫ বছরের কম বয়সী শিশু শ্রমিক",
        "কলার জানান, {section} সেকশনে প্রায় {small} জন কিশোর-কিশোরী কাজ করছে, যাদের বয়স ১৫ বছরের কম বলে মনে হয়। বায়ারের অডিটের দিন তাদের গোডাউনে সরিয়ে রাখা হয়। তাদের কাগজপত্রে বয়স বাড়িয়ে লেখা হয়েছে বলে কলার শুনেছেন।",
        "{section} সেকশনে অপ্রাপ্তবয়স্ক শ্রমিক নিয়োগের অভিযোগ।",
    ),
    t(
        "informational.test_call",
        80,
        "পরীক্ষামূলক কল, হেল্পলাইন নম্বর কাজ করে কিনা দেখছিলেন",
        "কলার কারখানার প্রশিক্ষণে হেল্পলাইন কার্ড পেয়েছেন এবং নম্বরটি সত্যিই কাজ করে কিনা দেখতে ফোন করেছেন। কোনো অভিযোগ নেই। অপারেটর জানিয়েছেন হেল্পলাইন ২৪ ঘণ্টা খোলা থাকে এবং পরিচয় গোপন রাখা হয়।",
        "পরীক্ষামূলক কল; কোনো অভিযোগ নেই।",
    ),
    t(
        "informational.question",
        70,
        "অভিযোগ করলে নাম গোপন থাকবে কিনা জানতে চেয়েছেন",
        "কলার জানতে চান অভিযোগ করলে কারখানা তার নাম জানতে পারবে কিনা এবং অভিযোগের পরে কী হয়। অপারেটর কেস কোড, গোপনীয়তা ও ফলো-আপের নিয়ম বুঝিয়ে বলেছেন। কলার সহকর্মীদের সাথে কথা বলে পরে আবার ফোন করবেন।",
        "হেল্পলাইনের কার্যপ্রণালী নিয়ে তথ্য চেয়েছেন; কোনো অভিযোগ নেই।",
    ),
    t(
        "out_of_scope.referral",
        20,
        "জমি নিয়ে পারিবারিক বিরোধ, আইনি সহায়তা সংস্থায় রেফার",
        "কলার গ্রামের বাড়ির জমি নিয়ে পারিবারিক বিরোধে সাহায্য চেয়েছেন, যা কারখানার সাথে সম্পর্কিত নয়। অপারেটর তাকে বিনামূল্যে আইনি সহায়তা দেয় এমন সংস্থার নম্বর দিয়েছেন।",
        "হেল্পলাইনের আওতার বাইরের বিষয়; অন্য সংস্থায় রেফার করা হয়েছে।",
    ),
];

const EN: &[Template] = &[
    t(
        "life_safety.fire",
        30,
        "Fire in the {section} section on floor {floor}; alarm did not sound",
        "Caller says a fire started {when} at an electrical panel in the {section} section on floor {floor} and smoke spread quickly. The fire alarm did not sound and the line supervisor first told workers to keep working. About {n} workers came down the stairs; some feel sick from the smoke. The caller is now outside the building and safe.",
        "Report of a fire in the {section} section on floor {floor}; the alarm did not sound and workers were first told to keep working.",
    ),
    t(
        "life_safety.blocked_exits",
        20,
        "Emergency exit on floor {floor} padlocked during overtime",
        "Caller reports that the emergency exit door on floor {floor} is padlocked during evening overtime and the key is kept by security on the ground floor. Cartons are stacked at the top of the staircase. Workers are afraid they could not get out in a fire.",
        "Emergency exit on floor {floor} reported locked during overtime, with cartons blocking the staircase.",
    ),
    t(
        "life_safety.alarm_equipment",
        15,
        "Fire extinguishers empty and no fire drill for a year",
        "Caller says the fire extinguishers on floor {floor} carry expired tags and two were found empty after a small incident last month. There has been no fire drill for about a year and new workers do not know the assembly point. The alarm on the floor has not been tested since it was installed.",
        "Expired or empty fire extinguishers on floor {floor}, no recent fire drill and an untested alarm reported.",
    ),
    t(
        "wages.unpaid",
        140,
        "{month} wages not paid to about {n} workers",
        "Caller reports that about {n} workers in the {section} section have not received their {month} wages, roughly {amount} taka each. Management keeps giving new dates without paying. Many workers cannot pay rent and landlords are threatening to evict them.",
        "Workers in the {section} section report unpaid {month} wages.",
    ),
    t(
        "wages.late",
        90,
        "Wages paid {days} days late every month; half of {month} still owed",
        "Caller says wages should be paid within seven working days of the month's end, but for three months they have come {days} days late. Half of the {month} wages are still outstanding. Workers are buying food on credit from local shops.",
        "Wages paid after the legal deadline; part of the {month} wages reported outstanding.",
    ),
    t(
        "hours.overtime",
        90,
        "Forced overtime until {hour} every day, including Fridays",
        "Caller says that because of a shipment deadline the {section} section has worked until {hour} for the last {days} days, and workers are called in on Fridays too. Not all overtime hours are recorded on the time cards. The supervisor threatens dismissal if anyone asks to leave early.",
        "Compulsory overtime until {hour} in the {section} section, work on the weekly holiday and overtime hours not fully recorded.",
    ),
    t(
        "termination",
        60,
        "{n} workers dismissed without notice or final pay",
        "Caller says {n} workers from the {section} section were stopped at the gate in the morning and told there was no more work because orders had dropped. No notice, final wages or service benefit were paid. Their ID cards were taken from them.",
        "A group of {section} workers reportedly dismissed without notice or legal dues.",
    ),
    t(
        "abuse.verbal",
        50,
        "Line chief shouts abuse at workers over production targets",
        "Caller reports that the line chief of line {line} uses obscene language against women workers whenever the hourly target is missed. Several workers have left in tears and two have resigned. A verbal complaint to HR led to no action.",
        "Regular abusive language towards workers over production targets reported in the {section} section.",
    ),
    t(
        "abuse.sexual_harassment",
        30,
        "Floor in-charge accused of sexually harassing young women workers",
        "Caller says the floor in-charge of the {section} section phones young women workers at night with indecent remarks and pressures them to stay behind after overtime. Those who refuse are given higher targets. Workers are afraid to approach the anti-harassment committee.",
        "Allegation of sexual harassment of women workers by a senior staff member in the {section} section.",
    ),
    t(
        "reprisal",
        30,
        "Transferred and threatened after calling the helpline",
        "Caller believes the supervisor found out that they called the helpline about wages last month. Since then they have been moved from line {line} to a harder operation and are threatened every day about attendance. The caller does not want the factory to know their name.",
        "Concern about retaliation (transfers, threats) against workers who raised complaints.",
    ),
    t(
        "osh.first_aid",
        20,
        "No nurse on the night shift and the first-aid box is empty",
        "Caller says there is no nurse or trained first-aider on the night shift and the first-aid box on floor {floor} has been empty for weeks. Last week a worker with a needle injury had to wait until morning for treatment. The medical room is locked after 8 pm.",
        "No first-aid cover on the night shift and an empty first-aid box on floor {floor} reported.",
    ),
    t(
        "benefits",
        40,
        "Festival bonus not paid before Eid",
        "Caller reports that the festival bonus was not paid before Eid and management now says it will come in instalments with the {month} wages. Workers with less than one year of service were told they get nothing. About {n} workers are affected.",
        "Festival bonus reported unpaid before Eid and deferred to later wages.",
    ),
    t(
        "informational.test_call",
        80,
        "Test call to check that the helpline number works",
        "Caller got a helpline card at a factory training session and wanted to check that the number really works. No complaint. The operator explained that the line is open 24 hours and calls are confidential.",
        "Test call; no complaint.",
    ),
    t(
        "informational.question",
        70,
        "Asked whether the factory would learn the caller's name",
        "Caller asked whether the factory would find out who complained and what happens after a complaint. The operator explained case codes, confidentiality and follow-up. The caller will talk to co-workers and may call again.",
        "Asked how the helpline works; no complaint.",
    ),
];

const VI: &[Template] = &[
    t(
        "life_safety.fire",
        30,
        "Cháy ở bộ phận {section}, chuông báo cháy không kêu",
        "Người gọi cho biết vào {when} nay có cháy từ ổ điện ở bộ phận {section}, khói lan khắp xưởng. Chuông báo cháy không kêu và bình chữa cháy đã hết hạn. Khoảng {n} công nhân tự chạy ra ngoài, có người bị sặc khói. Hiện người gọi đã ra khỏi xưởng và an toàn.",
        "Phản ánh có cháy tại bộ phận {section}; chuông báo cháy không hoạt động, bình chữa cháy hết hạn.",
    ),
    t(
        "life_safety.blocked_exits",
        20,
        "Cửa thoát hiểm bị khóa, lối đi chất đầy hàng",
        "Người gọi phản ánh cửa thoát hiểm phía sau xưởng bị khóa trong giờ làm việc để chống mất hàng, chìa khóa do bảo vệ giữ. Lối đi chính ở bộ phận {section} chất đầy thùng hàng và pallet. Nhiều công nhân lo sợ nếu xảy ra cháy sẽ không thoát ra được.",
        "Cửa thoát hiểm bị khóa trong giờ làm việc và lối đi ở bộ phận {section} bị chắn.",
    ),
    t(
        "life_safety.electrical",
        15,
        "Dây điện hở trên nền ướt, công nhân bị điện giật nhẹ",
        "Người gọi cho biết dây điện ở bộ phận {section} bị hở, nối tạm bằng băng keo và nằm trên nền nhà ướt. Tuần này đã có {small} công nhân bị điện giật nhẹ. Quản đốc hứa sẽ sửa nhưng đã {days} ngày vẫn chưa ai đến.",
        "Dây điện hở trên nền ướt ở bộ phận {section}, đã có người bị điện giật nhẹ; chưa được sửa chữa.",
    ),
    t(
        "wages.unpaid",
        140,
        "Công ty nợ lương tháng {month} của khoảng {n} công nhân",
        "Người gọi cho biết công ty chưa trả lương tháng {month} cho khoảng {n} công nhân, mỗi người khoảng {amount} đồng. Chủ doanh nghiệp hẹn nhiều lần nhưng đến nay vẫn chưa trả. Nhiều công nhân ở trọ không có tiền trả tiền phòng và tiền học cho con.",
        "Công nhân phản ánh chưa được trả lương tháng {month}.",
    ),
    t(
        "wages.late",
        80,
        "Lương trả chậm {days} ngày, không báo trước",
        "Người gọi phản ánh ba tháng nay công ty trả lương chậm khoảng {days} ngày so với ngày ghi trong hợp đồng, không có thông báo hay giải thích. Lương tháng {month} mới trả được một nửa. Công nhân phải vay mượn để chi tiêu.",
        "Lương trả chậm so với hợp đồng; lương tháng {month} mới trả một phần.",
    ),
    t(
        "wages.deductions",
        60,
        "Bị trừ {fine} đồng khi nghỉ ốm có giấy bác sĩ",
        "Người gọi cho biết nghỉ ốm hai ngày có giấy của trạm y tế nhưng vẫn bị trừ {fine} đồng và mất toàn bộ tiền chuyên cần. Kế toán nói đây là quy định của công ty nhưng không đưa ra văn bản. Nhiều công nhân khác ở bộ phận {section} cũng bị trừ như vậy.",
        "Công nhân phản ánh bị trừ lương và tiền chuyên cần khi nghỉ ốm có giấy xác nhận.",
    ),
    t(
        "hours.overtime",
        100,
        "Tăng ca đến {hour} mỗi ngày, làm cả Chủ nhật",
        "Người gọi cho biết từ đầu tháng công nhân bộ phận {section} phải làm đến {hour} mỗi ngày và làm cả Chủ nhật để kịp đơn hàng. Số giờ tăng ca vượt mức luật cho phép nhưng bảng chấm công chỉ ghi một phần. Ai xin về sớm thì bị tổ trưởng dọa cắt thưởng chuyên cần.",
        "Tăng ca kéo dài đến {hour}, làm việc cả Chủ nhật và giờ tăng ca không được ghi đủ.",
    ),
    t(
        "hours.leave",
        50,
        "Không được nghỉ phép năm, nghỉ thì bị trừ lương",
        "Người gọi cho biết đã làm việc hơn hai năm nhưng chưa lần nào được nghỉ phép năm có lương. Khi xin nghỉ để về quê chăm mẹ ốm, tổ trưởng không duyệt và nói nghỉ thì trừ lương. Công nhân bộ phận {section} đều gặp tình trạng này.",
        "Công nhân không được nghỉ phép năm có lương theo quy định.",
    ),
    t(
        "benefits",
        50,
        "Công ty trừ tiền bảo hiểm nhưng không đóng bảo hiểm xã hội",
        "Người gọi cho biết phiếu lương hằng tháng vẫn trừ tiền bảo hiểm xã hội, nhưng kiểm tra trên ứng dụng VssID thì công ty đã ngừng đóng từ {months} tháng nay. Khoảng {n} công nhân bị ảnh hưởng. Một nữ công nhân sắp sinh lo không được hưởng chế độ thai sản.",
        "Công ty bị phản ánh trừ tiền bảo hiểm xã hội của công nhân nhưng không đóng cho cơ quan bảo hiểm.",
    ),
    t(
        "termination",
        50,
        "Bị cho nghỉ việc ngay, không báo trước, không trợ cấp",
        "Người gọi cho biết sáng nay chủ doanh nghiệp thông báo cho {n} công nhân nghỉ việc ngay vì ít đơn hàng, không báo trước. Công ty không trả lương những ngày đã làm trong tháng và không chốt sổ bảo hiểm. Công nhân không biết phải làm thủ tục hưởng trợ cấp thất nghiệp thế nào.",
        "Một nhóm công nhân bị cho nghỉ việc không báo trước, chưa được thanh toán lương và chốt sổ bảo hiểm.",
    ),
    t(
        "abuse.verbal",
        40,
        "Tổ trưởng thường xuyên chửi mắng, xúc phạm công nhân",
        "Người gọi phản ánh tổ trưởng bộ phận {section} thường quát tháo, chửi mắng công nhân bằng lời lẽ thô tục khi không đạt sản lượng. Có nữ công nhân bị mắng trước mặt mọi người đến mức phải bỏ về. Công nhân đã báo với quản lý nhưng không có thay đổi.",
        "Phản ánh về việc chửi mắng, xúc phạm công nhân tại bộ phận {section}.",
    ),
    t(
        "abuse.sexual_harassment",
        25,
        "Quản đốc quấy rối tình dục nữ công nhân",
        "Người gọi cho biết quản đốc thường đụng chạm và nói những lời gạ gẫm với các nữ công nhân trẻ ở bộ phận {section}, nhắn tin riêng vào buổi tối. Ai phản đối thì bị chuyển sang việc nặng hơn. Các chị em không dám báo với chủ doanh nghiệp vì quản đốc là người nhà của chủ.",
        "Phản ánh quấy rối tình dục đối với nữ công nhân bởi một người quản lý tại bộ phận {section}.",
    ),
    t(
        "osh.ventilation",
        30,
        "Bộ phận {section} đầy bụi và mùi hóa chất, không có quạt hút",
        "Người gọi phản ánh bộ phận {section} không có hệ thống hút bụi, hút mùi; công nhân làm cả ngày trong bụi và mùi dung môi. Công ty chỉ phát khẩu trang vải mỏng, mỗi tháng một cái. Nhiều người bị ho, đau đầu và ngứa mắt.",
        "Bộ phận {section} thiếu thông gió và hút bụi, công nhân không được cấp khẩu trang phù hợp.",
    ),
    t(
        "osh.heat",
        25,
        "Nhà xưởng nóng bức, có công nhân bị ngất",
        "Người gọi cho biết mái tôn nhà xưởng không có lớp cách nhiệt, buổi trưa bên trong rất nóng mà quạt công nghiệp hỏng gần hết. Tuần này có {small} công nhân bị choáng, ngất khi đang làm việc. Nước uống phải tự mang theo vì bình nước của công ty thường hết.",
        "Nhà xưởng nóng bức, thiếu quạt và nước uống; một số công nhân bị ngất.",
    ),
    t(
        "reprisal",
        25,
        "Bị chuyển việc và dọa đuổi sau khi gọi đường dây nóng",
        "Người gọi cho biết sau khi gọi đường dây nóng phản ánh về tiền lương tháng trước, tổ trưởng đã biết chuyện. Từ đó người gọi bị chuyển sang việc nặng nhất ở bộ phận {section} và bị dọa không ký tiếp hợp đồng. Người gọi đề nghị giữ kín danh tính.",
        "Lo ngại công nhân bị trù dập (chuyển việc, đe dọa không gia hạn hợp đồng) sau khi phản ánh.",
    ),
    t(
        "child_forced_labour.child",
        7,
        "Có trẻ em dưới 15 tuổi làm việc tại xưởng",
        "Người gọi cho biết có khoảng {small} em nhỏ, trông chưa đến 15 tuổi, làm ở bộ phận {section}, chủ yếu vào buổi tối và cuối tuần. Khi có đoàn kiểm tra, các em được cho về sớm. Các em là con của công nhân từ quê lên.",
        "Phản ánh có lao động trẻ em làm việc tại bộ phận {section}.",
    ),
    t(
        "informational.test_call",
        70,
        "Gọi thử để kiểm tra số đường dây nóng",
        "Người gọi nhận được tờ rơi về đường dây nóng tại buổi tập huấn ở doanh nghiệp và gọi thử xem số có hoạt động không. Không có phản ánh. Điện thoại viên đã giới thiệu giờ tiếp nhận và cam kết bảo mật thông tin của công nhân.",
        "Cuộc gọi thử; không có phản ánh.",
    ),
    t(
        "informational.question",
        70,
        "Hỏi cách tính lương tăng ca và việc bảo mật danh tính",
        "Người gọi hỏi lương làm thêm giờ ngày thường và ngày Chủ nhật được tính bao nhiêu phần trăm, và nếu phản ánh thì chủ doanh nghiệp có biết tên không. Điện thoại viên đã giải thích quy định, quy trình xử lý và việc bảo mật. Người gọi sẽ trao đổi với các công nhân khác rồi gọi lại.",
        "Hỏi thông tin về quy định tăng ca và cách đường dây nóng hoạt động; không có phản ánh.",
    ),
    t(
        "out_of_scope.referral",
        15,
        "Tranh chấp tiền cọc nhà trọ, giới thiệu trợ giúp pháp lý",
        "Người gọi nhờ tư vấn về việc chủ nhà trọ giữ tiền cọc khi chuyển đi, không liên quan đến nơi làm việc. Điện thoại viên đã giới thiệu trung tâm trợ giúp pháp lý nhà nước của tỉnh.",
        "Nội dung ngoài phạm vi đường dây nóng; đã giới thiệu đến cơ quan trợ giúp pháp lý.",
    ),
];

const NOTES_BN: &[&str] = &[
    "নিরাপদ সময়ে কলারকে কলব্যাক করা হয়েছে; তিনি অভিযোগের তথ্য নিশ্চিত করেছেন।",
    "প্রটোকল অনুযায়ী কারখানার কমপ্লায়েন্স বিভাগে পাঠানোর জন্য রিপোর্ট তৈরি করা হয়েছে, কলারের পরিচয় ছাড়া।",
    "এই কারখানা থেকে আগেও একই ধরনের অভিযোগ এসেছে; কেসগুলো একসাথে দেখা দরকার।",
    "কলার পরিচয় গোপন রাখার অনুরোধ করেছেন; শেয়ারযোগ্য সারাংশে শনাক্তযোগ্য কিছু নেই তা যাচাই করা হয়েছে।",
    "আরেকজন শ্রমিক ফোন করে একই তথ্য দিয়েছেন।",
    "সুপারভাইজারকে জানানো হয়েছে, অগ্রাধিকার দিয়ে দেখা হবে।",
    "কলার এসএমএসে কেস কোড পেয়েছেন বলে নিশ্চিত করেছেন।",
    "কলব্যাকের চেষ্টা করা হয়েছিল, ফোন বন্ধ পাওয়া গেছে; আগামীকাল নিরাপদ সময়ে আবার চেষ্টা করা হবে।",
];

const NOTES_BN_LIFE_SAFETY: &[&str] = &[
    "কলারকে সাথে সাথে ভবন থেকে বের হয়ে নিরাপদ স্থানে যেতে বলা হয়েছে; কারখানার ২৪ ঘণ্টার নিরাপত্তা যোগাযোগ ব্যক্তিকে ফোন করা হয়েছে।",
    "কারখানা জানিয়েছে পরিস্থিতি নিয়ন্ত্রণে, কেউ হাসপাতালে ভর্তি হননি; যাচাই করা প্রয়োজন।",
    "কারখানার কাছে বহির্গমন পথ ও অগ্নিনির্বাপণ সরঞ্জামের ছবি প্রমাণ হিসেবে চাওয়া হয়েছে।",
];

const NOTES_EN: &[&str] = &[
    "Called the worker back inside their safe window; they confirmed the details.",
    "Prepared the report to the factory per protocol, without the caller's identity.",
    "Similar complaints came from this factory before; these should be looked at together.",
    "Caller asked for confidentiality; checked that the shareable summary has nothing identifying.",
    "A second worker called with the same information.",
    "Flagged to the supervisor for priority follow-up.",
    "Worker confirmed they received the case code by SMS.",
    "Callback attempted, phone switched off; will try again tomorrow in the safe window.",
];

const NOTES_EN_LIFE_SAFETY: &[&str] = &[
    "Told the caller to leave the building at once and go to a safe place; called the factory's 24-hour safety contact.",
    "Factory says the situation is under control and nobody was taken to hospital; needs verification.",
    "Asked the factory for photos of the exits and fire equipment as evidence.",
];

const NOTES_VI: &[&str] = &[
    "Đã gọi lại cho người lao động trong khung giờ an toàn; họ xác nhận thông tin phản ánh.",
    "Đã soạn báo cáo gửi doanh nghiệp theo quy trình, không nêu danh tính người gọi.",
    "Doanh nghiệp này đã có phản ánh tương tự trước đây; cần xem xét các hồ sơ cùng lúc.",
    "Người gọi đề nghị giữ bí mật danh tính; đã kiểm tra bản tóm tắt chia sẻ không có thông tin nhận dạng.",
    "Một công nhân khác cũng gọi đến phản ánh nội dung tương tự.",
    "Đã báo giám sát viên để ưu tiên xử lý.",
    "Người lao động xác nhận đã nhận mã hồ sơ qua tin nhắn.",
    "Đã gọi lại nhưng không liên lạc được; sẽ gọi lại vào khung giờ an toàn ngày mai.",
];

const NOTES_VI_LIFE_SAFETY: &[&str] = &[
    "Đã hướng dẫn người gọi rời khỏi xưởng ngay và đến nơi an toàn; đã gọi cho người phụ trách an toàn của doanh nghiệp.",
    "Doanh nghiệp cho biết đã khắc phục tạm thời, không có ai phải nhập viện; cần kiểm tra lại tại chỗ.",
    "Đã đề nghị doanh nghiệp gửi ảnh lối thoát hiểm và thiết bị chữa cháy làm bằng chứng.",
];

const INCIDENT_NOTE_BN: &str =
    "একই অগ্নিকাণ্ড নিয়ে আরও কয়েকজন শ্রমিক ফোন করেছেন; প্রথম কেসের সাথে একটি ঘটনা হিসেবে দেখা হবে।";
const INCIDENT_NOTE_EN: &str = "Several workers called about the same fire; to be handled as one incident with the first case.";

const NAMES_BN: &[&str] = &[
    "রিনা আক্তার",
    "শাহানা বেগম",
    "নাসরিন সুলতানা",
    "মোছা. রোকেয়া খাতুন",
    "কামরুল হাসান",
    "মো. জাহিদুল ইসলাম",
    "পারভীন আক্তার",
    "সুমি রানী দাস",
    "আব্দুল করিম",
    "ফাতেমা খাতুন",
    "লাকী আক্তার",
    "রাশেদুল ইসলাম",
];
const NAMES_EN: &[&str] = &[
    "Rina Akter",
    "Shahana Begum",
    "Nasrin Sultana",
    "Kamrul Hasan",
    "Parvin Akter",
    "Jahidul Islam",
    "Fatema Khatun",
    "Sumi Rani Das",
];
const NAMES_VI: &[&str] = &[
    "Nguyễn Thị Hoa",
    "Trần Văn Nam",
    "Lê Thị Mai",
    "Phạm Thị Thu",
    "Hoàng Văn Dũng",
    "Võ Thị Hạnh",
    "Đặng Thị Lan Anh",
    "Bùi Văn Tùng",
    "Ngô Thị Ngọc",
    "Huỳnh Thị Kim",
];

/// Where the demo's fire with several callers happens.
const INCIDENT_SITE: &str = "Shitalakshya Knit Composite Ltd";

const SAFE_WINDOWS: &[(&str, &str)] = &[
    ("18:00", "21:00"),
    ("19:00", "22:00"),
    ("12:30", "13:30"),
    ("21:00", "23:30"),
    ("08:00", "08:45"),
    ("22:00", "01:00"),
];

const MONTHS_BN: [&str; 12] = [
    "জানুয়ারি",
    "ফেব্রুয়ারি",
    "মার্চ",
    "এপ্রিল",
    "মে",
    "জুন",
    "জুলাই",
    "আগস্ট",
    "সেপ্টেম্বর",
    "অক্টোবর",
    "নভেম্বর",
    "ডিসেম্বর",
];
const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Sections of a workplace by sector; Bengali and English lists are parallel.
fn sections(sector: &str, language: Language) -> &'static [&'static str] {
    match (language, sector) {
        (Language::Bn, "knitwear") => &["নিটিং", "সুইং", "ফিনিশিং", "কাটিং", "প্যাকিং"],
        (Language::Bn, "sweater") => &["লিংকিং", "সুইং", "ফিনিশিং", "নিটিং", "প্যাকিং"],
        (Language::Bn, "denim") => &["ওয়াশিং", "সুইং", "ফিনিশিং", "কাটিং", "প্যাকিং"],
        (Language::Bn, _) => &["আয়রন", "সুইং", "ফিনিশিং", "কাটিং", "প্যাকিং"],
        (Language::En, "knitwear") => &["knitting", "sewing", "finishing", "cutting", "packing"],
        (Language::En, "sweater") => &["linking", "sewing", "finishing", "knitting", "packing"],
        (Language::En, "denim") => &["washing", "sewing", "finishing", "cutting", "packing"],
        (Language::En, _) => &["ironing", "sewing", "finishing", "cutting", "packing"],
        (Language::Vi, "footwear") => &["gò", "may mũ giày", "ép đế", "đóng gói"],
        (Language::Vi, "furniture") => &["cưa xẻ", "chà nhám", "sơn", "lắp ráp"],
        (Language::Vi, "food processing") => &["sơ chế", "chế biến", "cấp đông", "đóng gói"],
        (Language::Vi, _) => &["may", "cắt", "ủi", "đóng gói"],
    }
}

/// Numbers drawn once per case; rendered per language.
#[derive(Clone)]
struct Slots {
    floor: i64,
    line: i64,
    section: usize,
    n: i64,
    small: i64,
    amount: i64,
    fine: i64,
    days: i64,
    hour: usize,
    months: i64,
    /// 1–12: the month the wages are for.
    month: usize,
    /// Local hour of the call, for "this morning" and the like.
    local_hour: i64,
}

impl Slots {
    fn draw(rng: &mut StdRng, country: Country, workers: i64, at: i64) -> Slots {
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

    fn render(&self, text: &str, language: Language, sector: &str) -> String {
        let num = |n: i64| format_integer(n, language);
        let sections = sections(sector, language);
        let section = sections
            .get(self.section % sections.len())
            .copied()
            .unwrap_or_default();
        let month_index = self.month.saturating_sub(1) % 12;
        let month = match language {
            Language::Bn => MONTHS_BN[month_index].to_owned(),
            Language::En => MONTHS_EN[month_index].to_owned(),
            Language::Vi => self.month.to_string(),
        };
        let hour = match language {
            Language::Bn => num([10, 11, 12][self.hour % 3]),
            Language::En => ["10 pm", "11 pm", "midnight"][self.hour % 3].to_owned(),
            Language::Vi => ["21 giờ", "22 giờ", "23 giờ"][self.hour % 3].to_owned(),
        };
        let part = match self.local_hour {
            5..=11 => 0,
            12..=15 => 1,
            16..=18 => 2,
            _ => 3,
        };
        let when = match language {
            Language::Bn => ["আজ সকালে", "আজ দুপুরে", "আজ বিকেলে", "রাতের শিফটে"][part],
            Language::En => ["this morning", "around midday", "this afternoon", "tonight"][part],
            Language::Vi => ["sáng", "trưa", "chiều", "tối"][part],
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
            .replace("{month}", &month)
            .replace("{hour}", &hour)
            .replace("{when}", when)
    }
}

fn utc_offset(country: Country) -> i64 {
    match country {
        Country::Bangladesh => 6 * HOUR,
        Country::Vietnam => 7 * HOUR,
    }
}

fn local_hour(at: i64, country: Country) -> i64 {
    (at + utc_offset(country)).rem_euclid(DAY) / HOUR
}

/// (month 1–12, day of month) in the country's local time. Both countries have a
/// fixed UTC offset, so no zone data is needed.
fn local_month_day(at: i64, country: Country) -> (usize, i8) {
    jiff::Timestamp::from_millisecond(at + utc_offset(country))
        .map(|ts| {
            let d = ts.to_zoned(jiff::tz::TimeZone::UTC).date();
            (usize::try_from(d.month()).unwrap_or(1), d.day())
        })
        .unwrap_or((1, 1))
}

/// A moment `days_ago` local days before `now`, at a plausible hour for a worker to
/// call: lunch break and evenings after the shift, a few at night.
fn call_time(rng: &mut StdRng, now: i64, days_ago: i64, country: Country) -> i64 {
    const HOUR_WEIGHTS: [u32; 24] = [
        1, 1, 1, 1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 5, 4, 3, 3, 3, 6, 7, 7, 6, 4, 2,
    ];
    let hours = WeightedIndex::new(HOUR_WEIGHTS).expect("static weights are valid");
    let off = utc_offset(country);
    let local_midnight = ((now + off).div_euclid(DAY) - days_ago) * DAY - off;
    let hour = i64::try_from(hours.sample(rng)).unwrap_or(12);
    let at = local_midnight + hour * HOUR + rng.gen_range(0..HOUR);
    if at > now - 10 * MINUTE { at - DAY } else { at }
}

/// The helpline grows: recent months see more calls than six months ago.
fn days_ago(rng: &mut StdRng) -> i64 {
    loop {
        let d = rng.gen_range(0..DAYS_BACK);
        let weight = 0.55 + 0.45 * (DAYS_BACK - d) as f64 / DAYS_BACK as f64;
        if rng.gen_bool(weight) {
            return d;
        }
    }
}

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

#[derive(Clone, Copy)]
struct Staff {
    supervisor: i64,
    operator: i64,
    operator_bn: i64,
    operator_vi: i64,
}

impl Staff {
    /// Who takes a call in this language.
    fn taker(self, rng: &mut StdRng, language: Language) -> i64 {
        match language {
            Language::Bn if rng.gen_bool(0.25) => self.operator,
            Language::Bn => self.operator_bn,
            Language::En => self.operator,
            Language::Vi => self.operator_vi,
        }
    }

    /// Who a case in this language may be assigned to.
    fn assignee(self, rng: &mut StdRng, language: Language) -> i64 {
        let pool: &[i64] = match language {
            Language::Bn => &[
                self.operator_bn,
                self.operator_bn,
                self.supervisor,
                self.operator,
            ],
            Language::En => &[self.operator, self.supervisor],
            Language::Vi => &[self.operator_vi],
        };
        pool.choose(rng).copied().unwrap_or(self.supervisor)
    }
}

struct PlacedSite {
    id: i64,
    name: &'static str,
    country: Country,
    sector: &'static str,
    workers: i64,
    calls: f64,
}

enum Event {
    Note { author: i64, text: String },
    Assign { actor: i64, to: i64 },
}

struct Planned {
    at: i64,
    country: Country,
    raw: RawIntake,
    taker: Option<i64>,
    events: Vec<(i64, Event)>,
}

struct Planner<'a> {
    rng: StdRng,
    now: i64,
    staff: Staff,
    sites: &'a [PlacedSite],
    /// Per workplace: a caller who calls more than once (digits, times used).
    repeat_callers: HashMap<i64, (String, u32)>,
}

struct Call<'a> {
    at: i64,
    site: Option<&'a PlacedSite>,
    country: Country,
    language: Language,
    template: &'static Template,
    slots: Slots,
    channel: &'static str,
    incident_note: Option<&'static str>,
}

impl<'a> Planner<'a> {
    fn templates(language: Language) -> &'static [Template] {
        match language {
            Language::Bn => BN,
            Language::En => EN,
            Language::Vi => VI,
        }
    }

    fn random_call(&mut self) -> Call<'a> {
        let rng = &mut self.rng;
        let country = if rng.gen_bool(0.78) {
            Country::Bangladesh
        } else {
            Country::Vietnam
        };
        let candidates: Vec<&PlacedSite> = self
            .sites
            .iter()
            .filter(|s| s.country == country && s.calls > 0.0)
            .collect();
        // Bigger workplaces call more, but not proportionally: awareness differs.
        let weights: Vec<f64> = candidates
            .iter()
            .map(|s| s.calls * (s.workers as f64).sqrt())
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
        let templates = Self::templates(language);
        let template = WeightedIndex::new(templates.iter().map(|t| t.weight))
            .ok()
            .and_then(|w| templates.get(w.sample(rng)))
            .unwrap_or(&templates[0]);
        let days = days_ago(rng);
        let at = call_time(rng, self.now, days, country);
        let workers = site.map_or(800, |s| s.workers);
        let slots = Slots::draw(rng, country, workers, at);
        let life_safety = template.category.starts_with("life_safety");
        let informational = template.category.starts_with("informational");
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
            template,
            slots,
            channel,
            incident_note: None,
        }
    }

    /// One fire, many calls: several workers of one factory call within the hour.
    fn incident(&mut self) -> Vec<Call<'a>> {
        let Some(site) = self.sites.iter().find(|s| s.name == INCIDENT_SITE) else {
            return Vec::new();
        };
        let off = utc_offset(Country::Bangladesh);
        let mut at = ((self.now + off).div_euclid(DAY) - 23) * DAY - off + 14 * HOUR + 40 * MINUTE;
        let mut slots = Slots::draw(&mut self.rng, Country::Bangladesh, site.workers, at);
        slots.floor = 4;
        slots.section = 0;
        let fires: Vec<&'static Template> = BN
            .iter()
            .filter(|t| t.category == "life_safety.fire")
            .collect();
        let mut calls = Vec::new();
        for k in 0..5 {
            let language = if k == 3 { Language::En } else { Language::Bn };
            let template = match language {
                Language::En => &EN[0],
                _ => fires.get(k % fires.len()).copied().unwrap_or(&BN[0]),
            };
            slots.local_hour = local_hour(at, Country::Bangladesh);
            slots.n = 20 * self.rng.gen_range(4..=12);
            calls.push(Call {
                at,
                site: Some(site),
                country: Country::Bangladesh,
                language,
                template,
                slots: slots.clone(),
                channel: "phone",
                incident_note: (k > 0).then_some(match language {
                    Language::En => INCIDENT_NOTE_EN,
                    _ => INCIDENT_NOTE_BN,
                }),
            });
            at += self.rng.gen_range(3..=11) * MINUTE;
        }
        calls
    }

    fn plan(&mut self, call: Call<'_>) -> Planned {
        let sector = call.site.map_or("woven", |s| s.sector);
        let render = |text: &str| call.slots.render(text, call.language, sector);
        let category = call.template.category;
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
            summary: render(call.template.summary),
            narrative: render(call.template.narrative),
            shareable_summary: render(call.template.shareable),
            caller_phone: phone.unwrap_or_default(),
            caller_name: name.unwrap_or_default(),
            consent_callback,
            consent_sms,
            safe_time_from: window.map(|w| w.0.to_owned()).unwrap_or_default(),
            safe_time_to: window.map(|w| w.1.to_owned()).unwrap_or_default(),
            channel: call.channel.to_owned(),
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

    /// About 70% leave a number (a few call more than once); some give a name.
    fn caller(&mut self, call: &Call<'_>) -> (Option<String>, Option<String>) {
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
        let names = match call.language {
            Language::Bn => NAMES_BN,
            Language::En => NAMES_EN,
            Language::Vi => NAMES_VI,
        };
        let name = rng
            .gen_bool(name_share)
            .then(|| names.choose(rng).map(|n| (*n).to_owned()))
            .flatten();
        (phone, name)
    }

    /// Notes and an assignment over the hours and days after the call.
    fn history(&mut self, call: &Call<'_>, urgency: &str, taker: Option<i64>) -> Vec<(i64, Event)> {
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
            let (general, urgent) = match call.language {
                Language::Bn => (NOTES_BN, NOTES_BN_LIFE_SAFETY),
                Language::En => (NOTES_EN, NOTES_EN_LIFE_SAFETY),
                Language::Vi => (NOTES_VI, NOTES_VI_LIFE_SAFETY),
            };
            if life_safety {
                notes.push(urgent[0].to_owned());
            }
            let pool: Vec<&str> = general
                .iter()
                .chain(if life_safety { &urgent[1..] } else { &[] })
                .copied()
                .collect();
            notes.extend(pool.choose_multiple(rng, count).map(|s| (*s).to_owned()));
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

/// Fills an empty database with the demo; leaves any other database alone.
pub async fn fill_if_empty(store: &Store) -> Result<()> {
    if store.count_workplaces().await? > 0 || store.count_cases().await? > 0 {
        println!("Demo: database is not empty, leaving it alone.");
        return Ok(());
    }
    let started = Instant::now();
    let now = now_millis();
    let mut rng = StdRng::seed_from_u64(SEED);

    // Staff. An administrator created earlier (first start) keeps its password.
    let helpline = store.helpline_organisation(now).await?;
    let mut ids = Vec::new();
    let mut kept = Vec::new();
    for (username, password, role, language, display_name) in DEMO_USERS {
        let id = match store.user_by_username(username).await {
            Ok(user) => {
                kept.push(username);
                user.id
            }
            Err(StoreError::NotFound) => store
                .create_user(
                    &NewUser {
                        organisation_id: helpline,
                        username: username.to_owned(),
                        display_name: display_name.to_owned(),
                        role,
                        language,
                        password: password.to_owned(),
                    },
                    now - (DAYS_BACK + 20) * DAY,
                )
                .await
                .with_context(|| format!("creating demo user {username}"))?,
            Err(e) => return Err(e.into()),
        };
        ids.push(id);
    }
    let [_admin, supervisor, operator, operator_bn, operator_vi] = ids[..] else {
        return Err(anyhow!("expected five demo users"));
    };
    let staff = Staff {
        supervisor,
        operator,
        operator_bn,
        operator_vi,
    };
    println!("Demo: {} staff users…", DEMO_USERS.len());

    let mut brands = Vec::new();
    for name in BRANDS {
        brands.push(
            store
                .create_organisation(OrgKind::Brand, name, now - (DAYS_BACK + 30) * DAY)
                .await?,
        );
    }

    let mut sites = Vec::new();
    for (country, list) in [
        (Country::Bangladesh, &BD_SITES[..]),
        (Country::Vietnam, &VN_SITES[..]),
    ] {
        for s in list {
            let brand_ids: Vec<i64> = if country == Country::Bangladesh {
                let count = rng.gen_range(1..=3);
                brands.choose_multiple(&mut rng, count).copied().collect()
            } else {
                s.brands
                    .iter()
                    .filter_map(|i| brands.get(*i).copied())
                    .collect()
            };
            let workplace = store
                .create_workplace(
                    &NewWorkplace {
                        name: s.name.to_owned(),
                        country,
                        district: s.district.to_owned(),
                        address: s.address.to_owned(),
                        sector: s.sector.to_owned(),
                        workers_total: s.workers,
                        workers_women: s.workers * s.women_percent / 100,
                        brand_organisation_ids: brand_ids,
                    },
                    now - (DAYS_BACK + 10) * DAY - rng.gen_range(0..30) * DAY,
                )
                .await
                .with_context(|| format!("creating demo workplace {}", s.name))?;
            sites.push(PlacedSite {
                id: workplace.id,
                name: s.name,
                country,
                sector: s.sector,
                workers: s.workers,
                calls: s.calls,
            });
        }
    }
    println!("Demo: {} brands, {} workplaces…", brands.len(), sites.len());

    let mut planner = Planner {
        rng,
        now,
        staff,
        sites: &sites,
        repeat_callers: HashMap::new(),
    };
    let mut calls: Vec<Call<'_>> = (0..RANDOM_CASES).map(|_| planner.random_call()).collect();
    calls.extend(planner.incident());
    let mut planned: Vec<Planned> = calls.into_iter().map(|c| planner.plan(c)).collect();
    planned.sort_by_key(|p| p.at);

    let known = |code: &str| workvoice_domain::taxonomy::find(code).is_some();
    let (mut notes, mut assignments) = (0, 0);
    for (i, p) in planned.into_iter().enumerate() {
        let intake = Intake::parse(p.raw, known, p.country)
            .map_err(|e| anyhow!("demo case {i} does not parse: {e:?}"))?;
        let created = store.create_case(&intake, p.taker, p.at).await?;
        let case = store.scoped_case(Scope::Helpline, created.id).await?;
        for (at, event) in p.events {
            match event {
                Event::Note { author, text } => {
                    store.add_note(&case, author, &text, at).await?;
                    notes += 1;
                }
                Event::Assign { actor, to } => {
                    store.assign_case(&case, actor, Some(to), at).await?;
                    assignments += 1;
                }
            }
        }
        if (i + 1) % 100 == 0 {
            println!("Demo: {} cases…", i + 1);
        }
    }
    println!(
        "Demo: {} cases, {notes} notes, {assignments} assignments in {:.1} s.",
        store.count_cases().await?,
        started.elapsed().as_secs_f64()
    );
    let org_logins = crate::users::demo_org_users(store, now).await?;
    println!("Demo logins (demo passwords; never use them in production):");
    for (username, password, role, _, _) in DEMO_USERS {
        if kept.contains(&username) {
            println!("  {username:<12} (already existed; password unchanged)");
        } else {
            println!("  {username:<12} {password:<22} {}", role.code());
        }
    }
    for (username, password, role, org) in &org_logins {
        println!("  {username:<12} {password:<22} {} ({org})", role.code());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use workvoice_store::{CaseFilter, CaseSort, Keys};

    #[tokio::test(flavor = "multi_thread")]
    async fn fills_an_empty_database_once() -> Result<()> {
        let dir = tempfile::tempdir()?;
        let path = dir.path().join("demo.db");
        let store = Store::open(&format!("sqlite://{}", path.display()), Keys::generate()).await?;

        fill_if_empty(&store).await?;
        let workplaces = store.count_workplaces().await?;
        let cases = store.count_cases().await?;
        assert!(workplaces >= 30, "{workplaces} workplaces");
        assert!(cases >= 300, "{cases} cases");
        assert_eq!(
            store.workplaces_named("Rahman Knitwear Ltd").await?.len(),
            1
        );
        assert_eq!(
            store
                .workplaces_named("Công ty May Sài Gòn Xanh")
                .await?
                .len(),
            1
        );
        let fire = CaseFilter {
            text: Some("অগ্নিকাণ্ড".into()),
            ..Default::default()
        };
        let found = store
            .list_cases(Scope::Helpline, &fire, CaseSort::Newest, 10, 0)
            .await?;
        assert!(found.total >= 1, "no fire case found by its Bengali word");
        let vi = CaseFilter {
            text: Some("cong nhan".into()),
            ..Default::default()
        };
        let found = store
            .list_cases(Scope::Helpline, &vi, CaseSort::Newest, 10, 0)
            .await?;
        assert!(
            found.total >= 10,
            "only {} Vietnamese cases found",
            found.total
        );
        assert!(
            store
                .verify_login("operator.bn", "demo-operator-pass")
                .await?
                .is_some()
        );

        fill_if_empty(&store).await?;
        assert_eq!(store.count_workplaces().await?, workplaces);
        assert_eq!(store.count_cases().await?, cases);
        store.close().await;
        Ok(())
    }

    #[test]
    fn every_template_renders_without_leftover_slots() {
        let mut rng = StdRng::seed_from_u64(1);
        let at = now_millis();
        for (language, templates, country) in [
            (Language::Bn, BN, Country::Bangladesh),
            (Language::En, EN, Country::Bangladesh),
            (Language::Vi, VI, Country::Vietnam),
        ] {
            let slots = Slots::draw(&mut rng, country, 500, at);
            for t in templates {
                assert!(
                    workvoice_domain::taxonomy::find(t.category).is_some(),
                    "{}",
                    t.category
                );
                for text in [t.summary, t.narrative, t.shareable] {
                    let out = slots.render(text, language, "knitwear");
                    assert!(!out.contains('{'), "{out}");
                }
                assert!(slots.render(t.summary, language, "garment").chars().count() <= 120);
            }
        }
    }
}
