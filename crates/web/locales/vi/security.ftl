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
