# Workers kept informed, callbacks, SMS updates, closure, retaliation follow-ups, incidents.

## The "Worker kept informed" panel on the case page
worker-panel-title = Worker kept informed
worker-stage-acknowledgement = Acknowledgement
worker-stage-response = Factory response
worker-stage-closure = Closure
worker-informed-by-callback = Informed by callback on { $at }
worker-informed-by-sms = SMS update queued on { $at }
worker-not-informed = Not informed yet
worker-attempt = { $at }: { $method } – { $outcome } ({ $by })
worker-method-callback = Callback
worker-method-sms = SMS
worker-outcome-reached = Reached
worker-outcome-no_answer = No answer
worker-outcome-wrong_person = Wrong person — do not disclose
worker-outcome-queued = Queued
worker-next-safe-call = Outside the worker's safe time. Next safe time to call: { $at }
worker-safe-now = Now is inside the worker's safe time to call.
worker-no-consent = The worker did not agree to be called back or to receive SMS. Do not contact them.
worker-sms-line = SMS update queued { $at }, to be sent { $send }: { $status }
worker-sms-status-queued = queued
worker-sms-status-sent = sent
worker-sms-status-failed = failed
worker-stage-label = Callback about
worker-callback-outcome-label = Callback outcome
worker-wrong-person-hint = If someone else answers, say nothing about the case or the helpline's reason for calling.
worker-record-callback = Record callback outcome
worker-schedule-callback = Schedule callback
worker-sms-stage-label = SMS update about
worker-send-sms = Send SMS update
worker-informed-stage-label = Worker informed of
worker-method-label = How
worker-mark-informed = Mark worker informed
worker-error-no-sms-consent = The worker did not agree to receive SMS. Nothing was sent.
worker-error-no-callback-consent = The worker did not agree to be called back.

## Follow-up tasks
task-callback = Callback
task-retaliation_30 = Retaliation check (30 days)
task-retaliation_90 = Retaliation check (90 days)
task-due = due { $at }
task-done = done { $at }
task-outcome-reached = reached
task-outcome-no_answer = no answer
task-outcome-wrong_person = wrong person
task-outcome-no_retaliation = No retaliation reported
task-outcome-retaliation_reported = Retaliation reported
task-outcome-not_reached = Could not reach the worker

## Closure
closure-title = Closure
closure-closed = Closed on { $at }: { $outcome }
closure-reopen = Reopen case
closure-outcome-label = Outcome
closure-choose = Choose an outcome
closure-close = Close case
closure-reprisal-risk = Reprisal risk
closure-reprisal-risk-hint = The worker will be called again 30 and 90 days after closure.
closure-save-risk = Save reprisal risk
closure-related = Follows case #{ $id }
closure-related-label = Earlier case number
closure-link-related = Link earlier case
closure-follow-ups = Follow-ups of this case
closure-error-already-closed = This case is already closed.
closure-error-not-closed = This case is not closed.
closure-error-related-not-found = No case has this number.
closure-error-related-self = A case cannot follow itself.
event-reprisal_risk_changed = changed the reprisal risk flag

## Incidents
incident-heading = Incident
incident-part-of = Part of incident:
incident-existing-label = Existing incident at this workplace
incident-none-chosen = Choose an incident
incident-new-label = Or a new incident's title
incident-link = Link to incident
incident-error-choose = Choose an incident or type a title for a new one.
incident-error-other-workplace = This incident is at another workplace.
incident-error-title-too-long = The title is too long (at most 200 characters).
incident-cases = Linked cases
incident-no-cases = No linked cases you can see.
incident-cases-count = { $count ->
    [one] { $shown } case
   *[other] { $shown } cases
}
incidents-count = { $count ->
    [one] { $shown } incident
   *[other] { $shown } incidents
}
incidents-title = Incidents
incidents-empty = No incidents yet. Link a case to a new incident from the case page.
incidents-col-title = Incident
incidents-col-cases = Cases
incidents-col-created = Created
incidents-pages = Pages
incidents-prev = Previous
incidents-next = Next

## Due follow-ups
follow-ups-title = Due follow-ups
follow-ups-empty = No callbacks or retaliation checks are due.
follow-ups-col-due = Due
follow-ups-col-kind = Follow-up
follow-ups-col-action = Action
follow-ups-overdue = overdue
follow-ups-outcome-label = Result
follow-ups-choose = Choose a result
follow-ups-done = Mark done
follow-ups-call = Open the case to call
dashboard-follow-ups = Due follow-ups
dashboard-incidents = Incidents
