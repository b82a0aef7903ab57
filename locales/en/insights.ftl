# The insights capability.
cockpit-hours = { $hours } h
phase-activated = Activated members (ever active ÷ accounts)
phase-complete-profiles = Complete profiles (all seven items)
phase-mau = Monthly active members ÷ accounts
phase-stickiness = Stickiness (DAU ÷ MAU)
phase-interactive = Interactive members in 180 days (posted, replied or reacted) ÷ accounts
phase-answered = Questions answered
phase-median-response = Median time to a first answer
phase-creators = Creators ÷ active members
group-health-active = Active
group-health-idle = Idle
group-health-silent = Silent
group-health-too-small = Too small for figures
departments-not-given = No department given
departments-smaller = { $count ->
    [one] 1 smaller department
   *[other] { $count } smaller departments together
}
