## SMS the outbox sends to workers (a single SMS each: keep them short)

sms-intake = Helpline: we have received your case. Your case code is { $case_code }. Keep it private. To check your case, send STATUS { $case_code }.
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
outbox-history-title = Message
outbox-history-attempts = Delivery attempts
outbox-history-none = No attempt has reached a gateway yet.
outbox-col-attempt = Attempt
outbox-col-at = Time
outbox-col-outcome = Outcome
outbox-col-provider-ref = Gateway message id
outbox-attempt-sent = Accepted by the gateway
outbox-attempt-retry = Failed, tried again later
outbox-attempt-failed = Failed for good
worker-sms-status-delivered = delivered

## Voice prompts (IVR), spoken with Say when no recording is configured

ivr-choose-language = Welcome to the helpline. For Bangla, press 1. For Vietnamese, press 2. For English, press 3.
ivr-menu = To talk to an operator, press 1. To hear the status of your case, press 2. To ask for a free callback, press 3.
ivr-connecting = Please wait, we are connecting you to an operator.
ivr-no-operator = No operator can take your call now. To leave a message, press 1. To ask for a free callback, press 2.
ivr-message-after-beep = Please speak after the beep. Press the hash key when you have finished.
ivr-message-kept = Thank you. Your message is saved and an operator will call you back at no cost to you.
ivr-callback-booked = Thank you. An operator will call you back at no cost to you, at a safe time.
ivr-enter-code = Please key in your 10-digit case code, then press the hash key.
ivr-wrong-code = That is not a valid case code.
ivr-no-digits = We did not hear any key.
ivr-case-status = The status of your case is: { $case_status }.
ivr-code-not-found = We could not find a case with that code. Please call again and talk to an operator.
ivr-too-many-look-ups = You have asked for case statuses too often. Please try again in an hour, or call again and talk to an operator.
ivr-survey-question-satisfaction = The helpline closed your case. How satisfied are you with how we handled it? Press 1 for very satisfied, 2 for satisfied, 3 for neither, 4 for not satisfied, 5 for not at all satisfied.
ivr-survey-question-resolved = Was your problem solved? Press 1 for yes, 2 for no.
ivr-survey-thanks = Thank you for your answers.
ivr-goodbye = Goodbye.

## The survey by SMS

sms-survey = Helpline: your case is closed. How satisfied are you? Reply 1 very satisfied, 2 satisfied, 3 neither, 4 not satisfied, 5 not at all satisfied.
sms-survey-thanks = Helpline: thank you for your answer.

## Callbacks (operators): free callbacks asked for by the IVR or a missed call

callbacks-title = Callbacks
callbacks-help = Workers who rang and hung up, or asked for a callback in the voice menu. Call them back at no cost to them, in their language; one row per worker and day, however often they rang.
callbacks-empty = No callbacks waiting. Missed calls and callback requests from the voice menu appear here.
callbacks-col-due = Call at
callbacks-col-phone = Number
callbacks-col-language = Language
callbacks-col-source = Why
callbacks-col-calls = Calls that day
callbacks-col-action = Outcome
callbacks-overdue = overdue
callbacks-requested = asked
callbacks-known-cases = cases before:
callbacks-listen = Listen to the message
callbacks-source-missed_call = Missed call
callbacks-source-ivr_request = Asked in the voice menu
callbacks-source-voice_message = Left a message
callbacks-outcome-label = Outcome of the callback
callbacks-choose = Choose…
callbacks-outcome-reached = Reached
callbacks-outcome-no_answer = No answer
callbacks-outcome-wrong_person = Someone else answered
callbacks-done = Done

## The channel status page (administrators)

channels-title = Channels
channels-help = Whether each way of reaching workers works right now. Checked when this page opens.
channels-col-channel = Channel
channels-col-state = State
channels-kannel = SMS gateway (Kannel)
channels-kannel-callbacks = Incoming SMS and delivery reports from Kannel
channels-voice-api = Voice provider (survey calls)
channels-voice-webhooks = Voice menu (IVR) webhooks
channels-state-ok = Reachable
channels-state-down = Not reachable
channels-state-off = Not configured
channels-state-configured = Configured
channels-answered-in = answered in { $ms } ms

## SMS from workers (operators): texts kept for an operator

kept-sms-title = SMS from workers
kept-sms-help = Texts workers sent that were not a status request or a survey answer. Each worker got an automatic reply; read each one, record a case or call back at a safe time, then mark it handled.
kept-sms-empty = No SMS waiting. Texts workers send to the helpline number appear here.
kept-sms-col-received = Received
kept-sms-col-phone = Number
kept-sms-col-text = Message
kept-sms-col-action = Action
kept-sms-handled = Mark handled
