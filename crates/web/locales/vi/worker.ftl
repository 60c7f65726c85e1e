# Thông báo cho người lao động, gọi lại, tin nhắn SMS, đóng vụ việc, theo dõi trả thù, sự cố.

## Phần "Người lao động được thông báo" trên trang vụ việc
worker-panel-title = Người lao động được thông báo
worker-stage-acknowledgement = Xác nhận đã tiếp nhận
worker-stage-response = Phản hồi của nhà máy
worker-stage-closure = Đóng vụ việc
worker-informed-by-callback = Đã thông báo qua cuộc gọi lại lúc { $at }
worker-informed-by-sms = Tin nhắn SMS đã vào hàng đợi lúc { $at }
worker-not-informed = Chưa được thông báo
worker-attempt = { $at }: { $method } – { $outcome } ({ $by })
worker-method-callback = Gọi lại
worker-method-sms = SMS
worker-outcome-reached = Đã nói chuyện được
worker-outcome-no_answer = Không ai nghe máy
worker-outcome-wrong_person = Người khác nghe máy — không tiết lộ gì
worker-outcome-queued = Trong hàng đợi
worker-next-safe-call = Hiện không phải giờ an toàn của người lao động. Giờ an toàn tiếp theo để gọi: { $at }
worker-safe-now = Bây giờ là giờ an toàn để gọi cho người lao động.
worker-no-consent = Người lao động không đồng ý được gọi lại hay nhận SMS. Không liên lạc với họ.
worker-sms-line = Tin nhắn SMS vào hàng đợi lúc { $at }, sẽ gửi lúc { $send }: { $status }
worker-sms-status-queued = trong hàng đợi
worker-sms-status-sent = đã gửi
worker-sms-status-failed = gửi không thành công
worker-stage-label = Gọi lại về
worker-callback-outcome-label = Kết quả cuộc gọi lại
worker-wrong-person-hint = Nếu người khác nghe máy, không nói gì về vụ việc hay lý do đường dây nóng gọi đến.
worker-record-callback = Ghi kết quả cuộc gọi lại
worker-schedule-callback = Hẹn lịch gọi lại
worker-sms-stage-label = Tin nhắn SMS về
worker-send-sms = Gửi tin nhắn SMS cập nhật
worker-informed-stage-label = Người lao động được thông báo về
worker-method-label = Bằng cách nào
worker-mark-informed = Đánh dấu đã thông báo cho người lao động
worker-error-no-sms-consent = Người lao động không đồng ý nhận SMS. Không có tin nào được gửi.
worker-error-no-callback-consent = Người lao động không đồng ý được gọi lại.

## Việc cần theo dõi
task-callback = Gọi lại
task-retaliation_30 = Kiểm tra trả thù (30 ngày)
task-retaliation_90 = Kiểm tra trả thù (90 ngày)
task-due = hạn { $at }
task-done = đã xong { $at }
task-outcome-reached = đã nói chuyện được
task-outcome-no_answer = không ai nghe máy
task-outcome-wrong_person = người khác nghe máy
task-outcome-no_retaliation = Không có báo cáo trả thù
task-outcome-retaliation_reported = Có báo cáo bị trả thù
task-outcome-not_reached = Không liên lạc được với người lao động

## Đóng vụ việc
closure-title = Đóng vụ việc
closure-closed = Đã đóng lúc { $at }: { $outcome }
closure-reopen = Mở lại vụ việc
closure-outcome-label = Kết quả
closure-choose = Chọn một kết quả
closure-close = Đóng vụ việc
closure-reprisal-risk = Nguy cơ bị trả thù
closure-reprisal-risk-hint = Người lao động sẽ được gọi lại sau khi đóng vụ việc 30 và 90 ngày.
closure-save-risk = Lưu nguy cơ bị trả thù
closure-related = Tiếp nối vụ việc #{ $id }
closure-related-label = Số vụ việc trước
closure-link-related = Liên kết vụ việc trước
closure-follow-ups = Việc cần theo dõi của vụ việc này
closure-error-already-closed = Vụ việc này đã được đóng.
closure-error-not-closed = Vụ việc này chưa được đóng.
closure-error-related-not-found = Không có vụ việc nào mang số này.
closure-error-related-self = Một vụ việc không thể tiếp nối chính nó.
event-reprisal_risk_changed = đã thay đổi đánh dấu nguy cơ bị trả thù

## Sự cố
incident-heading = Sự cố
incident-part-of = Thuộc sự cố:
incident-existing-label = Sự cố đã có tại nơi làm việc này
incident-none-chosen = Chọn một sự cố
incident-new-label = Hoặc tiêu đề của một sự cố mới
incident-link = Liên kết với sự cố
incident-error-choose = Chọn một sự cố hoặc nhập tiêu đề cho sự cố mới.
incident-error-other-workplace = Sự cố này thuộc nơi làm việc khác.
incident-error-title-too-long = Tiêu đề quá dài (tối đa 200 ký tự).
incident-cases = Các vụ việc liên kết
incident-no-cases = Không có vụ việc liên kết nào bạn được xem.
incident-cases-count = { $count ->
   *[other] { $shown } vụ việc
}
incidents-count = { $count ->
   *[other] { $shown } sự cố
}
incidents-title = Sự cố
incidents-empty = Chưa có sự cố nào. Hãy liên kết một vụ việc với sự cố mới từ trang vụ việc.
incidents-col-title = Sự cố
incidents-col-cases = Vụ việc
incidents-col-created = Ngày tạo
incidents-pages = Trang
incidents-prev = Trang trước
incidents-next = Trang sau

## Việc cần theo dõi đến hạn
follow-ups-title = Việc cần theo dõi đến hạn
follow-ups-empty = Không có cuộc gọi lại hay kiểm tra trả thù nào đến hạn.
follow-ups-col-due = Hạn
follow-ups-col-kind = Việc cần theo dõi
follow-ups-col-action = Thao tác
follow-ups-overdue = quá hạn
follow-ups-outcome-label = Kết quả
follow-ups-choose = Chọn một kết quả
follow-ups-done = Đánh dấu đã xong
follow-ups-call = Mở vụ việc để gọi
dashboard-follow-ups = Việc cần theo dõi đến hạn
dashboard-incidents = Sự cố
