# The second step of signing in, its set-up, and the account's security page.

## Second step of signing in
second-factor-title = সাইন ইনের দ্বিতীয় ধাপ
second-factor-intro = আপনার অথেনটিকেটর অ্যাপে Workvoice-এর জন্য যে ৬ অঙ্কের কোড দেখাচ্ছে, সেটি লিখুন। ফোন হারিয়ে গেলে এর বদলে আপনার একটি রিকভারি কোড লিখুন।
second-factor-code = কোড
second-factor-submit = এগিয়ে যান
second-factor-failed = কোডটি ভুল, মেয়াদ শেষ, অথবা আগেই ব্যবহার করা হয়েছে। পরের কোডের জন্য অপেক্ষা করে আবার চেষ্টা করুন।
second-factor-throttled = অনেকবার ভুল কোড দেওয়া হয়েছে। এক ঘণ্টা অপেক্ষা করে আবার চেষ্টা করুন, অথবা অ্যাডমিনের সাহায্য নিন।
second-factor-cancel = সাইন আউট

## Setting it up
enrol-title = সাইন ইনের দ্বিতীয় ধাপ চালু করুন
enrol-intro = কেস দেখতে পারে এমন প্রতিটি অ্যাকাউন্টে সাইন ইনের সময় একটি দ্বিতীয় ধাপ লাগে: আপনার ফোনের অথেনটিকেটর অ্যাপের একটি কোড (যেমন FreeOTP, Aegis বা Google Authenticator)। শুধু আপনার পাসওয়ার্ড দিয়ে কেউ আপনার নামে সাইন ইন করতে পারবে না।
enrol-scan = ১. অ্যাপ দিয়ে এই QR কোডটি স্ক্যান করুন
enrol-qr-label = অথেনটিকেটর অ্যাপের জন্য QR কোড
enrol-manual = স্ক্যান করতে না পারলে এর বদলে এই কী-টি অ্যাপে লিখুন:
enrol-confirm = ২. অ্যাপে এখন যে কোড দেখাচ্ছে সেটি লিখুন
enrol-submit = নিশ্চিত করুন
enrol-failed = কোডটি মিলছে না। ফোনের ঘড়ি ঠিক আছে কি না দেখে সবচেয়ে নতুন কোডটি লিখুন।

## Recovery codes
recovery-title = আপনার রিকভারি কোড
recovery-intro = ফোন হারিয়ে গেলে এই প্রতিটি কোড দিয়ে একবার সাইন ইন করা যায়। কোডগুলো লিখে রাখুন বা প্রিন্ট করুন, আর ফোন থেকে দূরে কোনো নিরাপদ জায়গায় রাখুন। এগুলো শুধু এখনই দেখানো হচ্ছে।
recovery-continue = Workvoice-এ যান

## The account's security page
account-security-title = সাইন ইন ও সেশন
account-security-enrolled = সাইন ইনের দ্বিতীয় ধাপ চালু আছে।
account-security-codes-left = { $count ->
    [one] { $shown }টি রিকভারি কোড বাকি আছে।
   *[other] { $shown }টি রিকভারি কোড বাকি আছে।
}
account-security-everywhere = সব জায়গা থেকে সাইন আউট
account-security-everywhere-hint = আপনার অ্যাকাউন্টের সব সেশন শেষ করে, প্রতিটি কম্পিউটার ও ফোনে, এটিসহ। এমন কোনো কম্পিউটারে সাইন ইন করে থাকলে যা এখন আপনার নিয়ন্ত্রণে নেই, এটি ব্যবহার করুন।

## Retention periods
error-retention-too-short = সময়কাল কমপক্ষে ১২০ দিন হতে হবে: বন্ধ হওয়ার পর ৯০ দিন পর্যন্ত প্রতিশোধমূলক আচরণের খোঁজ নেওয়া হয়।
error-retention-too-long = সময়কাল সর্বোচ্চ ৩৬৫০ দিন (দশ বছর) হতে পারে।

## Retention (administrators; supervisors read)
retention-title = তথ্য সংরক্ষণের মেয়াদ
retention-hint = প্রতিটি কর্মসূচি কেস বন্ধ হওয়ার পর নির্দিষ্ট কয়েক দিন শ্রমিকের পরিচয় (ফোন, নাম, নোট, বার্তা, প্রমাণ) রাখে; তারপর প্রতিদিনের একটি চালনায় তা মুছে ফেলা হয় এবং পরিসংখ্যানের জন্য নাম-পরিচয়হীন তথ্য রাখা হয়। কোনো কেসের সাথে যুক্ত নয় এমন বিনা খরচে কলব্যাক ও এসএমএস ডিফল্ট মেয়াদ মেনে চলে।
retention-saved = মেয়াদ সংরক্ষিত হয়েছে। পরের চালনায় এটি ব্যবহার হবে।
retention-periods = মেয়াদ
retention-programme-default = ডিফল্ট (কর্মস্থল ছাড়া কেস, এবং অন্যান্য দেশ)
retention-days-after-closure = দিন, কেস বন্ধ হওয়ার পর
retention-save = মেয়াদ সংরক্ষণ করুন
retention-error-days = মেয়াদ দিনের সংখ্যা হিসেবে লিখুন।
retention-next-title = চালনা
retention-next-run = পরের চালনা
retention-would-remove = এখন চালালে মুছে যাবে
retention-preview = { $count ->
    [one] { $count }টি কেসের পরিচয়, শেষ হওয়া { $done }টি কলব্যাক এবং কোনো কেসের সাথে যুক্ত নয় এমন { $total }টি এসএমএস
   *[other] { $count }টি কেসের পরিচয়, শেষ হওয়া { $done }টি কলব্যাক এবং কোনো কেসের সাথে যুক্ত নয় এমন { $total }টি এসএমএস
}
retention-last-run = শেষ চালনা
retention-not-run = এখনও চালানো হয়নি।
retention-run-ok = কোনো ত্রুটি ছাড়াই শেষ হয়েছে
retention-run-failed = ব্যর্থ:
retention-runs = সাম্প্রতিক মুছে ফেলা
retention-runs-empty = এখনও কিছু মুছে ফেলা হয়নি: কোনো কেস তার মেয়াদের চেয়ে বেশি সময় বন্ধ নেই।
retention-col-at = কখন
retention-col-cases = কেস
retention-col-callers = কলকারী
retention-col-attachments = প্রমাণের ফাইল
retention-col-messages = বার্তা
retention-col-callbacks = কলব্যাক

## Data-subject requests (administrators)
subject-requests-title = নিজের তথ্য নিয়ে শ্রমিকদের অনুরোধ
subject-requests-hint = একজন শ্রমিক তার সম্পর্কে রাখা সব তথ্যের একটি কপি চাইতে পারেন, অথবা তা মুছে ফেলতে বলতে পারেন। তিনি যে ফোন নম্বর থেকে কল করেছেন তা দিয়ে অনুরোধটি লিখে রাখুন; ২ দিনের মধ্যে প্রাপ্তি জানান এবং ৩০ দিনের মধ্যে সম্পন্ন করুন। নম্বরটি শুধু একটি গোপন চাবিযুক্ত ছাপ হিসেবে রাখা হয়, এবং অনুরোধ সম্পন্ন হলে তাও ভুলে যাওয়া হয়।
subject-requests-record = অনুরোধ লিখে রাখুন
subject-requests-kind = অনুরোধ
subject-requests-choose = একটি অনুরোধ বেছে নিন
subject-request-access = তার তথ্যের কপি
subject-request-erasure = মুছে ফেলা
subject-requests-phone = শ্রমিকের ফোন নম্বর
subject-requests-error-phone = একটি ফোন নম্বর লিখুন, যেমন 01712 345678 বা +84 912 345 678।
subject-requests-save = অনুরোধ লিখে রাখুন
subject-requests-recorded = অনুরোধ { $id } লিখে রাখা হয়েছে। এর সময়সীমা নিচের তালিকায় আছে।
subject-requests-erased = { $count ->
    [one] মুছে ফেলা হয়েছে: { $count }টি কেসে আর শ্রমিকের পরিচয় নেই।
   *[other] মুছে ফেলা হয়েছে: { $count }টি কেসে আর শ্রমিকের পরিচয় নেই।
}
subject-requests-list = অনুরোধসমূহ
subject-requests-empty = এখনও কোনো অনুরোধ নেই। কোনো শ্রমিক চাইলে উপরে একটি লিখে রাখুন।
subject-requests-col-id = নম্বর
subject-requests-col-received = পাওয়া গেছে
subject-requests-col-acknowledge = প্রাপ্তি জানানোর শেষ দিন
subject-requests-col-due = সম্পন্ন করার শেষ দিন
subject-requests-col-state = অবস্থা
subject-requests-col-action = কাজ
subject-requests-open = খোলা
subject-requests-overdue = সময় পেরিয়ে গেছে
subject-requests-done = { $count ->
    [one] { $at } তারিখে সম্পন্ন ({ $count }টি কেস)
   *[other] { $at } তারিখে সম্পন্ন ({ $count }টি কেস)
}
subject-requests-export = কপি ডাউনলোড করে সম্পন্ন করুন
subject-requests-erase = মুছে ফেলুন…
subject-erase-title = একজন শ্রমিকের তথ্য মুছে ফেলুন
subject-erase-what = এই নম্বর থেকে যে সব কেসের বিষয়ে কল করা হয়েছে, সেগুলো থেকে শ্রমিকের ফোন, নাম, সারসংক্ষেপ, বিবরণ ও নোট, তার এসএমএস ও প্রমাণ মুছে যাবে; তার বিনা খরচে কলব্যাকগুলোও মুছে যাবে। পরিসংখ্যানের জন্য কেসগুলোর নাম-পরিচয়হীন তথ্য থেকে যাবে।
subject-erase-final = এটি আর ফেরানো যাবে না।
subject-erase-confirm = আমি অনুরোধটি যাচাই করেছি এবং এই শ্রমিকের তথ্য মুছে ফেলতে চাই
subject-erase-button = এখনই মুছে ফেলুন
subject-erase-error-confirm = মুছে ফেলা নিশ্চিত করতে বাক্সে টিক দিন।
