# শ্রমিককে জানানো, কলব্যাক, এসএমএস আপডেট, কেস বন্ধ, প্রতিশোধ পর্যবেক্ষণ, ঘটনা।

## কেস পাতায় "শ্রমিককে জানানো" অংশ
worker-panel-title = শ্রমিককে জানানো হয়েছে কি না
worker-stage-acknowledgement = প্রাপ্তি স্বীকার
worker-stage-response = কারখানার উত্তর
worker-stage-closure = কেস বন্ধ
worker-informed-by-callback = { $at } তারিখে কলব্যাকে জানানো হয়েছে
worker-informed-by-sms = { $at } তারিখে এসএমএস আপডেট পাঠানোর সারিতে রাখা হয়েছে
worker-not-informed = এখনও জানানো হয়নি
worker-attempt = { $at }: { $method } – { $outcome } ({ $by })
worker-method-callback = কলব্যাক
worker-method-sms = এসএমএস
worker-outcome-reached = কথা হয়েছে
worker-outcome-no_answer = কেউ ধরেননি
worker-outcome-wrong_person = অন্য কেউ ধরেছেন — কিছু বলবেন না
worker-outcome-queued = সারিতে আছে
worker-next-safe-call = এখন শ্রমিকের নিরাপদ সময় নয়। ফোন করার পরবর্তী নিরাপদ সময়: { $at }
worker-safe-now = এখন শ্রমিককে ফোন করার নিরাপদ সময়।
worker-no-consent = শ্রমিক কলব্যাক বা এসএমএসে রাজি হননি। তাঁর সঙ্গে যোগাযোগ করবেন না।
worker-sms-line = এসএমএস আপডেট { $at } সারিতে রাখা হয়েছে, পাঠানো হবে { $send }: { $status }
worker-sms-status-queued = সারিতে আছে
worker-sms-status-sent = পাঠানো হয়েছে
worker-sms-status-failed = পাঠানো যায়নি
worker-stage-label = কলব্যাকের বিষয়
worker-callback-outcome-label = কলব্যাকের ফল
worker-wrong-person-hint = অন্য কেউ ফোন ধরলে কেস বা হেল্পলাইনের ফোন করার কারণ সম্পর্কে কিছুই বলবেন না।
worker-record-callback = কলব্যাকের ফল লিখুন
worker-schedule-callback = কলব্যাকের সময় ঠিক করুন
worker-sms-stage-label = এসএমএস আপডেটের বিষয়
worker-send-sms = এসএমএস আপডেট পাঠান
worker-informed-stage-label = শ্রমিককে যে বিষয়ে জানানো হয়েছে
worker-method-label = কীভাবে
worker-mark-informed = শ্রমিককে জানানো হয়েছে বলে চিহ্নিত করুন
worker-error-no-sms-consent = শ্রমিক এসএমএস পেতে রাজি হননি। কিছুই পাঠানো হয়নি।
worker-error-no-callback-consent = শ্রমিক কলব্যাকে রাজি হননি।

## পরবর্তী কাজ
task-callback = কলব্যাক
task-retaliation_30 = প্রতিশোধ যাচাই (৩০ দিন)
task-retaliation_90 = প্রতিশোধ যাচাই (৯০ দিন)
task-due = শেষ সময় { $at }
task-done = সম্পন্ন { $at }
task-outcome-reached = কথা হয়েছে
task-outcome-no_answer = কেউ ধরেননি
task-outcome-wrong_person = অন্য কেউ ধরেছেন
task-outcome-no_retaliation = কোনো প্রতিশোধের খবর নেই
task-outcome-retaliation_reported = প্রতিশোধের খবর পাওয়া গেছে
task-outcome-not_reached = শ্রমিকের সঙ্গে যোগাযোগ করা যায়নি

## কেস বন্ধ
closure-title = কেস বন্ধ
closure-closed = { $at } তারিখে বন্ধ হয়েছে: { $outcome }
closure-reopen = কেস আবার খুলুন
closure-outcome-label = ফলাফল
closure-choose = একটি ফলাফল বেছে নিন
closure-close = কেস বন্ধ করুন
closure-reprisal-risk = প্রতিশোধের ঝুঁকি
closure-reprisal-risk-hint = কেস বন্ধের ৩০ ও ৯০ দিন পরে শ্রমিককে আবার ফোন করা হবে।
closure-save-risk = প্রতিশোধের ঝুঁকি সংরক্ষণ করুন
closure-related = কেস #{ $id }-এর পরবর্তী
closure-related-label = আগের কেসের নম্বর
closure-link-related = আগের কেস যুক্ত করুন
closure-follow-ups = এই কেসের পরবর্তী কাজ
closure-error-already-closed = এই কেস আগেই বন্ধ হয়েছে।
closure-error-not-closed = এই কেস বন্ধ করা হয়নি।
closure-error-related-not-found = এই নম্বরের কোনো কেস নেই।
closure-error-related-self = কোনো কেস নিজের পরবর্তী হতে পারে না।
event-reprisal_risk_changed = প্রতিশোধের ঝুঁকির চিহ্ন বদলেছেন

## ঘটনা
incident-heading = ঘটনা
incident-part-of = যে ঘটনার অংশ:
incident-existing-label = এই কর্মস্থলের আগের ঘটনা
incident-none-chosen = একটি ঘটনা বেছে নিন
incident-new-label = অথবা নতুন ঘটনার শিরোনাম
incident-link = ঘটনার সঙ্গে যুক্ত করুন
incident-error-choose = একটি ঘটনা বেছে নিন অথবা নতুন ঘটনার শিরোনাম লিখুন।
incident-error-other-workplace = এই ঘটনা অন্য কর্মস্থলের।
incident-error-title-too-long = শিরোনাম খুব বড় (সর্বোচ্চ ২০০ অক্ষর)।
incident-cases = যুক্ত কেস
incident-no-cases = আপনি দেখতে পারেন এমন কোনো যুক্ত কেস নেই।
incident-cases-count = { $count ->
    [one] { $shown }টি কেস
   *[other] { $shown }টি কেস
}
incidents-count = { $count ->
    [one] { $shown }টি ঘটনা
   *[other] { $shown }টি ঘটনা
}
incidents-title = ঘটনাসমূহ
incidents-empty = এখনও কোনো ঘটনা নেই। কেস পাতা থেকে কোনো কেসকে নতুন ঘটনার সঙ্গে যুক্ত করুন।
incidents-col-title = ঘটনা
incidents-col-cases = কেস
incidents-col-created = তৈরি হয়েছে
incidents-pages = পাতা
incidents-prev = আগের পাতা
incidents-next = পরের পাতা

## বাকি পরবর্তী কাজ
follow-ups-title = বাকি পরবর্তী কাজ
follow-ups-empty = কোনো কলব্যাক বা প্রতিশোধ যাচাই বাকি নেই।
follow-ups-col-due = শেষ সময়
follow-ups-col-kind = পরবর্তী কাজ
follow-ups-col-action = করণীয়
follow-ups-overdue = সময় পেরিয়ে গেছে
follow-ups-outcome-label = ফল
follow-ups-choose = একটি ফল বেছে নিন
follow-ups-done = সম্পন্ন হিসেবে চিহ্নিত করুন
follow-ups-call = ফোন করতে কেস খুলুন
dashboard-follow-ups = বাকি পরবর্তী কাজ
dashboard-incidents = ঘটনাসমূহ
