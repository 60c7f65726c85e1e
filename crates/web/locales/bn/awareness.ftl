## Why a workplace's awareness score is low (domain::awareness), shown beside it on the
## training priority list.

awareness-reason-no-checks = এখনো কোনো সচেতনতা যাচাই হয়নি
awareness-reason-low-check-answers = জিজ্ঞাসা করা শ্রমিকদের অল্প কয়েকজন হেল্পলাইন জানেন
awareness-reason-never-trained = কখনো প্রশিক্ষণ হয়নি
awareness-reason-training-old = শেষ প্রশিক্ষণ অনেক আগে
awareness-reason-few-trained = এ বছর অল্প শ্রমিক প্রশিক্ষণ পেয়েছেন
awareness-reason-few-cards = অল্প হেল্পলাইন কার্ড দেওয়া হয়েছে
awareness-reason-recording-not-played = রেকর্ডিং বাজানো হয়নি
awareness-reason-silent = নীরব: কোনো কল নেই, বা শুধু পরীক্ষামূলক কল
awareness-reason-low-call-rate = শ্রমিকের সংখ্যার তুলনায় কল কম

## A workplace's awareness record (/workplaces/{id}/awareness, and the factory contact's
## /org/awareness): training sessions, materials, play reports, awareness checks.
awareness-record-title = সচেতনতার রেকর্ড
awareness-score = সচেতনতার স্কোর
awareness-trainings = প্রশিক্ষণ সেশন
awareness-trainings-empty = এখনো কোনো প্রশিক্ষণ লেখা হয়নি। নিচে প্রথম সেশনটি যোগ করুন।
awareness-held-on = প্রশিক্ষণের তারিখ
awareness-trainer = প্রশিক্ষক
awareness-women = নারী
awareness-men = পুরুষ
awareness-group-size = ছোট দলের আকার
awareness-topics = বিষয়
awareness-materials = বিতরণ করা উপকরণ
awareness-materials-empty = এখনো কোনো উপকরণ লেখা হয়নি।
awareness-given-on = দেওয়ার তারিখ
awareness-kind = কী
awareness-quantity = কতগুলো
awareness-plays = রেকর্ডিং বাজানোর প্রতিবেদন
awareness-plays-hint = ব্যবস্থাপক কিছুদিন পরপর শ্রমিকদের হেল্পলাইনের রেকর্ডিং শোনান এবং প্রতিটি দিনের কথা জানান; কারখানা সেই প্রতিবেদন নিশ্চিত করে।
awareness-plays-empty = এখনো কোনো বাজানোর প্রতিবেদন নেই।
awareness-played-on = বাজানোর তারিখ
awareness-shifts = কয়টি শিফট শুনেছে
awareness-note = মন্তব্য
awareness-confirmed = কারখানার নিশ্চিতকরণ
awareness-confirmed-yes = নিশ্চিত করা হয়েছে
awareness-confirmed-no = এখনো নয়
awareness-confirm = নিশ্চিত করুন
awareness-checks = সচেতনতা যাচাই
awareness-checks-empty = এখনো কোনো সচেতনতা যাচাই হয়নি: কিছু শ্রমিককে তিনটি প্রশ্ন করুন এবং তাঁরা কী বললেন তা লিখুন।
awareness-checked-on = যাচাইয়ের তারিখ
awareness-sampled = কতজন শ্রমিককে জিজ্ঞাসা করা হয়েছে
awareness-knows-number = নম্বর জানেন
awareness-carries-card = কার্ড সঙ্গে রাখেন
awareness-knows-process = কল করার পর কী হয় জানেন
awareness-add = লিখুন
awareness-add-training = একটি প্রশিক্ষণ সেশন লিখুন
awareness-add-material = বিতরণ করা উপকরণ লিখুন
awareness-add-play = একটি বাজানোর প্রতিবেদন লিখুন
awareness-add-check = একটি সচেতনতা যাচাই লিখুন
awareness-save-training = প্রশিক্ষণ সেশন সংরক্ষণ করুন
awareness-save-material = উপকরণ সংরক্ষণ করুন
awareness-save-play = বাজানোর প্রতিবেদন সংরক্ষণ করুন
awareness-save-check = সচেতনতা যাচাই সংরক্ষণ করুন
awareness-org-factory-intro = আপনার কর্মস্থলে হেল্পলাইনের সচেতনতা কার্যক্রম যা করেছে। আপনার ব্যবস্থাপক যেদিন হেল্পলাইনের রেকর্ডিং বাজিয়েছেন, সেই দিনগুলো নিশ্চিত করুন।

## Topics of a training session, kinds of material, follow-up marks (domain::awareness).
awareness-topic-helpline_number = হেল্পলাইনের নম্বর
awareness-topic-after_calling = কল করার পর কী হয়
awareness-topic-confidentiality = গোপনীয়তা
awareness-topic-fire_safety = অগ্নি নিরাপত্তা
awareness-topic-harassment = হয়রানি
awareness-topic-wages_hours = মজুরি ও কর্মঘণ্টা
awareness-topic-reprisal = প্রতিশোধমূলক আচরণ থেকে সুরক্ষা
awareness-material-helpline_card = হেল্পলাইন কার্ড
awareness-material-poster = পোস্টার
awareness-material-audio_recording = অডিও রেকর্ডিং
awareness-follow-up-planned = পরবর্তী প্রশিক্ষণ পরিকল্পিত
awareness-follow-up-done = পরবর্তী প্রশিক্ষণ সম্পন্ন

## Refusals of the record forms (domain::awareness::records).
awareness-error-date-in-future = তারিখ ভবিষ্যতের হতে পারে না।
awareness-error-no-participants = কতজন নারী ও পুরুষ অংশ নিয়েছেন লিখুন।
awareness-error-no-topic = অন্তত একটি বিষয়ে টিক দিন।
awareness-error-more-than-sampled = জিজ্ঞাসা করা শ্রমিকের চেয়ে বেশি হতে পারে না।

## The training priority list (/awareness/priorities).
awareness-priorities-title = প্রশিক্ষণের অগ্রাধিকার
awareness-priorities-intro = যেসব কর্মস্থলে আরও প্রশিক্ষণ বেশি দরকার সেগুলো আগে: যতটুকু সচেতনতা কম, তাকে শ্রমিকের সংখ্যা দিয়ে গুণ করে। প্রতিটি সারিতে লেখা আছে স্কোর কেন কম।
awareness-priorities-count = { $count ->
    [one] { $shown }টি কর্মস্থল
   *[other] { $shown }টি কর্মস্থল
}
awareness-priorities-empty = কোনো কর্মস্থল মেলেনি। কর্মস্থল ইমপোর্ট করুন বা ফিল্টার মুছে দিন।
awareness-brand = ব্র্যান্ড
awareness-rank = ক্রম
awareness-reasons = কেন
awareness-reasons-none = কিছু বাকি নেই
awareness-follow-up = পরবর্তী প্রশিক্ষণ
awareness-mark-planned = পরিকল্পিত
awareness-mark-done = সম্পন্ন

## The programme's headline figures (/awareness/programme).
awareness-programme-title = কার্যক্রমের পরিসংখ্যান
awareness-programme-intro = গত বারো মাসের সচেতনতা কার্যক্রম, মাস অনুযায়ী। প্রতিটি চার্টের পাশের টেবিলে তার সংখ্যাগুলো আছে।
awareness-month = মাস
awareness-workers-with-access = হেল্পলাইনের সুবিধাপ্রাপ্ত শ্রমিক
awareness-workplaces-covered = অন্তর্ভুক্ত কর্মস্থল
awareness-zero-call-workplaces = ১২ মাসে একটিও কল নেই এমন কর্মস্থল
awareness-trainings-held = অনুষ্ঠিত প্রশিক্ষণ
awareness-workers-trained = প্রশিক্ষণপ্রাপ্ত শ্রমিক
awareness-cards-distributed = বিতরণ করা হেল্পলাইন কার্ড
awareness-calls-substantive = অভিযোগের কল
awareness-calls-informational = তথ্য জানার ও পরীক্ষামূলক কল
awareness-figure-access = হেল্পলাইনের সুবিধাপ্রাপ্ত শ্রমিক (সক্রিয় কর্মস্থলের শ্রমিক)
awareness-figure-covered = অন্তর্ভুক্ত কর্মস্থল
awareness-figure-calls = মাসিক কল
awareness-figure-trained = প্রশিক্ষণপ্রাপ্ত শ্রমিক, নারী ও পুরুষ
awareness-figure-trainings = অনুষ্ঠিত প্রশিক্ষণ
awareness-figure-cards = বিতরণ করা হেল্পলাইন কার্ড
awareness-figure-rates = কর্মস্থল অনুযায়ী প্রতি ১,০০০ শ্রমিকে কল (১২ মাস)
awareness-calls-12-months = ১২ মাসে কল
awareness-calls-per-thousand = প্রতি ১,০০০ শ্রমিকে কল

## A brand's supplier coverage (/org/awareness for brand users): counts only.
awareness-coverage-title = সরবরাহকারী কর্মস্থলে কার্যক্রম
awareness-coverage-intro = আপনার সরবরাহকারী কর্মস্থলগুলোতে হেল্পলাইনের সচেতনতা কার্যক্রম যা করেছে, সংখ্যায়।
awareness-coverage-empty = আপনার কোনো সরবরাহকারী কর্মস্থল এখনো কার্যক্রমে নেই।
awareness-last-training = শেষ প্রশিক্ষণ
awareness-trained-12-months = ১২ মাসে প্রশিক্ষণপ্রাপ্ত শ্রমিক
awareness-posters = পোস্টার
awareness-never = কখনো নয়
awareness-no-check = এখনো যাচাই হয়নি
