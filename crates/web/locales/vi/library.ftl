## The good-practice library: public pages, open data, leaflets

library-title = Thư viện thực hành tốt
library-intro = Những cải thiện về an toàn, vệ sinh lao động mà các nơi làm việc nhỏ đã thực hiện, được xác nhận qua chuyến thăm, ảnh chụp hoặc chính người lao động, và được công bố với sự đồng ý của doanh nghiệp. Hãy tham khảo để cải thiện nơi làm việc của bạn.
library-manage-link = Viết và duyệt thực hành
library-public-link = Xem thư viện công khai
library-area = Lĩnh vực kỹ thuật
library-sector = Ngành
library-cost = Chi phí
library-region = Khu vực
library-language = Ngôn ngữ
library-filter = Xem
library-any-area = Mọi lĩnh vực
library-any-sector = Mọi ngành
library-any-cost = Mọi mức chi phí
library-any-region = Mọi khu vực
library-any-language = Mọi ngôn ngữ
library-count = { $count } thực hành
library-none = Chưa có thực hành nào phù hợp.
library-written-in = Chưa được dịch; viết bằng
library-licence = Nội dung và dữ liệu mở được công bố theo giấy phép { $licence }: bạn có thể chia sẻ và chỉnh sửa nếu ghi rõ nguồn.
library-download-csv = Tải về dạng CSV
library-download-json = Tải về dạng JSON
library-back = Quay lại thư viện
library-problem = Vấn đề
library-solution = Cách đã làm
library-before = Trước
library-after = Sau
library-no-photo = Không có ảnh
library-risk-change = Rủi ro trước → sau
library-control-level = Mức kiểm soát
library-leaflet = Tờ rơi để in
library-leaflet-hint = In trang này hoặc lưu thành PDF từ menu In của trình duyệt. Khổ giấy:
library-described = một { $sector } ở { $district }
library-described-nowhere = một { $sector }

## Sectors (filters) and the kind of workplace a description names

library-sector-garments = May mặc
library-sector-textiles = Dệt
library-sector-footwear = Da giày
library-sector-electronics = Điện tử
library-sector-food = Chế biến thực phẩm
library-sector-furniture = Gỗ và nội thất
library-sector-construction = Xây dựng
library-sector-other = Ngành khác
library-workplace-garments = xưởng may
library-workplace-textiles = xưởng dệt
library-workplace-footwear = xưởng da giày
library-workplace-electronics = xưởng điện tử
library-workplace-food = cơ sở chế biến thực phẩm
library-workplace-furniture = xưởng đồ gỗ
library-workplace-construction = doanh nghiệp xây dựng
library-workplace-other = doanh nghiệp nhỏ

## Cost bands, naming, review states

library-cost-no_cost = Không tốn chi phí
library-cost-low = Chi phí thấp
library-cost-medium = Chi phí trung bình
library-cost-high = Chi phí cao
library-naming = Cách nêu doanh nghiệp
library-naming-named = Nêu tên
library-naming-described = Chỉ mô tả theo ngành và địa phương
library-state = Duyệt
library-all-states = Mọi trạng thái
library-state-draft = Bản nháp
library-state-in_review = Đang duyệt
library-state-published = Đã công bố
library-state-withdrawn = Đã rút lại
library-step-draft = Trả lại người viết để sửa
library-step-in_review = Gửi duyệt
library-step-published = Công bố
library-step-withdrawn = Rút khỏi thư viện
library-is-public = có trong thư viện công khai

## Staff pages

library-manage-title = Thực hành tốt
library-practice-title = Tiêu đề
library-workplace = Nơi làm việc
library-provider = Đơn vị hỗ trợ
library-languages = Ngôn ngữ
library-candidates = Cải thiện đã xác nhận nhưng chưa được viết thành thực hành
library-candidates-hint = Chỉ những cải thiện được xác nhận qua chuyến thăm, ảnh chụp hoặc người lao động mới có thể trở thành thực hành tốt.
library-no-candidates = Không có cải thiện nào đang chờ.
library-write-up = Viết thành thực hành tốt
library-new-title = Viết một thực hành tốt
library-create = Lưu bản nháp
library-improvement-link = cải thiện gốc
library-consent = Sự đồng ý công bố của doanh nghiệp
library-consent-none = Chưa ghi nhận: không thể công bố thực hành khi chưa có sự đồng ý.
library-consent-given = { $name } đã đồng ý ngày { $day }.
library-consent-withdrawn = Đã rút lại ngày { $day }: thực hành không còn hiển thị công khai.
library-consent-given-by = Người đồng ý (họ tên và chức vụ)
library-consent-given-on = Ngày đồng ý
library-consent-record = Ghi nhận sự đồng ý
library-consent-withdraw = Doanh nghiệp đã rút lại sự đồng ý
library-review = Duyệt
library-note = Ghi chú
library-confirm = Tôi đã kiểm tra nội dung, ảnh và sự đồng ý
library-settings = Ngành, chi phí và cách nêu tên
library-save = Lưu
library-translation-missing = chưa viết
library-trail = Lịch sử duyệt
library-when = Thời gian
library-who = Người thực hiện

## Refusals

library-error-too-long = Nội dung quá dài.
library-error-transition = Không thể thực hiện bước duyệt này lúc này.
library-error-not-verified = Chỉ cải thiện được xác nhận bởi người khác ngoài doanh nghiệp mới có thể trở thành thực hành tốt.
library-error-exists = Cải thiện này đã được viết thành thực hành tốt.
library-error-not-editable = Thực hành đang được duyệt hoặc đã công bố: không thể sửa lúc này.
library-error-not-yours = Bước duyệt này thuộc về người khác.
library-error-no-consent = Hãy ghi nhận sự đồng ý công bố của doanh nghiệp trước.
library-error-confirm = Đánh dấu vào ô để xác nhận.
