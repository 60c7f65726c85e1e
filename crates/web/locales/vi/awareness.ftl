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
