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
