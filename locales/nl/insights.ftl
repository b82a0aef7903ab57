# The insights capability.
cockpit-hours = { $hours } u
phase-activated = Geactiveerde leden (ooit actief ÷ accounts)
phase-complete-profiles = Complete profielen (alle zeven onderdelen)
phase-mau = Maandelijks actieve leden ÷ accounts
phase-stickiness = Stickiness (DAU ÷ MAU)
phase-interactive = Interactieve leden in 180 dagen (geplaatst, gereageerd of een reactie gegeven) ÷ accounts
phase-answered = Beantwoorde vragen
phase-median-response = Mediane tijd tot een eerste antwoord
phase-creators = Makers ÷ actieve leden
group-health-active = Actief
group-health-idle = Slapend
group-health-silent = Stil
group-health-too-small = Te klein voor cijfers
departments-not-given = Geen afdeling ingevuld
departments-smaller = { $count ->
    [one] 1 kleinere afdeling
   *[other] { $count } kleinere afdelingen samen
}
