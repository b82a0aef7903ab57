# The moderation capability.
house-rules = House rules
house-rules-hint = Markdown. Leave empty to use Plein's built-in rules.
house-rules-default =
    Plein is our place to share knowledge, ask for help and get to know each other. We keep it useful and pleasant together.

    - **Be respectful.** Disagree with ideas, not with people. No insults, discrimination or intimidation.
    - **Post in the right place.** Choose the group your post belongs in, and use a question for a question.
    - **Stick to the facts.** Share what you know to be true and say where it comes from.
    - **Respect privacy.** Do not share personal data of colleagues, customers or citizens, nor confidential information.
    - **No advertising or spam.**
    - **Help each other.** Answer questions where you can, thank people who helped you.

    Something not right? Use **Flag** under the post or comment. The moderators look at every flag and tell the author what they decided and why.
flag-title = Flag for the moderators
flag-intro = Tell the moderators what is wrong. The author does not see who flagged it.
flag-reason = Reason
flag-reason-house-rules = Breaks the house rules
flag-reason-wrong-group = In the wrong group
flag-reason-misleading = Misleading or untrue
flag-reason-offensive = Offensive or hurtful
flag-reason-spam = Spam or advertising
flag-reason-privacy = Shares personal or confidential data
flag-reason-other = Something else
flag-detail = Explanation
flag-detail-hint = Optional, unless you chose "Something else". At most 1000 characters.
flag-submit = Send to the moderators
flash-flagged = Thank you. The moderators will look at it.
flash-already-flagged = You had already flagged this; the moderators will look at it.
flash-moderated = Done. The decision is recorded and the author has been told.
error-flag-reason = Choose a reason.
error-moderation-action = Choose an action that fits.
error-move-group = Choose another group you moderate.
error-suspend-days = Give a number of days from 1 to 365.
error-rating-incomplete = Rate all four points, or none.
error-autohide = Give 0 (off) or a number from 2 to 50.
error-matrix = Choose a response for every cell.
moderation-queue-empty = Nothing is waiting for review.
moderation-all-groups = All groups
moderation-flags-count = { $count ->
    [one] { $count } flag
   *[other] { $count } flags
}
moderation-comment = Comment
moderation-hidden = Hidden
moderation-locked = Comments closed
moderation-review-title = Review
moderation-no-open-flags = No open flags.
moderation-rate = Rate it
moderation-rate-hint = Rate the impact and how desirable it is; Plein suggests a response from the decision model. The rating is recorded with your decision.
rating-reach = Reach
rating-harm = Possible harm
rating-legal = Legal or privacy concern
rating-desirability = Desirability
level-low = Low
level-high = High
desirability-desired = Desired
desirability-neutral = Neutral
desirability-undesired = Undesired
moderation-suggest = Suggest a response
moderation-suggestion = Suggestion
response-amplify = Amplify
response-amplify-advice = Share it further: react, connect the right people, mark it for the report, or ask a senior manager to endorse it publicly.
response-acknowledge = Acknowledge
response-acknowledge-advice = Thank the author or react; nothing else is needed.
response-monitor = Keep an eye on it
response-monitor-advice = Leave it up, follow the discussion and respond publicly if it turns.
response-let-be = Let it be
response-let-be-advice = Nothing to do: keep it and close the flags.
response-community-responds = Let the community respond
response-community-responds-advice = Give members room to respond first; step in only if nobody does.
response-nudge-privately = Nudge privately
response-nudge-privately-advice = Send the author a friendly word with the reason, and keep the post up.
response-act-now = Act now
response-act-now-advice = Hide or remove it now, escalate where needed, and correct the facts publicly.
moderation-act = Decide
moderation-action = Action
action-keep = Keep, close the flags
action-hide = Hide
action-restore = Show again
action-delete = Delete
action-lock = Close comments
action-unlock = Reopen comments
action-warn = Warn the author
action-move = Move to another group
action-suspend = Suspend the account
action-auto-hide = Hidden after flags
moderation-reason = Reason
moderation-reason-hint = The author reads this. Required when you hide, delete, close, move, warn or suspend.
moderation-move-to = Move to group
moderation-suspend-days = Suspend for (days)
moderation-submit = Record the decision
moderation-history = Earlier decisions
moderation-by-plein = Plein (automatic)
moderation-log-empty = No moderation actions match.
moderation-log-older = Older actions
moderation-any-action = Any action
moderation-when = When
moderation-moderator = Moderator
moderation-member = Member
moderation-group = Group
moderation-notice-title = A moderator's decision
moderated-keep = A moderator looked at your contribution and kept it.
moderated-hide = A moderator has hidden your contribution. You still see it; others do not.
moderated-restore = A moderator has made your contribution visible again.
moderated-delete = A moderator has deleted your contribution.
moderated-lock = A moderator has closed the comments on your post.
moderated-unlock = A moderator has reopened the comments on your post.
moderated-warn = A moderator sends you a warning about your contribution.
moderated-move = A moderator has moved your post to another group.
moderated-suspend = A moderator has suspended your account.
moderated-auto-hide = Several members flagged your contribution, so it is hidden until a moderator has looked at it.
moderation-suspended-until = Suspended until
moderation-your-text = What you wrote
autohide-field = Hide automatically after this many flags
autohide-hint = 0 is off (the default): a person decides. From 2 to 50: content is hidden once that many members flagged it, until a moderator decides.
matrix-title = Decision model
matrix-hint = Which response Plein suggests for each rating. Impact is high when reach or possible harm is high, or there is a legal or privacy concern.
matrix-impact = Impact
moderation-figures-flags = Flags in the period
moderation-figures-handled = Of those decided
moderation-figures-median = Median time to a decision
moderation-figures-by-group = Flags per group
moderation-figures-other-group = A group you cannot read
moderation-figures-outcomes = Decisions
moderation-figures-repeat = Members acted against more than once
moderation-figures-repeat-hint = Hidden, deleted, warned, suspended or hidden after flags at least twice in the period. For the team only: to talk with them, not to keep score.
moderation-figures-none = Nothing in this period.
action-edit = Edit with a visible note
moderated-edit = A moderator has edited your post; the reason is shown with it.
moderation-edit-body = New text (when editing)
moderation-edit-body-hint = Used only with "Edit with a visible note"; the reason is shown beside the post and the earlier text stays in its history.
