# The tasks capability.
tasks-open = Open taken
tasks-mine = Van mij
tasks-unassigned = Niet toegewezen
tasks-closed = Afgerond en afgewezen
tasks-routines = Terugkerende taken
tasks-routines-hint = Het ritme van het team: elke terugkerende taak wordt op haar dag een taak, elke week of elke maand.
tasks-whose = Van wie
tasks-everyone = Van iedereen
tasks-kind = Soort
tasks-any-kind = Elke soort
tasks-state = Status
tasks-refresh = Nu naar nieuwe taken zoeken
tasks-empty = Geen taken hier.
expert-reason-expertise = expertise “{ $tag }”
expert-reason-accepted-here = { $count ->
    [one] een geaccepteerd antwoord in deze groep
   *[other] { $count } geaccepteerde antwoorden in deze groep
}
expert-reason-accepted-topic = { $count ->
    [one] een geaccepteerd antwoord over dit onderwerp
   *[other] { $count } geaccepteerde antwoorden over dit onderwerp
}
expert-reason-answered-here = { $count ->
    [one] beantwoordde hier onlangs een vraag
   *[other] beantwoordde hier onlangs { $count } vragen
}
expert-reason-recent = deze maand actief
tasks-priority-explained = Het dringendste eerst: gemelde inhoud en vragen die al wachten, dan wat veel mensen bereikt, dan de verzameltaken. Taken van één soort staan bij elkaar.
tasks-more-of-kind = { $count ->
    [one] Nog één van deze soort
   *[other] Nog { $count } van deze soort
}
tasks-overdue = te laat
tasks-task = Taak
tasks-group = Groep
tasks-assignee = Toegewezen aan
tasks-nobody = Nog niemand
tasks-due = Uiterlijk
tasks-assign = Toewijzen
tasks-manage = Plannen en afronden
tasks-snooze-days = Uitstellen voor (dagen, bij uitstellen)
tasks-dismiss-reason = Reden (bij afwijzen)
tasks-history = Geschiedenis en opmerkingen
tasks-comment = Opmerking
tasks-add-comment = Opmerking toevoegen
tasks-experts = Wie kan antwoorden
tasks-no-experts = Plein vond niemand met passende expertise of eerder geaccepteerde antwoorden in deze groep.
tasks-invite-experts = Vraag hen te antwoorden
tasks-ambassadors = Ambassadeurs die hen kunnen verwelkomen
tasks-members = { $count ->
    [one] { $count } lid
   *[other] { $count } leden
}
tasks-archive-group = De groep archiveren
tasks-routine-new = Nieuwe terugkerende taak
tasks-routine-title = Wat er moet gebeuren
tasks-cadence = Hoe vaak
tasks-first-day = Eerste dag
tasks-next = volgende
tasks-routine-add = Terugkerende taak toevoegen
cadence-weekly = Wekelijks
cadence-monthly = Maandelijks
task-kind-incomplete-profiles = Onvolledige profielen
task-kind-went-quiet = Stil geworden leden
task-kind-welcome = Een nieuwkomer verwelkomen
task-kind-unanswered-question = Onbeantwoorde vraag
task-kind-idea-waiting = Idee wacht op een reactie
task-kind-flagged-content = Gemelde inhoud
task-kind-idle-group = Slapende groep
task-kind-silent-group = Stille groep
task-kind-routine = Terugkerend
task-advice-incomplete-profiles = Een volledig profiel helpt collega's elkaar te vinden. Stuur deze leden een vriendelijk duwtje met wat er ontbreekt.
task-advice-went-quiet = Deze leden waren vorig kwartaal actief en zijn vier weken stil. Neem contact op: vraag wat ze missen, wijs ze op wat nieuw is.
task-advice-welcome = Verwelkom de nieuwkomer, liefst via een ambassadeur van de eigen afdeling: een persoonlijk woord, een paar groepen om lid van te worden, een eerste vraag om te beantwoorden.
task-advice-unanswered-question = Niemand heeft deze vraag nog beantwoord. Nodig collega's uit die er verstand van hebben, of beantwoord haar zelf.
task-advice-idea-waiting = Niets doodt initiatief zo als geen reactie. Geef het idee een status met een reactie.
task-advice-flagged-content = Leden hebben dit gemeld. Beoordeel het met het beslismodel.
task-advice-idle-group = Weinig leden doen hier mee. Blaas de groep nieuw leven in (een vraag, een bijeenkomst, een nieuwe beheerder) of archiveer haar.
task-advice-silent-group = Niemand deed 90 dagen mee. Vraag de beheerders of de groep nog nodig is; blaas haar nieuw leven in of archiveer haar.
task-advice-routine = Een terugkerende taak van het team.
task-status-open = Open
task-status-snoozed = Uitgesteld
task-status-done = Afgerond
task-status-dismissed = Afgewezen
task-event-created = aangemaakt
task-event-assigned = toegewezen aan
task-event-status = status
task-event-due = uiterlijk op
task-event-resolved = vanzelf opgelost
task-event-action = actie uitgevoerd
task-event-comment = merkte op
error-task-assignee = Kies iemand uit het team.
error-task-cadence = Kies wekelijks of maandelijks.
error-task-no-experts = Er zijn geen voorgestelde experts om uit te nodigen.
error-task-snooze = Geef een aantal dagen van 1 tot 90 om uit te stellen.
error-task-status = Kies een status.
flash-experts-invited = De experts is gevraagd te antwoorden.
flash-routine-added = De terugkerende taak is toegevoegd.
flash-task-commented = Je opmerking is toegevoegd.
flash-task-group-archived = De groep is gearchiveerd en de taak is afgerond.
flash-task-updated = De taak is bijgewerkt.
flash-tasks-refreshed = Plein heeft naar nieuwe taken gezocht.
tasks-send-message = Het bericht sturen
tasks-edit-templates = Het bericht bewerken
tasks-templates = Berichten
tasks-templates-hint = De berichten die het team vanuit taken stuurt, in het Nederlands en het Engels; elk lid krijgt dat in de eigen taal. Schrijf {"{"}name{"}"} voor de naam van het lid. Markdown; leeg zet de tekst van Plein terug.
template-welcome = Welkom
template-profile = Maak je profiel compleet
template-quiet = We missen je
template-welcome-default =
    Welkom op Plein, {"{"}name{"}"}!

    Hier delen collega's kennis, vragen ze elkaar om hulp en leren ze elkaar kennen. Een goed begin: maak je profiel compleet, word lid van een paar groepen over je werk en beantwoord een vraag waar je iets van weet. Vragen? Antwoord mij gerust.
template-profile-default =
    Hoi {"{"}name{"}"}, je profiel op Plein is nog niet compleet. Een foto, je functie, je afdeling en een paar expertises helpen collega's jou te vinden — en jou hen. Het kost twee minuten: open je profiel en kies "Bewerken".
template-quiet-default =
    Hoi {"{"}name{"}"}, we hebben je een tijdje niet op Plein gezien. In de groepen die je kent is veel gebeurd; kijk eens wat er nieuw is. Mis je iets? Laat het me weten, we horen het graag.
flash-messages-sent = Het bericht is verstuurd en de taak is afgerond.
flash-templates-saved = De berichten zijn opgeslagen.
task-event-sent = berichten verstuurd
task-kind-post-with-potential = Bericht met potentie
task-kind-activity-dip = Dip in activiteit
task-advice-post-with-potential = Dit bericht krijgt veel meer reacties dan gebruikelijk in de groep. Versterk het: reageer, breng de juiste mensen in contact, markeer het voor de rapportage of vraag een leidinggevende het publiekelijk te onderschrijven.
task-advice-activity-dip = De activiteit ligt ruim onder wat gebruikelijk is voor deze weekdag. Publiceer iets dat klaarligt — een tip, een succesverhaal, een vraag aan de community.
tasks-settings = Wanneer Plein een taak maakt
tasks-setting-question-hours = Een vraag wacht op een antwoord (uren, 1–720)
tasks-setting-idea-days = Een idee wacht op een reactie (dagen, 1–90)
tasks-setting-memory-days = Een afgewezen taak wordt niet opnieuw gemaakt gedurende (dagen, 1–365)
error-task-setting = Geef een heel getal binnen het aangegeven bereik.
tasks-any-group = Elke groep
task-kind-search-miss = Zoeken zonder resultaat
task-advice-search-miss = Meerdere mensen zochten hier vorige week naar en vonden niets. Schrijf een kennisbankartikel, vraag een expert erover te posten of voeg de woorden die mensen gebruiken toe aan een bestaand artikel.
tasks-search-again = Zoek er nu naar
tasks-write-article = Schrijf een artikel
