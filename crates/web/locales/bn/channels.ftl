## SMS the outbox sends to workers (a single SMS each: keep them short)

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
worker-sms-status-delivered = পৌঁছেছে
