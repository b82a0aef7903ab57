# Layout
skip-to-content = Skip to content
nav-main = Main menu
nav-home = Home
nav-groups = Groups
nav-people = People
nav-admin = Administration
nav-logout = Sign out
language = Language
back-home = Back to the home page
save = Save
yes = Yes
no = No
form-has-errors = Please correct the following
markdown-hint = You can use Markdown: **bold**, _italic_, [link](https://…), lists.

# Errors
error-code = Error code
error-not-found = This page does not exist, or you do not have access to it.
error-forbidden = You are not allowed to do that.
error-invalid = Some of what you entered is not valid.
error-csrf = This form has expired or was sent from another site. Reload the page and try again.
error-rate-limited = Too many attempts. Wait a few minutes and try again.
error-internal = Something went wrong on our side. Nothing you entered was lost; please try again.
error-bad-request = This request could not be understood.
error-unavailable = Plein cannot reach its database right now. Nothing you entered was lost: try again in a moment.
error-timeout = This took too long to answer. Nothing you entered was lost: try again in a moment.
error-uri-too-long = This address is too long.
error-headers-too-large = Your browser sent more than this server accepts (too many or too large cookies or headers).
error-resend-hint = What you entered is kept on this page. Send it again when Plein is back.
error-resend = Send again
error-too-large = What you sent is too large.
error-required = This field is required.
error-too-long = This is too long.
error-too-short = This is too short.
error-name-direction = Names cannot contain characters that change the direction of the text.
error-name-invisible = Enter a name with visible characters.
error-email-invalid = Enter an e-mail address like name@organisation.nl.
error-email-taken = An account with this e-mail address already exists.
error-password-short = Use at least 10 characters.
error-password-long = Use at most 256 characters.
error-password-wrong = Your current password is not correct.
error-login-failed = The e-mail address or password is not correct.
error-login-slow-down = Too many wrong passwords were tried for this account. Wait a minute and try again; on a device you signed in with before, you can sign in right away.
error-photo-missing = Choose a photo to upload.
error-photo-not-image = This file is not a JPEG, PNG, WebP or GIF image.
error-photo-too-large = The photo is larger than 5 MB.
error-photo-dimensions = The photo has too many pixels (at most 30 megapixels, 8192 on a side).
error-tag-too-long = An expertise tag can be at most 40 characters.
error-too-many-tags = Use at most 20 expertise tags.
error-manager-unknown = No active colleague has this e-mail address.
error-manager-self = You cannot be your own manager.
error-follow-self = You cannot follow yourself.
error-group-name-taken = A group with this name already exists.
error-visibility = Choose who can see the group.
error-last-admin = A group needs at least one admin. Make someone else admin first.
error-member-unknown = No active colleague has this e-mail address.
error-already-member = This colleague is already a member.
error-reaction-unknown = This reaction does not exist.
error-self-change = You cannot remove your own administrator role or deactivate yourself.
error-self-demote = You cannot remove your own administrator role.
error-self-deactivate = You cannot deactivate your own account.

# Flash messages
flash-logged-out = You are signed out.
flash-failed-sign-ins = Someone tried wrong passwords for your account in the last hour. If that was not you, change your password.
flash-password-changed = Your password has been changed. Other devices have been signed out.
flash-group-created = The group has been created.
flash-group-saved = The group settings have been saved.
flash-group-archived = The group has been archived. It is read-only and no longer listed.
flash-group-restored = The group has been restored.
flash-joined = You are now a member of this group.
flash-join-requested = Your request to join has been sent to the group admins.
flash-left = You have left the group.
flash-member-added = The colleague has been added to the group.
flash-members-updated = The members have been updated.
flash-request-approved = The request has been approved.
flash-request-declined = The request has been declined.
flash-posted = Your post has been published.
flash-post-saved = Your changes have been saved.
flash-post-deleted = The post has been deleted.
flash-commented = Your comment has been added.
flash-comment-deleted = The comment has been deleted.
flash-profile-saved = Your profile has been saved.
flash-photo-saved = Your photo has been saved.
flash-following = You now follow this colleague.
flash-unfollowed = You no longer follow this colleague.
flash-account-updated = The account has been updated.
flash-settings-saved = The settings have been saved.

# Accounts
setup-title = Welcome to Plein
setup-intro = Create the first administrator account. You can invite colleagues afterwards.
setup-submit = Create administrator
login-title = Sign in
login-submit = Sign in
register-title = Create an account
register-submit = Create account
field-email = E-mail address
field-display-name = Name
field-password = Password
field-current-password = Current password
field-new-password = New password
password-hint = At least 10 characters. A sentence you will remember works well.
password-title = Change password
password-save = Save password

# Roles
role-member = Member
role-ambassador = Ambassador
role-community-manager = Community manager
role-admin = Administrator
role-model = Role model
field-role = Role

# People
people-title = People
people-none = No colleagues match these filters.
people-more = More colleagues
filter-name = Name
filter-expertise = Expertise
filter-department = Department
filter-location = Location
filter-any = Any
filter-apply = Filter
follow = Follow
unfollow = Unfollow
followers-count = { $count ->
    [one] { $count } follower
   *[other] { $count } followers
}
photo-of = Photo of { $name }
profile-edit = Edit profile
profile-details = Details
profile-posts = Posts
profile-no-posts = No posts yet.
profile-complete-percent = Your profile is { $percent }% complete
profile-missing-intro = Colleagues find you more easily when you add:
profile-complete-now = Complete your profile
profile-missing-photo = a photo
profile-missing-job-title = your job title
profile-missing-department = your department
profile-missing-location = your location
profile-missing-expertise = what you know about (expertise)
profile-missing-bio = a short introduction
profile-missing-manager = your manager
field-photo = Photo
photo-choose = Choose a photo
photo-hint = JPEG, PNG, WebP or GIF, at most 5 MB. We resize it and remove hidden data.
photo-upload = Upload photo
field-job-title = Job title
field-department = Department
field-location = Location
field-expertise = Expertise
expertise-hint = Separate topics with commas, e.g. "privacy, Excel, project management".
field-manager = Manager
field-manager-email = Manager's e-mail address
field-bio = About me

# Groups
groups-title = Groups
groups-mine = My groups
groups-mine-empty = You are not a member of any group yet.
groups-discover = Discover groups
groups-discover-empty = There are no other groups yet. Start one!
group-new = New group
group-create = Create group
group-settings = Group settings
group-join = Join group
group-request = Ask to join
group-requested = Your request to join is waiting for a group admin.
group-withdraw = Withdraw request
group-leave = Leave group
group-archive = Archive group
group-restore = Restore group
group-archived = Archived
group-admin = Group admin
group-posts = Posts
group-closed-notice = This group is closed. Only members can read its posts.
field-group-name = Name
field-description = Description
field-visibility = Who can see this group?
visibility-open = Open
visibility-open-hint = anyone can read and join.
visibility-closed = Closed
visibility-closed-hint = listed, but only members read posts; a group admin approves new members.
visibility-secret = Secret
visibility-secret-hint = not listed; only invited members know it exists.
members-title = Members
members-count = { $count ->
    [one] { $count } member
   *[other] { $count } members
}
member-add = Add a colleague
member-add-submit = Add to group
field-colleague-email = Colleague's e-mail address
member-promote = Make admin
member-demote = Make plain member
member-remove = Remove from group
requests-title = Requests to join
request-approve = Approve
request-decline = Decline

# Posts and feeds
home-title = Home
feed-empty-home = Nothing here yet. Join groups and follow colleagues to fill your home page.
feed-find-groups = Find groups
feed-find-people = Find colleagues
feed-empty-group = No posts yet. Be the first!
feed-older = Older posts
in-group = in
post-title = Post
post-new = Write a post
post-placeholder = Share news, ask a question, thank a colleague…
field-post-body = Message
post-submit = Post
post-edit = Edit post
post-edited = edited
post-delete = Delete post
post-history = Edit history
history-current = Current version
history-replaced = Version replaced on { $when }
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

# Administration
admin-users = Accounts
admin-new-user = New account
admin-settings = Settings
admin-search = Search by name or e-mail
admin-status = Status
admin-active = Active
admin-inactive = Deactivated
admin-activate = Activate
admin-deactivate = Deactivate
admin-create-account = Create account
admin-link-intro = The account has been created. Give your colleague this one-time link (valid for 7 days) to set a password:
setting-open-registration = Open registration
setting-open-registration-hint = anyone who can reach Plein may create an account. Leave off when accounts come from your organisation's directory.

# Questions
field-kind = Type
kind-discussion = Discussion
kind-question = Question
question-unanswered = Unanswered
question-answered = Answered
question-accepted = Accepted answer
answer-accept = Accept as the answer
answer-unaccept = Withdraw acceptance
answer-accepted = Accepted answer
questions-link = Open questions
questions-open-in = Open questions in { $name }
questions-open-by = Open questions of { $name }
questions-none = No open questions.
flash-answer-accepted = The answer has been accepted.
flash-answer-unaccepted = The answer is no longer accepted.
error-kind = Choose a type of post.
error-not-a-question = Only answers to a question can be accepted.

# Calls for help
kind-call-for-help = Call for help
call-open = Open
call-resolved = Resolved
call-resolve = Mark as resolved
call-reopen = Open again
flash-call-resolved = Your call for help is marked resolved. Thank you for letting everyone know!
flash-call-reopened = Your call for help is open again.
error-not-a-call = Only a call for help can be marked resolved.

## Ideas
kind-idea = Idea
idea-status-new = New
idea-status-under-review = Under review
idea-status-planned = Planned
idea-status-implemented = Implemented
idea-status-declined = Declined
idea-status-heading = Status of this idea
idea-no-response = Nobody has responded to this idea yet.
field-idea-status = New status
field-idea-response = Your response to the author
idea-response-hint = Every status change needs a written response: explain what happens next, or why not.
idea-change-status = Change status
flash-idea-status-changed = The idea's status is changed; its author and followers have been told.
error-not-an-idea = Only an idea has a status.
error-idea-status = Choose one of the statuses offered.
ideas-link = Ideas
ideas-in = Ideas in { $name }
ideas-by-status = Ideas by status
ideas-all = All
ideas-none = No ideas here yet.
post-follow = Follow
post-unfollow = Unfollow
flash-following-post = You now follow this post and hear of its replies and changes.
flash-unfollowed-post = You no longer follow this post.

## Notifications
nav-notifications = Notifications
notifications-title = Notifications
notifications-none = Nothing new for you.
notifications-new = New
notifications-mark-all-read = Mark all as read
notifications-settings = Notification settings
notifications-settings-intro = Choose what you hear about. By e-mail: one mail a few minutes later for everything new, unless you have seen it in Plein by then.
notifications-kind = What happened
notifications-in-app = In Plein
notifications-email = By e-mail
notify-kind-reply = Replies to posts I wrote or follow
notify-kind-answer-accepted = My answer was accepted
notify-kind-idea-status = An idea I wrote or follow changed status
notify-kind-join-request = Someone asks to join a group I manage
notify-someone = Someone
notify-reply = { $actor } replied to a post in { $group }
notify-answer-accepted = { $actor } accepted your answer in { $group }
notify-idea-status = { $actor } moved an idea in { $group } to “{ $detail }”
notify-join-request = { $actor } asks to join { $group }
flash-notifications-read = All notifications are marked as read.
flash-preferences-saved = Your notification settings are saved.
setting-time-zone = Organisation time zone
setting-time-zone-hint = Events are planned and shown in this time zone (an IANA name such as Europe/Amsterdam).
error-time-zone = Unknown time zone; use a name such as Europe/Amsterdam.

## Events
nav-events = Events
kind-event = Event
event-upcoming = Upcoming
event-over = Over
event-plan = Plan an event
event-new = Plan an event
event-create = Publish event
field-event-title = Title
field-event-starts = Starts
field-event-ends = Ends
field-event-location = Place
field-event-online = Online link
field-event-capacity = Places
field-event-description = Description
event-zone-hint = Times are in { $zone }.
event-capacity-hint = Leave empty for no limit; when it is full, people join a waiting list.
event-when = When
event-where = Where
event-online = Online
event-places = Coming
event-places-taken = { $taken } of { $capacity } places taken
event-going-count = { $count ->
    [one] { $count } going
   *[other] { $count } going
}
event-waiting-count = { $count } on the waiting list
event-maybe-count = { $count } maybe
event-you-go = You are going.
event-you-wait = You are number { $position } on the waiting list; you will hear when a place opens up.
event-your-answer = Your answer:
rsvp-going = Going
rsvp-maybe = Maybe
rsvp-not-going = Not going
event-add-to-calendar = Add to my calendar (.ics)
event-who-goes = Who is going
flash-event-created = Your event is published.
flash-rsvp-place = You are going: your place is booked.
flash-rsvp-waiting = The event is full: you are on the waiting list.
flash-rsvp-saved = Your answer is saved.
error-datetime = Give a date and time.
error-event-past = The event has to start in the future.
error-event-end = The end has to come after the start.
error-event-too-long = An event lasts at most 14 days.
error-url = Give a web address starting with https://
error-capacity = Give a number of places from 1, or leave it empty.
error-rsvp = Choose going, maybe or not going.
error-event-over = This event is over.
events-mine = My events
events-none = You are not going to any upcoming events.
events-calendar-link = Calendar link
events-calendar-intro = Subscribe to this private link in Outlook, Google or Apple Calendar to see the events you go to. Anyone with the link sees their titles and times, so keep it to yourself.
events-calendar-your-link = Your calendar link
events-calendar-once = Copy it now: it is shown only once. Making a new one switches the old one off.
events-calendar-create = Make my calendar link
events-calendar-reset = Make a new link (the old one stops working)
events-calendar-name = Plein: my events
notify-kind-event-change = Events I answered change for me
notify-event-change = An event in { $group }: { $detail }
event-change-place = a place opened up and it is yours

## Polls
kind-poll = Poll
poll-open = Open
poll-closed = Closed
poll-new = Start a poll
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

## Mentions and praise
mention-hint = Type @ and a name to mention a colleague (or @ and their e-mail address).
kind-praise = Praise
praise-link = Praise received
praise-for = Praise for { $name }
praise-none = No praise here yet.
error-praise-nobody = Mention the colleagues you praise with @ (for example @anna@example.nl).
notify-kind-mention = Someone mentions me
notify-kind-praise = Someone praises me
notify-mention = { $actor } mentioned you in { $group }
notify-praise = { $actor } praised you in { $group }
setting-min-group-size = Minimum group size for figures
setting-min-group-size-hint = No count is shown over fewer people than this (at least 5), so nobody can be singled out.
error-min-group-size = Give a whole number from 5 to 1000.

## Announcements
kind-announcement = Announcement
announcement-pinned = Pinned
announcement-new = Write an announcement
announcement-create = Publish announcement
field-announcement-body = Announcement
field-pinned-until = Pinned until (optional)
pin-hint = To the end of that day in { $zone }, at most a year; leave empty not to pin.
announcement-pinned-until = Pinned until
announcement-mark-read = Mark as read
announcement-you-read = You have read this.
announcement-read-figure = Read by { $read } of { $members } members
announcement-not-read = { $count ->
    [one] { $count } member has not read it yet
   *[other] { $count } members have not read it yet
}
announcement-too-small = Read figures show only in groups of at least { $minimum } members, so nobody is singled out.
announcements-heading = Announcements
pinned-heading = Pinned
flash-announced = Your announcement is published; the group's members have been told.
flash-marked-read = Marked as read.
error-date = Give a date.
error-pin-range = Choose a day from today up to a year ahead.
notify-kind-announcement = New announcements in my groups
notify-announcement = { $actor } published an announcement in { $group }

## Knowledge base
nav-kb = Knowledge base
kb-title = Knowledge base
kb-new = Write an article
kb-write = Article
kb-empty = No articles yet. Turn an answered question into one, or write one.
kb-uncategorised = Other articles
kb-add-category = Add a category
field-category-name = Category name
kb-owner = Owner: { $name }
kb-updated = updated
kb-only-group = Only for { $name }
kb-readers-everyone = Everyone
kb-source-question = The question it came from
kb-edit = Edit article
kb-from-question = Made from a question in { $group }, with its accepted answer.
kb-turn-into-article = Turn into article
kb-made-into = Turned into an article:
field-article-title = Title
field-article-category = Category
field-article-readers = Who may read it
field-article-body = Text
flash-article-created = The article is published.
flash-article-saved = The article is saved; the earlier version is in its history.
flash-category-added = The category is added.
error-category-taken = That category exists already.
error-category-unknown = Choose one of the categories.
error-no-accepted-answer = Only a question with an accepted answer can become an article.
error-article-scope = This question is from a closed group: the article stays readable only for that group.

## Topics
nav-topics = Topics
topics-title = Topics
topics-followed = Topics I follow
topics-none-followed = You follow no topics yet. Open a #topic in a post and follow it to see its posts at home.
topics-popular = Popular topics
topics-none = No posts have a #topic yet.
topic-follow = Follow topic
topic-unfollow = Unfollow topic
topic-empty = No posts you can read have this topic.
flash-topic-followed = You follow this topic: its posts appear in your home feed.
flash-topic-unfollowed = You no longer follow this topic.
notify-kind-reaction = Reactions to my posts (one notice per post until I open it)
notify-reaction = { $actor } and perhaps others reacted to your post in { $group }
event-change = Change event
flash-event-changed = The event is changed; everyone who answered going or maybe has been told.
event-change-changed = its time, place or details changed

## Cockpit
nav-cockpit = Cockpit
cockpit-title = Cockpit

cockpit-headline = Headline figures
metric-accounts = Accounts
metric-activated = Activated (ever active ÷ accounts)
metric-dau = Daily active members (mean)
metric-wau = Weekly active members
metric-mau = Monthly active members
metric-stickiness = Stickiness (DAU ÷ MAU)
metric-stickiness-basis = DAU of the last 30 days ÷ MAU:
metric-posts = Posts per day
metric-comments = Comments per day
metric-reactions = Reactions per day
metric-active = Active members
metric-posts-short = Posts
metric-comments-short = Comments
metric-reactions-short = Reactions
cockpit-daily-active = Active members per day
dip = a dip
dips-heading = Dips
dips-none = No dips: no day in this period was clearly quieter than the same weekday in the four weeks before.
dip-line = { $date }: { $active } active members, where the same weekday usually has { $usual }
cockpit-as-table = The figures as a table
cockpit-date = Date
cockpit-csv = Download CSV
cockpit-json = JSON
cockpit-trend-title = Change against the 30 days before
cockpit-audit-note = Every view of these figures is recorded in the audit log. Figures describe the community, never individuals.
cockpit-too-small = Plein shows figures once the community has at least { $minimum } members, so nobody can be singled out.
cockpit-too-small-short = The community is smaller than the minimum group size: no figures.
cockpit-hours = { $hours } h
metric-new-members = New members
period-heading = Period
period-from = From
period-to = To
period-show = Show
period-shown = From { $from } to { $to } (UTC days), compared with { $before_from } to { $before_to }.
period-reversed = The end date lies before the start date.
period-future = The period cannot end after today.
period-too-long = A period can be at most thirteen months (400 days).
period-bad-date = Enter dates as year-month-day, for example 2026-11-01.
phase-heading = Adoption phase (the 5 B's)
phase-number = Phase { $number } of 5
phase-bereiken = Bereiken (reach)
phase-betrekken = Betrekken (involve)
phase-binden = Binden (bind)
phase-boeien = Boeien (captivate)
phase-bezielen = Bezielen (inspire)
phase-bereiken-focus = Focus on rolling the platform out: activate colleagues, run workshops, guide people personally through what it can do, and support it with internal communication.
phase-betrekken-focus = Draw colleagues in: create content together with the ambassadors, respond to what others post and invite people to take part. Set examples (news, blogs, help staff departments post), point people who e-mail you to existing content, and start a support group that turns questions into reusable content.
phase-binden-focus = Bind the members who take part and get more of them active: appreciate active members openly and highlight interesting content they create, so others see that taking part pays off.
phase-boeien-focus = Members create plenty and use the platform in their daily work; you moderate more than you create. Work with members on the next level: which features matter in daily work, and what the organisation's changes mean for the platform.
phase-bezielen-focus = Members take on community management tasks unasked: moderating, helping colleagues, suggesting content and features. Steer and channel what the organisation asks for, and keep in regular contact with the management team.
phase-evidence = The evidence: each indicator against the threshold to leave a phase
phase-indicator = Indicator
phase-to-leave = Needed to leave
phase-measured = Measured
phase-threshold = Threshold
phase-met = Met
phase-yes = yes
phase-no = no
phase-not-measured = not measured yet
phase-activated = Activated members (ever active ÷ accounts)
phase-complete-profiles = Complete profiles (all seven items)
phase-mau = Monthly active members ÷ accounts
phase-stickiness = Stickiness (DAU ÷ MAU)
phase-interactive = Interactive members in 180 days (posted, replied or reacted) ÷ accounts
phase-answered = Questions answered
phase-median-response = Median time to a first answer
phase-creators = Creators ÷ active members
phase-managers-moderate = Community managers took more moderation actions than they wrote posts
phase-member-carried = Answers, idea responses and moderation actions by members who are not community managers
participation-heading = Participation (the 90-9-1 lens)
participation-explained = Over the last 30 days of the period (the 90-9-1 lens), every member active counts once, at the highest level reached: creators posted, contributors reacted or replied but did not post, lurkers only read.
participation-level = Level
participation-members = Members
participation-share = Share
participation-share-before = Share in the period before
participation-creators = Creators
participation-contributors = Contributors
participation-lurkers = Lurkers
participation-active = Active in those 30 days
responses-heading = Questions and ideas
questions-asked = Questions asked
questions-answered = Answered by someone else
questions-accepted = With an accepted answer
questions-median = Median time to a first answer
questions-unanswered = Still unanswered
ideas-posted = Ideas posted
ideas-responded = With a response
ideas-median = Median time to a first response
ideas-waiting = Ideas waiting longer than { $days } days (all time)
responses-half-waiting = at least half still wait
responses-explained = Medians count every question or idea of the period, including those still without a response; when at least half still wait there is no median, instead of a flattering one over the answered few.
profiles-heading = Profile completeness
profiles-items = Items filled in
profiles-of-seven = { $items } of 7
shares-heading = Share of activity by role
shares-segment = Role
shares-activity = Share of all posts, replies, reactions and other activity (visits excluded)
shares-withheld = withheld: too few people
shares-withheld-short = withheld
shares-explained = A role with fewer than { $minimum } people gets no figure, so nobody can be singled out.
segment-community_manager = Community managers and administrators
segment-ambassador = Ambassadors
segment-senior = Senior managers (role models)
segment-member = Everyone else

## Analytics privacy
privacy-title = What Plein measures, and who sees it
privacy-link = What Plein measures
privacy-intro = Plein keeps figures about the community so community managers can see what works and what needs attention. They describe the community, not individual people. This page is for every member, for the works council and for a data protection impact assessment (DPIA).
privacy-measured-heading = What is recorded
privacy-measured = For every member Plein records when they:
privacy-measured-visit = use Plein on a day (once a day, not every page or how long);
privacy-measured-posts = write a post, of which type (discussion, question, idea, event, poll, praise, announcement, call for help);
privacy-measured-replies = comment, answer a question, accept an answer, react, respond to an idea or answer an event invitation;
privacy-measured-groups = join or leave a group, or change their profile.
privacy-not-measured = Not recorded: which pages or posts you read, for how long, what you search for, or anything from private messages. The figures never contain the text people write.
privacy-kept-heading = How long it is kept
privacy-kept-raw = Each recorded action, with the member it belongs to, is deleted after { $days } days.
privacy-kept-rollups = Daily totals stay, to show trends: counts per day, group, kind of action and role (community manager, ambassador, senior manager, everyone else); which members were active on a day, at which level (read, replied, posted) and with how many posts and comments in open groups; each member's last day of being active and of taking part in each group.
privacy-kept-audit = Every view of the figures is logged: who looked, when, and at which period.
privacy-who-heading = Who sees what
privacy-who-managers = Community managers and administrators see the cockpit: figures about the whole community, its groups and its departments. They make the monthly and quarterly reports, which can quote posts from open groups.
privacy-who-seniors = Senior managers marked as role models read the cockpit and the reports; they change nothing.
privacy-who-export = Administrators can export the recorded actions for their own analysis; members appear in it under a pseudonym that is not their account number.
privacy-who-members = Members see their own contributions and public ones, as everywhere in Plein.
privacy-protection-heading = How people are protected
privacy-protection-minimum = No figure is shown over fewer than { $minimum } people, also not by narrowing a filter; a smaller segment is shown as withheld.
privacy-protection-subtraction = No difference or sum of figures shown describes fewer people either: where figures add up to a total (shares by role, the participation split, departments), the next-smallest ones are withheld with the small ones; groups below the minimum are left out of the community totals; rates need at least that many people behind them.
privacy-protection-no-individuals = There are no scores of individual people in the cockpit.
privacy-protection-top-shown = The only list with names is “top contributors”: the members with the most posts and comments in open groups over 30 days, which anyone can read anyway. An administrator can switch it off.
privacy-protection-top-hidden = The list of top contributors is switched off: the cockpit names no one.
privacy-protection-access = Figures never reveal content of closed or secret groups to people who are not members.
privacy-protection-addresses = Adding a colleague to a group by e-mail address, and registering, tell whether an address has an account: inside the organisation the people directory shows every colleague anyway. These answers are limited to 30 an hour per group admin and 10 an hour per network address, so addresses cannot be collected in bulk.
export-title = Activity export
export-intro = The recorded activity of a period as CSV, for your own analysis and to check the cockpit's figures. Members appear under a pseudonym made from the export key you choose: the same key gives the same pseudonyms, another key different ones. Plein does not store the key.
export-key = Export key
export-key-hint = At least { $chars } characters. Keep it to yourself: with the key, pseudonyms can be linked to accounts.
export-key-short = The export key is too short.
export-download = Download CSV
export-columns = Columns: date (UTC), member (pseudonym), kind, group id. No moments, post ids or texts. Every export is written to the audit log.
thresholds-title = Thresholds of the 5 B's phases
thresholds-intro = The community leaves a phase when it meets every threshold of that phase. The defaults come from research; adjust them to your organisation. Percentages are percent, the response time is in hours.
thresholds-percent-at-least = percent, at least
thresholds-hours-at-most = hours, at most
thresholds-adjust = Adjust the thresholds
error-threshold-percent = Enter a percentage from 0 to 100.
error-threshold-hours = Enter a number of hours from 1 to 720.
flash-thresholds-saved = The thresholds have been saved; the phase is assessed with them.

# Cockpit: groups, top contributors
groups-health-heading = Active and idle groups (today)
groups-health-summary = { $active } active, { $idle } idle, { $silent } silent
groups-health-explained = Idle: fewer than 5% of the members reacted, replied or posted in the group in the last 30 days. Silent: nobody did for 90 days — revive or archive. Groups with fewer members than the minimum group size get no figures.
groups-health-group = Group
groups-health-status = Status
groups-health-engaged = Took part (30 days)
groups-health-quiet = Last taking part
groups-health-secret = A secret group you are not in
groups-health-days = { $days ->
    [0] today
    [one] 1 day ago
   *[other] { $days } days ago
}
group-health-active = Active
group-health-idle = Idle
group-health-silent = Silent
group-health-too-small = Too small for figures
top-contributors-heading = Top contributors (last 30 days)
top-contributors-explained = Posts and comments in open groups only; an administrator can switch this list off.
top-contributors-none = No public posts or comments in these 30 days.
top-contributors-count = { $count ->
    [one] 1 contribution
   *[other] { $count } contributions
}
setting-top-contributors = Show top contributors in the cockpit
setting-top-contributors-hint = a list of the members with the most posts and comments in open groups over 30 days. Switch it off if your works council prefers no names.

# Reports
reports-title = Reports
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
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
highlight-link = For the report
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

# Cockpit: one group
period-group = Group
period-whole-community = Whole community
group-figures-heading = Figures of { $group }
group-figures-explained = What happened in this group, against the period before. Active members, participation and the phase are about the whole community and are not split per group.
group-figures-open = Open the group
group-actions-per-day = Posts, comments and reactions per day
group-figures-too-small = This group has fewer than { $minimum } members, so it gets no figures: they could single people out.

# Cockpit: departments
departments-heading = Adoption per department (last 30 days)
departments-explained = By members' current department. Departments with fewer than { $minimum } accounts are counted together, and left out when they are too few together.
departments-none = No accounts yet.
departments-department = Department
departments-activated = Ever active
departments-active = Active
departments-taking-part = Took part
departments-not-given = No department given
departments-smaller = { $count ->
    [one] 1 smaller department
   *[other] { $count } smaller departments together
}
setting-retention-days = Keep raw activity events (days)
setting-retention-days-hint = From 30 to 1826 days (13 months is 396). Older events are deleted daily; the daily totals the cockpit shows stay.
error-retention-days = Enter a number of days from 30 to 1826.

## Moderation
nav-moderation = Moderation
admin-moderation = Moderation settings
community-moderator = Community moderator
group-moderator = Moderator
member-make-moderator = Make moderator
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
flag-link = Flag
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
error-comments-locked = Comments on this post are closed.
error-account-suspended = This account is suspended for now. The notice you received says until when.
error-moderation-action = Choose an action that fits.
error-move-group = Choose another group you moderate.
error-suspend-days = Give a number of days from 1 to 365.
error-rating-incomplete = Rate all four points, or none.
error-autohide = Give 0 (off) or a number from 2 to 50.
error-matrix = Choose a response for every cell.
post-hidden-notice = A moderator has hidden this post. Only its author and the moderators see it.
comment-hidden = This comment was hidden by a moderator.
comments-locked = Comments on this post are closed.
moderation-queue = Flagged content
moderation-queue-empty = Nothing is waiting for review.
moderation-all-groups = All groups
moderation-flags-count = { $count ->
    [one] { $count } flag
   *[other] { $count } flags
}
moderation-comment = Comment
moderation-hidden = Hidden
moderation-locked = Comments closed
moderation-review-link = Review
moderation-review-title = Review
moderation-open-post = Open the post
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
moderation-log = Moderation log
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
notify-kind-moderation = Moderation decisions
notify-moderation = A moderator's decision about your contribution: { $detail }
autohide-field = Hide automatically after this many flags
autohide-hint = 0 is off (the default): a person decides. From 2 to 50: content is hidden once that many members flagged it, until a moderator decides.
matrix-title = Decision model
matrix-hint = Which response Plein suggests for each rating. Impact is high when reach or possible harm is high, or there is a legal or privacy concern.
matrix-impact = Impact

## Work queue
nav-tasks = Tasks
tasks-title = Work queue
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
notify-kind-answer-invite = Requests to answer a question
notify-answer-invite = { $actor } asks whether you can answer a question in { $group }
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
message-title = Message
message-from = From
notify-kind-message = Personal messages
notify-message = { $actor } sent you a message
moderation-figures = Moderation figures
moderation-figures-flags = Flags in the period
moderation-figures-handled = Of those decided
moderation-figures-median = Median time to a decision
moderation-figures-by-group = Flags per group
moderation-figures-other-group = A group you cannot read
moderation-figures-outcomes = Decisions
moderation-figures-repeat = Members acted against more than once
moderation-figures-repeat-hint = Hidden, deleted, warned, suspended or hidden after flags at least twice in the period. For the team only: to talk with them, not to keep score.
moderation-figures-none = Nothing in this period.
task-kind-post-with-potential = Post with potential
task-kind-activity-dip = Dip in activity
task-advice-post-with-potential = This post draws far more response than its group's usual. Amplify it: react, connect the right people, mark it for the report, or ask a senior manager to endorse it publicly.
task-advice-activity-dip = Activity is well below the usual for this weekday. Publish something prepared — a tip, a success story, a question to the community.
privacy-measured-moderation = flag a post or comment, or — as a moderator — decide on one.
privacy-who-moderation = Moderators see the flags in the groups they moderate (not who flagged, only why); every decision is kept with its reason in a log that community managers and administrators read, and the member concerned is told each decision and its reason. Community managers see which members were acted against more than once in a period.
privacy-who-tasks = The community managers' work queue names members only to the team: newcomers to welcome, members whose profile is incomplete, members who were active and went quiet. Messages the team sends from it are read only by the receiver and the sender.
action-edit = Edit with a visible note
moderated-edit = A moderator has edited your post; the reason is shown with it.
moderation-edit-body = New text (when editing)
moderation-edit-body-hint = Used only with "Edit with a visible note"; the reason is shown beside the post and the earlier text stays in its history.
post-moderator-note = Edited by a moderator:
tasks-settings = When Plein makes a task
tasks-setting-question-hours = A question waits for an answer (hours, 1–720)
tasks-setting-idea-days = An idea waits for a response (days, 1–90)
tasks-setting-memory-days = A dismissed task is not made again for (days, 1–365)
error-task-setting = Give a whole number within the range shown.
tasks-any-group = Any group
cockpit-as-of = figures of
