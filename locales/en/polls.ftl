# The polls capability.
poll-create = Publish poll
field-poll-question = Question
field-poll-options = Options
poll-options-hint = One option per line, 2 to 10.
field-poll-multiple = People may choose several options
field-poll-closes = Voting closes (optional)
poll-closes-hint = In { $zone }; leave empty to keep the poll open.
field-poll-results = Show the results
poll-results-option-vote = to each voter after they vote
poll-results-option-close = only once voting has closed
poll-closes-at = Voting closes
poll-closed-at = Voting closed
poll-choose-one = Choose one option
poll-choose-several = Choose one or more options
poll-vote = Vote
poll-change-vote = Change my vote
poll-voters = { $count ->
    [one] { $count } person voted
   *[other] { $count } people voted
}
poll-results-after-close = Results show once voting has closed.
poll-results-after-vote = Results show after you vote.
flash-poll-created = Your poll is published.
flash-voted = Your vote is counted.
error-poll-options = Give 2 to 10 different options, one per line.
error-poll-option-long = An option is at most 200 characters.
error-poll-closes-past = The closing time has to be in the future.
error-poll-closed = Voting has closed.
error-poll-choice = Choose one of the options (or, where allowed, several).
