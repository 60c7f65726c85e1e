# কেস পাতায় প্রোটোকলের ধাপ, সুপারভাইজারের পাতা, বিজ্ঞপ্তি, প্রোটোকল ও ছুটির প্রশাসন।

## কেস পাতার ধাপ
steps-heading = প্রোটোকলের ধাপ
steps-zone = সময় { $zone } অনুযায়ী (কর্মস্থলের দেশ)।
steps-none = এই কেসে কোনো প্রোটোকল ধাপ প্রযোজ্য নয়।
steps-col-step = ধাপ
steps-col-due = নির্ধারিত সময়
steps-col-state = অবস্থা
steps-col-action = পদক্ষেপ
steps-rule = { $from } থেকে { $within }-এর মধ্যে
steps-no-due = —
steps-state-met = সম্পন্ন { $when }, করেছেন { $who }
steps-state-not-started = এখনো শুরু হয়নি
steps-state-waiting = স্থগিত: শ্রমিকের অপেক্ষায়
steps-state-open = খোলা
steps-state-overdue = সময় পেরিয়ে গেছে
steps-state-escalated = সময় পেরিয়ে গেছে, { $when }-এ ঊর্ধ্বতনকে জানানো হয়েছে
steps-mark-acknowledge_worker = শ্রমিককে প্রাপ্তি জানানো হয়েছে
steps-mark-inform_factory = কারখানাকে জানানো হয়েছে
steps-mark-inform_brand = ব্র্যান্ডকে জানানো হয়েছে
steps-mark-validate = যাচাই করা হয়েছে
steps-waiting-note = এই কেস শ্রমিকের অপেক্ষায় আছে: সময়সীমা স্থগিত।
steps-waiting-help = শ্রমিকের জন্য অপেক্ষা করছেন (যেমন, তিনি শুধু ছুটির দিনে কথা বলতে পারেন)? সময়সীমা স্থগিত করুন।
steps-waiting-start = শ্রমিকের অপেক্ষায়
steps-waiting-stop = অপেক্ষা শেষ, সময়সীমা আবার চালু করুন

## সুপারভাইজারের পাতা
supervisor-nav-label = সুপারভাইজারের পাতা
supervisor-overdue-title = সময় পেরোনো ধাপ
supervisor-compliance-title = প্রোটোকল মেনে চলা
supervisor-workload-title = কাজের চাপ
supervisor-overdue-count = { $count ->
    [one] { $shown }টি ধাপের সময় পেরিয়ে গেছে
   *[other] { $shown }টি ধাপের সময় পেরিয়ে গেছে
}
supervisor-overdue-empty = কোনো ধাপের সময় পেরোয়নি।
supervisor-col-step = ধাপ
supervisor-col-due = নির্ধারিত ছিল
supervisor-col-late = দেরি
supervisor-col-brand = ব্র্যান্ডের কাছে উত্থাপন
supervisor-duration-minutes = { $minutes } মিনিট
supervisor-duration-hours = { $hours } ঘণ্টা { $minutes } মিনিট
supervisor-duration-days = { $days } দিন { $hours } ঘণ্টা
supervisor-period = যে কেসগুলো খোলা হয়েছে গত
supervisor-period-days = { $count ->
    [one] { $shown } দিনে
   *[other] { $shown } দিনে
}
supervisor-show = দেখান
supervisor-compliance-help = সময়মতো হারের হিসাবে সম্পন্ন ও পেরিয়ে যাওয়া ধাপ ধরা হয়; খোলা ধাপ এখনো সময়মতো সম্পন্ন হতে পারে।
supervisor-col-on-time-share = সময়মতো (হার)
supervisor-percent = { $percent }%
supervisor-no-data = এখনো কোনো তথ্য নেই।
supervisor-stages-title = প্রতিটি পর্যায়ের সময়
supervisor-stages-help = প্রতিটি ধাপ শুরু থেকে সম্পন্ন হওয়া পর্যন্ত, ধাপের নিজস্ব হিসাবে (ঘড়ির সময় বা কর্মসময়), শ্রমিকের অপেক্ষার সময় বাদে।
supervisor-col-basis = হিসাব
supervisor-basis-clock = ঘড়ির সময়
supervisor-basis-working = কর্মসময়
supervisor-col-count = ধাপ
supervisor-col-median = মধ্যমা
supervisor-col-mean = গড়
supervisor-col-person = ব্যক্তি
supervisor-col-role = ভূমিকা
supervisor-col-open = খোলা কেস
supervisor-col-overdue = সময় পেরোনো ধাপ
supervisor-col-created = নথিভুক্ত কেস (৩০ দিন)

## বিজ্ঞপ্তি
notification-heading = বিজ্ঞপ্তি
notification-none = কোনো অপঠিত বিজ্ঞপ্তি নেই।
notification-mark-read = সব পঠিত হিসেবে চিহ্নিত করুন
notification-unread-link = { $count ->
    [one] { $shown }টি অপঠিত বিজ্ঞপ্তি
   *[other] { $shown }টি অপঠিত বিজ্ঞপ্তি
}
notification-kind-step_overdue = একটি প্রোটোকল ধাপের সময় পেরিয়ে গেছে।
notification-kind-notice = কারখানা সাড়া দেয়নি: ব্র্যান্ডকে নোটিশ।
notification-kind-warning = কারখানা এখনো সাড়া দেয়নি: ব্র্যান্ডকে সতর্কবার্তা।
notification-kind-other = একটি কেসে মনোযোগ প্রয়োজন।

## প্রোটোকল ও ছুটির প্রশাসন
admin-protocol-title = কল পরিচালনার প্রোটোকল
admin-protocol-version = সংস্করণ { $version }, সংরক্ষিত { $when }
admin-protocol-export = ফাইল হিসেবে ডাউনলোড করুন
admin-protocol-saved = নতুন সংস্করণ হিসেবে সংরক্ষিত। নতুন কেস এটি ব্যবহার করবে; খোলা কেস নিজের সংস্করণ রাখবে।
admin-protocol-help = প্রতিটি বিভাগ ও জরুরিতার জন্য: ধাপগুলো, কোন ঘটনা থেকে গণনা (intake, factory_informed, factory_response) এবং অনুমোদিত সময়: ঘড়ির সময়ের জন্য m, h, d; কর্মসময়ের জন্য wm, wh, wd (যেমন 10m, 4h, 2wd)।
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
