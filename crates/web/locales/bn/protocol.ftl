# The call-handling protocol: step names, deadlines and escalation, its administration,
# and errors in protocol and holiday files.

## Steps
step-acknowledge_worker = শ্রমিকের কাছে প্রাপ্তি স্বীকার
step-inform_factory = কারখানাকে জানানো
step-inform_brand = ব্র্যান্ডকে জানানো
step-factory_response = কারখানার জবাব
step-validate = জবাব যাচাই
step-inform_worker = শ্রমিককে জানানো
step-close = কেস বন্ধ করা
trigger-intake = কেস খোলা হয়েছে
trigger-factory_informed = কারখানাকে জানানো হয়েছে
trigger-factory_response = কারখানার জবাব লিপিবদ্ধ হয়েছে
escalation-none = ব্র্যান্ডের কাছে পাঠানো হবে না
escalation-notice = ব্র্যান্ডকে নোটিশ
escalation-warning = ব্র্যান্ডকে সতর্কবার্তা
step-outcome-on_time = সময়মতো
step-outcome-late = দেরিতে
step-outcome-open = চলমান
step-outcome-overdue = সময় পেরিয়ে গেছে
span-minutes = { $shown } মিনিট
span-hours = { $shown } ঘণ্টা
span-days = { $shown } দিন
span-working-minutes = কর্মসময়ের { $shown } মিনিট
span-working-hours = { $shown } কর্মঘণ্টা
span-working-days = { $shown } কর্মদিবস

## Errors in protocol and holiday files
error-calendar-unknown-zone = অজানা টাইম জোন।
error-calendar-no-working-days = ক্যালেন্ডারে কোনো কর্মদিবস নেই।
error-holiday-format = লাইন { $line }: এই আকারে লিখুন: COUNTRY,YYYY-MM-DD,নাম
error-holiday-country = লাইন { $line }: অজানা দেশের কোড।
error-holiday-date = লাইন { $line }: তারিখ সঠিক নয় (YYYY-MM-DD আকারে লিখুন)।
error-holiday-name = লাইন { $line }: ছুটির দিনের একটি নাম দিতে হবে।
error-protocol-syntax = প্রোটোকল ফাইলটি সঠিক নয় (লাইন { $line })।
error-protocol-no-rules = প্রোটোকলে কোনো নিয়ম নেই।
error-protocol-category = নিয়ম { $rule }: ধরন সঠিক নয় (একটি কোড, অথবা *)।
error-protocol-unknown-urgency = নিয়ম { $rule }: অজানা জরুরি মাত্রা।
error-protocol-duplicate-rule = নিয়ম { $rule }: অন্য একটি নিয়মেও একই ধরন ও জরুরি মাত্রা আছে।
error-protocol-unknown-step = নিয়ম { $rule }, ধাপ { $step }: অজানা ধাপ।
error-protocol-unknown-trigger = নিয়ম { $rule }, ধাপ { $step }: অজানা "from" ঘটনা।
error-protocol-bad-duration = নিয়ম { $rule }, ধাপ { $step }: সময়সীমা সঠিক নয় (যেমন 10m, 4h, 2wd)।
error-protocol-duplicate-step = নিয়ম { $rule }, ধাপ { $step }: ধাপটি দুইবার দেওয়া হয়েছে।

## প্রোটোকল ও ছুটির প্রশাসন
admin-protocol-title = কল পরিচালনার প্রোটোকল
admin-protocol-version = সংস্করণ { $version }; সংরক্ষণের সময়: { $when }
admin-protocol-export = ফাইল হিসেবে ডাউনলোড করুন
admin-protocol-saved = নতুন সংস্করণ হিসেবে সংরক্ষিত। নতুন কেস এটি ব্যবহার করবে; খোলা কেস নিজের সংস্করণ রাখবে।
admin-protocol-help = প্রতিটি ধরন ও জরুরি মাত্রার জন্য: ধাপগুলো, কোন ঘটনা থেকে গণনা (intake, factory_informed, factory_response) এবং অনুমোদিত সময়: ঘড়ির সময়ের জন্য m, h, d; কর্মসময়ের জন্য wm, wh, wd (যেমন 10m, 4h, 2wd)।
admin-protocol-label = প্রোটোকল (TOML)
admin-protocol-save = নতুন সংস্করণ হিসেবে সংরক্ষণ করুন
admin-protocol-import = অথবা একটি প্রোটোকল ফাইল আপলোড করুন
admin-protocol-import-button = আপলোড করে সংরক্ষণ করুন
admin-file-missing = আপলোডের জন্য একটি ফাইল বেছে নিন।
admin-file-unreadable = ফাইলটি পড়া যায়নি।
admin-file-too-large = ফাইলটি খুব বড়।
admin-file-not-text = ফাইলটি UTF-8 লেখা নয়।
admin-holidays-title = সরকারি ছুটি
admin-holidays-saved = ছুটি সংরক্ষিত। নতুন সময়সীমা এগুলো হিসাবে ধরবে।
admin-holidays-help = প্রতি লাইনে একটি ছুটি: COUNTRY,YYYY-MM-DD,নাম (BD বা VN)। # দিয়ে শুরু হওয়া লাইন মন্তব্য। চান্দ্র ছুটিগুলো প্রতি বছর ঘোষণার পর যোগ করুন।
admin-holidays-label = ছুটির তালিকা
admin-holidays-save = ছুটি সংরক্ষণ করুন

error-protocol-ask-first = ask_first তালিকায় এমন কিছু আছে যা ধরনের কোড নয়।
