# The call-handling protocol: step names, deadlines and escalation, its administration,
# and errors in protocol and holiday files.

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
span-minutes = { $count ->
    [one] { $shown } minute
   *[other] { $shown } minutes
}
span-hours = { $count ->
    [one] { $shown } hour
   *[other] { $shown } hours
}
span-days = { $count ->
    [one] { $shown } day
   *[other] { $shown } days
}
span-working-minutes = { $count ->
    [one] { $shown } working minute
   *[other] { $shown } working minutes
}
span-working-hours = { $count ->
    [one] { $shown } working hour
   *[other] { $shown } working hours
}
span-working-days = { $count ->
    [one] { $shown } working day
   *[other] { $shown } working days
}

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

error-protocol-ask-first = The list ask_first holds something that is not a category code.
