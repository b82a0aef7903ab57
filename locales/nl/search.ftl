search-title = Zoeken
search-title-for = Zoeken: { $q }
search-label = Zoek in berichten, mensen en groepen
search-type = Soort
search-type-all = Elke soort
search-sort = Volgorde
search-sort-best = Beste overeenkomst eerst
search-sort-newest = Nieuwste eerst
search-in-group = Alleen in { $group }.
search-everywhere = Overal zoeken
search-button = Zoeken
search-shortened = Je zoekopdracht is ingekort tot de eerste { $max } tekens.
search-building = De zoekindex wordt nog opgebouwd; sommige berichten worden misschien nog niet gevonden.
search-people = Mensen
search-groups = Groepen
search-posts = Berichten
search-total = { $count ->
    [one] { $count } bericht gevonden
   *[other] { $count } berichten gevonden
}
search-nothing = Geen berichten gevonden. Probeer minder of andere woorden.
search-pages = Meer resultaten
search-previous = Vorige pagina
search-next = Volgende pagina
nav-search = Zoeken
