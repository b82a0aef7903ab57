# The feed capability.
call-open = Open
call-resolved = Opgelost
event-upcoming = Gepland
poll-open = Open
announcement-pinned = Vastgezet
