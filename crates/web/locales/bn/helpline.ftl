# Helpline pages: intake, queue, search, the case page (timeline, protocol steps,
# worker kept informed, closure), incidents, follow-ups, notifications, supervision.

## Intake
intake-title = নতুন কেস
intake-workplace = কর্মস্থল
intake-workplace-help = নামের কিছু অংশ লিখুন এবং প্রস্তাবিত নামগুলো থেকে বেছে নিন। কলটি কোনো কর্মস্থল নিয়ে না হলে খালি রাখুন।
intake-category = ধরন
intake-urgency = জরুরি মাত্রা
intake-language = কলের ভাষা
intake-caller = কলকারী
intake-caller-privacy = কলকারীর ফোন নম্বর ও নাম এনক্রিপ্ট করে রাখা হয় এবং কখনো কারখানা বা ব্র্যান্ডকে দেখানো হয় না।
intake-caller-phone = কলকারীর ফোন
intake-caller-name = কলকারীর নাম
intake-consent-callback = আবার কল করা যাবে
intake-consent-sms = এসএমএস পাঠানো যাবে
intake-sms-case-code = কেস কোড এখনই এসএমএসে পাঠান (আগে জিজ্ঞেস করুন: ফোনটি কি শুধু তাঁর নিজের?)
intake-safe-from = নিরাপদ সময় (থেকে)
intake-safe-to = নিরাপদ সময় (পর্যন্ত)
intake-summary = সারসংক্ষেপ
intake-narrative = বিস্তারিত বিবরণ (অভ্যন্তরীণ)
intake-shareable = শেয়ারযোগ্য সারসংক্ষেপ
intake-shareable-help = কারখানা ও ব্র্যান্ড এটি পড়তে পারবে। কলকারীকে চেনা যায় এমন কিছুই লিখবেন না।
intake-save = কেস সংরক্ষণ করুন
script-life-safety-title = আপনি কি নিরাপদে আছেন?
script-life-safety-body = আগুন, ধোঁয়া, ফাটল বা তালাবদ্ধ বহির্গমন পথ থাকলে: কলকারীকে এখনই ভবন থেকে বের হয়ে কোনো নিরাপদ জায়গায় যেতে বলুন। বিস্তারিত তথ্য পরে নিন।

## Case queue and lists
queue-title = কেস তালিকা
filter-status = অবস্থা
filter-any-open = সব খোলা কেস
filter-all = সব, বন্ধ কেসসহ
filter-urgency = জরুরি মাত্রা
filter-any = যেকোনো
filter-category = ধরন
filter-workplace = কর্মস্থল
filter-assigned = দায়িত্বে
filter-anyone = যে কেউ
filter-assigned-me = আমি
filter-assigned-none = কেউ না
filter-sort = সাজানোর ক্রম
filter-submit = ফিল্টার করুন
sort-newest = নতুনগুলো আগে
sort-oldest = পুরোনোগুলো আগে
sort-urgency = বেশি জরুরিগুলো আগে
sort-updated = সম্প্রতি হালনাগাদ
queue-empty = এই ফিল্টারে কোনো কেস মেলেনি। ফিল্টার বদলান, অথবা নতুন কেস লিখুন।
cases-found = { $count ->
    [one] { $shown }টি কেস
   *[other] { $shown }টি কেস
}
cases-found-more = { $shown }টির বেশি কেস

## Case page
case-title = কেস
case-code-heading = কলকারীকে পড়ে শোনানোর কেস কোড
case-code-once = ধীরে ধীরে, দুইবার পড়ে শোনান। এই কোড দিয়ে কলকারী ফোনে বা এসএমএসে কেসের খবর জানতে পারবেন। কোডটি আর দেখানো হবে না।
case-language = ভাষা
case-channel = মাধ্যম
case-callers = কলকারী
case-no-caller = কলকারী কোনো ফোন নম্বর বা নাম দেননি।
case-assign-to = যাকে দায়িত্ব দেবেন
case-assign = দায়িত্ব দিন
case-timeline = ঘটনাক্রম
case-note = নোট
case-add-note = নোট যোগ করুন
consent-callback-yes = আবার কল করা যাবে
consent-callback-no = আবার কল করা যাবে না
consent-sms-yes = এসএমএস পাঠানো যাবে
consent-sms-no = এসএমএস পাঠানো যাবে না
consent-safe-window = যোগাযোগের নিরাপদ সময়: { $from }–{ $to }
caller-no-name = (নাম দেননি)
caller-no-phone = (ফোন নম্বর দেননি)
caller-other-cases = { $count ->
    [one] এই কলকারী আরও { $shown }টি কেস জানিয়েছেন।
   *[other] এই কলকারী আরও { $shown }টি কেস জানিয়েছেন।
}
event-created = কেসটি লিপিবদ্ধ করেছেন
event-note = একটি নোট যোগ করেছেন
event-note-removed = (কলকারীর পরিচয়ের সাথে লেখাটি মুছে ফেলা হয়েছে।)
event-assigned = কেসের দায়িত্ব দিয়েছেন: { $to }

## Dashboard
dashboard-record-case = নতুন কেস লিখুন
dashboard-title = আমার চলমান কাজ
dashboard-mine = আমার দায়িত্বে
dashboard-mine-empty = আপনাকে কোনো কেস দেওয়া হয়নি। নিচের তালিকা থেকে একটি কেস নিন।
dashboard-unassigned = খোলা, এখনো কেউ নেননি
dashboard-unassigned-empty = প্রতিটি খোলা কেসে কেউ না কেউ কাজ করছেন।
dashboard-see-all = { $count ->
    [one] তালিকায় { $shown }টি কেস দেখুন
   *[other] তালিকায় সব { $shown }টি কেস দেখুন
}

## Search
search-title = খুঁজুন
search-label = খুঁজুন
search-submit = খুঁজুন
search-workplaces = কর্মস্থল
search-no-workplaces = কোনো কর্মস্থল মেলেনি।
search-cases = কেস
search-no-cases = কোনো কেস মেলেনি। কম শব্দ দিয়ে, বা শব্দের শুরুর অংশ দিয়ে চেষ্টা করুন।
search-help = কেসের লেখা ও কর্মস্থলের নাম খুঁজুন। ভিয়েতনামি লেখা স্বরচিহ্নসহ বা ছাড়া — দুইভাবেই খোঁজা যায়; বাংলায় পুরো শব্দ ও শব্দের শুরুর অংশ দিয়ে খোঁজা যায়।

## Timeline events (the actor's name is shown before each)
event-status_changed = অবস্থা বদলেছেন: { $to }
event-step_met = সম্পন্ন করেছেন: { $step }
event-step_overdue = সময় পেরিয়ে গেছে: { $step }
event-brand_notice = ব্র্যান্ডের কাছে পাঠিয়েছেন: নোটিশ
event-brand_warning = ব্র্যান্ডের কাছে পাঠিয়েছেন: সতর্কবার্তা
event-paused = শ্রমিকের জন্য অপেক্ষা শুরু করেছেন
event-resumed = শ্রমিকের জন্য অপেক্ষা শেষ করেছেন
event-factory_acknowledged = কেসের প্রাপ্তি স্বীকার করেছেন (কারখানা)
event-factory_responded = কারখানার জবাব লিপিবদ্ধ করেছেন
event-clarification_requested = হেল্পলাইনের কাছে ব্যাখ্যা চেয়েছেন
event-evidence_attached = প্রমাণ সংযুক্ত করেছেন
event-disclosure_consented = পরিচয় শেয়ারে শ্রমিকের সম্মতি লিপিবদ্ধ করেছেন
event-disclosure_revoked = পরিচয় শেয়ারে শ্রমিকের সম্মতি প্রত্যাহার লিপিবদ্ধ করেছেন
event-worker_informed = শ্রমিককে জানিয়েছেন
event-callback_attempt = শ্রমিককে কলব্যাকের চেষ্টা করেছেন
event-closed = কেসটি বন্ধ করেছেন
event-reopened = কেসটি আবার খুলেছেন
event-incident_linked = কেসটিকে একটি ঘটনার সাথে যুক্ত করেছেন
event-related_case_linked = আগের একটি কেস যুক্ত করেছেন
event-follow_up_done = একটি ফলো-আপ সম্পন্ন করেছেন

## কেস পাতার ধাপ
steps-heading = প্রোটোকলের ধাপ
steps-zone = সময় { $zone } অনুযায়ী (কর্মস্থলের দেশ)।
steps-none = এই কেসে কোনো প্রোটোকল ধাপ প্রযোজ্য নয়।
steps-col-step = ধাপ
steps-col-due = শেষ সময়
steps-col-state = অবস্থা
steps-col-action = পদক্ষেপ
steps-rule = সময়সীমা { $within }; গণনা শুরু: { $from }
steps-no-due = —
steps-state-met = সম্পন্ন: { $when }; করেছেন: { $who }
steps-state-not-started = এখনো শুরু হয়নি
steps-state-waiting = স্থগিত: শ্রমিকের অপেক্ষায়
steps-state-open = চলমান
steps-state-overdue = সময় পেরিয়ে গেছে
steps-state-escalated = সময় পেরিয়ে গেছে; সুপারভাইজারদের তালিকায় আছে (সময়: { $when })
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
supervisor-col-due = শেষ সময় ছিল
supervisor-col-late = দেরি
supervisor-col-brand = ব্র্যান্ডের কাছে পাঠানো
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
supervisor-col-created = লিপিবদ্ধ কেস (৩০ দিন)

## বিজ্ঞপ্তি
notification-heading = বিজ্ঞপ্তি
notification-none = কোনো অপঠিত বিজ্ঞপ্তি নেই।
notification-mark-read = সব পঠিত হিসেবে চিহ্নিত করুন
notification-unread-link = { $count ->
    [one] { $shown }টি অপঠিত বিজ্ঞপ্তি
   *[other] { $shown }টি অপঠিত বিজ্ঞপ্তি
}
notification-kind-step_overdue = একটি প্রোটোকল ধাপের সময় পেরিয়ে গেছে।
notification-kind-notice = কারখানা জবাব দেয়নি: ব্র্যান্ডকে নোটিশ।
notification-kind-warning = কারখানা এখনো জবাব দেয়নি: ব্র্যান্ডকে সতর্কবার্তা।
notification-kind-other = একটি কেসে মনোযোগ প্রয়োজন।

## কেস পাতায় "শ্রমিককে জানানো" অংশ
worker-panel-title = শ্রমিককে জানানো হয়েছে কি না
worker-stage-acknowledgement = প্রাপ্তি স্বীকার
worker-stage-response = কারখানার জবাব
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
worker-sms-line = এসএমএস আপডেট সারিতে রাখা হয়েছে: { $at }; পাঠানোর সময়: { $send }; অবস্থা: { $status }
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
task-retaliation_30 = প্রতিশোধমূলক আচরণ যাচাই (৩০ দিন)
task-retaliation_90 = প্রতিশোধমূলক আচরণ যাচাই (৯০ দিন)
task-due = শেষ সময় { $at }
task-done = সম্পন্ন { $at }
task-outcome-reached = কথা হয়েছে
task-outcome-no_answer = কেউ ধরেননি
task-outcome-wrong_person = অন্য কেউ ধরেছেন
task-outcome-no_retaliation = প্রতিশোধমূলক আচরণের কোনো খবর নেই
task-outcome-retaliation_reported = প্রতিশোধমূলক আচরণের খবর পাওয়া গেছে
task-outcome-not_reached = শ্রমিকের সঙ্গে যোগাযোগ করা যায়নি

## কেস বন্ধ
closure-title = কেস বন্ধ
closure-closed = { $at } তারিখে বন্ধ হয়েছে: { $outcome }
closure-reopen = কেস আবার খুলুন
closure-outcome-label = ফলাফল
closure-choose = একটি ফলাফল বেছে নিন
closure-close = কেস বন্ধ করুন
closure-reprisal-risk = প্রতিশোধমূলক আচরণের ঝুঁকি
closure-reprisal-risk-hint = কেস বন্ধের ৩০ ও ৯০ দিন পরে শ্রমিককে আবার ফোন করা হবে।
closure-save-risk = প্রতিশোধমূলক আচরণের ঝুঁকি সংরক্ষণ করুন
closure-related = আগের কেস: #{ $id }
closure-related-label = আগের কেসের নম্বর
closure-link-related = আগের কেস যুক্ত করুন
closure-follow-ups = এই কেসের পরবর্তী কাজ
closure-error-already-closed = এই কেস আগেই বন্ধ হয়েছে।
closure-error-not-closed = এই কেস বন্ধ করা হয়নি।
closure-error-related-not-found = এই নম্বরের কোনো কেস নেই।
closure-error-related-self = কোনো কেস নিজের পরবর্তী হতে পারে না।
event-reprisal_risk_changed = প্রতিশোধমূলক আচরণের ঝুঁকির চিহ্ন বদলেছেন

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
follow-ups-empty = কোনো কলব্যাক বা প্রতিশোধমূলক আচরণ যাচাই বাকি নেই।
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

## কারখানা ও ব্র্যান্ডকে কেস জানানো (helpline/reporting.rs)
intake-factory-consent = কারখানাকে কি জানানো যাবে?
intake-factory-consent-help = শ্রমিককে জিজ্ঞেস করুন। আপনি কেসটি না জানানো পর্যন্ত কারখানা বা ব্র্যান্ড কিছুই জানবে না।
intake-factory-consent-default = জিজ্ঞেস করা হয়নি: এই ধরনের জন্য প্রোটোকলের ডিফল্ট প্রযোজ্য
intake-factory-consent-yes = হ্যাঁ, শ্রমিক সম্মতি দিয়েছেন
intake-factory-consent-no = না, এখন নয়
report-heading = জানানো
report-agreed = কারখানাকে জানাতে শ্রমিক সম্মতি দিয়েছেন।
report-not-agreed = কারখানাকে জানাতে শ্রমিক সম্মতি দেননি।
report-agreement-give = শ্রমিক এখন সম্মতি দিচ্ছেন
report-agreement-withdraw = শ্রমিক সম্মতি প্রত্যাহার করছেন
report-no-targets = এই কেসে জানানোর মতো কোনো কর্মস্থল নেই।
report-not-told = এখনো জানানো হয়নি
report-told = জানানো হয়েছে: { $when } (সংস্করণ { $version })
report-to = { $org }-কে জানান
report-share-again = নতুন সংস্করণ { $org }-কে জানান
report-version-to = { $org }-কে জানানো হয়েছে, সংস্করণ { $version }
report-versions = যা জানানো হয়েছে
report-edit-shareable = শেয়ারযোগ্য সারসংক্ষেপ সম্পাদনা করুন
report-edit-shareable-help = আপনি নতুন সংস্করণ জানালে তবেই সংস্থাগুলো তা দেখবে।
report-save-shareable = শেয়ারযোগ্য সারসংক্ষেপ সংরক্ষণ করুন
report-next-report-to = { $org }-কে জানান
report-next-due-in = { $what }: বাকি সময় { $time }
report-next-overdue = { $what }: সময় পেরিয়ে গেছে { $time }
report-already-told = এই সংস্থা শেয়ারযোগ্য সারসংক্ষেপের এই সংস্করণ আগেই পেয়েছে।
report-refused-informational = প্রশ্ন ও পরীক্ষামূলক কল কখনো কারখানা বা ব্র্যান্ডকে জানানো হয় না।
report-refused-out_of_scope = আওতার বাইরের ও অন্যত্র পাঠানো কেস কখনো কারখানা বা ব্র্যান্ডকে জানানো হয় না।
report-refused-withdrawn = শ্রমিক এই কেস প্রত্যাহার করেছেন: এটি জানানো হবে না।
report-refused-no_agreement = জানানো যাবে না: কারখানাকে জানাতে শ্রমিক সম্মতি দেননি। আগে শ্রমিককে জিজ্ঞেস করুন।
report-refused-nothing_to_share = এখনো জানানো যাবে না: আগে শেয়ারযোগ্য সারসংক্ষেপ লিখুন।
report-refused-no_organisation = জানানো যাবে না: কেসটির কোনো কর্মস্থল নেই।
report-target-factory = কারখানা
report-target-brand = ব্র্যান্ড
report-via-helpline = হেল্পলাইন
report-via-escalation = ব্র্যান্ডের কাছে পাঠানো (কারখানার জবাব নেই)
steps-error-report-instead = কেসটি জানালেই এই ধাপ সম্পন্ন হয়, জানানোর অংশ থেকে।
queue-filters = ফিল্টার
event-reported = { $org }-কে কেসটি জানিয়েছেন (শেয়ারযোগ্য সারসংক্ষেপের সংস্করণ { $version })
event-shareable_summary_edited = শেয়ারযোগ্য সারসংক্ষেপ সম্পাদনা করেছেন
event-factory_agreement_changed = কারখানাকে জানানো নিয়ে শ্রমিকের সিদ্ধান্ত লিখেছেন
