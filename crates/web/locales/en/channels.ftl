## SMS the outbox sends to workers (a single SMS each: keep them short)

sms-case-update-acknowledgement = Helpline: we have received your case and are working on it. We will keep you informed.
sms-case-update-response = Helpline: the factory has responded about your case. We will contact you at a safe time.
sms-case-update-closure = Helpline: your case is closed. Thank you for calling. You can call us again at any time.

## Replies to workers' SMS

sms-status-reply = Helpline: your case: { $case_status }.
sms-status-not-found = Helpline: we could not find a case with that code. Send STATUS and your 10-digit case code.
sms-help = Helpline: we received your message and an operator will read it. To check your case, send STATUS and your case code.

## The outbox page (administrators)

outbox-title = Outbox
outbox-help = Every SMS the helpline sends, by status. Queued messages go out as soon as the gateway can be reached; failed ones can be sent again.
outbox-retried = The message is queued again and goes out on the next delivery run.
outbox-filter-label = Filter by status
outbox-all = All
outbox-empty = No messages.
outbox-col-message = Message
outbox-col-channel = Channel
outbox-col-status = Status
outbox-col-attempts = Attempts
outbox-col-next = Next attempt
outbox-col-sent = Sent
outbox-col-delivered = Delivered
outbox-col-error = Last error
outbox-col-action = Action
outbox-retry = Send again
outbox-error-unavailable = Gateway unreachable
outbox-error-temporary = Temporary failure
outbox-error-rejected = Refused by the gateway
outbox-error-undeliverable = Cannot be sent
outbox-error-report = Not delivered to the phone
outbox-error-other = Error
worker-sms-status-delivered = delivered
