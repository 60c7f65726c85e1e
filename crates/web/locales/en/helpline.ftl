# Helpline pages: intake, queue, search, the case page (timeline, protocol steps,
# worker kept informed, closure), incidents, follow-ups, notifications, supervision.

## Intake
intake-title = New case
intake-workplace = Workplace
intake-workplace-help = Type part of the name and choose from the suggestions. Leave empty if the call is about no workplace.
intake-category = Category
intake-urgency = Urgency
intake-language = Language of the call
intake-caller = Caller
intake-caller-privacy = The caller's phone and name are encrypted and never shown to the factory or brands.
intake-caller-phone = Caller phone
intake-caller-name = Caller name
intake-consent-callback = May call back
intake-consent-sms = May send SMS
intake-sms-case-code = Send the case code by SMS now (ask first: is the phone only theirs?)
intake-safe-from = Safe time from
intake-safe-to = Safe time to
intake-summary = Summary
intake-narrative = Narrative (internal)
intake-shareable = Shareable summary
intake-shareable-help = What the factory and brands may read. Write nothing that could identify the caller.
intake-save = Save case
script-life-safety-title = Are you safe?
script-life-safety-body = If there is fire, smoke, cracks or a locked exit: ask the caller to leave the building now and move to a safe place. Take the details after.

## Case queue and lists
queue-title = Cases
filter-status = Status
filter-any-open = Any open
filter-all = All, including closed
filter-urgency = Urgency
filter-any = Any
filter-category = Category
filter-workplace = Workplace
filter-assigned = Assigned to
filter-anyone = Anyone
filter-assigned-me = Me
filter-assigned-none = Nobody
filter-sort = Sort by
filter-submit = Filter
sort-newest = Newest first
sort-oldest = Oldest first
sort-urgency = Most urgent first
sort-updated = Recently updated
queue-empty = No cases match these filters. Change the filters, or record a new case.
cases-found = { $count ->
    [one] { $shown } case
   *[other] { $shown } cases
}
cases-found-more = More than { $shown } cases

## Case page
case-title = Case
case-code-heading = Case code to read to the caller
case-code-once = Read it slowly, twice. The caller can use it to ask about the case by phone or SMS. It is not shown again.
case-language = Language
case-channel = Channel
case-callers = Callers
case-no-caller = The caller gave no phone number or name.
case-assign-to = Assign to
case-assign = Assign
case-timeline = Timeline
case-note = Note
case-add-note = Add note
consent-callback-yes = May call back
consent-callback-no = Do not call back
consent-sms-yes = May send SMS
consent-sms-no = No SMS
consent-safe-window = Safe to contact { $from }–{ $to }
caller-no-name = (no name given)
caller-no-phone = (no phone given)
caller-other-cases = { $count ->
    [one] This caller reported { $shown } other case.
   *[other] This caller reported { $shown } other cases.
}
event-created = recorded the case
event-note = added a note
event-note-removed = (Text removed with the caller’s identity.)
event-assigned = assigned the case to { $to }

## Dashboard
dashboard-record-case = Record a new case
dashboard-title = My open work
dashboard-mine = Assigned to me
dashboard-mine-empty = Nothing is assigned to you. Take a case from the list below.
dashboard-unassigned = Open and not yet taken
dashboard-unassigned-empty = Every open case has someone working on it.
dashboard-see-all = { $count ->
    [one] See { $shown } case in the queue
   *[other] See all { $shown } cases in the queue
}

## Search
search-title = Search
search-label = Search
search-submit = Search
search-workplaces = Workplaces
search-no-workplaces = No workplace matches.
search-cases = Cases
search-no-cases = No case matches. Try fewer words, or the start of a word.
search-help = Search case text and workplace names. Vietnamese works with or without accents; Bengali finds whole words and word beginnings.

## Timeline events (the actor's name is shown before each)
event-status_changed = changed the status: { $to }
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
event-disclosure_revoked = recorded that the worker withdrew consent to share identity
event-worker_informed = informed the worker
event-callback_attempt = tried to call the worker back
event-closed = closed the case
event-reopened = reopened the case
event-incident_linked = linked the case to an incident
event-related_case_linked = linked an earlier case
event-follow_up_done = completed a follow-up

## Steps panel of the case page
steps-heading = Protocol steps
steps-zone = Times in { $zone } (the workplace's country).
steps-none = No protocol steps apply to this case.
steps-col-step = Step
steps-col-due = Due
steps-col-state = State
steps-col-action = Action
steps-rule = within { $within }, counted from: { $from }
steps-no-due = —
steps-state-met = Done { $when } by { $who }
steps-state-not-started = Not started yet
steps-state-waiting = Paused: waiting on the worker
steps-state-open = Open
steps-state-overdue = Overdue
steps-state-escalated = Overdue; on the supervisors' list since { $when }
steps-mark-acknowledge_worker = Worker acknowledged
steps-mark-inform_factory = Factory informed
steps-mark-inform_brand = Brand informed
steps-mark-validate = Validated
steps-waiting-note = This case is waiting on the worker: deadlines are paused.
steps-waiting-help = Waiting for the worker (for example, they can only talk at the weekend)? Pause the deadlines.
steps-waiting-start = Waiting on the worker
steps-waiting-stop = Stop waiting, resume deadlines

## Supervisor views
supervisor-nav-label = Supervisor views
supervisor-overdue-title = Overdue steps
supervisor-compliance-title = Protocol compliance
supervisor-workload-title = Workload
supervisor-overdue-count = { $count ->
    [one] { $shown } overdue step
   *[other] { $shown } overdue steps
}
supervisor-overdue-empty = No step is overdue.
supervisor-col-step = Step
supervisor-col-due = Was due
supervisor-col-late = Late by
supervisor-col-brand = Brand escalation
supervisor-duration-minutes = { $minutes } min
supervisor-duration-hours = { $hours } h { $minutes } min
supervisor-duration-days = { $days } d { $hours } h
supervisor-period = Cases opened in the last
supervisor-period-days = { $count ->
    [one] { $shown } day
   *[other] { $shown } days
}
supervisor-show = Show
supervisor-compliance-help = On-time share counts met and missed steps; open steps may still be met on time.
supervisor-col-on-time-share = On time (share)
supervisor-percent = { $percent } %
supervisor-no-data = No data yet.
supervisor-stages-title = Time per stage
supervisor-stages-help = From the start of each step to when it was met, in the step's own terms (clock or working time), without time spent waiting on the worker.
supervisor-col-basis = Counted in
supervisor-basis-clock = Clock time
supervisor-basis-working = Working time
supervisor-col-count = Steps
supervisor-col-median = Median
supervisor-col-mean = Mean
supervisor-col-person = Person
supervisor-col-role = Role
supervisor-col-open = Open cases
supervisor-col-overdue = Overdue steps
supervisor-col-created = Cases recorded (30 days)

## Notifications
notification-heading = Notifications
notification-none = No unread notifications.
notification-mark-read = Mark all as read
notification-unread-link = { $count ->
    [one] { $shown } unread notification
   *[other] { $shown } unread notifications
}
notification-kind-step_overdue = A protocol step is overdue.
notification-kind-notice = The factory has not responded: notice to the brand.
notification-kind-warning = The factory still has not responded: warning to the brand.
notification-kind-other = Something on a case needs attention.

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
worker-sms-line = SMS update queued { $at }; send time { $send }; status: { $status }
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
task-retaliation_30 = Reprisal check (30 days)
task-retaliation_90 = Reprisal check (90 days)
task-due = due { $at }
task-done = done { $at }
task-outcome-reached = reached
task-outcome-no_answer = no answer
task-outcome-wrong_person = wrong person
task-outcome-no_retaliation = No reprisal reported
task-outcome-retaliation_reported = Reprisal reported
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
follow-ups-empty = No callbacks or reprisal checks are due.
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

## Reporting a case to the factory and brands (helpline/reporting.rs)
intake-factory-consent = May the factory be told?
intake-factory-consent-help = Ask the worker. Nothing reaches the factory or a brand until you report the case.
intake-factory-consent-default = Not asked: the protocol's default for this category
intake-factory-consent-yes = Yes, the worker agrees
intake-factory-consent-no = No, not now
report-heading = Reporting
report-agreed = The worker agrees that the factory may be told.
report-not-agreed = The worker has not agreed that the factory may be told.
report-agreement-give = The worker now agrees
report-agreement-withdraw = The worker withdraws agreement
report-no-targets = This case has no workplace to report to.
report-not-told = not told yet
report-told = told on { $when } (version { $version })
report-to = Report to { $org }
report-share-again = Share the new version with { $org }
report-version-to = reported to { $org }, version { $version }
report-versions = What was shared
report-edit-shareable = Edit the shareable summary
report-edit-shareable-help = Organisations see a new version only when you share it with them.
report-save-shareable = Save the shareable summary
report-next-report-to = Report to { $org }
report-next-due-in = { $what }: due in { $time }
report-next-overdue = { $what }: overdue by { $time }
report-already-told = This organisation already has this version of the shareable summary.
report-refused-informational = Questions and test calls are never reported to a factory or a brand.
report-refused-out_of_scope = Out-of-scope and referred cases are never reported to a factory or a brand.
report-refused-withdrawn = The worker withdrew this case: it is not reported.
report-refused-no_agreement = Cannot be reported: the worker has not agreed that the factory may be told. Ask the worker first.
report-refused-nothing_to_share = Cannot be reported yet: write the shareable summary first.
report-refused-no_organisation = Cannot be reported: the case has no workplace.
report-target-factory = factory
report-target-brand = brand
report-via-helpline = helpline
report-via-escalation = escalation (no factory response)
steps-error-report-instead = This step is met by reporting the case, from the reporting panel.
queue-filters = Filters
event-reported = reported the case to { $org } (version { $version } of the shareable summary)
event-shareable_summary_edited = edited the shareable summary
event-factory_agreement_changed = recorded the worker's answer on telling the factory
