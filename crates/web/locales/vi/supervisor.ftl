# Các bước quy trình trên trang hồ sơ, trang của giám sát viên, thông báo, quản trị quy trình và ngày lễ.

## Các bước trên trang hồ sơ
steps-heading = Các bước quy trình
steps-zone = Giờ theo { $zone } (quốc gia của nơi làm việc).
steps-none = Không có bước quy trình nào áp dụng cho hồ sơ này.
steps-col-step = Bước
steps-col-due = Hạn
steps-col-state = Trạng thái
steps-col-action = Thao tác
steps-rule = trong vòng { $within } kể từ: { $from }
steps-no-due = —
steps-state-met = Đã xong lúc { $when }, bởi { $who }
steps-state-not-started = Chưa bắt đầu
steps-state-waiting = Tạm dừng: đang chờ người lao động
steps-state-open = Đang mở
steps-state-overdue = Quá hạn
steps-state-escalated = Quá hạn, đã chuyển cấp lúc { $when }
steps-mark-acknowledge_worker = Đã xác nhận với người lao động
steps-mark-inform_factory = Đã báo nhà máy
steps-mark-inform_brand = Đã báo nhãn hàng
steps-mark-validate = Đã xác minh
steps-waiting-note = Hồ sơ này đang chờ người lao động: các hạn chót tạm dừng.
steps-waiting-help = Đang chờ người lao động (ví dụ, họ chỉ có thể nói chuyện vào cuối tuần)? Hãy tạm dừng các hạn chót.
steps-waiting-start = Đang chờ người lao động
steps-waiting-stop = Thôi chờ, tiếp tục tính hạn

## Trang của giám sát viên
supervisor-nav-label = Trang của giám sát viên
supervisor-overdue-title = Các bước quá hạn
supervisor-compliance-title = Tuân thủ quy trình
supervisor-workload-title = Khối lượng công việc
supervisor-overdue-count = { $count ->
   *[other] { $shown } bước quá hạn
}
supervisor-overdue-empty = Không có bước nào quá hạn.
supervisor-col-step = Bước
supervisor-col-due = Hạn là
supervisor-col-late = Trễ
supervisor-col-brand = Chuyển cấp tới nhãn hàng
supervisor-duration-minutes = { $minutes } phút
supervisor-duration-hours = { $hours } giờ { $minutes } phút
supervisor-duration-days = { $days } ngày { $hours } giờ
supervisor-period = Hồ sơ mở trong
supervisor-period-days = { $count ->
   *[other] { $shown } ngày qua
}
supervisor-show = Xem
supervisor-compliance-help = Tỷ lệ đúng hạn tính các bước đã xong và đã trễ; các bước đang mở vẫn có thể hoàn thành đúng hạn.
supervisor-col-on-time-share = Đúng hạn (tỷ lệ)
supervisor-percent = { $percent } %
supervisor-no-data = Chưa có dữ liệu.
supervisor-stages-title = Thời gian mỗi giai đoạn
supervisor-stages-help = Từ lúc mỗi bước bắt đầu đến lúc hoàn thành, theo cách tính của chính bước đó (giờ đồng hồ hoặc giờ làm việc), không tính thời gian chờ người lao động.
supervisor-col-basis = Cách tính
supervisor-basis-clock = Giờ đồng hồ
supervisor-basis-working = Giờ làm việc
supervisor-col-count = Số bước
supervisor-col-median = Trung vị
supervisor-col-mean = Trung bình
supervisor-col-person = Người
supervisor-col-role = Vai trò
supervisor-col-open = Hồ sơ đang mở
supervisor-col-overdue = Bước quá hạn
supervisor-col-created = Hồ sơ đã ghi nhận (30 ngày)

## Thông báo
notification-heading = Thông báo
notification-none = Không có thông báo chưa đọc.
notification-mark-read = Đánh dấu tất cả là đã đọc
notification-unread-link = { $count ->
   *[other] { $shown } thông báo chưa đọc
}
notification-kind-step_overdue = Một bước quy trình đã quá hạn.
notification-kind-notice = Nhà máy chưa phản hồi: gửi thông báo tới nhãn hàng.
notification-kind-warning = Nhà máy vẫn chưa phản hồi: gửi cảnh báo tới nhãn hàng.
notification-kind-other = Một hồ sơ cần được chú ý.

## Quản trị quy trình và ngày lễ
admin-protocol-title = Quy trình xử lý cuộc gọi
admin-protocol-version = Phiên bản { $version }, lưu lúc { $when }
admin-protocol-export = Tải xuống dạng tệp
admin-protocol-saved = Đã lưu thành phiên bản mới. Hồ sơ mới dùng phiên bản này; hồ sơ đang mở giữ phiên bản của mình.
admin-protocol-help = Với mỗi nhóm vấn đề và mức khẩn cấp: các bước, sự kiện bắt đầu tính (intake, factory_informed, factory_response) và thời gian cho phép: m, h, d cho giờ đồng hồ; wm, wh, wd cho giờ làm việc (ví dụ 10m, 4h, 2wd).
admin-protocol-label = Quy trình (TOML)
admin-protocol-save = Lưu thành phiên bản mới
admin-protocol-import = Hoặc tải lên một tệp quy trình
admin-protocol-import-button = Tải lên và lưu
admin-file-missing = Hãy chọn một tệp để tải lên.
admin-file-unreadable = Không đọc được tệp.
admin-file-too-large = Tệp quá lớn.
admin-file-not-text = Tệp không phải văn bản UTF-8.
admin-holidays-title = Ngày lễ
admin-holidays-saved = Đã lưu ngày lễ. Các hạn chót mới sẽ tính đến chúng.
admin-holidays-help = Mỗi dòng một ngày lễ: COUNTRY,YYYY-MM-DD,Tên (BD hoặc VN). Dòng bắt đầu bằng # là ghi chú. Thêm các ngày lễ âm lịch mỗi năm khi được công bố.
admin-holidays-label = Ngày lễ
admin-holidays-save = Lưu ngày lễ
