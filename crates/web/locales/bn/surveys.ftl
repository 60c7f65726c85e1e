## The survey on a closed case's page

survey-panel-title = সন্তুষ্টি জরিপ
survey-panel-channel = কীভাবে জানতে চাওয়া হয়েছে
survey-panel-status = অবস্থা
survey-panel-attempts = চেষ্টা
survey-panel-next = পরের চেষ্টা
survey-panel-no-answers = এখনো কোনো মতামত আসেনি।
survey-channel-ivr = ভয়েস কল (আইভিআর)
survey-channel-sms = এসএমএস
survey-status-scheduled = মতামতের অপেক্ষায়
survey-status-answered = মতামত দিয়েছেন
survey-status-no_response = সব চেষ্টার পরেও কোনো মতামত মেলেনি
survey-question-satisfaction = হেল্পলাইন কেসটি যেভাবে সামলেছে তাতে সন্তুষ্ট
survey-question-resolved = সমস্যার সমাধান হয়েছে
survey-answer-1 = খুব সন্তুষ্ট
survey-answer-2 = সন্তুষ্ট
survey-answer-3 = মাঝামাঝি
survey-answer-4 = সন্তুষ্ট নন
survey-answer-5 = একেবারেই সন্তুষ্ট নন
survey-answer-yes = হ্যাঁ
survey-answer-no = না

## The satisfaction page (supervisors)

satisfaction-title = সন্তুষ্টি
satisfaction-hint = কেস বন্ধ হওয়ার পরে যোগাযোগে সম্মতি দেওয়া প্রত্যেক শ্রমিকের কাছে ভয়েস কল বা এসএমএসে জানতে চাওয়া হয়। সন্তুষ্টির হার: মতামত দেওয়া জরিপের মধ্যে সন্তুষ্ট বা খুব সন্তুষ্ট কতগুলো। মতামতের হার: শেষ হওয়া জরিপের মধ্যে কতগুলোতে মতামত এসেছে, মতামত না মেলাগুলোও ধরে। { $min }টির কম জরিপ থাকলে কর্মস্থল ও অপারেটরের সারি লুকানো থাকে।
satisfaction-empty = এখনো কোনো জরিপ শেষ হয়নি। কেস বন্ধ হওয়ার পরের দিন জরিপ শুরু হয়।
satisfaction-chart = মাস অনুযায়ী সন্তুষ্টির হার
satisfaction-by-month = মাস অনুযায়ী
satisfaction-by-category = ধরন অনুযায়ী
satisfaction-by-workplace = কর্মস্থল অনুযায়ী
satisfaction-by-operator = অপারেটর অনুযায়ী
satisfaction-col-group = দল
satisfaction-col-finished = শেষ হওয়া জরিপ
satisfaction-col-response = মতামতের হার
satisfaction-col-satisfaction = সন্তুষ্টির হার
