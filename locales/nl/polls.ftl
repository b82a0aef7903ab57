# The polls capability.
poll-create = Peiling publiceren
field-poll-question = Vraag
field-poll-options = Keuzes
poll-options-hint = Eén keuze per regel, 2 tot 10.
field-poll-multiple = Mensen mogen meerdere keuzes maken
field-poll-closes = Stemmen sluit (optioneel)
poll-closes-hint = In { $zone }; laat leeg om de peiling open te houden.
field-poll-results = Uitslag tonen
poll-results-option-vote = aan iedere stemmer na het stemmen
poll-results-option-close = pas als het stemmen gesloten is
poll-closes-at = Stemmen sluit
poll-closed-at = Stemmen gesloten
poll-choose-one = Kies één keuze
poll-choose-several = Kies een of meer keuzes
poll-vote = Stemmen
poll-change-vote = Mijn stem wijzigen
poll-voters = { $count ->
    [one] { $count } persoon stemde
   *[other] { $count } mensen stemden
}
poll-results-after-close = De uitslag verschijnt als het stemmen gesloten is.
poll-results-after-vote = De uitslag verschijnt nadat je hebt gestemd.
flash-poll-created = Je peiling is gepubliceerd.
flash-voted = Je stem is geteld.
error-poll-options = Geef 2 tot 10 verschillende keuzes, één per regel.
error-poll-option-long = Een keuze is hoogstens 200 tekens.
error-poll-closes-past = Het sluitingstijdstip moet in de toekomst liggen.
error-poll-closed = Het stemmen is gesloten.
error-poll-choice = Kies een van de keuzes (of, waar dat mag, meerdere).
