# Workvoice — English. Every user-facing string lives in these files.
# Counts: $count selects the plural form; $shown is the number already written in the
# language's digits.

app-name = Workvoice
language-native-name = English
skip-to-content = Skip to content
nav-label = Main
nav-home = Home
nav-new-case = New case
nav-cases = Cases
nav-search = Search
nav-sign-out = Sign out
language-label = Language
language-change = Change
choose = — choose —

## Errors shown as pages
error-go-home = Go to the start page
error-not-found-title = Not found
error-not-found-body = This page does not exist, or you do not have access to it.
error-csrf-title = The form has expired
error-csrf-body = For your safety this form could not be accepted. Go back, reload the page and try again. Nothing was saved.
error-too-large-title = Too large
error-too-large-body = What you sent is larger than the server accepts. Nothing was saved.
error-bad-request-title = Something was wrong with the request
error-internal-title = Something went wrong
error-internal-body = The server could not finish this request. Nothing was lost that you saw as saved. Try again in a moment; if it keeps happening, tell your administrator.
error-bad-language = That language is not available.

## Field errors
error-phone-empty = Enter a phone number.
error-phone-invalid-character = The phone number contains characters that are not allowed.
error-phone-too-short = The phone number is too short.
error-phone-too-long = The phone number is too long.
error-phone-invalid = This is not a valid phone number for that country.
error-case-code-empty = Enter the case code.
error-case-code-invalid-character = The case code may contain only digits.
error-case-code-length = The case code must have exactly 10 digits.
error-required = This field is required.
error-password-too-short = The password is too short.
error-unknown-category = Unknown category.
error-invalid-choice = Choose one of the listed options.
error-summary-too-long = The summary must be at most 300 characters.
error-narrative-too-long = The narrative must be at most 20,000 characters.
error-shareable-summary-too-long = The shareable summary must be at most 2,000 characters.
error-caller-name-too-long = The name must be at most 200 characters.
error-sms-needs-phone = SMS consent needs a phone number.
error-callback-needs-phone = Callback consent needs a phone number.
error-invalid-time = Enter a time as HH:MM (24-hour).
error-safe-window-empty = Start and end time must differ.
error-workplace-unknown = No workplace has this name. Choose one from the suggestions, or leave the field empty.
error-workplace-ambiguous = Several workplaces have this name. Choose one from the suggestions.
error-invalid-number = Enter a number that is zero or more (women cannot outnumber all workers).
error-note-too-long = The note must be at most 10,000 characters.
form-has-errors = Some fields need attention. Everything you typed is still here.

## Sign in
login-title = Sign in
login-username = Username
login-password = Password
login-submit = Sign in
login-failed = Wrong username or password.
login-throttled = Too many failed attempts. Wait 15 minutes and try again, or ask an administrator.

## Labels of data
country-bd = Bangladesh
country-vn = Vietnam
language-en = English
language-bn = বাংলা
language-vi = Tiếng Việt
urgency-life_safety = Life-safety emergency
urgency-urgent = Urgent
urgency-normal = Normal
urgency-informational = Informational
channel-phone = Phone call
channel-sms = SMS
channel-ivr = IVR
channel-web = Web form
channel-walk_in = Walk-in
channel-other = Other
direction-inbound = Inbound
direction-outbound = Outbound
role-admin = Administrator
role-supervisor = Supervisor
role-operator = Operator
org-kind-helpline = Helpline
org-kind-workplace = Workplace
org-kind-brand = Brand
status-new = New
status-triaged = Triaged
status-reported = Reported to factory
status-responded = Factory responded
status-validated = Validated
status-escalated = Escalated to brand
status-remediation = Remediation
status-informed = Worker informed
status-closed = Closed
outcome-resolved_accepted = Resolved – accepted
outcome-resolved_rejected = Resolved – rejected
outcome-no_basis = No basis
outcome-referred = Referred
outcome-withdrawn = Withdrawn
category-life_safety = Life safety
category-life_safety-fire = Fire
category-life_safety-electrical = Smoke or electrical hazard
category-life_safety-structural = Structural cracks
category-life_safety-blocked_exits = Blocked or locked exits
category-life_safety-alarm_equipment = Failed alarm or fire equipment
category-life_safety-evacuation = Evacuation
category-life_safety-disaster = Disaster
category-osh = Other safety and health
category-osh-heat = Heat
category-osh-ventilation = Ventilation
category-osh-ppe = Protective equipment
category-osh-machine_safety = Machine safety
category-osh-toilets_water = Toilets and drinking water
category-osh-first_aid = First aid
category-wages = Wages and compensation
category-wages-unpaid = Unpaid wages
category-wages-late = Late payment
category-wages-deductions = Deductions
category-benefits = Benefits
category-termination = Termination
category-abuse = Abuse
category-abuse-verbal = Verbal abuse
category-abuse-physical = Physical abuse
category-abuse-sexual_harassment = Sexual harassment
category-hours = Working hours
category-hours-overtime = Overtime
category-hours-leave = Leave
category-association = Freedom of association
category-child_forced_labour = Child or forced labour
category-child_forced_labour-child = Child labour
category-child_forced_labour-forced = Forced labour
category-reprisal = Reprisal for complaining
category-informational = Information or test call
category-informational-test_call = Test call
category-informational-question = Question
category-out_of_scope = Out of scope
category-out_of_scope-referral = Referral
no-workplace = No workplace
unassigned = Unassigned
actor-system = System

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
col-case = Case
col-received = Received
col-urgency = Urgency
col-category = Category
col-workplace = Workplace
col-summary = Summary
col-status = Status
col-assigned = Assigned to
pager-label = Pages
pager-previous = Previous
pager-next = Next
pager-position = Page { $page } of { $pages }

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
