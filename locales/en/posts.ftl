# The posts capability.
error-reaction-unknown = This reaction does not exist.
flash-posted = Your post has been published.
flash-post-saved = Your changes have been saved.
flash-post-deleted = The post has been deleted.
flash-commented = Your comment has been added.
flash-comment-deleted = The comment has been deleted.
home-title = Home
feed-empty-home = Nothing here yet. Join groups and follow colleagues to fill your home page.
feed-find-groups = Find groups
feed-find-people = Find colleagues
in-group = in
post-edit = Edit post
post-edited = edited
post-delete = Delete post
comments-count = { $count ->
    [one] { $count } comment
   *[other] { $count } comments
}
reactions-count = { $count ->
    [one] { $count } reaction
   *[other] { $count } reactions
}
field-comment = Your comment
comment-submit = Comment
comment-delete = Delete comment
reaction-like = Like
reaction-celebrate = Celebrate
reaction-thanks = Thanks
reaction-insightful = Insightful
reaction-support = Support
question-unanswered = Unanswered
question-answered = Answered
question-accepted = Accepted answer
answer-accept = Accept as the answer
answer-unaccept = Withdraw acceptance
answer-accepted = Accepted answer
questions-open-in = Open questions in { $name }
questions-open-by = Open questions of { $name }
questions-none = No open questions.
flash-answer-accepted = The answer has been accepted.
flash-answer-unaccepted = The answer is no longer accepted.
error-kind = Choose a type of post.
call-resolve = Mark as resolved
call-reopen = Open again
flash-call-resolved = Your call for help is marked resolved. Thank you for letting everyone know!
flash-call-reopened = Your call for help is open again.
error-not-a-call = Only a call for help can be marked resolved.
post-follow = Follow
post-unfollow = Unfollow
flash-following-post = You now follow this post and hear of its replies and changes.
flash-unfollowed-post = You no longer follow this post.
praise-for = Praise for { $name }
praise-none = No praise here yet.
error-praise-nobody = Mention the colleagues you praise with @ (for example @anna@example.nl).
announcements-heading = Announcements
kb-turn-into-article = Turn into article
kb-made-into = Turned into an article:
flag-link = Flag
error-comments-locked = Comments on this post are closed.
post-hidden-notice = A moderator has hidden this post. Only its author and the moderators see it.
comment-hidden = This comment was hidden by a moderator.
comments-locked = Comments on this post are closed.
post-moderator-note = Edited by a moderator:
