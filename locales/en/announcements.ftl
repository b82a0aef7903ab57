# The announcements capability.
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
flash-announced = Your announcement is published; the group's members have been told.
flash-marked-read = Marked as read.
error-date = Give a date.
error-pin-range = Choose a day from today up to a year ahead.
