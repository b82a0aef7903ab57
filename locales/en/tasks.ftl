# The tasks capability.
tasks-open = Open tasks
tasks-mine = Mine
tasks-unassigned = Unassigned
tasks-closed = Finished and dismissed
tasks-routines = Routine tasks
tasks-routines-hint = The team's rhythm: each routine becomes a task on its day, every week or every month.
tasks-whose = Whose
tasks-everyone = Everyone's
tasks-kind = Kind
tasks-any-kind = Any kind
tasks-state = Status
tasks-refresh = Look for new tasks now
tasks-empty = No tasks here.
expert-reason-expertise = expertise “{ $tag }”
expert-reason-accepted-here = { $count ->
    [one] an accepted answer in this group
   *[other] { $count } accepted answers in this group
}
expert-reason-accepted-topic = { $count ->
    [one] an accepted answer on this topic
   *[other] { $count } accepted answers on this topic
}
expert-reason-answered-here = { $count ->
    [one] answered a question here lately
   *[other] answered { $count } questions here lately
}
expert-reason-recent = active this month
tasks-priority-explained = Most urgent first: flagged content and questions that have waited, then what reaches many people, then batches. Tasks of one kind are grouped.
tasks-more-of-kind = { $count ->
    [one] One more of this kind
   *[other] { $count } more of this kind
}
tasks-overdue = overdue
tasks-task = Task
tasks-group = Group
tasks-assignee = Assigned to
tasks-nobody = Nobody yet
tasks-due = Due
tasks-assign = Assign
tasks-manage = Plan and finish
tasks-snooze-days = Snooze for (days, when snoozing)
tasks-dismiss-reason = Reason (when dismissing)
tasks-history = History and comments
tasks-comment = Comment
tasks-add-comment = Add comment
tasks-experts = Who could answer
tasks-no-experts = Plein found nobody with matching expertise or earlier accepted answers in this group.
tasks-invite-experts = Ask them to answer
tasks-ambassadors = Ambassadors who could welcome them
tasks-members = { $count ->
    [one] { $count } member
   *[other] { $count } members
}
tasks-archive-group = Archive the group
tasks-routine-new = New routine task
tasks-routine-title = What to do
tasks-cadence = How often
tasks-first-day = First day
tasks-next = next
tasks-routine-add = Add routine
cadence-weekly = Weekly
cadence-monthly = Monthly
task-kind-incomplete-profiles = Incomplete profiles
task-kind-went-quiet = Members gone quiet
task-kind-welcome = Welcome a newcomer
task-kind-unanswered-question = Unanswered question
task-kind-idea-waiting = Idea waiting for a response
task-kind-flagged-content = Flagged content
task-kind-idle-group = Idle group
task-kind-silent-group = Silent group
task-kind-routine = Routine
task-advice-incomplete-profiles = A complete profile helps colleagues find each other. Send these members a friendly nudge with what is missing.
task-advice-went-quiet = These members were active last quarter and have been silent for four weeks. Contact them: ask what they miss, point them to what is new.
task-advice-welcome = Welcome the newcomer, ideally through an ambassador of their department: a personal word, a few groups to join, a first question to answer.
task-advice-unanswered-question = Nobody has answered this question yet. Invite colleagues who know about it, or answer it yourself.
task-advice-idea-waiting = Nothing kills initiative like no response. Give the idea a status with a response.
task-advice-flagged-content = Members flagged this. Review it with the decision model.
task-advice-idle-group = Few members take part here. Revive it (a question, an event, a new admin) or archive it.
task-advice-silent-group = Nobody took part for 90 days. Ask the admins whether it is still needed; revive or archive it.
task-advice-routine = A routine task of the team.
task-status-open = Open
task-status-snoozed = Snoozed
task-status-done = Done
task-status-dismissed = Dismissed
task-event-created = created
task-event-assigned = assigned to
task-event-status = status
task-event-due = due on
task-event-resolved = resolved on its own
task-event-action = acted
task-event-comment = commented
error-task-assignee = Choose someone from the team.
error-task-cadence = Choose weekly or monthly.
error-task-no-experts = There are no suggested experts to invite.
error-task-snooze = Give a number of days from 1 to 90 to snooze.
error-task-status = Choose a status.
flash-experts-invited = The experts have been asked to answer.
flash-routine-added = The routine task has been added.
flash-task-commented = Your comment has been added.
flash-task-group-archived = The group has been archived and the task is done.
flash-task-updated = The task has been updated.
flash-tasks-refreshed = Plein has looked for new tasks.
tasks-send-message = Send the message
tasks-edit-templates = Edit the message
tasks-templates = Messages
tasks-templates-hint = The messages the team sends from tasks, in Dutch and English; each member gets the one in their language. Write {"{"}name{"}"} for the member's name. Markdown; empty brings back Plein's text.
template-welcome = Welcome
template-profile = Complete your profile
template-quiet = We miss you
template-welcome-default =
    Welcome to Plein, {"{"}name{"}"}!

    Here colleagues share knowledge, ask each other for help and get to know each other. A good start: complete your profile, join a few groups about your work, and answer a question you know about. Questions? Just reply to me.
template-profile-default =
    Hi {"{"}name{"}"}, your profile on Plein is not complete yet. A photo, your job title, your department and a few areas of expertise help colleagues find you — and you them. It takes two minutes: open your profile and choose "Edit".
template-quiet-default =
    Hi {"{"}name{"}"}, we have not seen you on Plein for a while. A lot has happened in the groups you know; have a look at what is new. Is something missing for you? Let me know, we would like to hear it.
flash-messages-sent = The message has been sent and the task is done.
flash-templates-saved = The messages have been saved.
task-event-sent = messages sent
task-kind-post-with-potential = Post with potential
task-kind-activity-dip = Dip in activity
task-advice-post-with-potential = This post draws far more response than its group's usual. Amplify it: react, connect the right people, mark it for the report, or ask a senior manager to endorse it publicly.
task-advice-activity-dip = Activity is well below the usual for this weekday. Publish something prepared — a tip, a success story, a question to the community.
tasks-settings = When Plein makes a task
tasks-setting-question-hours = A question waits for an answer (hours, 1–720)
tasks-setting-idea-days = An idea waits for a response (days, 1–90)
tasks-setting-memory-days = A dismissed task is not made again for (days, 1–365)
error-task-setting = Give a whole number within the range shown.
tasks-any-group = Any group
task-kind-search-miss = People search in vain
task-advice-search-miss = Several people searched for this last week and found nothing. Write a knowledge-base article, ask an expert to post about it, or add the words people use to an existing article.
tasks-search-again = Search for it now
tasks-write-article = Write an article
