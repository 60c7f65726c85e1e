## The workplace registry: list, record, new and edit pages.

registry-title = Nơi làm việc
registry-new = Thêm nơi làm việc
registry-edit = Sửa nơi làm việc
registry-search = Tên hoặc số đăng ký
registry-apply = Xem
registry-count = { $count ->
   *[other] { $shown } nơi làm việc
}
registry-count-more = Hơn { $shown } nơi làm việc
registry-empty = Không có nơi làm việc nào phù hợp.
registry-col-place = Địa bàn
registry-name = Tên
registry-country = Quốc gia
registry-district = Huyện
registry-sub-district = Tiểu huyện
registry-province = Tỉnh
registry-district-vn = Quận/huyện
registry-district-or-province = Huyện (Bangladesh) hoặc tỉnh (Việt Nam)
registry-sub-district-or-district = Tiểu huyện (Bangladesh) hoặc quận/huyện (Việt Nam)
registry-address = Địa chỉ
registry-sector = Ngành
registry-workers-total = Người lao động
registry-workers-women = Lao động nữ
registry-languages = Ngôn ngữ sử dụng
registry-status = Tình trạng tham gia
registry-identifiers = Số đăng ký
registry-onboarding = Tham gia chương trình
registry-stage-date = Ngày: { $stage }
registry-contacts = Người liên hệ
registry-management-name = Liên hệ ban quản lý: tên
registry-management-phone = Liên hệ ban quản lý: điện thoại
registry-safety-name = Liên hệ an toàn 24/7: tên
registry-safety-phone = Liên hệ an toàn 24/7: điện thoại
registry-brands = Nhãn hàng được cung cấp
registry-none = Chưa ghi nhận.
registry-save = Lưu nơi làm việc

## Kinds of registration number.

identifier-kind-trade_licence = Giấy phép kinh doanh (Bangladesh)
identifier-kind-dife_licence = Giấy phép nhà xưởng (DIFE)
identifier-kind-bgmea = Số hội viên BGMEA
identifier-kind-bkmea = Số hội viên BKMEA
identifier-kind-rsc = Mã RSC
identifier-kind-enterprise_code = Mã số doanh nghiệp

## Onboarding stages.

onboarding-invited = đã mời
onboarding-onboarded = đã tham gia
onboarding-trained = đã tập huấn
onboarding-active = đang hoạt động
onboarding-suspended = tạm ngừng

## Contacts.

contact-kind-management = Liên hệ ban quản lý
contact-kind-safety_24_7 = Liên hệ an toàn 24/7

## Errors on a workplace record.

error-too-long = Quá dài.
error-women-exceed-total = Số lao động nữ nhiều hơn tổng số người lao động.
error-identifier-too-long = Số đăng ký dài tối đa 64 ký tự.
error-identifier-invalid = Số đăng ký không được chứa ký tự điều khiển.
error-identifier-twice = Mỗi loại số đăng ký chỉ nhập một lần.
error-identifier-taken = Một nơi làm việc khác đã có số đăng ký này.
error-invalid-date = Ghi ngày theo dạng YYYY-MM-DD.
error-onboarding-date-order = Ngày này sớm hơn ngày của bước trước.
error-onboarding-date-missing = Nhập ngày đạt bước này.

## CSV import and export.

error-csv-not-utf8 = Tệp không phải văn bản UTF-8. Trong bảng tính, hãy lưu dạng "CSV UTF-8".
error-csv-empty = Tệp trống.
error-csv-unknown-column = Cột không xác định: { $column }
error-csv-missing-column = Thiếu cột: { $column }
error-csv-column-count = Dòng này có số ô khác với dòng tiêu đề.
error-csv-malformed-row = Không đọc được dòng này theo dạng CSV.
error-import-needs-identifier = Nhập ít nhất một số đăng ký: các dòng được đối chiếu theo số đăng ký.
error-import-duplicate-row = Một dòng trước trong tệp này có cùng số đăng ký.
error-import-identifiers-disagree = Các số đăng ký thuộc về những nơi làm việc khác nhau.
error-import-unknown-brand = Một nhãn hàng trong dòng này chưa có trong danh sách.
registry-export = Tải xuống dạng CSV
import-title = Nhập nơi làm việc từ tệp CSV
import-help = Lưu bảng tính dạng "CSV UTF-8". Dòng đầu ghi tên các cột; các dòng được đối chiếu theo số đăng ký. Anh/chị xem trước những gì sẽ thay đổi rồi mới lưu.
import-file = Tệp CSV
import-preview = Xem những gì sẽ thay đổi
import-confirm = Nhập các dòng hợp lệ
import-nothing = Không có gì để nhập: mọi dòng đều không đổi hoặc bị từ chối.
import-done = Đã nhập. Các dòng dưới đây cho biết đã làm gì.
import-col-row = Dòng
import-col-action = Kết quả
import-col-reasons = Lý do
import-action-create = nơi làm việc mới
import-action-update = đã cập nhật
import-action-unchanged = không đổi
import-action-reject = bị từ chối
import-count-create = { $count ->
   *[other] { $shown } nơi làm việc mới
}
import-count-update = { $count ->
   *[other] { $shown } đã cập nhật
}
import-count-unchanged = { $count ->
   *[other] { $shown } không đổi
}
import-count-reject = { $count ->
   *[other] { $shown } dòng bị từ chối
}
import-more-rows = { $count ->
   *[other] Còn { $shown } dòng không hiện ở đây.
}

## Editing the brands a workplace supplies (issue 9 item 1).
registry-brands-hint = Tên các nhãn hàng đã có trong danh sách, cách nhau bằng dấu ;
registry-error-unknown-brand = Một trong các tên này không phải là nhãn hàng trong danh sách.
