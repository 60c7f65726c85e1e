# The call-handling protocol: step names, deadlines and escalation, its administration,
# and errors in protocol and holiday files.

## Steps
step-acknowledge_worker = Xác nhận tiếp nhận với người lao động
step-inform_factory = Báo cho doanh nghiệp
step-inform_brand = Báo cho nhãn hàng
step-factory_response = Phản hồi của doanh nghiệp
step-validate = Xác minh phản hồi
step-inform_worker = Báo lại người lao động
step-close = Đóng vụ việc
trigger-intake = Vụ việc được mở
trigger-factory_informed = Đã báo cho doanh nghiệp
trigger-factory_response = Đã ghi nhận phản hồi của doanh nghiệp
escalation-none = Không chuyển lên nhãn hàng
escalation-notice = Thông báo cho nhãn hàng
escalation-warning = Cảnh báo cho nhãn hàng
step-outcome-on_time = Đúng hạn
step-outcome-late = Trễ hạn
step-outcome-open = Đang thực hiện
step-outcome-overdue = Quá hạn
span-minutes = { $shown } phút
span-hours = { $shown } giờ
span-days = { $shown } ngày
span-working-minutes = { $shown } phút làm việc
span-working-hours = { $shown } giờ làm việc
span-working-days = { $shown } ngày làm việc

## Errors in protocol and holiday files
error-calendar-unknown-zone = Múi giờ không xác định.
error-calendar-no-working-days = Lịch không có ngày làm việc nào.
error-holiday-format = Dòng { $line }: cần theo dạng COUNTRY,YYYY-MM-DD,Tên
error-holiday-country = Dòng { $line }: mã quốc gia không xác định.
error-holiday-date = Dòng { $line }: ngày không hợp lệ (dùng dạng YYYY-MM-DD).
error-holiday-name = Dòng { $line }: ngày nghỉ lễ cần có tên.
error-protocol-syntax = Tệp quy trình không hợp lệ (dòng { $line }).
error-protocol-no-rules = Quy trình không có quy tắc nào.
error-protocol-category = Quy tắc { $rule }: loại vấn đề không hợp lệ (một mã, hoặc *).
error-protocol-unknown-urgency = Quy tắc { $rule }: mức độ khẩn cấp không xác định.
error-protocol-duplicate-rule = Quy tắc { $rule }: có quy tắc khác trùng loại vấn đề và mức độ khẩn cấp.
error-protocol-unknown-step = Quy tắc { $rule }, bước { $step }: bước không xác định.
error-protocol-unknown-trigger = Quy tắc { $rule }, bước { $step }: sự kiện "from" không xác định.
error-protocol-bad-duration = Quy tắc { $rule }, bước { $step }: thời hạn không hợp lệ (ví dụ 10m, 4h, 2wd).
error-protocol-duplicate-step = Quy tắc { $rule }, bước { $step }: bước bị liệt kê hai lần.

## Quản trị quy trình và ngày lễ
admin-protocol-title = Quy trình xử lý cuộc gọi
admin-protocol-version = Phiên bản { $version }, lưu lúc { $when }
admin-protocol-export = Tải xuống dạng tệp
admin-protocol-saved = Đã lưu thành phiên bản mới. Vụ việc mới dùng phiên bản này; vụ việc đang mở giữ phiên bản của mình.
admin-protocol-help = Với mỗi loại vấn đề và mức độ khẩn cấp: các bước, sự kiện bắt đầu tính (intake, factory_informed, factory_response) và thời gian cho phép: m, h, d cho giờ đồng hồ; wm, wh, wd cho giờ làm việc (ví dụ 10m, 4h, 2wd).
admin-protocol-label = Quy trình (TOML)
admin-protocol-save = Lưu thành phiên bản mới
admin-protocol-import = Hoặc tải lên một tệp quy trình
admin-protocol-import-button = Tải lên và lưu
admin-file-missing = Hãy chọn một tệp để tải lên.
admin-file-unreadable = Không đọc được tệp.
admin-file-too-large = Tệp quá lớn.
admin-file-not-text = Tệp không phải văn bản UTF-8.
admin-holidays-title = Ngày lễ
admin-holidays-saved = Đã lưu ngày lễ. Các thời hạn mới sẽ tính đến các ngày lễ này.
admin-holidays-help = Mỗi dòng một ngày lễ: COUNTRY,YYYY-MM-DD,Tên (BD hoặc VN). Dòng bắt đầu bằng # là ghi chú. Thêm các ngày lễ âm lịch mỗi năm khi được công bố.
admin-holidays-label = Ngày lễ
admin-holidays-save = Lưu ngày lễ

error-protocol-ask-first = Danh sách ask_first có mục không phải mã loại vấn đề.
