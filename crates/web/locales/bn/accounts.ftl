# Signing in and out.

## Sign in
login-title = সাইন ইন
login-username = ব্যবহারকারীর নাম
login-password = পাসওয়ার্ড
login-submit = সাইন ইন
login-failed = ব্যবহারকারীর নাম বা পাসওয়ার্ড ভুল।
login-throttled = অনেকবার ভুল চেষ্টা হয়েছে। ১৫ মিনিট অপেক্ষা করে আবার চেষ্টা করুন, অথবা অ্যাডমিনের সাহায্য নিন।
