# Protocol steps on the case page, supervisor views, notifications, protocol and holiday administration.

## Steps panel of the case page
steps-heading = Protocol steps
steps-zone = Times in { $zone } (the workplace's country).
steps-none = No protocol steps apply to this case.
steps-col-step = Step
steps-col-due = Due
steps-col-state = State
steps-col-action = Action
steps-rule = within { $within } of: { $from }
steps-no-due = —
steps-state-met = Done { $when } by { $who }
steps-state-not-started = Not started yet
steps-state-waiting = Paused: waiting on the worker
steps-state-open = Open
steps-state-overdue = Overdue
steps-state-escalated = Overdue, escalated { $when }
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

## Protocol and holiday administration
admin-protocol-title = Call-handling protocol
admin-protocol-version = Version { $version }, saved { $when }
admin-protocol-export = Download as a file
admin-protocol-saved = Saved as a new version. New cases use it; open cases keep their version.
admin-protocol-help = For each category and urgency: the steps, the event each is counted from (intake, factory_informed, factory_response) and the time allowed: m, h, d for clock time; wm, wh, wd for working time (e.g. 10m, 4h, 2wd).
admin-protocol-label = Protocol (TOML)
admin-protocol-save = Save as a new version
admin-protocol-import = Or upload a protocol file
admin-protocol-import-button = Upload and save
admin-file-missing = Choose a file to upload.
admin-file-unreadable = The file could not be read.
admin-file-too-large = The file is too large.
admin-file-not-text = The file is not UTF-8 text.
admin-holidays-title = Public holidays
admin-holidays-saved = Holidays saved. New deadlines count them.
admin-holidays-help = One holiday per line: COUNTRY,YYYY-MM-DD,Name (BD or VN). Lines starting with # are comments. Add the lunar holidays each year when they are announced.
admin-holidays-label = Holidays
admin-holidays-save = Save holidays
