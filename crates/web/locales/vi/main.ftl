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
error-sms-needs-phone = Muốn đồng ý nhận SMS thì cần có số điện thoại.
error-callback-needs-phone = Muốn đồng ý được gọi lại thì cần có số điện thoại.
error-invalid-time = Nhập giờ theo dạng HH:MM (24 giờ).
error-safe-window-empty = Giờ bắt đầu và giờ kết thúc phải khác nhau.
error-workplace-unknown = Không có nơi làm việc nào tên này. Hãy chọn một tên trong danh sách gợi ý, hoặc để trống ô này.
error-workplace-ambiguous = Có nhiều nơi làm việc trùng tên này. Hãy chọn một tên trong danh sách gợi ý.
error-invalid-number = Hãy nhập một số từ 0 trở lên (số lao động nữ không thể nhiều hơn tổng số lao động).
error-note-too-long = Ghi chú tối đa 10.000 ký tự.
form-has-errors = Một số mục cần sửa lại. Mọi thứ bạn đã nhập vẫn còn ở đây.

## Sign in
login-title = Đăng nhập
login-username = Tên đăng nhập
login-password = Mật khẩu
login-submit = Đăng nhập
login-failed = Sai tên đăng nhập hoặc mật khẩu.
login-throttled = Đăng nhập sai quá nhiều lần. Hãy đợi 15 phút rồi thử lại, hoặc nhờ quản trị viên giúp.

## Labels of data
country-bd = Bangladesh
country-vn = Việt Nam
language-en = English
language-bn = বাংলা
language-vi = Tiếng Việt
urgency-life_safety = Khẩn cấp – nguy hiểm tính mạng
urgency-urgent = Gấp
urgency-normal = Bình thường
urgency-informational = Chỉ để thông tin
channel-phone = Cuộc gọi
channel-sms = SMS
channel-ivr = IVR
channel-web = Biểu mẫu web
channel-walk_in = Đến trực tiếp
channel-other = Khác
direction-inbound = Liên hệ đến
direction-outbound = Liên hệ đi
role-admin = Quản trị viên
role-supervisor = Giám sát viên
role-operator = Tổng đài viên
org-kind-helpline = Tổng đài hỗ trợ
org-kind-workplace = Nơi làm việc
org-kind-brand = Nhãn hàng
status-new = Mới
status-triaged = Đã phân loại
status-reported = Đã báo cho nhà máy
status-responded = Nhà máy đã phản hồi
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
category-life_safety-blocked_exits = Lối thoát bị chặn hoặc bị khóa
category-life_safety-alarm_equipment = Chuông báo hoặc thiết bị chữa cháy bị hỏng
category-life_safety-evacuation = Sơ tán
category-life_safety-disaster = Thiên tai, thảm họa
category-osh = An toàn và sức khỏe khác
category-osh-heat = Nóng bức
category-osh-ventilation = Thông gió
category-osh-ppe = Đồ bảo hộ
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
category-reprisal = Bị trù dập vì khiếu nại
category-informational = Hỏi thông tin hoặc gọi thử
category-informational-test_call = Cuộc gọi thử
category-informational-question = Câu hỏi
category-out_of_scope = Ngoài phạm vi
category-out_of_scope-referral = Chuyển tiếp nơi khác
no-workplace = Không có nơi làm việc
unassigned = Chưa giao
actor-system = Hệ thống

## Intake
intake-title = Vụ việc mới
intake-workplace = Nơi làm việc
intake-workplace-help = Nhập một phần tên rồi chọn trong danh sách gợi ý. Để trống nếu cuộc gọi không liên quan đến nơi làm việc nào.
intake-category = Loại vấn đề
intake-urgency = Mức độ khẩn
intake-language = Ngôn ngữ cuộc gọi
intake-caller = Người gọi
intake-caller-privacy = Số điện thoại và tên người gọi được mã hóa và không bao giờ hiển thị cho nhà máy hay nhãn hàng.
intake-caller-phone = Số điện thoại người gọi
intake-caller-name = Tên người gọi
intake-consent-callback = Được gọi lại
intake-consent-sms = Được gửi SMS
intake-safe-from = Giờ an toàn từ
intake-safe-to = Giờ an toàn đến
intake-summary = Tóm tắt
intake-narrative = Mô tả chi tiết (nội bộ)
intake-shareable = Tóm tắt để chia sẻ
intake-shareable-help = Phần mà nhà máy và nhãn hàng được đọc. Không viết điều gì có thể làm lộ người gọi là ai.
intake-save = Lưu vụ việc
script-life-safety-title = Bạn có đang an toàn không?
script-life-safety-body = Nếu có cháy, khói, vết nứt hoặc lối thoát bị khóa: hãy bảo người gọi rời khỏi tòa nhà ngay và đến nơi an toàn. Hỏi chi tiết sau.

## Case queue and lists
queue-title = Vụ việc
filter-status = Trạng thái
filter-any-open = Mọi vụ đang mở
filter-all = Tất cả, kể cả đã đóng
filter-urgency = Mức độ khẩn
filter-any = Bất kỳ
filter-category = Loại vấn đề
filter-workplace = Nơi làm việc
filter-assigned = Người phụ trách
filter-anyone = Bất kỳ ai
filter-assigned-me = Tôi
filter-assigned-none = Chưa có ai
filter-sort = Sắp xếp theo
filter-submit = Lọc
sort-newest = Mới nhất trước
sort-oldest = Cũ nhất trước
sort-urgency = Khẩn nhất trước
sort-updated = Mới cập nhật
queue-empty = Không có vụ việc nào khớp với bộ lọc. Hãy đổi bộ lọc, hoặc ghi nhận một vụ việc mới.
cases-found = { $count ->
   *[other] { $shown } vụ việc
}
col-case = Vụ việc
col-received = Nhận lúc
col-urgency = Mức khẩn
col-category = Loại
col-workplace = Nơi làm việc
col-summary = Tóm tắt
col-status = Trạng thái
col-assigned = Người phụ trách
pager-label = Trang
pager-previous = Trước
pager-next = Tiếp
pager-position = Trang { $page } / { $pages }

## Case page
case-title = Vụ việc
case-code-heading = Mã vụ việc cần đọc cho người gọi
case-code-once = Đọc chậm, hai lần. Người gọi có thể dùng mã này để hỏi về vụ việc qua điện thoại hoặc SMS. Mã này sẽ không hiện lại nữa.
case-language = Ngôn ngữ
case-channel = Kênh
case-callers = Người gọi
case-no-caller = Người gọi không cho số điện thoại hay tên.
case-assign-to = Giao cho
case-assign = Giao việc
case-timeline = Diễn biến
case-note = Ghi chú
case-add-note = Thêm ghi chú
consent-callback-yes = Được gọi lại
consent-callback-no = Không gọi lại
consent-sms-yes = Được gửi SMS
consent-sms-no = Không gửi SMS
consent-safe-window = Liên hệ an toàn lúc { $from }–{ $to }
caller-no-name = (không cho biết tên)
caller-no-phone = (không cho số điện thoại)
caller-other-cases = { $count ->
   *[other] Người gọi này đã báo { $shown } vụ việc khác.
}
event-created = đã ghi nhận vụ việc
event-note = đã thêm ghi chú
event-assigned = đã giao vụ việc cho { $to }

## Dashboard
dashboard-record-case = Ghi nhận vụ việc mới
dashboard-title = Việc đang mở của tôi
dashboard-mine = Giao cho tôi
dashboard-mine-empty = Chưa có vụ việc nào giao cho bạn. Hãy nhận một vụ việc trong danh sách bên dưới.
dashboard-unassigned = Đang mở, chưa ai nhận
dashboard-unassigned-empty = Vụ việc đang mở nào cũng đã có người xử lý.
dashboard-see-all = { $count ->
   *[other] Xem { $shown } vụ việc trong danh sách chờ
}

## Search
search-title = Tìm kiếm
search-label = Tìm
search-submit = Tìm
search-workplaces = Nơi làm việc
search-no-workplaces = Không có nơi làm việc nào khớp.
search-cases = Vụ việc
search-no-cases = Không có vụ việc nào khớp. Hãy thử với ít từ hơn, hoặc phần đầu của một từ.
search-help = Tìm trong nội dung vụ việc và tên nơi làm việc. Tiếng Việt tìm được cả khi gõ có dấu hoặc không dấu; tiếng Bengal tìm theo cả từ và phần đầu của từ.
