# The call-handling protocol: steps, deadlines, escalation, and the case timeline.

## Timeline events (the actor's name is shown before each)
event-status_changed = changed the status to { $to }
event-step_met = completed: { $step }
event-step_overdue = overdue: { $step }
event-brand_notice = escalated to the brand: notice
event-brand_warning = escalated to the brand: warning
event-paused = started waiting on the worker
event-resumed = stopped waiting on the worker
event-factory_acknowledged = acknowledged the case (factory)
event-factory_responded = recorded the factory's response
event-clarification_requested = asked the helpline for clarification
event-evidence_attached = attached evidence
event-disclosure_consented = recorded the worker's consent to share identity
event-worker_informed = informed the worker
event-callback_attempt = tried to call the worker back
event-closed = closed the case
event-reopened = reopened the case
event-incident_linked = linked the case to an incident
event-related_case_linked = linked an earlier case
event-follow_up_done = completed a follow-up

## Steps
step-acknowledge_worker = Acknowledge worker
step-inform_factory = Inform factory
step-inform_brand = Inform brand
step-factory_response = Factory response
step-validate = Validate response
step-inform_worker = Inform worker
step-close = Close case
trigger-intake = Case opened
trigger-factory_informed = Factory informed
trigger-factory_response = Factory response recorded
escalation-none = No escalation
escalation-notice = Notice to brand
escalation-warning = Warning to brand
step-outcome-on_time = On time
step-outcome-late = Late
step-outcome-open = Open
step-outcome-overdue = Overdue
span-minutes = { $count } min
span-hours = { $count } h
span-days = { $count } days
span-working-minutes = { $count } working min
span-working-hours = { $count } working h
span-working-days = { $count } working days

## Errors in protocol and holiday files
error-calendar-unknown-zone = Unknown time zone.
error-calendar-no-working-days = The calendar has no working days.
error-holiday-format = Line { $line }: expected COUNTRY,YYYY-MM-DD,Name
error-holiday-country = Line { $line }: unknown country code.
error-holiday-date = Line { $line }: invalid date (use YYYY-MM-DD).
error-holiday-name = Line { $line }: the holiday needs a name.
error-protocol-syntax = The protocol file is not valid (line { $line }).
error-protocol-no-rules = The protocol has no rules.
error-protocol-category = Rule { $rule }: invalid category (a code, or *).
error-protocol-unknown-urgency = Rule { $rule }: unknown urgency.
error-protocol-duplicate-rule = Rule { $rule }: another rule has the same category and urgency.
error-protocol-unknown-step = Rule { $rule }, step { $step }: unknown step.
error-protocol-unknown-trigger = Rule { $rule }, step { $step }: unknown "from" event.
error-protocol-bad-duration = Rule { $rule }, step { $step }: invalid duration (e.g. 10m, 4h, 2wd).
error-protocol-duplicate-step = Rule { $rule }, step { $step }: step listed twice.
