# Signing in and out.

## Sign in
login-title = Đăng nhập
login-username = Tên đăng nhập
login-password = Mật khẩu
login-submit = Đăng nhập
login-failed = Sai tên đăng nhập hoặc mật khẩu.
login-throttled = Đăng nhập sai quá nhiều lần. Hãy đợi 15 phút rồi thử lại, hoặc nhờ quản trị viên giúp.
