# Workvoice — Tiếng Việt. Mọi chữ người dùng nhìn thấy đều nằm trong các tệp này.
# Số đếm: $count dùng để chọn dạng số nhiều (tiếng Việt chỉ có một dạng); $shown là con số
# đã được viết sẵn theo cách viết số của ngôn ngữ.

app-name = Workvoice
language-native-name = Tiếng Việt
skip-to-content = Chuyển đến nội dung chính
nav-label = Menu chính
nav-home = Trang chủ
nav-new-case = Vụ việc mới
nav-cases = Vụ việc
nav-search = Tìm kiếm
nav-workplaces = Nơi làm việc
nav-sign-out = Đăng xuất
language-label = Ngôn ngữ
language-change = Đổi
choose = — chọn —

## Errors shown as pages
error-go-home = Về trang đầu
error-not-found-title = Không tìm thấy
error-not-found-body = Trang này không tồn tại, hoặc bạn không có quyền xem trang này.
error-csrf-title = Biểu mẫu đã hết hạn
error-csrf-body = Để đảm bảo an toàn, biểu mẫu này không được chấp nhận. Hãy quay lại, tải lại trang và thử lại. Chưa có gì được lưu.
error-too-large-title = Quá lớn
error-too-large-body = Nội dung bạn gửi lớn hơn mức máy chủ cho phép. Chưa có gì được lưu.
error-bad-request-title = Yêu cầu có điều gì đó không đúng
error-internal-title = Đã xảy ra lỗi
error-internal-body = Máy chủ không thể hoàn tất yêu cầu này. Những gì bạn đã thấy là đã lưu thì không bị mất. Hãy thử lại sau ít phút; nếu lỗi vẫn lặp lại, hãy báo cho quản trị viên.
error-bad-language = Ngôn ngữ đó hiện không có.

## Field errors
error-phone-empty = Hãy nhập số điện thoại.
error-phone-invalid-character = Số điện thoại có ký tự không được phép.
error-phone-too-short = Số điện thoại quá ngắn.
error-phone-too-long = Số điện thoại quá dài.
error-phone-invalid = Đây không phải số điện thoại hợp lệ của quốc gia đó.
error-case-code-empty = Hãy nhập mã vụ việc.
error-case-code-invalid-character = Mã vụ việc chỉ được gồm chữ số.
error-case-code-length = Mã vụ việc phải có đúng 10 chữ số.
error-required = Mục này bắt buộc phải điền.
error-password-too-short = Mật khẩu quá ngắn.
error-unknown-category = Loại vấn đề không xác định.
error-invalid-choice = Hãy chọn một trong các lựa chọn có sẵn.
error-summary-too-long = Phần tóm tắt tối đa 300 ký tự.
error-narrative-too-long = Phần mô tả chi tiết tối đa 20.000 ký tự.
error-shareable-summary-too-long = Phần tóm tắt để chia sẻ tối đa 2.000 ký tự.
error-caller-name-too-long = Tên tối đa 200 ký tự.
error-sms-needs-phone = Muốn đồng ý nhận tin nhắn SMS thì cần có số điện thoại.
error-callback-needs-phone = Muốn đồng ý được gọi lại thì cần có số điện thoại.
error-invalid-time = Nhập giờ theo dạng HH:MM (24 giờ).
error-safe-window-empty = Giờ bắt đầu và giờ kết thúc phải khác nhau.
error-workplace-unknown = Không có nơi làm việc nào tên này. Hãy chọn một tên trong danh sách gợi ý, hoặc để trống ô này.
error-workplace-ambiguous = Có nhiều nơi làm việc trùng tên này. Hãy chọn một tên trong danh sách gợi ý.
error-invalid-number = Hãy nhập một số từ 0 trở lên (số lao động nữ không thể nhiều hơn tổng số lao động).
error-note-too-long = Ghi chú tối đa 10.000 ký tự.
form-has-errors = Một số mục cần sửa lại. Mọi thứ bạn đã nhập vẫn còn ở đây.

## Labels of data
country-bd = Bangladesh
country-vn = Việt Nam
language-en = English
language-bn = বাংলা
language-vi = Tiếng Việt
urgency-life_safety = Khẩn cấp – nguy hiểm tính mạng
urgency-urgent = Khẩn
urgency-normal = Bình thường
urgency-informational = Chỉ hỏi thông tin
channel-phone = Cuộc gọi
channel-sms = Tin nhắn SMS
channel-ivr = Tổng đài tự động (IVR)
channel-web = Biểu mẫu web
channel-walk_in = Đến trực tiếp
channel-other = Khác
direction-inbound = Liên hệ đến
direction-outbound = Liên hệ đi
role-admin = Quản trị viên
role-supervisor = Giám sát viên
role-operator = Tổng đài viên
org-kind-helpline = Đường dây nóng
org-kind-workplace = Nơi làm việc
org-kind-brand = Nhãn hàng
status-new = Mới
status-triaged = Đã phân loại
status-reported = Đã báo doanh nghiệp
status-responded = Đã có phản hồi
status-validated = Đã xác minh
status-escalated = Đã chuyển lên nhãn hàng
status-remediation = Đang khắc phục
status-informed = Đã báo lại người lao động
status-closed = Đã đóng
outcome-resolved_accepted = Đã giải quyết – chấp nhận
outcome-resolved_rejected = Đã giải quyết – bác bỏ
outcome-no_basis = Không có cơ sở
outcome-referred = Đã chuyển tiếp
outcome-withdrawn = Đã rút lại
category-life_safety = An toàn tính mạng
category-life_safety-fire = Cháy
category-life_safety-electrical = Khói hoặc nguy hiểm về điện
category-life_safety-structural = Nứt nhà xưởng, công trình
category-life_safety-blocked_exits = Lối thoát nạn bị chặn hoặc bị khóa
category-life_safety-alarm_equipment = Chuông báo hoặc thiết bị chữa cháy bị hỏng
category-life_safety-evacuation = Sơ tán
category-life_safety-disaster = Thiên tai, thảm họa
category-osh = An toàn, vệ sinh lao động khác
category-osh-heat = Nóng bức
category-osh-ventilation = Thông gió
category-osh-ppe = Phương tiện bảo vệ cá nhân
category-osh-machine_safety = An toàn máy móc
category-osh-toilets_water = Nhà vệ sinh và nước uống
category-osh-first_aid = Sơ cứu
category-wages = Tiền lương và thu nhập
category-wages-unpaid = Nợ lương
category-wages-late = Trả lương chậm
category-wages-deductions = Trừ lương
category-benefits = Phúc lợi, chế độ
category-termination = Cho thôi việc
category-abuse = Ngược đãi
category-abuse-verbal = Chửi mắng, lăng mạ
category-abuse-physical = Bạo hành thân thể
category-abuse-sexual_harassment = Quấy rối tình dục
category-hours = Thời giờ làm việc
category-hours-overtime = Làm thêm giờ
category-hours-leave = Nghỉ phép
category-association = Quyền tự do hiệp hội
category-child_forced_labour = Lao động trẻ em hoặc lao động cưỡng bức
category-child_forced_labour-child = Lao động trẻ em
category-child_forced_labour-forced = Lao động cưỡng bức
category-reprisal = Bị trù dập vì phản ánh
category-informational = Hỏi thông tin hoặc gọi thử
category-informational-test_call = Cuộc gọi thử
category-informational-question = Câu hỏi
category-out_of_scope = Ngoài phạm vi
category-out_of_scope-referral = Chuyển tiếp nơi khác
no-workplace = Không có nơi làm việc
unassigned = Chưa giao
actor-system = Hệ thống

## Case tables and pagers
col-case = Vụ việc
col-received = Nhận lúc
col-urgency = Mức độ khẩn cấp
col-category = Loại vấn đề
col-workplace = Nơi làm việc
col-summary = Tóm tắt
col-status = Trạng thái
col-assigned = Người phụ trách
pager-label = Trang
pager-previous = Trước
pager-next = Tiếp
pager-position = Trang { $page } / { $pages }

col-reported = Ngày báo cho quý vị

## The awareness programme (issue 9).
nav-awareness-priorities = Ưu tiên tập huấn
nav-awareness-programme = Số liệu chương trình
role-programme_manager = Quản lý chương trình
