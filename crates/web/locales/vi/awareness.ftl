## Why a workplace's awareness score is low (domain::awareness), shown beside it on the
## training priority list.

awareness-reason-no-checks = Chưa kiểm tra mức độ hiểu biết
awareness-reason-low-check-answers = Ít người lao động được hỏi biết đường dây nóng
awareness-reason-never-trained = Chưa từng tập huấn
awareness-reason-training-old = Lần tập huấn gần nhất đã lâu
awareness-reason-few-trained = Năm nay ít người lao động được tập huấn
awareness-reason-few-cards = Ít thẻ đường dây nóng được phát
awareness-reason-recording-not-played = Bản ghi âm chưa được phát
awareness-reason-silent = Im lặng: không có cuộc gọi, hoặc chỉ gọi thử
awareness-reason-low-call-rate = Ít cuộc gọi so với số người lao động

## A workplace's awareness record (/workplaces/{id}/awareness, and the factory contact's
## /org/awareness): training sessions, materials, play reports, awareness checks.
awareness-record-title = Hoạt động nâng cao nhận thức
awareness-score = Điểm nhận thức
awareness-trainings = Buổi tập huấn
awareness-trainings-empty = Chưa ghi buổi tập huấn nào. Thêm buổi đầu tiên ở bên dưới.
awareness-held-on = Ngày tập huấn
awareness-trainer = Người tập huấn
awareness-women = Nữ
awareness-men = Nam
awareness-group-size = Số người mỗi nhóm nhỏ
awareness-topics = Chủ đề
awareness-materials = Tài liệu đã phát
awareness-materials-empty = Chưa ghi tài liệu nào.
awareness-given-on = Ngày phát
awareness-kind = Loại
awareness-quantity = Số lượng
awareness-plays = Báo cáo phát bản ghi âm
awareness-plays-hint = Người quản lý định kỳ phát bản ghi âm về đường dây nóng cho người lao động nghe và báo lại từng ngày đã phát; doanh nghiệp xác nhận báo cáo.
awareness-plays-empty = Chưa có báo cáo phát nào.
awareness-played-on = Ngày phát
awareness-shifts = Số ca được nghe
awareness-note = Ghi chú
awareness-confirmed = Doanh nghiệp xác nhận
awareness-confirmed-yes = Đã xác nhận
awareness-confirmed-no = Chưa
awareness-confirm = Xác nhận
awareness-checks = Kiểm tra mức độ hiểu biết
awareness-checks-empty = Chưa kiểm tra mức độ hiểu biết: hỏi một nhóm người lao động ba câu hỏi và ghi lại kết quả.
awareness-checked-on = Ngày kiểm tra
awareness-sampled = Số người lao động được hỏi
awareness-knows-number = Biết số điện thoại
awareness-carries-card = Mang theo thẻ
awareness-knows-process = Biết điều gì xảy ra sau khi gọi
awareness-add = Ghi lại
awareness-add-training = Ghi một buổi tập huấn
awareness-add-material = Ghi tài liệu đã phát
awareness-add-play = Ghi một báo cáo phát
awareness-add-check = Ghi một lần kiểm tra
awareness-save-training = Lưu buổi tập huấn
awareness-save-material = Lưu tài liệu
awareness-save-play = Lưu báo cáo phát
awareness-save-check = Lưu lần kiểm tra
awareness-org-factory-intro = Những gì chương trình nâng cao nhận thức của đường dây nóng đã làm tại nơi làm việc của bạn. Vui lòng xác nhận những ngày người quản lý đã phát bản ghi âm về đường dây nóng.

## Topics of a training session, kinds of material, follow-up marks (domain::awareness).
awareness-topic-helpline_number = Số điện thoại đường dây nóng
awareness-topic-after_calling = Điều gì xảy ra sau khi gọi
awareness-topic-confidentiality = Bảo mật
awareness-topic-fire_safety = An toàn phòng cháy
awareness-topic-harassment = Quấy rối
awareness-topic-wages_hours = Tiền lương và giờ làm việc
awareness-topic-reprisal = Bảo vệ khỏi bị trù dập
awareness-material-helpline_card = Thẻ đường dây nóng
awareness-material-poster = Áp phích
awareness-material-audio_recording = Bản ghi âm
awareness-follow-up-planned = Đã lên kế hoạch tập huấn bổ sung
awareness-follow-up-done = Đã tập huấn bổ sung

## Refusals of the record forms (domain::awareness::records).
awareness-error-date-in-future = Ngày không được ở tương lai.
awareness-error-no-participants = Nhập số nữ và nam đã tham gia.
awareness-error-no-topic = Chọn ít nhất một chủ đề.
awareness-error-more-than-sampled = Không được nhiều hơn số người lao động được hỏi.

## The training priority list (/awareness/priorities).
awareness-priorities-title = Ưu tiên tập huấn
awareness-priorities-intro = Nơi làm việc cần tập huấn thêm nhất được xếp trước: mức nhận thức còn thiếu nhân với số người lao động bị ảnh hưởng. Mỗi dòng nói vì sao điểm thấp.
awareness-priorities-count = { $count ->
   *[other] { $shown } nơi làm việc
}
awareness-priorities-empty = Không có nơi làm việc nào phù hợp. Hãy nhập danh sách nơi làm việc hoặc bỏ bộ lọc.
awareness-brand = Nhãn hàng
awareness-rank = Thứ tự
awareness-reasons = Vì sao
awareness-reasons-none = Không thiếu gì
awareness-follow-up = Tập huấn bổ sung
awareness-mark-planned = Đã lên kế hoạch
awareness-mark-done = Đã xong

## The programme's headline figures (/awareness/programme).
awareness-programme-title = Số liệu chương trình
awareness-programme-intro = Chương trình nâng cao nhận thức theo từng tháng trong mười hai tháng qua. Mỗi biểu đồ có bảng số liệu bên cạnh.
awareness-month = Tháng
awareness-workers-with-access = Người lao động được tiếp cận
awareness-workplaces-covered = Nơi làm việc tham gia
awareness-zero-call-workplaces = Nơi làm việc không có cuộc gọi nào trong 12 tháng
awareness-trainings-held = Số buổi tập huấn
awareness-workers-trained = Người lao động được tập huấn
awareness-cards-distributed = Thẻ đường dây nóng đã phát
awareness-calls-substantive = Cuộc gọi phản ánh
awareness-calls-informational = Cuộc gọi hỏi thông tin và gọi thử
awareness-figure-access = Người lao động được tiếp cận (người lao động của nơi làm việc đang hoạt động)
awareness-figure-covered = Nơi làm việc tham gia
awareness-figure-calls = Cuộc gọi mỗi tháng
awareness-figure-trained = Người lao động được tập huấn, theo giới tính
awareness-figure-trainings = Số buổi tập huấn
awareness-figure-cards = Thẻ đường dây nóng đã phát
awareness-figure-rates = Cuộc gọi trên 1.000 người lao động theo nơi làm việc (12 tháng)
awareness-calls-12-months = Cuộc gọi trong 12 tháng
awareness-calls-per-thousand = Cuộc gọi trên 1.000 người lao động

## A brand's supplier coverage (/org/awareness for brand users): counts only.
awareness-coverage-title = Mức độ bao phủ tại nhà cung cấp
awareness-coverage-intro = Những gì chương trình nâng cao nhận thức của đường dây nóng đã làm tại các nơi làm việc cung cấp cho bạn, bằng số liệu.
awareness-coverage-empty = Chưa có nơi làm việc cung cấp nào của bạn tham gia chương trình.
awareness-last-training = Lần tập huấn gần nhất
awareness-trained-12-months = Người lao động được tập huấn trong 12 tháng
awareness-posters = Áp phích
awareness-never = Chưa bao giờ
awareness-no-check = Chưa kiểm tra
