# E-mail: the mails themselves, the forgotten-password pages and the administrators' mail page.
mail-greeting = Hello { $name },
mail-footer-automatic = This is an automatic message from Plein, your organisation's community. Replies to it are not read.
mail-kind-test = Test
mail-kind-invitation = Invitation
mail-kind-password-reset = Password reset
mail-test-subject = Test mail from Plein
mail-test-body = This is the test mail you asked for on the mail settings page. If you can read it, Plein can reach your colleagues by e-mail.
mail-invitation-subject = { $inviter } invites you to Plein
mail-invitation-body = { $inviter } has created an account for you on Plein, the community where colleagues ask questions, share what works and find each other.
mail-invitation-action = Set your password
mail-invitation-expiry = The link works once, for 7 days. After setting your password you land on your profile: add a photo and what you know about, so colleagues can find you.
mail-reset-subject = Set a new password for Plein
mail-reset-body = Someone, probably you, asked for a new password for your Plein account.
mail-reset-action = Set a new password
mail-reset-expiry = The link works once, within an hour. If you did not ask for this, ignore this mail: your password stays as it is.
forgot-title = Forgotten your password?
forgot-intro = Enter the e-mail address of your account and we will send you a link to set a new password.
forgot-submit = Send the link
forgot-sent = If an account exists for that address, a link to set a new password is on its way. Check your inbox (and your spam folder); the link works for an hour.
forgot-mail-off = Plein cannot send e-mail yet. Ask an administrator for a link to set a new password.
forgot-link = Forgotten your password?
admin-mail = E-mail
admin-mail-on = E-mail is on: mail goes out through { $transport } as { $sender }.
admin-mail-off = E-mail is off. Set PLEIN_SMTP_URL (for example smtp://user:password@mail.example.nl:587) or smtp_url in plein.toml, and restart Plein. Until then invitations show a link to hand over.
admin-mail-test = Send a test mail to me
admin-mail-test-queued = A test mail is on its way to your own address. It appears in the outbox below.
admin-mail-outbox = Outbox
admin-mail-outbox-intro = The latest mails, without their contents (those are deleted once a mail is delivered). Rows are kept for 90 days.
admin-mail-outbox-empty = No mail has been sent yet.
admin-mail-col-queued = Queued
admin-mail-col-kind = Kind
admin-mail-col-to = To
admin-mail-col-status = Status
admin-mail-col-attempts = Attempts
admin-mail-col-error = Last error
mail-status-queued = queued
mail-status-sent = sent
mail-status-failed = failed
admin-invitation-mailed = An invitation with this link was e-mailed to { $address }.
mail-kind-notifications = Notifications
mail-unsubscribe = Stop these e-mails
mail-notifications-subject = { $count ->
    [one] A new notification on Plein
   *[other] { $count } new notifications on Plein
}
mail-notifications-intro = This happened on Plein while you were away:
mail-notifications-action = Open your notifications
mail-notifications-footer = You get this e-mail because you chose e-mail for these notifications. You can change that in your notification settings.
unsubscribe-title = Stop these e-mails
unsubscribe-intro = Stop this kind of e-mail (notification e-mails, the digest or the newsletter) for this account? Plein itself stays as it is.
unsubscribe-submit = Stop the e-mails
unsubscribe-done = Done: you no longer get this kind of e-mail. You can switch it on again in your notification settings.
invite-title = Invite colleagues
invite-intro = Paste a list of colleagues, one per line (at most { $max }). Each gets an account and a one-time link to set a password.
invite-hint = One per line: an address; an address, a comma and a name; "Name <address>"; or a CSV export with those two columns. Without a name, one is made from the address.
invite-list = Colleagues
invite-submit = Invite
invite-mail-off = E-mail is off: after inviting, this page lists each colleague's link for you to hand over.
invite-problems = Nothing was created; correct these lines and invite again:
invite-line-problem = Line { $line }: { $problem }
invite-duplicate = this address is on the list twice.
invite-empty = Paste at least one colleague.
invite-too-many = { $max ->
    [one] A list can hold at most one colleague.
   *[other] A list can hold at most { $max } colleagues; split it up.
}
invite-done = { $count ->
    [one] One colleague invited.
   *[other] { $count } colleagues invited.
}
invite-done-mailed = Each gets an invitation by e-mail.
invite-done-links = Hand each colleague their link (valid for 7 days):
invite-skipped = These addresses already had an account and were skipped:
mail-kind-welcome = Welcome
mail-welcome-subject = Welcome to Plein
mail-welcome-body = Good to have you. Three first steps make Plein yours:
mail-welcome-step-profile = Add a photo and what you know about, so colleagues can find you
mail-welcome-step-groups = Join the groups that fit your work
mail-welcome-step-people = Find the colleagues you work with and follow them
mail-kind-digest = Digest
mail-kind-report = Report
mail-kind-newsletter = Newsletter
digest-choice = Digest by e-mail
digest-hint = What happened in your groups, sent only when you have not been on Plein in that time and there is something new.
digest-weekly = Weekly
digest-daily = Daily
digest-never = Never
digest-subject-weekly = Your week on Plein
digest-subject-daily = Your day on Plein
digest-intro = While you were away, this happened in your groups:
digest-lively = Lively conversations
digest-waiting = Questions still waiting for an answer
digest-events = Coming up
digest-action = Go to Plein
digest-footer = You get this digest because you are a member of these groups. Choose daily, weekly or never in your notification settings.
invite-resend = Send invitation again
invite-revoke = Withdraw invitation
invite-revoked = The invitation is withdrawn: its link no longer works and the account is deactivated.
invite-already-accepted = This colleague has already set a password; there is no invitation to send again.
