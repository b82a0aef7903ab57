# The reports capability.
reports-explained = A report of a month or quarter keeps the figures against the period before, the phase, and the good examples, success stories and quotes you marked. It is stored when made, so it stays as it was; print it or save it as PDF from your browser.
reports-stored = Stored reports
reports-none = No reports yet.
reports-made-on = made on { $date }
reports-make = Make a report
reports-period = Month or quarter
reports-period-hint = Only months and quarters that are over; each can be made once.
reports-make-button = Make and store the report
reports-marked = Marked for reports
reports-marked-explained = A report includes the marks on posts written or marked in its period. Mark a post from its page (“For the report”); only posts in open groups, because reports are read outside the group.
reports-marked-none = Nothing marked yet.
reports-unmark = Remove mark
reports-json = Figures as JSON
reports-print-hint = Print or save as PDF with your browser.
report-title = Community report { $period }
report-month = { $month } { $year }
report-quarter = Q{ $quarter } { $year }
report-figures = Figures
report-this-period = This period
report-period-before = Period before
report-change = Change
report-participation-line = { $level }: { $now } (before: { $before })
report-dips = { $count ->
    [one] 1 day was clearly quieter than usual.
   *[other] { $count } days were clearly quieter than usual.
}
report-stories = Good examples and success stories
report-no-stories = None marked for this period.
report-read-post = Read the post
report-quotes = Quotes
report-no-quotes = No quotes picked for this period.
highlight-title = Mark for the report
highlight-kind = What is it?
highlight-example = Good example
highlight-success = Success story
highlight-quote = Quote
highlight-quote-field = Quote (for a quote)
highlight-quote-hint = The words to show in the report, at most 500 characters; they are credited to the post's author.
highlight-submit = Mark
error-highlight-open-only = Only posts in open groups can go into a report, because reports are read outside the group.
error-highlight-kind = Choose good example, success story or quote.
error-report-period = Choose a month or quarter that is over.
error-report-exists = A report of this period is already stored.
flash-report-made = The report is made and stored.
flash-highlight-marked = Marked for the report.
flash-highlight-removed = Mark removed.
