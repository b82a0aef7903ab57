# The reports capability.
reports-explained = Een rapportage van een maand of kwartaal bewaart de cijfers tegenover de periode ervoor, de fase, en de goede voorbeelden, successen en citaten die je hebt gemarkeerd. Hij wordt opgeslagen bij het maken en blijft dus zoals hij was; druk hem af of bewaar hem als pdf vanuit je browser.
reports-stored = Opgeslagen rapportages
reports-none = Nog geen rapportages.
reports-made-on = gemaakt op { $date }
reports-make = Rapportage maken
reports-period = Maand of kwartaal
reports-period-hint = Alleen maanden en kwartalen die voorbij zijn; van elk kan er één worden gemaakt.
reports-make-button = Rapportage maken en opslaan
reports-marked = Gemarkeerd voor rapportages
reports-marked-explained = Een rapportage neemt de markeringen op van berichten die in de periode zijn geschreven of gemarkeerd. Markeer een bericht vanaf de pagina ervan („Voor de rapportage”); alleen berichten in open groepen, want rapportages worden buiten de groep gelezen.
reports-marked-none = Nog niets gemarkeerd.
reports-unmark = Markering weghalen
reports-json = Cijfers als JSON
reports-print-hint = Druk af of bewaar als pdf met je browser.
report-title = Communityrapportage { $period }
report-month = { $month } { $year }
report-quarter = { $quarter }e kwartaal { $year }
report-figures = Cijfers
report-this-period = Deze periode
report-period-before = Periode ervoor
report-change = Verandering
report-participation-line = { $level }: { $now } (ervoor: { $before })
report-dips = { $count ->
    [one] 1 dag was duidelijk stiller dan gewoonlijk.
   *[other] { $count } dagen waren duidelijk stiller dan gewoonlijk.
}
report-stories = Goede voorbeelden en successen
report-no-stories = Geen gemarkeerd voor deze periode.
report-read-post = Lees het bericht
report-quotes = Citaten
report-no-quotes = Geen citaten gekozen voor deze periode.
highlight-title = Markeren voor de rapportage
highlight-kind = Wat is het?
highlight-example = Goed voorbeeld
highlight-success = Succesverhaal
highlight-quote = Citaat
highlight-quote-field = Citaat (bij een citaat)
highlight-quote-hint = De woorden die de rapportage toont, hoogstens 500 tekens; ze worden toegeschreven aan de schrijver van het bericht.
highlight-submit = Markeren
error-highlight-open-only = Alleen berichten in open groepen kunnen in een rapportage, want rapportages worden buiten de groep gelezen.
error-highlight-kind = Kies goed voorbeeld, succesverhaal of citaat.
error-report-period = Kies een maand of kwartaal die voorbij is.
error-report-exists = Er is al een rapportage van deze periode opgeslagen.
flash-report-made = De rapportage is gemaakt en opgeslagen.
flash-highlight-marked = Gemarkeerd voor de rapportage.
flash-highlight-removed = Markering weggehaald.
