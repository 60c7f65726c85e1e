# Signing in and out.

## Sign in
login-title = Sign in
login-username = Username
login-password = Password
login-submit = Sign in
login-failed = Wrong username or password.
login-throttled = Too many failed attempts. Wait 15 minutes and try again, or ask an administrator.
