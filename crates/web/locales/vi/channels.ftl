## SMS the outbox sends to workers (a single SMS each: keep them short)

sms-intake = Đường dây nóng: chúng tôi đã tiếp nhận vụ việc của anh/chị. Mã vụ việc: { $case_code }. Hãy giữ kín mã này. Để hỏi về vụ việc, anh/chị gửi TRANG THAI { $case_code }.
sms-case-update-acknowledgement = Đường dây nóng: chúng tôi đã tiếp nhận vụ việc của anh/chị và đang xử lý. Chúng tôi sẽ tiếp tục thông báo cho anh/chị.
sms-case-update-response = Đường dây nóng: doanh nghiệp đã phản hồi về vụ việc của anh/chị. Chúng tôi sẽ liên hệ với anh/chị vào thời điểm an toàn.
sms-case-update-closure = Đường dây nóng: vụ việc của anh/chị đã kết thúc. Cảm ơn anh/chị đã gọi. Anh/chị có thể gọi cho chúng tôi bất cứ lúc nào.

## Replies to workers' SMS

sms-status-reply = Đường dây nóng: vụ việc của anh/chị: { $case_status }.
sms-status-not-found = Đường dây nóng: không tìm thấy vụ việc với mã này. Anh/chị hãy gửi TRANG THAI và mã vụ việc gồm 10 chữ số.
sms-help = Đường dây nóng: chúng tôi đã nhận được tin nhắn của anh/chị, tổng đài viên sẽ đọc. Để hỏi về vụ việc, anh/chị hãy gửi TRANG THAI và mã vụ việc.

## The outbox page (administrators)

outbox-title = Hộp thư đi
outbox-help = Mọi tin nhắn SMS đường dây nóng gửi đi, theo trạng thái. Tin trong hàng đợi được gửi ngay khi kết nối được cổng tin nhắn; tin gửi không thành công có thể gửi lại.
outbox-retried = Tin nhắn đã được đưa lại vào hàng đợi và sẽ được gửi ở lượt gửi tiếp theo.
outbox-filter-label = Lọc theo trạng thái
outbox-all = Tất cả
outbox-empty = Không có tin nhắn nào.
outbox-col-message = Tin nhắn
outbox-col-channel = Kênh
outbox-col-status = Trạng thái
outbox-col-attempts = Số lần thử
outbox-col-next = Lần thử tiếp theo
outbox-col-sent = Đã gửi
outbox-col-delivered = Đã đến máy
outbox-col-error = Lỗi gần nhất
outbox-col-action = Thao tác
outbox-retry = Gửi lại
outbox-error-unavailable = Không kết nối được cổng tin nhắn
outbox-error-temporary = Lỗi tạm thời
outbox-error-rejected = Cổng tin nhắn từ chối
outbox-error-undeliverable = Không thể gửi
outbox-error-report = Không đến được máy
outbox-error-other = Lỗi
outbox-history-title = Tin nhắn
outbox-history-attempts = Các lần gửi
outbox-history-none = Chưa có lần gửi nào đến được cổng tin nhắn.
outbox-col-attempt = Lần gửi
outbox-col-at = Thời gian
outbox-col-outcome = Kết quả
outbox-col-provider-ref = Mã tin nhắn tại cổng
outbox-attempt-sent = Cổng tin nhắn đã nhận
outbox-attempt-retry = Thất bại, đã gửi lại sau
outbox-attempt-failed = Thất bại hẳn
worker-sms-status-delivered = đã đến máy

## Voice prompts (IVR), spoken with Say when no recording is configured

ivr-choose-language = Chào mừng anh/chị đến với đường dây nóng. Tiếng Bangla, bấm phím 1. Tiếng Việt, bấm phím 2. Tiếng Anh, bấm phím 3.
ivr-menu = Để nói chuyện với tổng đài viên, bấm phím 1. Để nghe tình trạng vụ việc của anh/chị, bấm phím 2. Để yêu cầu gọi lại miễn phí, bấm phím 3.
ivr-connecting = Xin vui lòng chờ, chúng tôi đang kết nối anh/chị với tổng đài viên.
ivr-no-operator = Hiện chưa có tổng đài viên nào nghe máy được. Để để lại lời nhắn, bấm phím 1. Để yêu cầu gọi lại miễn phí, bấm phím 2.
ivr-message-after-beep = Xin mời nói sau tiếng bíp. Nói xong, bấm phím thăng.
ivr-message-kept = Cảm ơn anh/chị. Lời nhắn đã được lưu, tổng đài viên sẽ gọi lại miễn phí cho anh/chị.
ivr-callback-booked = Cảm ơn anh/chị. Tổng đài viên sẽ gọi lại miễn phí cho anh/chị vào thời điểm an toàn.
ivr-enter-code = Xin bấm mã vụ việc gồm 10 chữ số, rồi bấm phím thăng.
ivr-wrong-code = Mã vụ việc này không hợp lệ.
ivr-no-digits = Chúng tôi chưa nhận được phím nào.
ivr-case-status = Tình trạng vụ việc của anh/chị: { $case_status }.
ivr-code-not-found = Chúng tôi không tìm thấy vụ việc nào có mã này. Xin gọi lại và nói chuyện với tổng đài viên.
ivr-too-many-look-ups = Anh/chị đã hỏi tình trạng vụ việc quá nhiều lần. Xin thử lại sau một giờ, hoặc gọi lại và nói chuyện với tổng đài viên.
ivr-survey-question-satisfaction = Đường dây nóng đã kết thúc vụ việc của anh/chị. Anh/chị hài lòng thế nào với cách chúng tôi xử lý? Bấm 1 nếu rất hài lòng, 2 hài lòng, 3 bình thường, 4 không hài lòng, 5 hoàn toàn không hài lòng.
ivr-survey-question-resolved = Vấn đề của anh/chị đã được giải quyết chưa? Bấm 1 nếu rồi, 2 nếu chưa.
ivr-survey-thanks = Cảm ơn anh/chị đã trả lời.
ivr-goodbye = Xin chào tạm biệt.

## The survey by SMS

sms-survey = Đường dây nóng: vụ việc của anh/chị đã kết thúc. Anh/chị hài lòng thế nào? Trả lời 1 rất hài lòng, 2 hài lòng, 3 bình thường, 4 không hài lòng, 5 hoàn toàn không hài lòng.
sms-survey-thanks = Đường dây nóng: cảm ơn anh/chị đã trả lời.

## Callbacks (operators): free callbacks asked for by the IVR or a missed call

callbacks-title = Gọi lại
callbacks-help = Người lao động đã gọi rồi cúp máy, hoặc đã yêu cầu gọi lại trong menu thoại. Hãy gọi lại cho họ, miễn phí, bằng ngôn ngữ của họ; mỗi người lao động một dòng cho mỗi ngày, dù họ gọi bao nhiêu lần.
callbacks-empty = Không có yêu cầu gọi lại nào đang chờ. Cuộc gọi nhỡ và yêu cầu gọi lại từ menu thoại sẽ hiện ở đây.
callbacks-col-due = Gọi lúc
callbacks-col-phone = Số điện thoại
callbacks-col-language = Ngôn ngữ
callbacks-col-source = Lý do
callbacks-col-calls = Số cuộc gọi trong ngày
callbacks-col-action = Kết quả
callbacks-overdue = quá hạn
callbacks-requested = yêu cầu lúc
callbacks-known-cases = vụ việc trước đây:
callbacks-listen = Nghe lời nhắn
callbacks-source-missed_call = Cuộc gọi nhỡ
callbacks-source-ivr_request = Yêu cầu trong menu thoại
callbacks-source-voice_message = Đã để lại lời nhắn
callbacks-outcome-label = Kết quả gọi lại
callbacks-choose = Chọn…
callbacks-outcome-reached = Đã liên lạc được
callbacks-outcome-no_answer = Không ai nghe máy
callbacks-outcome-wrong_person = Người khác nghe máy
callbacks-done = Xong

## The channel status page (administrators)

channels-title = Kênh liên lạc
channels-help = Từng cách liên lạc với người lao động có đang hoạt động ngay lúc này không. Được kiểm tra khi mở trang này.
channels-col-channel = Kênh
channels-col-state = Trạng thái
channels-kannel = Cổng tin nhắn SMS (Kannel)
channels-kannel-callbacks = Tin nhắn SMS đến và báo cáo gửi từ Kannel
channels-voice-api = Nhà cung cấp dịch vụ thoại (cuộc gọi khảo sát)
channels-voice-webhooks = Webhook của menu thoại (IVR)
channels-state-ok = Kết nối được
channels-state-down = Không kết nối được
channels-state-off = Chưa cấu hình
channels-state-configured = Đã cấu hình
channels-answered-in = phản hồi sau { $ms } ms

## Tin nhắn SMS của người lao động (tổng đài viên): tin nhắn giữ lại cho tổng đài viên

kept-sms-title = Tin nhắn SMS của người lao động
kept-sms-help = Những tin nhắn người lao động gửi mà không phải yêu cầu hỏi trạng thái hay ý kiến khảo sát. Mỗi người đã nhận được một tin nhắn tự động; hãy đọc từng tin, ghi nhận vụ việc hoặc gọi lại vào thời điểm an toàn, rồi đánh dấu đã xử lý.
kept-sms-empty = Không có tin nhắn SMS nào đang chờ. Tin nhắn người lao động gửi đến số đường dây nóng sẽ hiện ở đây.
kept-sms-col-received = Nhận lúc
kept-sms-col-phone = Số điện thoại
kept-sms-col-text = Nội dung
kept-sms-col-action = Thao tác
kept-sms-handled = Đánh dấu đã xử lý
