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
