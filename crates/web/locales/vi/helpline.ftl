# Helpline pages: intake, queue, search, the case page (timeline, protocol steps,
# worker kept informed, closure), incidents, follow-ups, notifications, supervision.

## Intake
intake-title = Vụ việc mới
intake-workplace = Nơi làm việc
intake-workplace-help = Nhập một phần tên rồi chọn trong danh sách gợi ý. Để trống nếu cuộc gọi không liên quan đến nơi làm việc nào.
intake-category = Loại vấn đề
intake-urgency = Mức độ khẩn cấp
intake-language = Ngôn ngữ cuộc gọi
intake-caller = Người gọi
intake-caller-privacy = Số điện thoại và tên người gọi được mã hóa và không bao giờ hiển thị cho doanh nghiệp hay nhãn hàng.
intake-caller-phone = Số điện thoại người gọi
intake-caller-name = Tên người gọi
intake-consent-callback = Có thể gọi lại
intake-consent-sms = Có thể gửi tin nhắn SMS
intake-sms-case-code = Gửi mã vụ việc qua tin nhắn SMS ngay (hỏi trước: điện thoại này có phải chỉ của riêng họ không?)
intake-safe-from = Giờ an toàn từ
intake-safe-to = Giờ an toàn đến
intake-summary = Tóm tắt
intake-narrative = Mô tả chi tiết (nội bộ)
intake-shareable = Tóm tắt để chia sẻ
intake-shareable-help = Phần mà doanh nghiệp và nhãn hàng được đọc. Không viết điều gì có thể làm lộ người gọi là ai.
intake-save = Lưu vụ việc
script-life-safety-title = Anh/chị có đang an toàn không?
script-life-safety-body = Nếu có cháy, khói, vết nứt hoặc lối thoát nạn bị khóa: đề nghị người gọi rời khỏi tòa nhà ngay và đến nơi an toàn. Hỏi thông tin chi tiết sau.

## Case queue and lists
queue-title = Vụ việc
filter-status = Trạng thái
filter-any-open = Mọi vụ việc đang mở
filter-all = Tất cả, kể cả đã đóng
filter-urgency = Mức độ khẩn cấp
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
cases-found-more = Hơn { $shown } vụ việc

## Case page
case-title = Vụ việc
case-code-heading = Mã vụ việc cần đọc cho người gọi
case-code-once = Đọc chậm, hai lần. Người gọi có thể dùng mã này để hỏi về vụ việc qua điện thoại hoặc tin nhắn SMS. Mã này sẽ không hiện lại nữa.
case-language = Ngôn ngữ
case-channel = Kênh
case-callers = Người gọi
case-no-caller = Người gọi không cho số điện thoại hay tên.
case-assign-to = Giao cho
case-assign = Giao việc
case-timeline = Diễn biến
case-note = Ghi chú
case-add-note = Thêm ghi chú
consent-callback-yes = Có thể gọi lại
consent-callback-no = Không được gọi lại
consent-sms-yes = Có thể gửi tin nhắn SMS
consent-sms-no = Không được gửi tin nhắn SMS
consent-safe-window = Giờ liên hệ an toàn: { $from }–{ $to }
caller-no-name = (không cho biết tên)
caller-no-phone = (không cho số điện thoại)
caller-other-cases = { $count ->
   *[other] Người gọi này đã báo { $shown } vụ việc khác.
}
event-created = đã ghi nhận vụ việc
event-note = đã thêm ghi chú
event-note-removed = (Nội dung đã được xóa cùng thông tin nhận dạng người gọi.)
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

## Timeline events (the actor's name is shown before each)
event-status_changed = đã đổi trạng thái thành { $to }
event-step_met = đã hoàn thành: { $step }
event-step_overdue = quá hạn: { $step }
event-brand_notice = đã chuyển lên nhãn hàng: thông báo
event-brand_warning = đã chuyển lên nhãn hàng: cảnh báo
event-paused = đã bắt đầu chờ người lao động
event-resumed = đã thôi chờ người lao động
event-factory_acknowledged = đã xác nhận tiếp nhận vụ việc (doanh nghiệp)
event-factory_responded = đã ghi nhận phản hồi của doanh nghiệp
event-clarification_requested = đã đề nghị đường dây nóng làm rõ
event-evidence_attached = đã đính kèm bằng chứng
event-disclosure_consented = đã ghi nhận người lao động đồng ý chia sẻ danh tính
event-disclosure_revoked = đã ghi nhận người lao động rút lại đồng ý chia sẻ danh tính
event-worker_informed = đã báo lại người lao động
event-callback_attempt = đã thử gọi lại cho người lao động
event-closed = đã đóng vụ việc
event-reopened = đã mở lại vụ việc
event-incident_linked = đã liên kết vụ việc với một sự cố
event-related_case_linked = đã liên kết một vụ việc trước đó
event-follow_up_done = đã hoàn thành một lần theo dõi tiếp

## Các bước trên trang vụ việc
steps-heading = Các bước quy trình
steps-zone = Giờ theo { $zone } (quốc gia của nơi làm việc).
steps-none = Không có bước quy trình nào áp dụng cho vụ việc này.
steps-col-step = Bước
steps-col-due = Hạn
steps-col-state = Trạng thái
steps-col-action = Thao tác
steps-rule = trong vòng { $within } kể từ: { $from }
steps-no-due = —
steps-state-met = Đã xong: { $when }; người thực hiện: { $who }
steps-state-not-started = Chưa bắt đầu
steps-state-waiting = Tạm dừng: đang chờ người lao động
steps-state-open = Đang thực hiện
steps-state-overdue = Quá hạn
steps-state-escalated = Quá hạn; đã vào danh sách của giám sát viên ({ $when })
steps-mark-acknowledge_worker = Đã xác nhận với người lao động
steps-mark-inform_factory = Đã báo doanh nghiệp
steps-mark-inform_brand = Đã báo nhãn hàng
steps-mark-validate = Đã xác minh
steps-waiting-note = Vụ việc này đang chờ người lao động: các thời hạn tạm dừng.
steps-waiting-help = Đang chờ người lao động (ví dụ, họ chỉ có thể nói chuyện vào cuối tuần)? Hãy tạm dừng các thời hạn.
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
supervisor-col-due = Hạn
supervisor-col-late = Trễ
supervisor-col-brand = Chuyển lên nhãn hàng
supervisor-duration-minutes = { $minutes } phút
supervisor-duration-hours = { $hours } giờ { $minutes } phút
supervisor-duration-days = { $days } ngày { $hours } giờ
supervisor-period = Vụ việc mở trong
supervisor-period-days = { $count ->
   *[other] { $shown } ngày qua
}
supervisor-show = Xem
supervisor-compliance-help = Tỷ lệ đúng hạn tính các bước đã xong và đã trễ; các bước đang mở vẫn có thể hoàn thành đúng hạn.
supervisor-col-on-time-share = Đúng hạn (tỷ lệ)
supervisor-percent = { $percent }%
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
supervisor-col-open = Vụ việc đang mở
supervisor-col-overdue = Bước quá hạn
supervisor-col-created = Vụ việc đã ghi nhận (30 ngày)

## Thông báo
notification-heading = Thông báo
notification-none = Không có thông báo chưa đọc.
notification-mark-read = Đánh dấu tất cả là đã đọc
notification-unread-link = { $count ->
   *[other] { $shown } thông báo chưa đọc
}
notification-kind-step_overdue = Một bước quy trình đã quá hạn.
notification-kind-notice = Doanh nghiệp chưa phản hồi: đã gửi thông báo tới nhãn hàng.
notification-kind-warning = Doanh nghiệp vẫn chưa phản hồi: đã gửi cảnh báo tới nhãn hàng.
notification-kind-other = Một vụ việc cần được chú ý.

## Phần "Người lao động được thông báo" trên trang vụ việc
worker-panel-title = Người lao động được thông báo
worker-stage-acknowledgement = Xác nhận đã tiếp nhận
worker-stage-response = Phản hồi của doanh nghiệp
worker-stage-closure = Đóng vụ việc
worker-informed-by-callback = Đã thông báo qua cuộc gọi lại lúc { $at }
worker-informed-by-sms = Tin nhắn SMS đã vào hàng đợi lúc { $at }
worker-not-informed = Chưa được thông báo
worker-attempt = { $at }: { $method } – { $outcome } ({ $by })
worker-method-callback = Gọi lại
worker-method-sms = Tin nhắn SMS
worker-outcome-reached = Đã nói chuyện được
worker-outcome-no_answer = Không ai nghe máy
worker-outcome-wrong_person = Người khác nghe máy — không tiết lộ gì
worker-outcome-queued = Trong hàng đợi
worker-next-safe-call = Hiện không phải giờ an toàn của người lao động. Giờ an toàn tiếp theo để gọi: { $at }
worker-safe-now = Bây giờ là giờ an toàn để gọi cho người lao động.
worker-no-consent = Người lao động không đồng ý được gọi lại hay nhận tin nhắn SMS. Không liên lạc với họ.
worker-sms-line = Tin nhắn SMS cập nhật: vào hàng đợi { $at }; giờ gửi: { $send }; trạng thái: { $status }
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
worker-error-no-sms-consent = Người lao động không đồng ý nhận tin nhắn SMS. Không có tin nào được gửi.
worker-error-no-callback-consent = Người lao động không đồng ý được gọi lại.

## Việc cần theo dõi
task-callback = Gọi lại
task-retaliation_30 = Kiểm tra bị trù dập (30 ngày)
task-retaliation_90 = Kiểm tra bị trù dập (90 ngày)
task-due = hạn { $at }
task-done = đã xong { $at }
task-outcome-reached = đã nói chuyện được
task-outcome-no_answer = không ai nghe máy
task-outcome-wrong_person = người khác nghe máy
task-outcome-no_retaliation = Không thấy bị trù dập
task-outcome-retaliation_reported = Có phản ánh bị trù dập
task-outcome-not_reached = Không liên lạc được với người lao động

## Đóng vụ việc
closure-title = Đóng vụ việc
closure-closed = Đã đóng lúc { $at }: { $outcome }
closure-reopen = Mở lại vụ việc
closure-outcome-label = Kết quả
closure-choose = Chọn một kết quả
closure-close = Đóng vụ việc
closure-reprisal-risk = Nguy cơ bị trù dập
closure-reprisal-risk-hint = Người lao động sẽ được gọi lại sau khi đóng vụ việc 30 và 90 ngày.
closure-save-risk = Lưu nguy cơ bị trù dập
closure-related = Tiếp nối vụ việc #{ $id }
closure-related-label = Số vụ việc trước
closure-link-related = Liên kết vụ việc trước
closure-follow-ups = Việc cần theo dõi của vụ việc này
closure-error-already-closed = Vụ việc này đã được đóng.
closure-error-not-closed = Vụ việc này chưa được đóng.
closure-error-related-not-found = Không có vụ việc nào mang số này.
closure-error-related-self = Một vụ việc không thể tiếp nối chính nó.
event-reprisal_risk_changed = đã thay đổi đánh dấu nguy cơ bị trù dập

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
follow-ups-empty = Không có cuộc gọi lại hay kiểm tra bị trù dập nào đến hạn.
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

## Báo vụ việc cho doanh nghiệp và nhãn hàng (helpline/reporting.rs)
intake-factory-consent = Có được báo cho doanh nghiệp không?
intake-factory-consent-help = Hãy hỏi người lao động. Doanh nghiệp và nhãn hàng không biết gì cho đến khi anh/chị báo vụ việc.
intake-factory-consent-default = Chưa hỏi: áp dụng mặc định của quy trình cho loại vấn đề này
intake-factory-consent-yes = Có, người lao động đồng ý
intake-factory-consent-no = Không, chưa báo lúc này
report-heading = Báo cho tổ chức
report-agreed = Người lao động đồng ý cho báo doanh nghiệp.
report-not-agreed = Người lao động chưa đồng ý cho báo doanh nghiệp.
report-agreement-give = Người lao động nay đồng ý
report-agreement-withdraw = Người lao động rút lại sự đồng ý
report-no-targets = Vụ việc này không có nơi làm việc để báo.
report-not-told = chưa báo
report-told = đã báo ngày { $when } (phiên bản { $version })
report-to = Báo cho { $org }
report-share-again = Gửi phiên bản mới cho { $org }
report-version-to = đã báo cho { $org }, phiên bản { $version }
report-versions = Những gì đã chia sẻ
report-edit-shareable = Sửa tóm tắt để chia sẻ
report-edit-shareable-help = Các tổ chức chỉ thấy phiên bản mới khi anh/chị gửi cho họ.
report-save-shareable = Lưu tóm tắt để chia sẻ
report-next-report-to = Báo cho { $org }
report-next-due-in = { $what }: còn { $time }
report-next-overdue = { $what }: quá hạn { $time }
report-already-told = Tổ chức này đã có phiên bản này của tóm tắt để chia sẻ.
report-refused-informational = Câu hỏi và cuộc gọi thử không bao giờ được báo cho doanh nghiệp hay nhãn hàng.
report-refused-out_of_scope = Vụ việc ngoài phạm vi hoặc đã chuyển nơi khác không bao giờ được báo cho doanh nghiệp hay nhãn hàng.
report-refused-withdrawn = Người lao động đã rút vụ việc này: không báo.
report-refused-no_agreement = Không thể báo: người lao động chưa đồng ý cho báo doanh nghiệp. Hãy hỏi người lao động trước.
report-refused-nothing_to_share = Chưa thể báo: hãy viết tóm tắt để chia sẻ trước.
report-refused-no_organisation = Không thể báo: vụ việc không có nơi làm việc.
report-target-factory = doanh nghiệp
report-target-brand = nhãn hàng
report-via-helpline = tổng đài
report-via-escalation = chuyển lên nhãn hàng (doanh nghiệp không phản hồi)
steps-error-report-instead = Bước này hoàn thành khi báo vụ việc, ở phần báo cho tổ chức.
queue-filters = Bộ lọc
event-reported = đã báo vụ việc cho { $org } (phiên bản { $version } của tóm tắt để chia sẻ)
event-shareable_summary_edited = đã sửa tóm tắt để chia sẻ
event-factory_agreement_changed = đã ghi quyết định của người lao động về việc báo doanh nghiệp
