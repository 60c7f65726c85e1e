# Quy trình xử lý cuộc gọi: các bước, thời hạn, chuyển lên nhãn hàng và diễn biến của vụ việc.

## Timeline events (the actor's name is shown before each)
event-status_changed = đã đổi trạng thái thành { $to }
event-step_met = đã hoàn thành: { $step }
event-step_overdue = quá hạn: { $step }
event-brand_notice = đã chuyển lên nhãn hàng: thông báo
event-brand_warning = đã chuyển lên nhãn hàng: cảnh báo
event-paused = đã bắt đầu chờ người lao động
event-resumed = đã thôi chờ người lao động
event-factory_acknowledged = đã xác nhận tiếp nhận vụ việc (nhà máy)
event-factory_responded = đã ghi nhận phản hồi của nhà máy
event-clarification_requested = đã đề nghị đường dây nóng làm rõ
event-evidence_attached = đã đính kèm bằng chứng
event-disclosure_consented = đã ghi nhận người lao động đồng ý chia sẻ danh tính
event-worker_informed = đã báo lại người lao động
event-callback_attempt = đã thử gọi lại cho người lao động
event-closed = đã đóng vụ việc
event-reopened = đã mở lại vụ việc
event-incident_linked = đã liên kết vụ việc với một sự cố
event-related_case_linked = đã liên kết một vụ việc trước đó
event-follow_up_done = đã hoàn thành một lần theo dõi tiếp

## Steps
step-acknowledge_worker = Xác nhận tiếp nhận với người lao động
step-inform_factory = Báo cho nhà máy
step-inform_brand = Báo cho nhãn hàng
step-factory_response = Phản hồi của nhà máy
step-validate = Xác minh phản hồi
step-inform_worker = Báo lại người lao động
step-close = Đóng vụ việc
trigger-intake = Vụ việc được mở
trigger-factory_informed = Đã báo cho nhà máy
trigger-factory_response = Đã ghi nhận phản hồi của nhà máy
escalation-none = Không chuyển lên nhãn hàng
escalation-notice = Thông báo cho nhãn hàng
escalation-warning = Cảnh báo cho nhãn hàng
step-outcome-on_time = Đúng hạn
step-outcome-late = Trễ hạn
step-outcome-open = Đang thực hiện
step-outcome-overdue = Quá hạn
span-minutes = { $count } phút
span-hours = { $count } giờ
span-days = { $count } ngày
span-working-minutes = { $count } phút làm việc
span-working-hours = { $count } giờ làm việc
span-working-days = { $count } ngày làm việc

## Errors in protocol and holiday files
error-calendar-unknown-zone = Múi giờ không xác định.
error-calendar-no-working-days = Lịch không có ngày làm việc nào.
error-holiday-format = Dòng { $line }: cần theo dạng COUNTRY,YYYY-MM-DD,Name
error-holiday-country = Dòng { $line }: mã quốc gia không xác định.
error-holiday-date = Dòng { $line }: ngày không hợp lệ (dùng dạng YYYY-MM-DD).
error-holiday-name = Dòng { $line }: ngày nghỉ lễ cần có tên.
error-protocol-syntax = Tệp quy trình không hợp lệ (dòng { $line }).
error-protocol-no-rules = Quy trình không có quy tắc nào.
error-protocol-category = Quy tắc { $rule }: loại vấn đề không hợp lệ (một mã, hoặc *).
error-protocol-unknown-urgency = Quy tắc { $rule }: mức độ khẩn không xác định.
error-protocol-duplicate-rule = Quy tắc { $rule }: có quy tắc khác trùng loại vấn đề và mức độ khẩn.
error-protocol-unknown-step = Quy tắc { $rule }, bước { $step }: bước không xác định.
error-protocol-unknown-trigger = Quy tắc { $rule }, bước { $step }: sự kiện "from" không xác định.
error-protocol-bad-duration = Quy tắc { $rule }, bước { $step }: thời hạn không hợp lệ (ví dụ 10m, 4h, 2wd).
error-protocol-duplicate-step = Quy tắc { $rule }, bước { $step }: bước bị liệt kê hai lần.
