# Workvoice — বাংলা। ব্যবহারকারী যা কিছু দেখেন তার সব লেখা এই ফাইলগুলোতে থাকে।
# সংখ্যা: $count দিয়ে বহুবচনের রূপ বাছাই হয়; $shown হলো ভাষার নিজস্ব অঙ্কে আগে থেকেই
# লেখা সংখ্যা।

app-name = Workvoice
language-native-name = বাংলা
skip-to-content = মূল অংশে যান
nav-label = প্রধান
nav-home = হোম
nav-new-case = নতুন কেস
nav-cases = কেস তালিকা
nav-search = খুঁজুন
nav-sign-out = সাইন আউট
language-label = ভাষা
language-change = বদলান
choose = — বেছে নিন —

## Errors shown as pages
error-go-home = শুরুর পাতায় যান
error-not-found-title = পাওয়া যায়নি
error-not-found-body = এই পাতাটি নেই, অথবা এটি দেখার অনুমতি আপনার নেই।
error-csrf-title = ফর্মটির মেয়াদ শেষ হয়ে গেছে
error-csrf-body = আপনার নিরাপত্তার জন্য এই ফর্মটি গ্রহণ করা যায়নি। পেছনে যান, পাতাটি আবার লোড করুন এবং আবার চেষ্টা করুন। কিছুই সংরক্ষণ করা হয়নি।
error-too-large-title = খুব বড়
error-too-large-body = আপনি যা পাঠিয়েছেন তা সার্ভারের গ্রহণযোগ্য সীমার চেয়ে বড়। কিছুই সংরক্ষণ করা হয়নি।
error-bad-request-title = অনুরোধে কিছু ভুল ছিল
error-internal-title = কিছু একটা সমস্যা হয়েছে
error-internal-body = সার্ভার এই অনুরোধটি শেষ করতে পারেনি। যা সংরক্ষিত হয়েছে বলে আপনি দেখেছেন, তার কিছুই হারায়নি। একটু পরে আবার চেষ্টা করুন; বারবার এমন হলে আপনার অ্যাডমিনকে জানান।
error-bad-language = এই ভাষাটি পাওয়া যাচ্ছে না।

## Field errors
error-phone-empty = একটি ফোন নম্বর লিখুন।
error-phone-invalid-character = ফোন নম্বরে এমন অক্ষর আছে যা দেওয়া যায় না।
error-phone-too-short = ফোন নম্বরটি খুব ছোট।
error-phone-too-long = ফোন নম্বরটি খুব বড়।
error-phone-invalid = এটি ওই দেশের সঠিক ফোন নম্বর নয়।
error-case-code-empty = কেস কোডটি লিখুন।
error-case-code-invalid-character = কেস কোডে শুধু সংখ্যা থাকতে পারে।
error-case-code-length = কেস কোডে ঠিক ১০টি সংখ্যা থাকতে হবে।
error-required = এই ঘরটি পূরণ করতে হবে।
error-password-too-short = পাসওয়ার্ডটি খুব ছোট।
error-unknown-category = অজানা ধরন।
error-invalid-choice = তালিকার বিকল্পগুলো থেকে একটি বেছে নিন।
error-summary-too-long = সারসংক্ষেপ সর্বোচ্চ ৩০০ অক্ষরের হতে পারে।
error-narrative-too-long = বিস্তারিত বিবরণ সর্বোচ্চ ২০,০০০ অক্ষরের হতে পারে।
error-shareable-summary-too-long = শেয়ারযোগ্য সারসংক্ষেপ সর্বোচ্চ ২,০০০ অক্ষরের হতে পারে।
error-caller-name-too-long = নাম সর্বোচ্চ ২০০ অক্ষরের হতে পারে।
error-sms-needs-phone = SMS পাঠানোর সম্মতির জন্য ফোন নম্বর লাগবে।
error-callback-needs-phone = আবার কল করার সম্মতির জন্য ফোন নম্বর লাগবে।
error-invalid-time = সময় HH:MM আকারে লিখুন (২৪ ঘণ্টার হিসাবে)।
error-safe-window-empty = শুরুর সময় আর শেষের সময় আলাদা হতে হবে।
error-workplace-unknown = এই নামে কোনো কর্মস্থল নেই। প্রস্তাবিত নামগুলো থেকে একটি বেছে নিন, অথবা ঘরটি খালি রাখুন।
error-workplace-ambiguous = এই নামে একাধিক কর্মস্থল আছে। প্রস্তাবিত নামগুলো থেকে একটি বেছে নিন।
error-invalid-number = শূন্য বা তার বেশি একটি সংখ্যা লিখুন (নারী শ্রমিকের সংখ্যা মোট শ্রমিকের চেয়ে বেশি হতে পারে না)।
error-note-too-long = নোট সর্বোচ্চ ১০,০০০ অক্ষরের হতে পারে।
form-has-errors = কিছু ঘর ঠিক করতে হবে। আপনি যা লিখেছিলেন তার সবই এখানে আছে।

## Sign in
login-title = সাইন ইন
login-username = ব্যবহারকারীর নাম
login-password = পাসওয়ার্ড
login-submit = সাইন ইন
login-failed = ব্যবহারকারীর নাম বা পাসওয়ার্ড ভুল।
login-throttled = অনেকবার ভুল চেষ্টা হয়েছে। ১৫ মিনিট অপেক্ষা করে আবার চেষ্টা করুন, অথবা অ্যাডমিনের সাহায্য নিন।

## Labels of data
country-bd = বাংলাদেশ
country-vn = ভিয়েতনাম
language-en = English
language-bn = বাংলা
language-vi = Tiếng Việt
urgency-life_safety = জীবনের ঝুঁকি – জরুরি অবস্থা
urgency-urgent = জরুরি
urgency-normal = সাধারণ
urgency-informational = শুধু তথ্য
channel-phone = ফোন কল
channel-sms = SMS
channel-ivr = IVR
channel-web = ওয়েব ফর্ম
channel-walk_in = সরাসরি এসে
channel-other = অন্যান্য
direction-inbound = আগত
direction-outbound = বহির্গামী
role-admin = অ্যাডমিন
role-supervisor = সুপারভাইজার
role-operator = অপারেটর
org-kind-helpline = হেল্পলাইন
org-kind-workplace = কর্মস্থল
org-kind-brand = ব্র্যান্ড
status-new = নতুন
status-triaged = প্রাথমিক বাছাই হয়েছে
status-reported = কারখানাকে জানানো হয়েছে
status-responded = কারখানা উত্তর দিয়েছে
status-validated = যাচাই করা হয়েছে
status-escalated = ব্র্যান্ডের কাছে পাঠানো হয়েছে
status-remediation = প্রতিকার চলছে
status-informed = শ্রমিককে জানানো হয়েছে
status-closed = বন্ধ
outcome-resolved_accepted = নিষ্পত্তি – অভিযোগ গৃহীত
outcome-resolved_rejected = নিষ্পত্তি – অভিযোগ প্রত্যাখ্যাত
outcome-no_basis = ভিত্তি নেই
outcome-referred = অন্যত্র পাঠানো হয়েছে
outcome-withdrawn = প্রত্যাহার করা হয়েছে
category-life_safety = জীবনের নিরাপত্তা
category-life_safety-fire = আগুন
category-life_safety-electrical = ধোঁয়া বা বিদ্যুতের বিপদ
category-life_safety-structural = ভবনে ফাটল
category-life_safety-blocked_exits = বের হওয়ার পথ আটকানো বা তালাবদ্ধ
category-life_safety-alarm_equipment = অ্যালার্ম বা আগুন নেভানোর সরঞ্জাম অচল
category-life_safety-evacuation = ভবন খালি করা
category-life_safety-disaster = দুর্যোগ
category-osh = অন্যান্য স্বাস্থ্য ও নিরাপত্তা
category-osh-heat = অতিরিক্ত গরম
category-osh-ventilation = বাতাস চলাচল
category-osh-ppe = সুরক্ষা সরঞ্জাম
category-osh-machine_safety = মেশিনের নিরাপত্তা
category-osh-toilets_water = টয়লেট ও খাবার পানি
category-osh-first_aid = প্রাথমিক চিকিৎসা
category-wages = মজুরি ও পাওনা
category-wages-unpaid = বকেয়া মজুরি
category-wages-late = দেরিতে মজুরি দেওয়া
category-wages-deductions = মজুরি কাটা
category-benefits = সুযোগ-সুবিধা
category-termination = চাকরিচ্যুতি
category-abuse = দুর্ব্যবহার ও নির্যাতন
category-abuse-verbal = গালিগালাজ
category-abuse-physical = শারীরিক নির্যাতন
category-abuse-sexual_harassment = যৌন হয়রানি
category-hours = কাজের সময়
category-hours-overtime = ওভারটাইম
category-hours-leave = ছুটি
category-association = সংগঠন করার স্বাধীনতা
category-child_forced_labour = শিশুশ্রম বা জোরপূর্বক শ্রম
category-child_forced_labour-child = শিশুশ্রম
category-child_forced_labour-forced = জোরপূর্বক শ্রম
category-reprisal = অভিযোগ করার কারণে প্রতিশোধ
category-informational = তথ্য বা পরীক্ষামূলক কল
category-informational-test_call = পরীক্ষামূলক কল
category-informational-question = প্রশ্ন
category-out_of_scope = আওতার বাইরে
category-out_of_scope-referral = অন্যত্র পাঠানো
no-workplace = কোনো কর্মস্থল নেই
unassigned = কাউকে দেওয়া হয়নি
actor-system = সিস্টেম

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
intake-consent-sms = SMS পাঠানো যাবে
intake-safe-from = নিরাপদ সময় (থেকে)
intake-safe-to = নিরাপদ সময় (পর্যন্ত)
intake-summary = সারসংক্ষেপ
intake-narrative = বিস্তারিত বিবরণ (অভ্যন্তরীণ)
intake-shareable = শেয়ারযোগ্য সারসংক্ষেপ
intake-shareable-help = কারখানা ও ব্র্যান্ড এটি পড়তে পারবে। কলকারীকে চেনা যায় এমন কিছুই লিখবেন না।
intake-save = কেস সংরক্ষণ করুন
script-life-safety-title = আপনি কি নিরাপদে আছেন?
script-life-safety-body = আগুন, ধোঁয়া, ফাটল বা তালাবদ্ধ বের হওয়ার পথ থাকলে: কলকারীকে এখনই ভবন থেকে বের হয়ে কোনো নিরাপদ জায়গায় যেতে বলুন। বিস্তারিত তথ্য পরে নিন।

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
col-case = কেস
col-received = পাওয়ার সময়
col-urgency = জরুরি মাত্রা
col-category = ধরন
col-workplace = কর্মস্থল
col-summary = সারসংক্ষেপ
col-status = অবস্থা
col-assigned = দায়িত্বে
pager-label = পাতা
pager-previous = আগের
pager-next = পরের
pager-position = পাতা { $page }, মোট { $pages }

## Case page
case-title = কেস
case-code-heading = কলকারীকে পড়ে শোনানোর কেস কোড
case-code-once = ধীরে ধীরে, দুইবার পড়ে শোনান। এই কোড দিয়ে কলকারী ফোনে বা SMS-এ কেসের খবর জানতে পারবেন। কোডটি আর দেখানো হবে না।
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
consent-sms-yes = SMS পাঠানো যাবে
consent-sms-no = SMS পাঠানো যাবে না
consent-safe-window = যোগাযোগের নিরাপদ সময় { $from }–{ $to }
caller-no-name = (নাম দেননি)
caller-no-phone = (ফোন নম্বর দেননি)
caller-other-cases = { $count ->
    [one] এই কলকারী আরও { $shown }টি কেস জানিয়েছেন।
   *[other] এই কলকারী আরও { $shown }টি কেস জানিয়েছেন।
}
event-created = কেসটি লিপিবদ্ধ করেছেন
event-note = একটি নোট যোগ করেছেন
event-assigned = কেসটির দায়িত্ব { $to }-কে দিয়েছেন

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
