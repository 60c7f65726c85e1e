## SMS the outbox sends to workers (a single SMS each: keep them short)

sms-intake = হেল্পলাইন: আমরা আপনার কেস পেয়েছি। আপনার কেস কোড { $case_code }। কোডটি গোপন রাখুন। কেসের খবর জানতে অবস্থা লিখে একটি স্পেস দিয়ে কোডটি পাঠান।
sms-case-update-acknowledgement = হেল্পলাইন: আমরা আপনার কেস পেয়েছি এবং এ নিয়ে কাজ করছি। আমরা আপনাকে জানাতে থাকব।
sms-case-update-response = হেল্পলাইন: আপনার কেস নিয়ে কারখানা জবাব দিয়েছে। আমরা নিরাপদ সময়ে আপনার সাথে যোগাযোগ করব।
sms-case-update-closure = হেল্পলাইন: আপনার কেস বন্ধ করা হয়েছে। কল করার জন্য ধন্যবাদ। যেকোনো সময় আবার কল করতে পারেন।

## Replies to workers' SMS

sms-status-reply = হেল্পলাইন: আপনার কেস: { $case_status }।
sms-status-not-found = হেল্পলাইন: এই কোডে কোনো কেস পাওয়া যায়নি। অবস্থা লিখে একটি স্পেস দিয়ে আপনার ১০ অঙ্কের কেস কোড পাঠান।
sms-help = হেল্পলাইন: আপনার বার্তা পেয়েছি, একজন অপারেটর এটি পড়বেন। কেসের খবর জানতে অবস্থা লিখে আপনার কেস কোড পাঠান।

## The outbox page (administrators)

outbox-title = আউটবক্স
outbox-help = হেল্পলাইন যত এসএমএস পাঠায়, অবস্থা অনুযায়ী। সারিতে থাকা বার্তা গেটওয়েতে পৌঁছানো গেলেই চলে যায়; যেগুলো পাঠানো যায়নি সেগুলো আবার পাঠানো যায়।
outbox-retried = বার্তাটি আবার সারিতে রাখা হয়েছে এবং পরের বার পাঠানোর সময় চলে যাবে।
outbox-filter-label = অবস্থা অনুযায়ী দেখুন
outbox-all = সব
outbox-empty = কোনো বার্তা নেই।
outbox-col-message = বার্তা
outbox-col-channel = মাধ্যম
outbox-col-status = অবস্থা
outbox-col-attempts = চেষ্টা
outbox-col-next = পরের চেষ্টা
outbox-col-sent = পাঠানো হয়েছে
outbox-col-delivered = পৌঁছেছে
outbox-col-error = শেষ ত্রুটি
outbox-col-action = করণীয়
outbox-retry = আবার পাঠান
outbox-error-unavailable = গেটওয়েতে পৌঁছানো যাচ্ছে না
outbox-error-temporary = সাময়িক সমস্যা
outbox-error-rejected = গেটওয়ে গ্রহণ করেনি
outbox-error-undeliverable = পাঠানো সম্ভব নয়
outbox-error-report = ফোনে পৌঁছায়নি
outbox-error-other = ত্রুটি
outbox-history-title = বার্তা
outbox-history-attempts = পাঠানোর চেষ্টা
outbox-history-none = এখনও কোনো চেষ্টা গেটওয়েতে পৌঁছায়নি।
outbox-col-attempt = চেষ্টা
outbox-col-at = সময়
outbox-col-outcome = ফলাফল
outbox-col-provider-ref = গেটওয়ের বার্তা আইডি
outbox-attempt-sent = গেটওয়ে গ্রহণ করেছে
outbox-attempt-retry = ব্যর্থ, পরে আবার চেষ্টা করা হয়েছে
outbox-attempt-failed = চূড়ান্তভাবে ব্যর্থ
worker-sms-status-delivered = পৌঁছেছে

## Voice prompts (IVR), spoken with Say when no recording is configured

ivr-choose-language = হেল্পলাইনে স্বাগতম। বাংলার জন্য ১ চাপুন। ভিয়েতনামির জন্য ২ চাপুন। ইংরেজির জন্য ৩ চাপুন।
ivr-menu = অপারেটরের সাথে কথা বলতে ১ চাপুন। আপনার কেসের অবস্থা শুনতে ২ চাপুন। বিনা খরচে কলব্যাক চাইতে ৩ চাপুন।
ivr-connecting = অনুগ্রহ করে অপেক্ষা করুন, আমরা আপনাকে একজন অপারেটরের সাথে যুক্ত করছি।
ivr-no-operator = এখন কোনো অপারেটর আপনার কল ধরতে পারছেন না। বার্তা রাখতে ১ চাপুন। বিনা খরচে কলব্যাক চাইতে ২ চাপুন।
ivr-message-after-beep = বিপ শব্দের পরে কথা বলুন। শেষ হলে হ্যাশ চাপুন।
ivr-message-kept = ধন্যবাদ। আপনার বার্তা রাখা হয়েছে, একজন অপারেটর বিনা খরচে আপনাকে কলব্যাক করবেন।
ivr-callback-booked = ধন্যবাদ। একজন অপারেটর নিরাপদ সময়ে বিনা খরচে আপনাকে কলব্যাক করবেন।
ivr-enter-code = অনুগ্রহ করে আপনার ১০ অঙ্কের কেস কোড চাপুন, তারপর হ্যাশ চাপুন।
ivr-wrong-code = এটি সঠিক কেস কোড নয়।
ivr-no-digits = আমরা কোনো বোতাম চাপার শব্দ পাইনি।
ivr-case-status = আপনার কেসের অবস্থা: { $case_status }।
ivr-code-not-found = এই কোডে কোনো কেস পাওয়া যায়নি। অনুগ্রহ করে আবার কল করে একজন অপারেটরের সাথে কথা বলুন।
ivr-too-many-look-ups = আপনি খুব বেশিবার কেসের অবস্থা জানতে চেয়েছেন। অনুগ্রহ করে এক ঘণ্টা পরে আবার চেষ্টা করুন, অথবা আবার কল করে একজন অপারেটরের সাথে কথা বলুন।
ivr-survey-question-satisfaction = হেল্পলাইন আপনার কেস বন্ধ করেছে। আমরা যেভাবে কাজটি করেছি তাতে আপনি কতটা সন্তুষ্ট? খুব সন্তুষ্ট হলে ১, সন্তুষ্ট হলে ২, মাঝামাঝি হলে ৩, সন্তুষ্ট না হলে ৪, একেবারেই সন্তুষ্ট না হলে ৫ চাপুন।
ivr-survey-question-resolved = আপনার সমস্যার সমাধান হয়েছে কি? হ্যাঁ হলে ১, না হলে ২ চাপুন।
ivr-survey-thanks = আপনার মতামত জানানোর জন্য ধন্যবাদ।
ivr-goodbye = বিদায়।

## The survey by SMS

sms-survey = হেল্পলাইন: আপনার কেস বন্ধ হয়েছে। আপনি কতটা সন্তুষ্ট? ফিরতি এসএমএসে লিখুন: ১ খুব সন্তুষ্ট, ২ সন্তুষ্ট, ৩ মাঝামাঝি, ৪ সন্তুষ্ট নই, ৫ একেবারেই সন্তুষ্ট নই।
sms-survey-thanks = হেল্পলাইন: আপনার মতামতের জন্য ধন্যবাদ।

## Callbacks (operators): free callbacks asked for by the IVR or a missed call

callbacks-title = কলব্যাক
callbacks-help = যে শ্রমিকেরা কল করে কেটে দিয়েছেন, বা ভয়েস মেনুতে কলব্যাক চেয়েছেন। তাঁদের ভাষায়, তাঁদের কোনো খরচ ছাড়া কলব্যাক করুন; একজন শ্রমিকের এক দিনের জন্য একটি সারি, তিনি যতবারই কল করুন।
callbacks-empty = কোনো কলব্যাক বাকি নেই। মিসড কল ও ভয়েস মেনু থেকে চাওয়া কলব্যাক এখানে দেখা যাবে।
callbacks-col-due = কখন কল করবেন
callbacks-col-phone = নম্বর
callbacks-col-language = ভাষা
callbacks-col-source = কারণ
callbacks-col-calls = সেদিনের কল
callbacks-col-action = ফলাফল
callbacks-overdue = সময় পেরিয়ে গেছে
callbacks-requested = চাওয়া হয়েছে
callbacks-known-cases = আগের কেস:
callbacks-listen = বার্তাটি শুনুন
callbacks-source-missed_call = মিসড কল
callbacks-source-ivr_request = ভয়েস মেনুতে চাওয়া
callbacks-source-voice_message = বার্তা রেখেছেন
callbacks-outcome-label = কলব্যাকের ফলাফল
callbacks-choose = বেছে নিন…
callbacks-outcome-reached = কথা হয়েছে
callbacks-outcome-no_answer = কেউ ধরেননি
callbacks-outcome-wrong_person = অন্য কেউ ধরেছেন
callbacks-done = সম্পন্ন

## The channel status page (administrators)

channels-title = চ্যানেল
channels-help = শ্রমিকদের কাছে পৌঁছানোর প্রতিটি পথ এই মুহূর্তে কাজ করছে কি না। পাতাটি খোলার সময় যাচাই করা হয়।
channels-col-channel = চ্যানেল
channels-col-state = অবস্থা
channels-kannel = এসএমএস গেটওয়ে (Kannel)
channels-kannel-callbacks = Kannel থেকে আসা এসএমএস ও ডেলিভারি রিপোর্ট
channels-voice-api = ভয়েস সেবাদাতা (জরিপের কল)
channels-voice-webhooks = ভয়েস মেনু (আইভিআর) ওয়েবহুক
channels-state-ok = সংযোগ আছে
channels-state-down = সংযোগ নেই
channels-state-off = চালু করা হয়নি
channels-state-configured = চালু আছে
channels-answered-in = { $ms } মিলিসেকেন্ড লেগেছে

## কর্মীদের এসএমএস (অপারেটর): অপারেটরের জন্য রাখা বার্তা

kept-sms-title = কর্মীদের এসএমএস
kept-sms-help = কর্মীরা যে বার্তা পাঠিয়েছেন যা অবস্থা জানার অনুরোধ বা জরিপে দেওয়া মত নয়। প্রত্যেক কর্মী একটি স্বয়ংক্রিয় বার্তা পেয়েছেন; প্রতিটি পড়ুন, কেস লিখুন বা নিরাপদ সময়ে আবার কল করুন, তারপর সম্পন্ন চিহ্ন দিন।
kept-sms-empty = কোনো এসএমএস অপেক্ষায় নেই। কর্মীরা হেল্পলাইন নম্বরে যে বার্তা পাঠান তা এখানে দেখা যাবে।
kept-sms-col-received = পাওয়ার সময়
kept-sms-col-phone = নম্বর
kept-sms-col-text = বার্তা
kept-sms-col-action = কাজ
kept-sms-handled = সম্পন্ন চিহ্ন দিন
