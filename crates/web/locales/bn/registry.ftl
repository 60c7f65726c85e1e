## The workplace registry: list, record, new and edit pages.

registry-title = কর্মস্থল
registry-new = কর্মস্থল যোগ করুন
registry-edit = কর্মস্থল সম্পাদনা
registry-search = নাম বা নিবন্ধন নম্বর
registry-apply = দেখান
registry-count = { $count ->
    [one] { $shown }টি কর্মস্থল
   *[other] { $shown }টি কর্মস্থল
}
registry-count-more = { $shown }টির বেশি কর্মস্থল
registry-empty = কোনো কর্মস্থল মেলেনি।
registry-col-place = স্থান
registry-name = নাম
registry-country = দেশ
registry-district = জেলা
registry-sub-district = উপজেলা
registry-province = প্রদেশ
registry-district-vn = জেলা
registry-district-or-province = জেলা (বাংলাদেশ) বা প্রদেশ (ভিয়েতনাম)
registry-sub-district-or-district = উপজেলা (বাংলাদেশ) বা জেলা (ভিয়েতনাম)
registry-address = ঠিকানা
registry-sector = খাত
registry-workers-total = শ্রমিক
registry-workers-women = নারী শ্রমিক
registry-languages = যে ভাষায় কথা বলা হয়
registry-status = অন্তর্ভুক্তির অবস্থা
registry-identifiers = নিবন্ধন নম্বর
registry-onboarding = অন্তর্ভুক্তি
registry-stage-date = তারিখ: { $stage }
registry-contacts = যোগাযোগ
registry-management-name = ব্যবস্থাপনার যোগাযোগ: নাম
registry-management-phone = ব্যবস্থাপনার যোগাযোগ: ফোন
registry-safety-name = ২৪/৭ নিরাপত্তা যোগাযোগ: নাম
registry-safety-phone = ২৪/৭ নিরাপত্তা যোগাযোগ: ফোন
registry-brands = যে ব্র্যান্ডগুলোকে সরবরাহ করে
registry-none = কিছু লেখা নেই।
registry-save = কর্মস্থল সংরক্ষণ করুন

## Kinds of registration number.

identifier-kind-trade_licence = ট্রেড লাইসেন্স
identifier-kind-dife_licence = কারখানা লাইসেন্স (ডাইফ)
identifier-kind-bgmea = বিজিএমইএ সদস্য নম্বর
identifier-kind-bkmea = বিকেএমইএ সদস্য নম্বর
identifier-kind-rsc = আরএসসি কারখানা আইডি
identifier-kind-enterprise_code = প্রতিষ্ঠান কোড

## Onboarding stages.

onboarding-invited = আমন্ত্রিত
onboarding-onboarded = অন্তর্ভুক্ত
onboarding-trained = প্রশিক্ষিত
onboarding-active = সক্রিয়
onboarding-suspended = স্থগিত

## Contacts.

contact-kind-management = ব্যবস্থাপনার যোগাযোগ
contact-kind-safety_24_7 = ২৪/৭ নিরাপত্তা যোগাযোগ

## Errors on a workplace record.

error-too-long = খুব দীর্ঘ।
error-women-exceed-total = নারী শ্রমিকের সংখ্যা মোট শ্রমিকের চেয়ে বেশি।
error-identifier-too-long = নিবন্ধন নম্বরে সর্বোচ্চ ৬৪টি অক্ষর থাকতে পারে।
error-identifier-invalid = নিবন্ধন নম্বরে নিয়ন্ত্রণ অক্ষর থাকতে পারে না।
error-identifier-twice = প্রতিটি ধরনের নিবন্ধন নম্বর একবারই দিন।
error-identifier-taken = অন্য একটি কর্মস্থলের এই নিবন্ধন নম্বর আছে।
error-invalid-date = তারিখ YYYY-MM-DD আকারে লিখুন।
error-onboarding-date-order = এই তারিখ আগের ধাপের তারিখের আগে।
error-onboarding-date-missing = এই ধাপে পৌঁছানোর তারিখ দিন।

## CSV import and export.

error-csv-not-utf8 = ফাইলটি UTF-8 লেখা নয়। স্প্রেডশিটে "CSV UTF-8" হিসেবে সংরক্ষণ করুন।
error-csv-empty = ফাইলটি খালি।
error-csv-unknown-column = অজানা কলাম: { $column }
error-csv-missing-column = কলাম নেই: { $column }
error-csv-column-count = এই সারির ঘরের সংখ্যা শিরোনামের সাথে মেলে না।
error-csv-malformed-row = এই সারি CSV হিসেবে পড়া যায় না।
error-import-needs-identifier = অন্তত একটি নিবন্ধন নম্বর দিন: সারিগুলো নিবন্ধন নম্বর দিয়ে মেলানো হয়।
error-import-duplicate-row = এই ফাইলের আগের একটি সারিতে একই নিবন্ধন নম্বর আছে।
error-import-identifiers-disagree = নিবন্ধন নম্বরগুলো ভিন্ন ভিন্ন কর্মস্থলের।
error-import-unknown-brand = এই সারির একটি ব্র্যান্ড তালিকায় নেই।
registry-export = CSV হিসেবে ডাউনলোড করুন
import-title = CSV থেকে কর্মস্থল আমদানি
import-help = স্প্রেডশিটটি "CSV UTF-8" হিসেবে সংরক্ষণ করুন। প্রথম সারিতে কলামের নাম থাকে; সারিগুলো নিবন্ধন নম্বর দিয়ে মেলানো হয়। কিছু সংরক্ষণের আগে কী বদলাবে তা দেখতে পাবেন।
import-file = CSV ফাইল
import-preview = কী বদলাবে দেখান
import-confirm = সঠিক সারিগুলো আমদানি করুন
import-nothing = আমদানির কিছু নেই: সব সারি অপরিবর্তিত বা বাতিল।
import-done = আমদানি হয়েছে। নিচের সারিগুলোতে কী করা হয়েছে তা দেখানো হলো।
import-col-row = সারি
import-col-action = ফলাফল
import-col-reasons = কারণ
import-action-create = নতুন কর্মস্থল
import-action-update = হালনাগাদ
import-action-unchanged = অপরিবর্তিত
import-action-reject = বাতিল
import-count-create = { $count ->
    [one] { $shown }টি নতুন কর্মস্থল
   *[other] { $shown }টি নতুন কর্মস্থল
}
import-count-update = { $count ->
    [one] { $shown }টি হালনাগাদ
   *[other] { $shown }টি হালনাগাদ
}
import-count-unchanged = { $count ->
    [one] { $shown }টি অপরিবর্তিত
   *[other] { $shown }টি অপরিবর্তিত
}
import-count-reject = { $count ->
    [one] { $shown }টি সারি বাতিল
   *[other] { $shown }টি সারি বাতিল
}
import-more-rows = { $count ->
    [one] আরও { $shown }টি সারি এখানে দেখানো হয়নি।
   *[other] আরও { $shown }টি সারি এখানে দেখানো হয়নি।
}

## Editing the brands a workplace supplies (issue 9 item 1).
registry-brands-hint = নিবন্ধিত ব্র্যান্ডের নাম, ; দিয়ে আলাদা করে
registry-error-unknown-brand = এই নামগুলোর একটি কোনো নিবন্ধিত ব্র্যান্ড নয়।
