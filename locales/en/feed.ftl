# The feed capability.
call-open = Open
call-resolved = Resolved
event-upcoming = Upcoming
poll-open = Open
announcement-pinned = Pinned
