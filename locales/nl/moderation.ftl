# The moderation capability.
house-rules = Huisregels
house-rules-hint = Markdown. Laat leeg voor de ingebouwde huisregels van Plein.
house-rules-default =
    Plein is onze plek om kennis te delen, hulp te vragen en elkaar te leren kennen. Samen houden we het nuttig en prettig.

    - **Wees respectvol.** Verschil van mening over ideeën, niet over mensen. Geen beledigingen, discriminatie of intimidatie.
    - **Plaats in de juiste groep.** Kies de groep waar je bericht thuishoort, en gebruik een vraag voor een vraag.
    - **Blijf bij de feiten.** Deel wat je weet dat klopt en zeg waar het vandaan komt.
    - **Respecteer privacy.** Deel geen persoonsgegevens van collega's, klanten of burgers, en geen vertrouwelijke informatie.
    - **Geen reclame of spam.**
    - **Help elkaar.** Beantwoord vragen waar je kunt, bedank wie je geholpen heeft.

    Klopt er iets niet? Gebruik **Melden** onder het bericht of de reactie. De moderatoren bekijken elke melding en laten de schrijver weten wat ze besloten en waarom.
flag-title = Melden bij de moderatoren
flag-intro = Vertel de moderatoren wat er mis is. De schrijver ziet niet wie het meldde.
flag-reason = Reden
flag-reason-house-rules = Houdt zich niet aan de huisregels
flag-reason-wrong-group = In de verkeerde groep
flag-reason-misleading = Misleidend of onjuist
flag-reason-offensive = Beledigend of kwetsend
flag-reason-spam = Spam of reclame
flag-reason-privacy = Deelt persoonlijke of vertrouwelijke gegevens
flag-reason-other = Iets anders
flag-detail = Toelichting
flag-detail-hint = Niet verplicht, behalve bij "Iets anders". Hoogstens 1000 tekens.
flag-submit = Naar de moderatoren sturen
flash-flagged = Dank je. De moderatoren kijken ernaar.
flash-already-flagged = Je had dit al gemeld; de moderatoren kijken ernaar.
flash-moderated = Gedaan. Het besluit is vastgelegd en de schrijver is ingelicht.
error-flag-reason = Kies een reden.
error-moderation-action = Kies een actie die past.
error-move-group = Kies een andere groep die je modereert.
error-suspend-days = Geef een aantal dagen van 1 tot 365.
error-rating-incomplete = Beoordeel alle vier de punten, of geen.
error-autohide = Geef 0 (uit) of een getal van 2 tot 50.
error-matrix = Kies voor elke cel een reactie.
moderation-queue-empty = Er wacht niets op beoordeling.
moderation-all-groups = Alle groepen
moderation-flags-count = { $count ->
    [one] { $count } melding
   *[other] { $count } meldingen
}
moderation-comment = Reactie
moderation-hidden = Verborgen
moderation-locked = Reageren gesloten
moderation-review-title = Beoordelen
moderation-no-open-flags = Geen open meldingen.
moderation-rate = Beoordeel het
moderation-rate-hint = Beoordeel de impact en hoe gewenst het is; Plein stelt een reactie voor uit het beslismodel. De beoordeling wordt met je besluit vastgelegd.
rating-reach = Bereik
rating-harm = Mogelijke schade
rating-legal = Juridisch of privacyrisico
rating-desirability = Wenselijkheid
level-low = Laag
level-high = Hoog
desirability-desired = Gewenst
desirability-neutral = Neutraal
desirability-undesired = Ongewenst
moderation-suggest = Stel een reactie voor
moderation-suggestion = Voorstel
response-amplify = Versterken
response-amplify-advice = Deel het verder: reageer, breng de juiste mensen in contact, markeer het voor de rapportage of vraag een leidinggevende het publiekelijk te onderschrijven.
response-acknowledge = Erkennen
response-acknowledge-advice = Bedank de schrijver of reageer; meer is niet nodig.
response-monitor = In de gaten houden
response-monitor-advice = Laat het staan, volg de discussie en reageer publiekelijk als die kantelt.
response-let-be = Laten staan
response-let-be-advice = Niets te doen: laat het staan en sluit de meldingen.
response-community-responds = De community laten reageren
response-community-responds-advice = Geef leden eerst de ruimte om te reageren; grijp alleen in als niemand dat doet.
response-nudge-privately = Persoonlijk aanspreken
response-nudge-privately-advice = Stuur de schrijver een vriendelijk woord met de reden, en laat het bericht staan.
response-act-now = Direct ingrijpen
response-act-now-advice = Verberg of verwijder het nu, schaal op waar nodig en zet de feiten publiekelijk recht.
moderation-act = Besluiten
moderation-action = Actie
action-keep = Laten staan, meldingen sluiten
action-hide = Verbergen
action-restore = Weer tonen
action-delete = Verwijderen
action-lock = Reageren sluiten
action-unlock = Reageren heropenen
action-warn = De schrijver waarschuwen
action-move = Naar een andere groep verplaatsen
action-suspend = Het account schorsen
action-auto-hide = Verborgen na meldingen
moderation-reason = Reden
moderation-reason-hint = De schrijver leest dit. Verplicht als je verbergt, verwijdert, sluit, verplaatst, waarschuwt of schorst.
moderation-move-to = Verplaatsen naar groep
moderation-suspend-days = Schorsen voor (dagen)
moderation-submit = Besluit vastleggen
moderation-history = Eerdere besluiten
moderation-by-plein = Plein (automatisch)
moderation-log-empty = Geen moderatieacties die hierbij passen.
moderation-log-older = Oudere acties
moderation-any-action = Elke actie
moderation-when = Wanneer
moderation-moderator = Moderator
moderation-member = Lid
moderation-group = Groep
moderation-notice-title = Een besluit van een moderator
moderated-keep = Een moderator heeft naar je bijdrage gekeken en laat die staan.
moderated-hide = Een moderator heeft je bijdrage verborgen. Jij ziet haar nog; anderen niet.
moderated-restore = Een moderator heeft je bijdrage weer zichtbaar gemaakt.
moderated-delete = Een moderator heeft je bijdrage verwijderd.
moderated-lock = Een moderator heeft het reageren op je bericht gesloten.
moderated-unlock = Een moderator heeft het reageren op je bericht heropend.
moderated-warn = Een moderator stuurt je een waarschuwing over je bijdrage.
moderated-move = Een moderator heeft je bericht naar een andere groep verplaatst.
moderated-suspend = Een moderator heeft je account geschorst.
moderated-auto-hide = Meerdere leden meldden je bijdrage; daarom is die verborgen tot een moderator ernaar heeft gekeken.
moderation-suspended-until = Geschorst tot
moderation-your-text = Wat je schreef
autohide-field = Automatisch verbergen na dit aantal meldingen
autohide-hint = 0 is uit (standaard): een mens beslist. Van 2 tot 50: de bijdrage wordt verborgen zodra zoveel leden haar meldden, tot een moderator beslist.
matrix-title = Beslismodel
matrix-hint = Welke reactie Plein voorstelt bij elke beoordeling. De impact is hoog als bereik of mogelijke schade hoog is, of bij een juridisch of privacyrisico.
matrix-impact = Impact
moderation-figures-flags = Meldingen in de periode
moderation-figures-handled = Waarvan besloten
moderation-figures-median = Mediane tijd tot een besluit
moderation-figures-by-group = Meldingen per groep
moderation-figures-other-group = Een groep die je niet kunt lezen
moderation-figures-outcomes = Besluiten
moderation-figures-repeat = Leden tegen wie vaker is opgetreden
moderation-figures-repeat-hint = Minstens twee keer verborgen, verwijderd, gewaarschuwd, geschorst of na meldingen verborgen in de periode. Alleen voor het team: om het gesprek aan te gaan, niet om te turven.
moderation-figures-none = Niets in deze periode.
action-edit = Bewerken met een zichtbare notitie
moderated-edit = Een moderator heeft je bericht bewerkt; de reden staat erbij.
moderation-edit-body = Nieuwe tekst (bij bewerken)
moderation-edit-body-hint = Alleen gebruikt bij "Bewerken met een zichtbare notitie"; de reden staat bij het bericht en de eerdere tekst blijft in de geschiedenis.
