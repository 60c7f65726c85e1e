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

## Retention (administrators; supervisors read)
retention-title = Retention
retention-hint = Each programme keeps a worker's identity (phone, name, notes, messages, evidence) for a number of days after their case is closed; a daily run then removes it and keeps the anonymous facts for the statistics. Free callbacks and SMS about no case follow the default period.
retention-saved = The period is saved. The next run uses it.
retention-periods = Periods
retention-programme-default = Default (cases without a workplace, and other countries)
retention-days-after-closure = days after closure
retention-save = Save period
retention-error-days = Write the period as a number of days.
retention-next-title = Runs
retention-next-run = Next run
retention-would-remove = If it ran now
retention-preview = { $count ->
    [one] the identity of { $count } case, { $done } finished callbacks and { $total } SMS about no case
   *[other] the identity of { $count } cases, { $done } finished callbacks and { $total } SMS about no case
}
retention-last-run = Last run
retention-not-run = Not run yet.
retention-run-ok = finished without error
retention-run-failed = failed:
retention-runs = Latest removals
retention-runs-empty = Nothing has been removed yet: no case has been closed longer than its period.
retention-col-at = When
retention-col-cases = Cases
retention-col-callers = Callers
retention-col-attachments = Evidence files
retention-col-messages = Messages
retention-col-callbacks = Callbacks

## Data-subject requests (administrators)
subject-requests-title = Requests from workers for their data
subject-requests-hint = A worker may ask for a copy of everything kept about them, or for it to be erased. Record the request with the phone number they called from; acknowledge it within 2 days and complete it within 30. The number is kept only as a keyed fingerprint, and forgotten once the request is done.
subject-requests-record = Record a request
subject-requests-kind = Request
subject-requests-choose = Choose a request
subject-request-access = Copy of their data
subject-request-erasure = Erasure
subject-requests-phone = Worker's phone number
subject-requests-error-phone = Write a phone number, e.g. 01712 345678 or +84 912 345 678.
subject-requests-save = Record request
subject-requests-recorded = Request { $id } is recorded. Its deadlines are in the list below.
subject-requests-erased = { $count ->
    [one] Erased: { $count } case no longer names the worker.
   *[other] Erased: { $count } cases no longer name the worker.
}
subject-requests-list = Requests
subject-requests-empty = No request yet. Record one above when a worker asks.
subject-requests-col-id = Number
subject-requests-col-received = Received
subject-requests-col-acknowledge = Acknowledge by
subject-requests-col-due = Complete by
subject-requests-col-state = State
subject-requests-col-action = Action
subject-requests-open = Open
subject-requests-overdue = Overdue
subject-requests-done = { $count ->
    [one] Done on { $at } ({ $count } case)
   *[other] Done on { $at } ({ $count } cases)
}
subject-requests-export = Download the copy and complete
subject-requests-erase = Erase…
subject-erase-title = Erase a worker's data
subject-erase-what = Every case this number called about loses the worker's phone, name, the summary, narrative and notes, their SMS and evidence; their free callbacks go. The cases' anonymous facts stay for the statistics.
subject-erase-final = This cannot be undone.
subject-erase-confirm = I have checked the request and want to erase this worker's data
subject-erase-button = Erase now
subject-erase-error-confirm = Tick the box to confirm the erasure.
