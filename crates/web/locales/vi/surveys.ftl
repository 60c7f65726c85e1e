## The survey on a closed case's page

survey-panel-title = Khảo sát mức độ hài lòng
survey-panel-channel = Hỏi qua
survey-panel-status = Trạng thái
survey-panel-attempts = Số lần thử
survey-panel-next = lần thử tiếp theo
survey-panel-no-answers = Chưa có trả lời.
survey-channel-ivr = Cuộc gọi thoại (IVR)
survey-channel-sms = Tin nhắn SMS
survey-status-scheduled = Đang chờ trả lời
survey-status-answered = Đã trả lời
survey-status-no_response = Không trả lời sau mọi lần thử
survey-question-satisfaction = Hài lòng với cách đường dây nóng xử lý vụ việc
survey-question-resolved = Vấn đề đã được giải quyết
survey-answer-1 = Rất hài lòng
survey-answer-2 = Hài lòng
survey-answer-3 = Bình thường
survey-answer-4 = Không hài lòng
survey-answer-5 = Hoàn toàn không hài lòng
survey-answer-yes = Rồi
survey-answer-no = Chưa

## The satisfaction page (supervisors)

satisfaction-title = Mức độ hài lòng
satisfaction-hint = Sau khi vụ việc kết thúc, mỗi người lao động đồng ý được liên hệ sẽ được hỏi qua cuộc gọi thoại hoặc tin nhắn SMS. Tỷ lệ hài lòng: số trả lời hài lòng hoặc rất hài lòng trên số khảo sát đã trả lời. Tỷ lệ trả lời: số khảo sát đã trả lời trên số khảo sát đã kết thúc, kể cả "không trả lời". Dòng nơi làm việc và tổng đài viên có ít hơn { $min } khảo sát được ẩn đi.
satisfaction-empty = Chưa có khảo sát nào kết thúc. Khảo sát bắt đầu vào ngày sau khi vụ việc kết thúc.
satisfaction-chart = Tỷ lệ hài lòng theo tháng
satisfaction-by-month = Theo tháng
satisfaction-by-category = Theo loại vấn đề
satisfaction-by-workplace = Theo nơi làm việc
satisfaction-by-operator = Theo tổng đài viên
satisfaction-col-group = Nhóm
satisfaction-col-finished = Khảo sát đã kết thúc
satisfaction-col-response = Tỷ lệ trả lời
satisfaction-col-satisfaction = Tỷ lệ hài lòng
