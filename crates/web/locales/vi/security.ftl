# The second step of signing in, its set-up, and the account's security page.

## Second step of signing in
second-factor-title = Bước thứ hai khi đăng nhập
second-factor-intro = Nhập mã 6 chữ số mà ứng dụng xác thực trên điện thoại hiện cho Workvoice. Nếu bị mất điện thoại, hãy nhập một trong các mã khôi phục của bạn.
second-factor-code = Mã
second-factor-submit = Tiếp tục
second-factor-failed = Mã sai, đã hết hạn hoặc đã được dùng. Hãy đợi mã tiếp theo rồi thử lại.
second-factor-throttled = Nhập sai mã quá nhiều lần. Hãy đợi một giờ rồi thử lại, hoặc nhờ quản trị viên giúp.
second-factor-cancel = Đăng xuất

## Setting it up
enrol-title = Thiết lập bước thứ hai khi đăng nhập
enrol-intro = Mọi tài khoản xem được vụ việc đều cần một bước thứ hai khi đăng nhập: mã từ ứng dụng xác thực trên điện thoại của bạn (ví dụ FreeOTP, Aegis hoặc Google Authenticator). Không ai có thể đăng nhập thay bạn chỉ bằng mật khẩu.
enrol-scan = 1. Quét mã QR này bằng ứng dụng
enrol-qr-label = Mã QR cho ứng dụng xác thực
enrol-manual = Nếu không quét được, hãy nhập khóa này vào ứng dụng:
enrol-confirm = 2. Nhập mã mà ứng dụng đang hiện
enrol-submit = Xác nhận
enrol-failed = Mã không khớp. Hãy kiểm tra đồng hồ của điện thoại và nhập mã mới nhất.

## Recovery codes
recovery-title = Các mã khôi phục của bạn
recovery-intro = Mỗi mã này cho phép đăng nhập một lần nếu bạn mất điện thoại. Hãy chép lại hoặc in ra và cất ở nơi an toàn, tách khỏi điện thoại. Các mã chỉ hiện lần này.
recovery-continue = Vào Workvoice

## The account's security page
account-security-title = Đăng nhập và phiên làm việc
account-security-enrolled = Bước thứ hai khi đăng nhập đã được thiết lập.
account-security-codes-left = { $count ->
   *[other] Còn { $shown } mã khôi phục.
}
account-security-everywhere = Đăng xuất khỏi mọi nơi
account-security-everywhere-hint = Kết thúc mọi phiên làm việc của tài khoản, trên mọi máy tính và điện thoại, kể cả máy này. Hãy dùng khi bạn đã đăng nhập trên một máy tính không còn trong tầm kiểm soát của bạn.

## Retention periods
error-retention-too-short = Thời gian lưu phải ít nhất 120 ngày: việc kiểm tra trù dập kéo dài đến 90 ngày sau khi đóng vụ việc.
error-retention-too-long = Thời gian lưu tối đa là 3650 ngày (mười năm).

## Retention (administrators; supervisors read)
retention-title = Thời gian lưu dữ liệu
retention-hint = Mỗi chương trình giữ thông tin nhận dạng của người lao động (số điện thoại, tên, ghi chú, tin nhắn, bằng chứng) trong một số ngày sau khi vụ việc được đóng; sau đó một lần chạy hằng ngày sẽ xóa đi và chỉ giữ các dữ liệu ẩn danh cho thống kê. Các cuộc gọi lại miễn phí và tin nhắn SMS không thuộc vụ việc nào theo thời gian lưu mặc định.
retention-saved = Đã lưu thời gian lưu. Lần chạy tới sẽ dùng thời gian này.
retention-periods = Thời gian lưu
retention-programme-default = Mặc định (vụ việc không có nơi làm việc, và các nước khác)
retention-days-after-closure = ngày sau khi đóng vụ việc
retention-save = Lưu thời gian
retention-error-days = Hãy ghi thời gian lưu bằng số ngày.
retention-next-title = Các lần chạy
retention-next-run = Lần chạy tới
retention-would-remove = Nếu chạy ngay bây giờ
retention-preview = { $count ->
   *[other] thông tin nhận dạng của { $count } vụ việc, { $done } cuộc gọi lại đã xong và { $total } tin nhắn SMS không thuộc vụ việc nào
}
retention-last-run = Lần chạy gần nhất
retention-not-run = Chưa chạy lần nào.
retention-run-ok = hoàn tất, không có lỗi
retention-run-failed = thất bại:
retention-runs = Các lần xóa gần đây
retention-runs-empty = Chưa xóa gì: chưa có vụ việc nào đóng lâu hơn thời gian lưu của nó.
retention-col-at = Khi nào
retention-col-cases = Vụ việc
retention-col-callers = Người gọi
retention-col-attachments = Tệp bằng chứng
retention-col-messages = Tin nhắn
retention-col-callbacks = Cuộc gọi lại

## Data-subject requests (administrators)
subject-requests-title = Yêu cầu của người lao động về dữ liệu của họ
subject-requests-hint = Người lao động có thể yêu cầu một bản sao mọi dữ liệu lưu về họ, hoặc yêu cầu xóa. Hãy ghi lại yêu cầu cùng số điện thoại họ đã gọi; xác nhận trong vòng 2 ngày và hoàn tất trong vòng 30 ngày. Số điện thoại chỉ được giữ dưới dạng dấu vân tay có khóa, và bị quên đi khi yêu cầu hoàn tất.
subject-requests-record = Ghi lại yêu cầu
subject-requests-kind = Yêu cầu
subject-requests-choose = Chọn một yêu cầu
subject-request-access = Bản sao dữ liệu của họ
subject-request-erasure = Xóa dữ liệu
subject-requests-phone = Số điện thoại của người lao động
subject-requests-error-phone = Hãy ghi một số điện thoại, ví dụ 01712 345678 hoặc +84 912 345 678.
subject-requests-save = Ghi lại yêu cầu
subject-requests-recorded = Đã ghi lại yêu cầu { $id }. Các hạn của yêu cầu nằm trong danh sách bên dưới.
subject-requests-erased = { $count ->
   *[other] Đã xóa: { $count } vụ việc không còn thông tin nhận dạng người lao động.
}
subject-requests-list = Các yêu cầu
subject-requests-empty = Chưa có yêu cầu nào. Khi người lao động yêu cầu, hãy ghi lại ở trên.
subject-requests-col-id = Số
subject-requests-col-received = Nhận lúc
subject-requests-col-acknowledge = Xác nhận trước
subject-requests-col-due = Hoàn tất trước
subject-requests-col-state = Trạng thái
subject-requests-col-action = Thao tác
subject-requests-open = Đang mở
subject-requests-overdue = Quá hạn
subject-requests-done = { $count ->
   *[other] Hoàn tất ngày { $at } ({ $count } vụ việc)
}
subject-requests-export = Tải bản sao và hoàn tất
subject-requests-erase = Xóa…
subject-erase-title = Xóa dữ liệu của một người lao động
subject-erase-what = Mọi vụ việc mà số điện thoại này đã gọi đến sẽ mất số điện thoại, tên, tóm tắt, mô tả chi tiết và ghi chú của người lao động, cùng tin nhắn SMS và bằng chứng của họ; các cuộc gọi lại miễn phí của họ cũng bị xóa. Dữ liệu ẩn danh của các vụ việc được giữ lại cho thống kê.
subject-erase-final = Không thể hoàn tác việc này.
subject-erase-confirm = Tôi đã kiểm tra yêu cầu và muốn xóa dữ liệu của người lao động này
subject-erase-button = Xóa ngay
subject-erase-error-confirm = Hãy đánh dấu ô để xác nhận việc xóa.
