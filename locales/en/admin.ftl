# The admin capability.
error-self-change = You cannot remove your own administrator role or deactivate yourself.
flash-account-updated = The account has been updated.
field-role = Role
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
setting-time-zone = Organisation time zone
setting-time-zone-hint = Events are planned and shown in this time zone (an IANA name such as Europe/Amsterdam).
error-time-zone = Unknown time zone; use a name such as Europe/Amsterdam.
setting-min-group-size = Minimum group size for figures
setting-min-group-size-hint = No count is shown over fewer people than this (at least 5), so nobody can be singled out.
error-min-group-size = Give a whole number from 5 to 1000.
export-title = Activity export
export-intro = The recorded activity of a period as CSV, for your own analysis and to check the cockpit's figures. Members appear under a pseudonym made from the export key you choose: the same key gives the same pseudonyms, another key different ones. Plein does not store the key.
export-key = Export key
export-key-hint = At least { $chars } characters. Keep it to yourself: with the key, pseudonyms can be linked to accounts.
export-download = Download CSV
export-columns = Columns: date (UTC), member (pseudonym), kind, group id. No moments, post ids or texts. Every export is written to the audit log.
setting-top-contributors = Show top contributors in the cockpit
setting-top-contributors-hint = a list of the members with the most posts and comments in open groups over 30 days. Switch it off if your works council prefers no names.
setting-retention-days = Keep raw activity events (days)
setting-retention-days-hint = From 30 to 1826 days (13 months is 396). Older events are deleted daily; the daily totals the cockpit shows stay.
error-retention-days = Enter a number of days from 30 to 1826.
community-moderator = Community moderator

## Importing colleagues from a list
import-title = Import colleagues
import-intro = { $max ->
    [one] Upload a CSV file or paste a list of at most { $max } colleague. Nothing is written until you have seen the preview.
   *[other] Upload a CSV file or paste a list of at most { $max } colleagues. Nothing is written until you have seen the preview.
}
import-columns = Columns, named in the first row in English or Dutch: email (required), name, department, job title, location, manager (their e-mail address) and role. Without a header row the columns are read in that order. Commas, semicolons and tabs all work; so do UTF-8, UTF-16 and Excel's Windows encoding. Importing again updates colleagues who are already here.
import-file = CSV file
import-paste = Or paste the list
import-paste-hint = Used when no file is chosen.
import-preview = Show the preview
import-error-workbook = This is a spreadsheet workbook, not a CSV file. In your spreadsheet choose "Save as" and then "CSV UTF-8".
import-error-binary = This file is not text. Choose a CSV file.
import-error-unreadable = This file could not be read as CSV. Check that quotes are closed.
import-error-too-many = This list has more than 20,000 colleagues. Split it into smaller files.
import-error-empty = The list is empty. Choose a file or paste at least one colleague.
import-error-too-large = This file is too large (at most 8 MB).
import-error-role-unknown = unknown role; use member, ambassador, community manager or administrator
import-error-duplicate = this address is on the list twice; only the first row is used
import-action-create = New account
import-action-update = Changes: { $fields }
import-action-unchanged = No changes
import-action-skip = Skipped
import-preview-intro = Nothing has been written yet. Check what the import will do, then start it.
import-decoded = This file was not saved as UTF-8; it was read as { $encoding }. Check that names with accents look right.
import-columns-found = Columns found:
import-count-create = { $count ->
    [one] { $count } new colleague
   *[other] { $count } new colleagues
}
import-count-update = { $count ->
    [one] { $count } colleague whose details change
   *[other] { $count } colleagues whose details change
}
import-count-unchanged = { $count ->
    [one] { $count } colleague already up to date
   *[other] { $count } colleagues already up to date
}
import-count-skip = { $count ->
    [one] { $count } row with problems, skipped
   *[other] { $count } rows with problems, skipped
}
import-problems = These rows have problems and will be skipped. Correct them in your file and import again:
import-line = Line
import-problem = Problem
import-more = { $count ->
    [one] …and { $count } more row.
   *[other] …and { $count } more rows.
}
import-changes = What will change
import-what = What happens
import-invite = Send each new colleague an invitation by e-mail
import-mail-off = E-mail is off: when the import is done you can download each new colleague's sign-in link.
import-start = { $count ->
    [one] Import { $count } colleague
   *[other] Import { $count } colleagues
}
import-nothing = There is nothing to import: everyone on the list is up to date or has a problem.
import-again = Import another list
import-progress = Importing: { $done } of { $total } done.
import-progress-hint = This page refreshes itself until the import is done.
import-done = The import is done: { $created } new, { $updated } updated.
import-done-mailed = Each new colleague gets an invitation by e-mail.
import-links-intro = { $count ->
    [one] { $count } new colleague has not signed in yet. Download their link (valid for 7 days) to hand it over; earlier links stop working.
   *[other] { $count } new colleagues have not signed in yet. Download their links (valid for 7 days) to hand them over; earlier links stop working.
}
import-links = Download the sign-in links (CSV)
import-failed = The import stopped with an error. What was done before it is kept; import the same list again to finish.
provisioning-title = Provisioning log
provisioning-intro = Every account that an import created or changed, with the fields changed (never their values). Kept for 400 days.
provisioning-empty = Nothing has been provisioned yet.
provisioning-when = When
provisioning-source = Source
provisioning-account = Account
provisioning-what = What
provisioning-by = By
audit-source-import = Import
audit-action-created = Created
audit-action-updated = Changed
audit-action-invited = Invited
audit-source-scim = SCIM
audit-source-sso = Single sign-on
audit-action-deactivated = Deactivated
audit-action-reactivated = Reactivated
audit-action-deleted = Deleted by the identity provider
audit-action-linked = Linked to a sign-in at the provider
audit-action-grouped = Group memberships changed by a directory group
scim-title = SCIM provisioning
scim-intro = Let your identity provider (Entra ID, Okta, …) create, update and deactivate accounts. Give it the address below and a token made here. Deactivating someone there ends their sessions in Plein at once; their posts stay. Accounts the provider manages are listed in the provisioning log.
scim-endpoint = SCIM address (tenant URL):
scim-token-created = Copy this token now and paste it into your identity provider. It is shown only this once.
scim-token-name = Name
scim-token-name-hint = For example the identity provider it is for.
scim-token-create = Create a token
scim-tokens = Tokens
scim-no-tokens = No tokens yet.
scim-created = Created
scim-last-used = Last used
scim-never = Never
scim-revoked = Revoked
scim-revoke = Revoke
scim-token-revoked = The token is revoked; requests with it are refused.
admin-managed-by-scim = Managed by SCIM
scim-groups-title = Directory groups
scim-groups-intro = The groups your identity provider sends through SCIM. Map one to a Plein group and its members are kept in step with the directory (they cannot leave or be removed by hand); map one to a role and its members get that role, and lose it when they are in no group that gives it. The last administrator always stays administrator.
scim-groups-none = No groups yet. Assign groups to the Plein application in your identity provider and they appear here.
scim-groups-members = { $count ->
    [one] { $count } member
   *[other] { $count } members
}
scim-map-group = Keeps the members of
scim-map-no-group = No Plein group
scim-map-role = Gives the role
scim-map-no-role = No role
scim-map-save = Save
scim-map-saved = The mapping is saved; memberships and roles follow the directory group now.
scim-map-unknown-group = Choose one of the Plein groups listed.
scim-map-group-taken = Another directory group keeps the members of that Plein group already.
scim-map-unknown-role = Choose one of the roles listed.
scim-groups-link = Directory groups and what they mean in Plein
