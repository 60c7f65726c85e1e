## Programme reports (issue 12): the dashboard, the scorecard, the public statistics.

reports-dashboard-title = Programme dashboard
reports-dashboard-intro = The helpline's figures for the chosen period and filter. Every chart has a table of the same numbers beside it, and each table can be downloaded as CSV.
reports-scorecard-link = Effectiveness scorecard
reports-dashboard-link = Programme dashboard
reports-empty = No case in this period and filter. Choose a longer period or clear a filter.
reports-table-empty = Nothing to count yet.
reports-from = From month
reports-to = To month
reports-month-format = YYYY-MM, e.g. 2026-03
reports-apply = Show
reports-download-csv = Download this table (CSV)
reports-error-month = Type a month as year and month, e.g. 2026-03.
reports-error-period-reversed = The first month comes after the last one.
reports-error-period-long = Choose at most 36 months.
reports-no-data = no data
reports-duration-minutes = { $count ->
    [one] { $shown } minute
   *[other] { $shown } minutes
}
reports-duration-hours = { $count ->
    [one] { $shown } hour
   *[other] { $shown } hours
}
reports-duration-days = { $count ->
    [one] { $shown } day
   *[other] { $shown } days
}
reports-cases = Cases
reports-month = Month
reports-total = Total
reports-brand = Brand
reports-step = Protocol step
reports-stage = Stage
reports-calls = Calls
reports-substantive = Substantive calls
reports-informational = Informational and test calls
reports-workers-with-access = Workers with access
reports-workplaces-covered = Workplaces covered
reports-satisfaction-rate = Satisfaction rate
reports-response-rate = Survey response rate
reports-callers-named = Callers who shared their name
reports-table-calls = Calls per month
reports-table-categories = Cases by category
reports-table-urgency = Cases by urgency
reports-table-workplaces = Workplaces with the most cases
reports-table-brands = Cases by brand sourcing from the workplace
reports-table-durations = Time to the first factory report and to resolution
reports-reported-cases = Cases reported
reports-report-median = Median time to report
reports-report-p90 = 90th percentile time to report
reports-resolved-cases = Cases resolved
reports-resolve-median = Median time to resolution
reports-resolve-p90 = 90th percentile time to resolution
reports-table-compliance = Protocol compliance per step
reports-on-time = On time
reports-late = Late
reports-overdue = Overdue
reports-open = Open
reports-on-time-share = Share on time
reports-table-informed = Workers informed per stage
reports-informed-reached = Worker reached
reports-informed-not-reached = Not reached
reports-informed-share = Share reached

reports-scorecard-title = Effectiveness scorecard
reports-scorecard-intro = One line per effectiveness criterion of UN Guiding Principle 31 that the helpline's records can measure, computed now for the chosen period and filter.
reports-criterion = Criterion
reports-measure = Measure
reports-value = Value
reports-counts = Counted
reports-rating = Rating
reports-criterion-predictable = Predictable
reports-criterion-transparent = Transparent
reports-criterion-accessible = Accessible
reports-criterion-rights_compatible = Equitable and rights-compatible
reports-criterion-learning = A source of continuous learning
reports-criterion-engagement = Based on engagement and dialogue
reports-measure-predictable = Protocol steps met on time, of the steps met or overdue
reports-measure-transparent = Closed cases whose worker was told the outcome
reports-measure-accessible = Covered workplaces from which workers called
reports-measure-rights_compatible = Closed reprisal cases resolved with the worker's acceptance
reports-measure-learning = Workplaces where a kind of issue came back (lower is better)
reports-measure-engagement = Satisfaction surveys answered, of the surveys finished
reports-rating-good = Good
reports-rating-fair = Fair
reports-rating-weak = Weak
reports-rating-no_data = No data yet

reports-public-title = Helpline statistics
reports-public-intro = What the helpline counted over the last twelve months. No worker, caller or single workplace can be identified from these figures.
reports-public-trend = Calls per month by category
reports-public-hint = To protect workers, every count below { $min } is hidden, and so are other counts wherever a hidden one could be worked out from the totals.
reports-public-hidden = hidden

reports-monthly-heading = Monthly report
reports-monthly-heading-brand = Monthly report for { $brand }
reports-monthly-heading-yours = Monthly report of the cases reported to you
reports-monthly-month = Month
reports-monthly-whole-programme = The whole programme
reports-monthly-print-hint = Use your browser's Print to print this page on A4 or save it as a PDF.
reports-monthly-notable = Notable resolved cases
reports-monthly-trend-brand = Cases reported to you per month
reports-monthly-reported-to-you = Cases reported to you
reports-monthly-brand-hint = To protect workers, counts below { $min } are shown as "fewer than { $min }", and a total is withheld when it would reveal such a count. Use your browser's Print to save this page as a PDF.
reports-fewer = fewer than { $min }
reports-withheld = withheld
