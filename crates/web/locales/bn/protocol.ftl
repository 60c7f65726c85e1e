# কল সামলানোর প্রটোকল: ধাপ, সময়সীমা, ব্র্যান্ডের কাছে পাঠানো এবং কেসের ঘটনাক্রম।

## Timeline events (the actor's name is shown before each)
event-status_changed = অবস্থা বদলে { $to } করেছেন
event-step_met = সম্পন্ন করেছেন: { $step }
event-step_overdue = সময় পেরিয়ে গেছে: { $step }
event-brand_notice = ব্র্যান্ডের কাছে পাঠিয়েছেন: নোটিশ
event-brand_warning = ব্র্যান্ডের কাছে পাঠিয়েছেন: সতর্কবার্তা
event-paused = শ্রমিকের জন্য অপেক্ষা শুরু করেছেন
event-resumed = শ্রমিকের জন্য অপেক্ষা শেষ করেছেন
event-factory_acknowledged = কেসের প্রাপ্তি স্বীকার করেছেন (কারখানা)
event-factory_responded = কারখানার উত্তর লিপিবদ্ধ করেছেন
event-clarification_requested = হেল্পলাইনের কাছে ব্যাখ্যা চেয়েছেন
event-evidence_attached = প্রমাণ সংযুক্ত করেছেন
event-disclosure_consented = পরিচয় শেয়ারে শ্রমিকের সম্মতি লিপিবদ্ধ করেছেন
event-worker_informed = শ্রমিককে জানিয়েছেন
event-callback_attempt = শ্রমিককে আবার কল করার চেষ্টা করেছেন
event-closed = কেসটি বন্ধ করেছেন
event-reopened = কেসটি আবার খুলেছেন
event-incident_linked = কেসটিকে একটি ঘটনার সাথে যুক্ত করেছেন
event-related_case_linked = আগের একটি কেস যুক্ত করেছেন
event-follow_up_done = একটি ফলো-আপ সম্পন্ন করেছেন

## Steps
step-acknowledge_worker = শ্রমিকের কাছে প্রাপ্তি স্বীকার
step-inform_factory = কারখানাকে জানানো
step-inform_brand = ব্র্যান্ডকে জানানো
step-factory_response = কারখানার উত্তর
step-validate = উত্তর যাচাই
step-inform_worker = শ্রমিককে জানানো
step-close = কেস বন্ধ করা
trigger-intake = কেস খোলা হয়েছে
trigger-factory_informed = কারখানাকে জানানো হয়েছে
trigger-factory_response = কারখানার উত্তর লিপিবদ্ধ হয়েছে
escalation-none = ব্র্যান্ডের কাছে পাঠানো হবে না
escalation-notice = ব্র্যান্ডকে নোটিশ
escalation-warning = ব্র্যান্ডকে সতর্কবার্তা
step-outcome-on_time = সময়মতো
step-outcome-late = দেরিতে
step-outcome-open = চলমান
step-outcome-overdue = সময় পেরিয়ে গেছে
span-minutes = { $count } মিনিট
span-hours = { $count } ঘণ্টা
span-days = { $count } দিন
span-working-minutes = { $count } কর্মমিনিট
span-working-hours = { $count } কর্মঘণ্টা
span-working-days = { $count } কর্মদিবস

## Errors in protocol and holiday files
error-calendar-unknown-zone = অজানা টাইম জোন।
error-calendar-no-working-days = ক্যালেন্ডারে কোনো কর্মদিবস নেই।
error-holiday-format = লাইন { $line }: এই আকারে লিখুন COUNTRY,YYYY-MM-DD,Name
error-holiday-country = লাইন { $line }: অজানা দেশের কোড।
error-holiday-date = লাইন { $line }: তারিখ সঠিক নয় (YYYY-MM-DD আকারে লিখুন)।
error-holiday-name = লাইন { $line }: ছুটির দিনের একটি নাম দিতে হবে।
error-protocol-syntax = প্রটোকল ফাইলটি সঠিক নয় (লাইন { $line })।
error-protocol-no-rules = প্রটোকলে কোনো নিয়ম নেই।
error-protocol-category = নিয়ম { $rule }: ধরন সঠিক নয় (একটি কোড, অথবা *)।
error-protocol-unknown-urgency = নিয়ম { $rule }: অজানা জরুরি মাত্রা।
error-protocol-duplicate-rule = নিয়ম { $rule }: অন্য একটি নিয়মেও একই ধরন ও জরুরি মাত্রা আছে।
error-protocol-unknown-step = নিয়ম { $rule }, ধাপ { $step }: অজানা ধাপ।
error-protocol-unknown-trigger = নিয়ম { $rule }, ধাপ { $step }: অজানা "from" ঘটনা।
error-protocol-bad-duration = নিয়ম { $rule }, ধাপ { $step }: সময়সীমা সঠিক নয় (যেমন 10m, 4h, 2wd)।
error-protocol-duplicate-step = নিয়ম { $rule }, ধাপ { $step }: ধাপটি দুইবার দেওয়া হয়েছে।
