## The good-practice library: public pages, open data, leaflets

library-title = ভালো চর্চার সংকলন
library-intro = ছোট কর্মস্থলগুলো পেশাগত স্বাস্থ্য ও নিরাপত্তায় যে উন্নতি করেছে, যা পরিদর্শন, ছবি বা শ্রমিকরা নিজেরা নিশ্চিত করেছেন এবং প্রতিষ্ঠানের সম্মতিতে প্রকাশিত। নিজের কর্মস্থলের জন্য এগুলো থেকে ধারণা নিন।
library-manage-link = চর্চা লিখুন ও পর্যালোচনা করুন
library-public-link = প্রকাশ্য সংকলন দেখুন
library-area = কারিগরি ক্ষেত্র
library-sector = খাত
library-cost = খরচ
library-region = এলাকা
library-language = ভাষা
library-filter = দেখান
library-any-area = যেকোনো ক্ষেত্র
library-any-sector = যেকোনো খাত
library-any-cost = যেকোনো খরচ
library-any-region = যেকোনো এলাকা
library-any-language = যেকোনো ভাষা
library-count =
    { $count ->
        [one] { $count }টি চর্চা
       *[other] { $count }টি চর্চা
    }
library-none = এখনো কোনো চর্চা মেলেনি।
library-written-in = এখনো অনুবাদ হয়নি; লেখা হয়েছে
library-licence = লেখা ও উন্মুক্ত তথ্য { $licence } লাইসেন্সে প্রকাশিত: উৎসের নাম উল্লেখ করে আপনি এগুলো শেয়ার ও পরিবর্তন করতে পারেন।
library-download-csv = CSV হিসেবে ডাউনলোড করুন
library-download-json = JSON হিসেবে ডাউনলোড করুন
library-back = সংকলনে ফিরে যান
library-problem = সমস্যা
library-solution = যা করা হয়েছে
library-before = আগে
library-after = পরে
library-no-photo = কোনো ছবি নেই
library-risk-change = ঝুঁকি আগে → পরে
library-control-level = নিয়ন্ত্রণের স্তর
library-leaflet = ছাপার উপযোগী লিফলেট
library-leaflet-hint = ব্রাউজারের প্রিন্ট মেনু থেকে এই পাতা ছাপুন বা PDF হিসেবে রাখুন। পাতার মাপ:
library-described = { $district } এলাকার একটি { $sector }
library-described-nowhere = একটি { $sector }

## Sectors (filters) and the kind of workplace a description names

library-sector-garments = তৈরি পোশাক
library-sector-textiles = বস্ত্র
library-sector-footwear = চামড়া ও জুতা
library-sector-electronics = ইলেকট্রনিক্স
library-sector-food = খাদ্য প্রক্রিয়াজাতকরণ
library-sector-furniture = কাঠ ও আসবাবপত্র
library-sector-construction = নির্মাণ
library-sector-other = অন্যান্য খাত
library-workplace-garments = পোশাক কারখানা
library-workplace-textiles = বস্ত্র কারখানা
library-workplace-footwear = চামড়া ও জুতার কারখানা
library-workplace-electronics = ইলেকট্রনিক্স কারখানা
library-workplace-food = খাদ্য প্রক্রিয়াজাতকরণ কারখানা
library-workplace-furniture = আসবাবপত্রের কারখানা
library-workplace-construction = নির্মাণ প্রতিষ্ঠান
library-workplace-other = ছোট প্রতিষ্ঠান

## Cost bands, naming, review states

library-cost-no_cost = কোনো খরচ নেই
library-cost-low = কম খরচ
library-cost-medium = মাঝারি খরচ
library-cost-high = বেশি খরচ
library-naming = প্রতিষ্ঠানটি কীভাবে দেখানো হবে
library-naming-named = নাম দিয়ে
library-naming-described = শুধু খাত ও জেলা দিয়ে বর্ণনা
library-state = পর্যালোচনা
library-all-states = সব অবস্থা
library-state-draft = খসড়া
library-state-in_review = পর্যালোচনাধীন
library-state-published = প্রকাশিত
library-state-withdrawn = প্রত্যাহার করা হয়েছে
library-step-draft = পরিবর্তনের জন্য লেখকের কাছে ফেরত পাঠান
library-step-in_review = পর্যালোচনায় পাঠান
library-step-published = প্রকাশ করুন
library-step-withdrawn = সংকলন থেকে প্রত্যাহার করুন
library-is-public = প্রকাশ্য সংকলনে আছে

## Staff pages

library-manage-title = ভালো চর্চা
library-practice-title = শিরোনাম
library-workplace = কর্মস্থল
library-provider = সেবাদানকারী
library-languages = ভাষা
library-candidates = যাচাই করা উন্নতি, যা এখনো লেখা হয়নি
library-candidates-hint = শুধু পরিদর্শনে, ছবিতে বা শ্রমিকদের মাধ্যমে যাচাই করা উন্নতিই ভালো চর্চা হতে পারে।
library-no-candidates = অপেক্ষায় কিছু নেই।
library-write-up = ভালো চর্চা হিসেবে লিখুন
library-new-title = একটি ভালো চর্চা লিখুন
library-create = খসড়া হিসেবে রাখুন
library-improvement-link = উন্নতিটি
library-consent = প্রকাশের জন্য প্রতিষ্ঠানের সম্মতি
library-consent-none = এখনো লেখা হয়নি: সম্মতি ছাড়া চর্চাটি প্রকাশ করা যাবে না।
library-consent-given = { $day } তারিখে { $name } সম্মতি দিয়েছেন।
library-consent-withdrawn = { $day } তারিখে প্রত্যাহার করা হয়েছে: চর্চাটি প্রকাশ্যে দেখানো হয় না।
library-consent-given-by = কে দিয়েছেন (নাম ও পদ)
library-consent-given-on = কবে দিয়েছেন
library-consent-record = সম্মতি লিখে রাখুন
library-consent-withdraw = প্রতিষ্ঠান সম্মতি প্রত্যাহার করেছে
library-review = পর্যালোচনা
library-note = মন্তব্য
library-confirm = আমি লেখা, ছবি ও সম্মতি যাচাই করেছি
library-settings = খাত, খরচ ও নাম দেখানো
library-save = সংরক্ষণ করুন
library-translation-missing = এখনো লেখা হয়নি
library-trail = পর্যালোচনার ইতিহাস
library-when = কখন
library-who = কে

## Refusals

library-error-too-long = লেখাটি অনেক বড়।
library-error-transition = পর্যালোচনার এই ধাপ এখন সম্ভব নয়।
library-error-not-verified = শুধু প্রতিষ্ঠান ছাড়া অন্য কারও যাচাই করা উন্নতিই ভালো চর্চা হতে পারে।
library-error-exists = এই উন্নতিটি আগেই ভালো চর্চা হিসেবে লেখা হয়েছে।
library-error-not-editable = চর্চাটি পর্যালোচনাধীন বা প্রকাশিত: এখন পরিবর্তন করা যাবে না।
library-error-not-yours = পর্যালোচনার এই ধাপ অন্য কারও।
library-error-no-consent = আগে প্রকাশের জন্য প্রতিষ্ঠানের সম্মতি লিখে রাখুন।
library-error-confirm = নিশ্চিত করতে ঘরে টিক দিন।
