# The second step of signing in, its set-up, and the account's security page.

## Second step of signing in
second-factor-title = Second step of signing in
second-factor-intro = Type the 6-digit code your authenticator app shows for Workvoice. If you have lost your phone, type one of your recovery codes instead.
second-factor-code = Code
second-factor-submit = Continue
second-factor-failed = That code is wrong, expired or already used. Wait for the next code and try again.
second-factor-throttled = Too many wrong codes. Wait an hour and try again, or ask an administrator.
second-factor-cancel = Sign out

## Setting it up
enrol-title = Set up the second step of signing in
enrol-intro = Every account that can see cases needs a second step when signing in: a code from an authenticator app on your phone (for example FreeOTP, Aegis or Google Authenticator). Nobody can sign in as you with your password alone.
enrol-scan = 1. Scan this QR code with the app
enrol-qr-label = QR code for the authenticator app
enrol-manual = If you cannot scan it, type this key into the app instead:
enrol-confirm = 2. Type the code the app now shows
enrol-submit = Confirm
enrol-failed = That code does not match. Check that the phone's clock is right and type the newest code.

## Recovery codes
recovery-title = Your recovery codes
recovery-intro = Each of these codes signs you in once if you lose your phone. Write them down or print them and keep them somewhere safe, away from the phone. They are shown only now.
recovery-continue = Continue to Workvoice

## The account's security page
account-security-title = Signing in and sessions
account-security-enrolled = The second step of signing in is set up.
account-security-codes-left = { $count ->
    [one] { $shown } recovery code left.
   *[other] { $shown } recovery codes left.
}
account-security-everywhere = Sign out everywhere
account-security-everywhere-hint = Ends every session of your account, on every computer and phone, this one included. Use it if you signed in on a computer you no longer control.

## Retention periods
error-retention-too-short = The period must be at least 120 days: the reprisal checks run until 90 days after closure.
error-retention-too-long = The period can be at most 3650 days (ten years).
