## Why a workplace's awareness score is low (domain::awareness), shown beside it on the
## training priority list.

awareness-reason-no-checks = No awareness check yet
awareness-reason-low-check-answers = Few workers asked knew the helpline
awareness-reason-never-trained = Never trained
awareness-reason-training-old = Last training long ago
awareness-reason-few-trained = Few workers trained this year
awareness-reason-few-cards = Few helpline cards handed out
awareness-reason-recording-not-played = Recording not played
awareness-reason-silent = Silent: no calls, or only test calls
awareness-reason-low-call-rate = Few calls for its workers

## A workplace's awareness record (/workplaces/{id}/awareness, and the factory contact's
## /org/awareness): training sessions, materials, play reports, awareness checks.
awareness-record-title = Awareness record
awareness-score = Awareness score
awareness-trainings = Training sessions
awareness-trainings-empty = No training recorded yet. Add the first session below.
awareness-held-on = Date held
awareness-trainer = Trainer
awareness-women = Women
awareness-men = Men
awareness-group-size = Small-group size
awareness-topics = Topics
awareness-materials = Materials handed out
awareness-materials-empty = No materials recorded yet.
awareness-given-on = Date given
awareness-kind = What
awareness-quantity = How many
awareness-plays = Recording play reports
awareness-plays-hint = The manager plays the helpline recording to workers at intervals and reports each day it was played; the factory confirms the report.
awareness-plays-empty = No play report yet.
awareness-played-on = Date played
awareness-shifts = Shifts reached
awareness-note = Note
awareness-confirmed = Confirmed by the factory
awareness-confirmed-yes = Confirmed
awareness-confirmed-no = Not yet
awareness-confirm = Confirm
awareness-checks = Awareness checks
awareness-checks-empty = No awareness check yet: ask a sample of workers the three questions and record the answers.
awareness-checked-on = Date checked
awareness-sampled = Workers asked
awareness-knows-number = Knows the number
awareness-carries-card = Carries the card
awareness-knows-process = Knows what happens after calling
awareness-add = Record
awareness-add-training = Record a training session
awareness-add-material = Record materials handed out
awareness-add-play = Record a play report
awareness-add-check = Record an awareness check
awareness-save-training = Save the training session
awareness-save-material = Save the materials
awareness-save-play = Save the play report
awareness-save-check = Save the awareness check
awareness-org-factory-intro = What the helpline's awareness programme did at your workplace. Please confirm the days your manager played the helpline recording.

## Topics of a training session, kinds of material, follow-up marks (domain::awareness).
awareness-topic-helpline_number = The helpline number
awareness-topic-after_calling = What happens after calling
awareness-topic-confidentiality = Confidentiality
awareness-topic-fire_safety = Fire safety
awareness-topic-harassment = Harassment
awareness-topic-wages_hours = Wages and working hours
awareness-topic-reprisal = Protection from reprisal
awareness-material-helpline_card = Helpline cards
awareness-material-poster = Posters
awareness-material-audio_recording = Audio recording
awareness-follow-up-planned = Follow-up training planned
awareness-follow-up-done = Follow-up training done

## Refusals of the record forms (domain::awareness::records).
awareness-error-date-in-future = The date cannot be in the future.
awareness-error-no-participants = Enter how many women and men took part.
awareness-error-no-topic = Tick at least one topic.
awareness-error-more-than-sampled = Cannot be more than the workers asked.

## The training priority list (/awareness/priorities).
awareness-priorities-title = Training priorities
awareness-priorities-intro = Workplaces that need more training first: the awareness they lack times the workers it affects. Each row says why its score is low.
awareness-priorities-count = { $count ->
    [one] { $shown } workplace
   *[other] { $shown } workplaces
}
awareness-priorities-empty = No workplace matches. Import workplaces or clear the filters.
awareness-brand = Brand
awareness-rank = Rank
awareness-reasons = Why
awareness-reasons-none = Nothing missing
awareness-follow-up = Follow-up training
awareness-mark-planned = Planned
awareness-mark-done = Done

## The programme's headline figures (/awareness/programme).
awareness-programme-title = Programme figures
awareness-programme-intro = The awareness programme month by month, for the last twelve months. Each chart has its numbers in the table beside it.
awareness-month = Month
awareness-workers-with-access = Workers with access
awareness-workplaces-covered = Workplaces covered
awareness-zero-call-workplaces = Workplaces with no call in 12 months
awareness-trainings-held = Trainings held
awareness-workers-trained = Workers trained
awareness-cards-distributed = Helpline cards handed out
awareness-calls-substantive = Substantive calls
awareness-calls-informational = Informational and test calls
awareness-figure-access = Workers with access (workers of active workplaces)
awareness-figure-covered = Workplaces covered
awareness-figure-calls = Calls per month
awareness-figure-trained = Workers trained, by gender
awareness-figure-trainings = Trainings held
awareness-figure-cards = Helpline cards handed out
awareness-figure-rates = Calls per 1,000 workers by workplace (12 months)
awareness-calls-12-months = Calls in 12 months
awareness-calls-per-thousand = Calls per 1,000 workers

## A brand's supplier coverage (/org/awareness for brand users): counts only.
awareness-coverage-title = Supplier coverage
awareness-coverage-intro = What the helpline's awareness programme did at your supplier workplaces, in counts.
awareness-coverage-empty = None of your supplier workplaces is in the programme yet.
awareness-last-training = Last training
awareness-trained-12-months = Workers trained in 12 months
awareness-posters = Posters
awareness-never = Never
awareness-no-check = No check yet
