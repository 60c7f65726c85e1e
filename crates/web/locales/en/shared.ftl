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
nav-workplaces = Workplaces
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

## Case tables and pagers
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

col-reported = Reported to you

## The awareness programme (issue 9).
nav-awareness-priorities = Training priorities
nav-awareness-programme = Programme figures
role-programme_manager = Programme manager
