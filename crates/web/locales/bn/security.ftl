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
