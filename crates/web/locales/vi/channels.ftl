## SMS the outbox sends to workers (a single SMS each: keep them short)

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
worker-sms-status-delivered = đã đến máy
