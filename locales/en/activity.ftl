# The activity capability.
period-reversed = The end date lies before the start date.
period-future = The period cannot end after today.
period-too-long = A period can be at most thirteen months (400 days).
export-key-short = The export key is too short.
