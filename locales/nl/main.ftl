# Layout
skip-to-content = Naar de inhoud
nav-main = Hoofdmenu
nav-home = Start
nav-groups = Groepen
nav-people = Mensen
nav-admin = Beheer
nav-logout = Afmelden
language = Taal
back-home = Terug naar de startpagina
save = Opslaan
yes = Ja
no = Nee
form-has-errors = Verbeter het volgende
markdown-hint = Je kunt Markdown gebruiken: **vet**, _cursief_, [link](https://…), lijstjes.

# Errors
error-code = Foutcode
error-not-found = Deze pagina bestaat niet, of je hebt er geen toegang toe.
error-forbidden = Dit mag je niet doen.
error-invalid = Een deel van wat je invulde is niet geldig.
error-csrf = Dit formulier is verlopen of kwam van een andere site. Laad de pagina opnieuw en probeer het nog eens.
error-rate-limited = Te veel pogingen. Wacht een paar minuten en probeer het opnieuw.
error-internal = Er ging bij ons iets mis. Wat je invulde is niet verloren; probeer het nog eens.
error-bad-request = Dit verzoek werd niet begrepen.
error-unavailable = Plein kan de database nu niet bereiken. Er is niets verloren van wat je invulde: probeer het zo opnieuw.
error-timeout = Het antwoord duurde te lang. Er is niets verloren van wat je invulde: probeer het zo opnieuw.
error-uri-too-long = Dit adres is te lang.
error-headers-too-large = Je browser stuurde meer dan deze server aanneemt (te veel of te grote cookies of headers).
error-resend-hint = Wat je invulde staat nog op deze pagina. Verstuur het opnieuw als Plein weer bereikbaar is.
error-resend = Opnieuw versturen
error-too-large = Wat je verstuurde is te groot.
error-required = Dit veld is verplicht.
error-too-long = Dit is te lang.
error-too-short = Dit is te kort.
error-name-direction = Namen mogen geen tekens bevatten die de richting van de tekst omkeren.
error-name-invisible = Vul een naam in met zichtbare tekens.
error-email-invalid = Vul een e-mailadres in zoals naam@organisatie.nl.
error-email-taken = Er bestaat al een account met dit e-mailadres.
error-password-short = Gebruik minstens 10 tekens.
error-password-long = Gebruik hoogstens 256 tekens.
error-password-wrong = Je huidige wachtwoord klopt niet.
error-login-failed = Het e-mailadres of wachtwoord klopt niet.
error-login-slow-down = Er zijn te veel verkeerde wachtwoorden geprobeerd voor dit account. Wacht een minuut en probeer het opnieuw; op een apparaat waarmee je eerder inlogde, kun je meteen inloggen.
error-photo-missing = Kies een foto om te uploaden.
error-photo-not-image = Dit bestand is geen JPEG-, PNG-, WebP- of GIF-afbeelding.
error-photo-too-large = De foto is groter dan 5 MB.
error-photo-dimensions = De foto heeft te veel pixels (hoogstens 30 megapixel, 8192 per zijde).
error-tag-too-long = Een expertise mag hoogstens 40 tekens lang zijn.
error-too-many-tags = Gebruik hoogstens 20 expertises.
error-manager-unknown = Geen actieve collega heeft dit e-mailadres.
error-manager-self = Je kunt niet je eigen leidinggevende zijn.
error-follow-self = Je kunt jezelf niet volgen.
error-group-name-taken = Er bestaat al een groep met deze naam.
error-visibility = Kies wie de groep kan zien.
error-last-admin = Een groep heeft minstens één beheerder nodig. Maak eerst iemand anders beheerder.
error-member-unknown = Geen actieve collega heeft dit e-mailadres.
error-already-member = Deze collega is al lid.
error-reaction-unknown = Deze reactie bestaat niet.
error-self-change = Je kunt je eigen beheerdersrol niet afnemen of jezelf niet deactiveren.
error-self-demote = Je kunt je eigen beheerdersrol niet afnemen.
error-self-deactivate = Je kunt je eigen account niet deactiveren.

# Flash messages
flash-logged-out = Je bent afgemeld.
flash-failed-sign-ins = Iemand probeerde het afgelopen uur verkeerde wachtwoorden voor je account. Was jij dat niet, wijzig dan je wachtwoord.
flash-password-changed = Je wachtwoord is gewijzigd. Andere apparaten zijn afgemeld.
flash-group-created = De groep is aangemaakt.
flash-group-saved = De groepsinstellingen zijn opgeslagen.
flash-group-archived = De groep is gearchiveerd. Hij is alleen-lezen en staat niet meer in de lijsten.
flash-group-restored = De groep is teruggezet.
flash-joined = Je bent nu lid van deze groep.
flash-join-requested = Je verzoek om lid te worden is naar de groepsbeheerders gestuurd.
flash-left = Je hebt de groep verlaten.
flash-member-added = De collega is aan de groep toegevoegd.
flash-members-updated = De leden zijn bijgewerkt.
flash-request-approved = Het verzoek is goedgekeurd.
flash-request-declined = Het verzoek is afgewezen.
flash-posted = Je bericht is geplaatst.
flash-post-saved = Je wijzigingen zijn opgeslagen.
flash-post-deleted = Het bericht is verwijderd.
flash-commented = Je reactie is geplaatst.
flash-comment-deleted = De reactie is verwijderd.
flash-profile-saved = Je profiel is opgeslagen.
flash-photo-saved = Je foto is opgeslagen.
flash-following = Je volgt deze collega nu.
flash-unfollowed = Je volgt deze collega niet meer.
flash-account-updated = Het account is bijgewerkt.
flash-settings-saved = De instellingen zijn opgeslagen.

# Accounts
setup-title = Welkom bij Plein
setup-intro = Maak het eerste beheerdersaccount aan. Daarna kun je collega's uitnodigen.
setup-submit = Beheerder aanmaken
login-title = Aanmelden
login-submit = Aanmelden
register-title = Account aanmaken
register-submit = Account aanmaken
field-email = E-mailadres
field-display-name = Naam
field-password = Wachtwoord
field-current-password = Huidig wachtwoord
field-new-password = Nieuw wachtwoord
password-hint = Minstens 10 tekens. Een zin die je onthoudt werkt goed.
password-title = Wachtwoord wijzigen
password-save = Wachtwoord opslaan

# Roles
role-member = Lid
role-ambassador = Ambassadeur
role-community-manager = Communitymanager
role-admin = Beheerder
role-model = Rolmodel
field-role = Rol

# People
people-title = Mensen
people-none = Geen collega's gevonden met deze filters.
people-more = Meer collega's
filter-name = Naam
filter-expertise = Expertise
filter-department = Afdeling
filter-location = Locatie
filter-any = Alle
filter-apply = Filteren
follow = Volgen
unfollow = Ontvolgen
followers-count = { $count ->
    [one] { $count } volger
   *[other] { $count } volgers
}
photo-of = Foto van { $name }
profile-edit = Profiel bewerken
profile-details = Gegevens
profile-posts = Berichten
profile-no-posts = Nog geen berichten.
profile-complete-percent = Je profiel is voor { $percent }% compleet
profile-missing-intro = Collega's vinden je makkelijker als je dit toevoegt:
profile-complete-now = Maak je profiel compleet
profile-missing-photo = een foto
profile-missing-job-title = je functie
profile-missing-department = je afdeling
profile-missing-location = je locatie
profile-missing-expertise = waar je verstand van hebt (expertise)
profile-missing-bio = een korte introductie
profile-missing-manager = je leidinggevende
field-photo = Foto
photo-choose = Kies een foto
photo-hint = JPEG, PNG, WebP of GIF, hoogstens 5 MB. We verkleinen hem en verwijderen verborgen gegevens.
photo-upload = Foto uploaden
field-job-title = Functie
field-department = Afdeling
field-location = Locatie
field-expertise = Expertise
expertise-hint = Scheid onderwerpen met komma's, bijvoorbeeld "privacy, Excel, projectmanagement".
field-manager = Leidinggevende
field-manager-email = E-mailadres van je leidinggevende
field-bio = Over mij

# Groups
groups-title = Groepen
groups-mine = Mijn groepen
groups-mine-empty = Je bent nog geen lid van een groep.
groups-discover = Groepen ontdekken
groups-discover-empty = Er zijn nog geen andere groepen. Begin er een!
group-new = Nieuwe groep
group-create = Groep aanmaken
group-settings = Groepsinstellingen
group-join = Lid worden
group-request = Vragen om lid te worden
group-requested = Je verzoek om lid te worden wacht op een groepsbeheerder.
group-withdraw = Verzoek intrekken
group-leave = Groep verlaten
group-archive = Groep archiveren
group-restore = Groep terugzetten
group-archived = Gearchiveerd
group-admin = Groepsbeheerder
group-posts = Berichten
group-closed-notice = Deze groep is besloten. Alleen leden kunnen de berichten lezen.
field-group-name = Naam
field-description = Beschrijving
field-visibility = Wie kan deze groep zien?
visibility-open = Open
visibility-open-hint = iedereen kan meelezen en lid worden.
visibility-closed = Besloten
visibility-closed-hint = zichtbaar in de lijst, maar alleen leden lezen mee; een groepsbeheerder keurt nieuwe leden goed.
visibility-secret = Geheim
visibility-secret-hint = niet zichtbaar; alleen uitgenodigde leden weten dat hij bestaat.
members-title = Leden
members-count = { $count ->
    [one] { $count } lid
   *[other] { $count } leden
}
member-add = Collega toevoegen
member-add-submit = Aan groep toevoegen
field-colleague-email = E-mailadres van de collega
member-promote = Beheerder maken
member-demote = Maak gewoon lid
member-remove = Uit groep verwijderen
requests-title = Verzoeken om lid te worden
request-approve = Goedkeuren
request-decline = Afwijzen

# Posts and feeds
home-title = Start
feed-empty-home = Hier staat nog niets. Word lid van groepen en volg collega's om je startpagina te vullen.
feed-find-groups = Groepen zoeken
feed-find-people = Collega's zoeken
feed-empty-group = Nog geen berichten. Wees de eerste!
feed-older = Oudere berichten
in-group = in
post-title = Bericht
post-new = Schrijf een bericht
post-placeholder = Deel nieuws, stel een vraag, bedank een collega…
field-post-body = Bericht
post-submit = Plaatsen
post-edit = Bericht bewerken
post-edited = bewerkt
post-delete = Bericht verwijderen
post-history = Bewerkingsgeschiedenis
history-current = Huidige versie
history-replaced = Versie vervangen op { $when }
comments-count = { $count ->
    [one] { $count } reactie
   *[other] { $count } reacties
}
reactions-count = { $count ->
    [one] { $count } waardering
   *[other] { $count } waarderingen
}
field-comment = Jouw reactie
comment-submit = Reageren
comment-delete = Reactie verwijderen
reaction-like = Leuk
reaction-celebrate = Feest
reaction-thanks = Bedankt
reaction-insightful = Inzichtelijk
reaction-support = Steun

# Administration
admin-users = Accounts
admin-new-user = Nieuw account
admin-settings = Instellingen
admin-search = Zoek op naam of e-mail
admin-status = Status
admin-active = Actief
admin-inactive = Gedeactiveerd
admin-activate = Activeren
admin-deactivate = Deactiveren
admin-create-account = Account aanmaken
admin-link-intro = Het account is aangemaakt. Geef je collega deze eenmalige link (7 dagen geldig) om een wachtwoord in te stellen:
setting-open-registration = Open registratie
setting-open-registration-hint = iedereen die Plein kan bereiken mag een account aanmaken. Laat uit als accounts uit de directory van je organisatie komen.

# Questions
field-kind = Soort
kind-discussion = Bericht
kind-question = Vraag
question-unanswered = Onbeantwoord
question-answered = Beantwoord
question-accepted = Antwoord geaccepteerd
answer-accept = Accepteren als antwoord
answer-unaccept = Acceptatie intrekken
answer-accepted = Geaccepteerd antwoord
questions-link = Open vragen
questions-open-in = Open vragen in { $name }
questions-open-by = Open vragen van { $name }
questions-none = Geen open vragen.
flash-answer-accepted = Het antwoord is geaccepteerd.
flash-answer-unaccepted = Het antwoord is niet langer geaccepteerd.
error-kind = Kies een soort bericht.
error-not-a-question = Alleen antwoorden op een vraag kunnen worden geaccepteerd.

# Calls for help
kind-call-for-help = Oproep
call-open = Open
call-resolved = Opgelost
call-resolve = Markeren als opgelost
call-reopen = Weer openzetten
flash-call-resolved = Je oproep is gemarkeerd als opgelost. Fijn dat je het laat weten!
flash-call-reopened = Je oproep staat weer open.
error-not-a-call = Alleen een oproep kan als opgelost worden gemarkeerd.

## Ideas
kind-idea = Idee
idea-status-new = Nieuw
idea-status-under-review = In behandeling
idea-status-planned = Gepland
idea-status-implemented = Uitgevoerd
idea-status-declined = Afgewezen
idea-status-heading = Status van dit idee
idea-no-response = Nog niemand heeft op dit idee gereageerd.
field-idea-status = Nieuwe status
field-idea-response = Je reactie aan de indiener
idea-response-hint = Elke statuswijziging vraagt om een geschreven reactie: leg uit wat er nu gebeurt, of waarom niet.
idea-change-status = Status wijzigen
flash-idea-status-changed = De status van het idee is gewijzigd; de indiener en volgers zijn op de hoogte gebracht.
error-not-an-idea = Alleen een idee heeft een status.
error-idea-status = Kies een van de aangeboden statussen.
ideas-link = Ideeën
ideas-in = Ideeën in { $name }
ideas-by-status = Ideeën per status
ideas-all = Alle
ideas-none = Hier zijn nog geen ideeën.
post-follow = Volgen
post-unfollow = Niet meer volgen
flash-following-post = Je volgt dit bericht nu en hoort van reacties en wijzigingen.
flash-unfollowed-post = Je volgt dit bericht niet meer.

## Notifications
nav-notifications = Meldingen
notifications-title = Meldingen
notifications-none = Niets nieuws voor je.
notifications-new = Nieuw
notifications-mark-all-read = Alles als gelezen markeren
notifications-settings = Instellingen voor meldingen
notifications-settings-intro = Kies waarover je iets hoort. Per e-mail: een paar minuten later één mail met al het nieuwe, tenzij je het dan al in Plein zag.
notifications-kind = Wat er gebeurde
notifications-in-app = In Plein
notifications-email = Per e-mail
notify-kind-reply = Reacties op berichten die ik schreef of volg
notify-kind-answer-accepted = Mijn antwoord is geaccepteerd
notify-kind-idea-status = Een idee dat ik schreef of volg kreeg een nieuwe status
notify-kind-join-request = Iemand wil lid worden van een groep die ik beheer
notify-someone = Iemand
notify-reply = { $actor } reageerde op een bericht in { $group }
notify-answer-accepted = { $actor } accepteerde je antwoord in { $group }
notify-idea-status = { $actor } zette een idee in { $group } op “{ $detail }”
notify-join-request = { $actor } wil lid worden van { $group }
flash-notifications-read = Alle meldingen zijn als gelezen gemarkeerd.
flash-preferences-saved = Je instellingen voor meldingen zijn bewaard.
setting-time-zone = Tijdzone van de organisatie
setting-time-zone-hint = Evenementen worden in deze tijdzone gepland en getoond (een IANA-naam zoals Europe/Amsterdam).
error-time-zone = Onbekende tijdzone; gebruik een naam zoals Europe/Amsterdam.

## Events
nav-events = Evenementen
kind-event = Evenement
event-upcoming = Gepland
event-over = Voorbij
event-plan = Een evenement plannen
event-new = Een evenement plannen
event-create = Evenement publiceren
field-event-title = Titel
field-event-starts = Begint
field-event-ends = Eindigt
field-event-location = Plaats
field-event-online = Onlinelink
field-event-capacity = Plaatsen
field-event-description = Beschrijving
event-zone-hint = Tijden zijn in { $zone }.
event-capacity-hint = Laat leeg voor geen limiet; is het vol, dan komen mensen op een wachtlijst.
event-when = Wanneer
event-where = Waar
event-online = Online
event-places = Aanmeldingen
event-places-taken = { $taken } van { $capacity } plaatsen bezet
event-going-count = { $count } komen
event-waiting-count = { $count } op de wachtlijst
event-maybe-count = { $count } misschien
event-you-go = Je komt.
event-you-wait = Je staat op nummer { $position } van de wachtlijst; je hoort het als er een plaats vrijkomt.
event-your-answer = Jouw antwoord:
rsvp-going = Ik kom
rsvp-maybe = Misschien
rsvp-not-going = Ik kom niet
event-add-to-calendar = Aan mijn agenda toevoegen (.ics)
event-who-goes = Wie er komen
flash-event-created = Je evenement is gepubliceerd.
flash-rsvp-place = Je komt: je plaats is gereserveerd.
flash-rsvp-waiting = Het evenement is vol: je staat op de wachtlijst.
flash-rsvp-saved = Je antwoord is bewaard.
error-datetime = Geef een datum en tijd.
error-event-past = Het evenement moet in de toekomst beginnen.
error-event-end = Het einde moet na het begin komen.
error-event-too-long = Een evenement duurt hoogstens 14 dagen.
error-url = Geef een webadres dat begint met https://
error-capacity = Geef een aantal plaatsen vanaf 1, of laat het leeg.
error-rsvp = Kies ik kom, misschien of ik kom niet.
error-event-over = Dit evenement is voorbij.
events-mine = Mijn evenementen
events-none = Je gaat niet naar komende evenementen.
events-calendar-link = Agendalink
events-calendar-intro = Abonneer je in Outlook, Google of Apple Agenda op deze privélink om de evenementen te zien waar je heen gaat. Iedereen met de link ziet titels en tijden, dus houd hem voor jezelf.
events-calendar-your-link = Jouw agendalink
events-calendar-once = Kopieer hem nu: hij wordt maar één keer getoond. Een nieuwe maken zet de oude uit.
events-calendar-create = Mijn agendalink maken
events-calendar-reset = Een nieuwe link maken (de oude werkt dan niet meer)
events-calendar-name = Plein: mijn evenementen
notify-kind-event-change = Evenementen waarop ik reageerde veranderen voor mij
notify-event-change = Een evenement in { $group }: { $detail }
event-change-place = er kwam een plaats vrij en die is voor jou

## Polls
kind-poll = Peiling
poll-open = Open
poll-closed = Gesloten
poll-new = Een peiling starten
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

## Mentions and praise
mention-hint = Typ @ en een naam om een collega te noemen (of @ en het e-mailadres).
kind-praise = Compliment
praise-link = Ontvangen complimenten
praise-for = Complimenten voor { $name }
praise-none = Hier zijn nog geen complimenten.
error-praise-nobody = Noem de collega's die je een compliment geeft met @ (bijvoorbeeld @anna@example.nl).
notify-kind-mention = Iemand noemt mij
notify-kind-praise = Iemand geeft mij een compliment
notify-mention = { $actor } noemde je in { $group }
notify-praise = { $actor } gaf je een compliment in { $group }
setting-min-group-size = Minimale groepsgrootte voor cijfers
setting-min-group-size-hint = Geen enkel aantal wordt getoond over minder mensen dan dit (minstens 5), zodat niemand herleidbaar is.
error-min-group-size = Geef een geheel getal van 5 tot 1000.

## Announcements
kind-announcement = Mededeling
announcement-pinned = Vastgezet
announcement-new = Een mededeling schrijven
announcement-create = Mededeling publiceren
field-announcement-body = Mededeling
field-pinned-until = Vastgezet tot en met (optioneel)
pin-hint = Tot het einde van die dag in { $zone }, hoogstens een jaar; laat leeg om niet vast te zetten.
announcement-pinned-until = Vastgezet tot
announcement-mark-read = Markeren als gelezen
announcement-you-read = Je hebt dit gelezen.
announcement-read-figure = Gelezen door { $read } van { $members } leden
announcement-not-read = { $count ->
    [one] { $count } lid heeft het nog niet gelezen
   *[other] { $count } leden hebben het nog niet gelezen
}
announcement-too-small = Leescijfers verschijnen alleen in groepen van minstens { $minimum } leden, zodat niemand herleidbaar is.
announcements-heading = Mededelingen
pinned-heading = Vastgezet
flash-announced = Je mededeling is gepubliceerd; de leden van de groep zijn op de hoogte gebracht.
flash-marked-read = Gemarkeerd als gelezen.
error-date = Geef een datum.
error-pin-range = Kies een dag van vandaag tot een jaar vooruit.
notify-kind-announcement = Nieuwe mededelingen in mijn groepen
notify-announcement = { $actor } publiceerde een mededeling in { $group }

## Knowledge base
nav-kb = Kennisbank
kb-title = Kennisbank
kb-new = Een artikel schrijven
kb-write = Artikel
kb-empty = Nog geen artikelen. Maak er een van een beantwoorde vraag, of schrijf er een.
kb-uncategorised = Overige artikelen
kb-add-category = Een categorie toevoegen
field-category-name = Naam van de categorie
kb-owner = Eigenaar: { $name }
kb-updated = bijgewerkt
kb-only-group = Alleen voor { $name }
kb-readers-everyone = Iedereen
kb-source-question = De vraag waar het uit voortkwam
kb-edit = Artikel bewerken
kb-from-question = Gemaakt van een vraag in { $group }, met het geaccepteerde antwoord.
kb-turn-into-article = Omzetten naar artikel
kb-made-into = Omgezet naar een artikel:
field-article-title = Titel
field-article-category = Categorie
field-article-readers = Wie het mag lezen
field-article-body = Tekst
flash-article-created = Het artikel is gepubliceerd.
flash-article-saved = Het artikel is bewaard; de vorige versie staat in de geschiedenis.
flash-category-added = De categorie is toegevoegd.
error-category-taken = Die categorie bestaat al.
error-category-unknown = Kies een van de categorieën.
error-no-accepted-answer = Alleen een vraag met een geaccepteerd antwoord kan een artikel worden.
error-article-scope = Deze vraag komt uit een besloten groep: het artikel blijft alleen leesbaar voor die groep.

## Topics
nav-topics = Onderwerpen
topics-title = Onderwerpen
topics-followed = Onderwerpen die ik volg
topics-none-followed = Je volgt nog geen onderwerpen. Open een #onderwerp in een bericht en volg het om de berichten op je startpagina te zien.
topics-popular = Populaire onderwerpen
topics-none = Nog geen berichten met een #onderwerp.
topic-follow = Onderwerp volgen
topic-unfollow = Onderwerp niet meer volgen
topic-empty = Geen berichten die je mag lezen hebben dit onderwerp.
flash-topic-followed = Je volgt dit onderwerp: de berichten verschijnen op je startpagina.
flash-topic-unfollowed = Je volgt dit onderwerp niet meer.
notify-kind-reaction = Reacties met een emoji op mijn berichten (één melding per bericht tot ik die open)
notify-reaction = { $actor } en mogelijk anderen reageerden op je bericht in { $group }
event-change = Evenement wijzigen
flash-event-changed = Het evenement is gewijzigd; iedereen die ik kom of misschien antwoordde is op de hoogte gebracht.
event-change-changed = de tijd, plaats of details zijn gewijzigd

## Cockpit
nav-cockpit = Cockpit
cockpit-title = Cockpit

cockpit-headline = Kerncijfers
metric-accounts = Accounts
metric-activated = Geactiveerd (ooit actief ÷ accounts)
metric-dau = Dagelijks actieve leden (gemiddeld)
metric-wau = Wekelijks actieve leden
metric-mau = Maandelijks actieve leden
metric-stickiness = Kleefkracht (DAU ÷ MAU)
metric-stickiness-basis = DAU van de laatste 30 dagen ÷ MAU:
metric-posts = Berichten per dag
metric-comments = Reacties per dag
metric-reactions = Emoji-reacties per dag
metric-active = Actieve leden
metric-posts-short = Berichten
metric-comments-short = Reacties
metric-reactions-short = Emoji-reacties
cockpit-daily-active = Actieve leden per dag
dip = een dip
dips-heading = Dips
dips-none = Geen dips: geen dag in deze periode was duidelijk stiller dan dezelfde weekdag in de vier weken ervoor.
dip-line = { $date }: { $active } actieve leden, waar dezelfde weekdag er gewoonlijk { $usual } heeft
cockpit-as-table = De cijfers als tabel
cockpit-date = Datum
cockpit-csv = CSV downloaden
cockpit-json = JSON
cockpit-trend-title = Verandering ten opzichte van de 30 dagen daarvoor
cockpit-audit-note = Elke weergave van deze cijfers wordt vastgelegd in het auditlog. De cijfers beschrijven de community, nooit personen.
cockpit-too-small = Plein toont cijfers zodra de community minstens { $minimum } leden heeft, zodat niemand herleidbaar is.
cockpit-too-small-short = De community is kleiner dan de minimale groepsgrootte: geen cijfers.
cockpit-hours = { $hours } u
metric-new-members = Nieuwe leden
period-heading = Periode
period-from = Van
period-to = Tot en met
period-show = Toon
period-shown = Van { $from } tot en met { $to } (UTC-dagen), vergeleken met { $before_from } tot en met { $before_to }.
period-reversed = De einddatum ligt voor de begindatum.
period-future = De periode kan niet na vandaag eindigen.
period-too-long = Een periode is hoogstens dertien maanden (400 dagen).
period-bad-date = Vul datums in als jaar-maand-dag, bijvoorbeeld 2026-11-01.
phase-heading = Adoptiefase (de 5 B's)
phase-number = Fase { $number } van 5
phase-bereiken = Bereiken
phase-betrekken = Betrekken
phase-binden = Binden
phase-boeien = Boeien
phase-bezielen = Bezielen
phase-bereiken-focus = Richt je op het uitrollen van het platform: activeer medewerkers, geef workshops, begeleid mensen actief in wat er kan en ondersteun het met interne communicatie.
phase-betrekken-focus = Betrek medewerkers: maak samen met ambassadeurs content, reageer op content en lok medewerkers uit om mee te doen. Geef het voorbeeld (nieuws, blogs, stafafdelingen helpen plaatsen), verwijs wie je mailt naar bestaande content en start een supportgroep die vragen omzet in herbruikbare content.
phase-binden-focus = Bind de medewerkers die meedoen en krijg er meer actief: waardeer actieve leden openlijk en licht interessante content die zij maken uit, zodat anderen zien dat meedoen loont.
phase-boeien-focus = Medewerkers creëren volop en gebruiken het platform in hun dagelijks werk; je modereert meer dan je zelf maakt. Kijk samen met medewerkers hoe het platform naar een volgend niveau kan: welke functies zijn van belang en wat betekenen organisatieveranderingen voor het platform?
phase-bezielen-focus = Medewerkers nemen ongevraagd taken van de community manager over: modereren, collega's op weg helpen, content en functionele suggesties doen. Bestuur en kanaliseer de wensen vanuit de organisatie en overleg geregeld met het managementteam.
phase-evidence = Het bewijs: elke indicator tegen de drempel om een fase te verlaten
phase-indicator = Indicator
phase-to-leave = Nodig om te verlaten
phase-measured = Gemeten
phase-threshold = Drempel
phase-met = Gehaald
phase-yes = ja
phase-no = nee
phase-not-measured = nog niet gemeten
phase-activated = Geactiveerde leden (ooit actief ÷ accounts)
phase-complete-profiles = Complete profielen (alle zeven onderdelen)
phase-mau = Maandelijks actieve leden ÷ accounts
phase-stickiness = Stickiness (DAU ÷ MAU)
phase-interactive = Interactieve leden in 180 dagen (geplaatst, gereageerd of een reactie gegeven) ÷ accounts
phase-answered = Beantwoorde vragen
phase-median-response = Mediane tijd tot een eerste antwoord
phase-creators = Makers ÷ actieve leden
phase-managers-moderate = Community managers namen meer moderatieacties dan ze berichten schreven
phase-member-carried = Antwoorden, reacties op ideeën en moderatieacties door leden die geen community manager zijn
participation-heading = Deelname (de 90-9-1-bril)
participation-explained = Over de laatste 30 dagen van de periode (de 90-9-1-bril) telt elk actief lid één keer mee, op het hoogste niveau: makers plaatsten iets, bijdragers gaven een reactie of antwoord maar plaatsten niets, lezers lazen alleen.
participation-level = Niveau
participation-members = Leden
participation-share = Aandeel
participation-share-before = Aandeel in de periode ervoor
participation-creators = Makers
participation-contributors = Bijdragers
participation-lurkers = Lezers
participation-active = Actief in die 30 dagen
responses-heading = Vragen en ideeën
questions-asked = Gestelde vragen
questions-answered = Beantwoord door een ander
questions-accepted = Met een geaccepteerd antwoord
questions-median = Mediane tijd tot een eerste antwoord
questions-unanswered = Nog onbeantwoord
ideas-posted = Geplaatste ideeën
ideas-responded = Met een reactie
ideas-median = Mediane tijd tot een eerste reactie
ideas-waiting = Ideeën die langer dan { $days } dagen wachten (ooit geplaatst)
responses-half-waiting = minstens de helft wacht nog
responses-explained = Medianen tellen elke vraag of elk idee van de periode mee, ook die nog zonder reactie; wacht minstens de helft nog, dan is er geen mediaan in plaats van een flatteuze over de paar beantwoorde.
profiles-heading = Volledigheid van profielen
profiles-items = Ingevulde onderdelen
profiles-of-seven = { $items } van 7
shares-heading = Aandeel in de activiteit per rol
shares-segment = Rol
shares-activity = Aandeel in alle berichten, antwoorden, reacties en andere activiteit (bezoeken niet meegeteld)
shares-withheld = niet getoond: te weinig mensen
shares-withheld-short = niet getoond
shares-explained = Een rol met minder dan { $minimum } mensen krijgt geen cijfer, zodat niemand herkenbaar wordt.
segment-community_manager = Community managers en beheerders
segment-ambassador = Ambassadeurs
segment-senior = Senior managers (rolmodellen)
segment-member = Alle anderen

## Analytics privacy
privacy-title = Wat Plein meet, en wie het ziet
privacy-link = Wat Plein meet
privacy-intro = Plein houdt cijfers bij over de community, zodat community managers zien wat werkt en wat aandacht vraagt. Ze beschrijven de community, niet individuele mensen. Deze pagina is voor ieder lid, voor de ondernemingsraad en voor een gegevensbeschermingseffectbeoordeling (DPIA).
privacy-measured-heading = Wat wordt vastgelegd
privacy-measured = Van ieder lid legt Plein vast wanneer het:
privacy-measured-visit = Plein op een dag gebruikt (één keer per dag, niet elke pagina of hoe lang);
privacy-measured-posts = een bericht plaatst, en van welk soort (discussie, vraag, idee, evenement, peiling, compliment, mededeling, hulpvraag);
privacy-measured-replies = reageert, een vraag beantwoordt, een antwoord accepteert, een reactie geeft, op een idee reageert of een uitnodiging beantwoordt;
privacy-measured-groups = lid wordt van een groep of die verlaat, of het profiel wijzigt.
privacy-not-measured = Niet vastgelegd: welke pagina's of berichten je leest, hoe lang, waarop je zoekt, of iets uit privéberichten. De cijfers bevatten nooit de tekst die mensen schrijven.
privacy-kept-heading = Hoe lang het bewaard wordt
privacy-kept-raw = Elke vastgelegde handeling, met het lid waar die bij hoort, wordt na { $days } dagen verwijderd.
privacy-kept-rollups = Dagtotalen blijven, om trends te tonen: aantallen per dag, groep, soort actie en rol (community manager, ambassadeur, senior manager, alle anderen); welke leden op een dag actief waren, op welk niveau (gelezen, gereageerd, geplaatst) en met hoeveel berichten en reacties in open groepen; de laatste dag dat elk lid actief was en meedeed in elke groep.
privacy-kept-audit = Elke keer dat iemand de cijfers bekijkt wordt vastgelegd: wie, wanneer en welke periode.
privacy-who-heading = Wie ziet wat
privacy-who-managers = Community managers en beheerders zien de cockpit: cijfers over de hele community, haar groepen en afdelingen. Zij maken de maand- en kwartaalrapportages, die berichten uit open groepen kunnen citeren.
privacy-who-seniors = Senior managers die als rolmodel zijn gemarkeerd lezen de cockpit en de rapportages; zij veranderen niets.
privacy-who-export = Beheerders kunnen de vastgelegde handelingen exporteren voor eigen analyse; leden staan daarin onder een pseudoniem dat niet hun accountnummer is.
privacy-who-members = Leden zien hun eigen bijdragen en openbare bijdragen, zoals overal in Plein.
privacy-protection-heading = Hoe mensen beschermd worden
privacy-protection-minimum = Geen cijfer gaat over minder dan { $minimum } mensen, ook niet door een filter te verfijnen; een kleinere groep wordt als niet getoond weergegeven.
privacy-protection-subtraction = Ook geen verschil of som van getoonde cijfers gaat over minder mensen: waar cijfers optellen tot een totaal (aandelen per rol, de verdeling van deelname, afdelingen), worden de eerstvolgende kleinste met de kleine achtergehouden; groepen onder het minimum tellen niet mee in de totalen van de community; percentages hebben minstens zoveel mensen achter zich nodig.
privacy-protection-no-individuals = Er staan geen scores van individuele mensen in de cockpit.
privacy-protection-top-shown = De enige lijst met namen is „grootste bijdragers”: de leden met de meeste berichten en reacties in open groepen over 30 dagen, die iedereen toch al kan lezen. Een beheerder kan hem uitzetten.
privacy-protection-top-hidden = De lijst van grootste bijdragers staat uit: de cockpit noemt niemand bij naam.
privacy-protection-access = Cijfers laten nooit inhoud van besloten of geheime groepen zien aan wie er geen lid van is.
privacy-protection-addresses = Een collega op e-mailadres aan een groep toevoegen en je registreren vertellen of een adres een account heeft: binnen de organisatie toont de smoelenboek-zoekfunctie elke collega toch al. Die antwoorden zijn beperkt tot 30 per uur per groepsbeheerder en 10 per uur per netwerkadres, zodat adressen niet massaal te verzamelen zijn.
export-title = Activiteit exporteren
export-intro = De vastgelegde activiteit van een periode als CSV, voor eigen analyse en om de cijfers van de cockpit te controleren. Leden staan erin onder een pseudoniem dat gemaakt wordt met de exportsleutel die je kiest: dezelfde sleutel geeft dezelfde pseudoniemen, een andere sleutel andere. Plein bewaart de sleutel niet.
export-key = Exportsleutel
export-key-hint = Minstens { $chars } tekens. Houd hem voor jezelf: met de sleutel zijn pseudoniemen aan accounts te koppelen.
export-key-short = De exportsleutel is te kort.
export-download = CSV downloaden
export-columns = Kolommen: datum (UTC), lid (pseudoniem), soort, groeps-id. Geen tijdstippen, bericht-id's of teksten. Elke export wordt in het auditlogboek vastgelegd.
thresholds-title = Drempels van de 5 B's-fasen
thresholds-intro = De community verlaat een fase als zij aan elke drempel van die fase voldoet. De standaardwaarden komen uit onderzoek; pas ze aan je organisatie aan. Percentages zijn procenten, de reactietijd is in uren.
thresholds-percent-at-least = procent, minstens
thresholds-hours-at-most = uur, hoogstens
thresholds-adjust = Drempels aanpassen
error-threshold-percent = Vul een percentage van 0 tot en met 100 in.
error-threshold-hours = Vul een aantal uren van 1 tot en met 720 in.
flash-thresholds-saved = De drempels zijn opgeslagen; de fase wordt ermee bepaald.

# Cockpit: groups, top contributors
groups-health-heading = Actieve en stille groepen (vandaag)
groups-health-summary = { $active } actief, { $idle } slapend, { $silent } stil
groups-health-explained = Slapend: minder dan 5% van de leden reageerde of plaatste iets in de groep in de laatste 30 dagen. Stil: 90 dagen deed niemand dat — nieuw leven inblazen of archiveren. Groepen met minder leden dan de minimale groepsgrootte krijgen geen cijfers.
groups-health-group = Groep
groups-health-status = Status
groups-health-engaged = Deed mee (30 dagen)
groups-health-quiet = Laatst meegedaan
groups-health-secret = Een geheime groep waar je niet in zit
groups-health-days = { $days ->
    [0] vandaag
    [one] 1 dag geleden
   *[other] { $days } dagen geleden
}
group-health-active = Actief
group-health-idle = Slapend
group-health-silent = Stil
group-health-too-small = Te klein voor cijfers
top-contributors-heading = Grootste bijdragers (laatste 30 dagen)
top-contributors-explained = Alleen berichten en reacties in open groepen; een beheerder kan deze lijst uitzetten.
top-contributors-none = Geen openbare berichten of reacties in deze 30 dagen.
top-contributors-count = { $count ->
    [one] 1 bijdrage
   *[other] { $count } bijdragen
}
setting-top-contributors = Grootste bijdragers tonen in de cockpit
setting-top-contributors-hint = een lijst van de leden met de meeste berichten en reacties in open groepen over 30 dagen. Zet hem uit als je ondernemingsraad liever geen namen ziet.

# Reports
reports-title = Rapportages
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
month-1 = januari
month-2 = februari
month-3 = maart
month-4 = april
month-5 = mei
month-6 = juni
month-7 = juli
month-8 = augustus
month-9 = september
month-10 = oktober
month-11 = november
month-12 = december
highlight-link = Voor de rapportage
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

# Cockpit: one group
period-group = Groep
period-whole-community = Hele community
group-figures-heading = Cijfers van { $group }
group-figures-explained = Wat er in deze groep gebeurde, tegenover de periode ervoor. Actieve leden, deelname en de fase gaan over de hele community en worden niet per groep uitgesplitst.
group-figures-open = Open de groep
group-actions-per-day = Berichten, reacties en emoji-reacties per dag
group-figures-too-small = Deze groep heeft minder dan { $minimum } leden en krijgt daarom geen cijfers: die zouden mensen herkenbaar maken.

# Cockpit: departments
departments-heading = Gebruik per afdeling (laatste 30 dagen)
departments-explained = Naar de huidige afdeling van leden. Afdelingen met minder dan { $minimum } accounts worden samen geteld, en weggelaten als ze samen te weinig zijn.
departments-none = Nog geen accounts.
departments-department = Afdeling
departments-activated = Ooit actief
departments-active = Actief
departments-taking-part = Deed mee
departments-not-given = Geen afdeling ingevuld
departments-smaller = { $count ->
    [one] 1 kleinere afdeling
   *[other] { $count } kleinere afdelingen samen
}
setting-retention-days = Ruwe activiteitsgebeurtenissen bewaren (dagen)
setting-retention-days-hint = Van 30 tot 1826 dagen (13 maanden is 396). Oudere gebeurtenissen worden dagelijks verwijderd; de dagtotalen die de cockpit toont blijven.
error-retention-days = Vul een aantal dagen in van 30 tot 1826.

## Moderatie
nav-moderation = Moderatie
admin-moderation = Moderatie-instellingen
community-moderator = Moderator van de community
group-moderator = Moderator
member-make-moderator = Maak moderator
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
flag-link = Melden
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
error-comments-locked = Reageren op dit bericht is gesloten.
error-account-suspended = Dit account is voorlopig geschorst. In het bericht dat je kreeg staat tot wanneer.
error-moderation-action = Kies een actie die past.
error-move-group = Kies een andere groep die je modereert.
error-suspend-days = Geef een aantal dagen van 1 tot 365.
error-rating-incomplete = Beoordeel alle vier de punten, of geen.
error-autohide = Geef 0 (uit) of een getal van 2 tot 50.
error-matrix = Kies voor elke cel een reactie.
post-hidden-notice = Een moderator heeft dit bericht verborgen. Alleen de schrijver en de moderatoren zien het.
comment-hidden = Deze reactie is verborgen door een moderator.
comments-locked = Reageren op dit bericht is gesloten.
moderation-queue = Gemelde berichten
moderation-queue-empty = Er wacht niets op beoordeling.
moderation-all-groups = Alle groepen
moderation-flags-count = { $count ->
    [one] { $count } melding
   *[other] { $count } meldingen
}
moderation-comment = Reactie
moderation-hidden = Verborgen
moderation-locked = Reageren gesloten
moderation-review-link = Beoordelen
moderation-review-title = Beoordelen
moderation-open-post = Het bericht openen
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
moderation-log = Moderatielogboek
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
notify-kind-moderation = Besluiten van moderatoren
notify-moderation = Een besluit van een moderator over je bijdrage: { $detail }
autohide-field = Automatisch verbergen na dit aantal meldingen
autohide-hint = 0 is uit (standaard): een mens beslist. Van 2 tot 50: de bijdrage wordt verborgen zodra zoveel leden haar meldden, tot een moderator beslist.
matrix-title = Beslismodel
matrix-hint = Welke reactie Plein voorstelt bij elke beoordeling. De impact is hoog als bereik of mogelijke schade hoog is, of bij een juridisch of privacyrisico.
matrix-impact = Impact

## Werkvoorraad
nav-tasks = Taken
tasks-title = Werkvoorraad
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
notify-kind-answer-invite = Verzoeken om een vraag te beantwoorden
notify-answer-invite = { $actor } vraagt of je een vraag in { $group } kunt beantwoorden
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
message-title = Bericht
message-from = Van
notify-kind-message = Persoonlijke berichten
notify-message = { $actor } stuurde je een bericht
moderation-figures = Moderatiecijfers
moderation-figures-flags = Meldingen in de periode
moderation-figures-handled = Waarvan besloten
moderation-figures-median = Mediane tijd tot een besluit
moderation-figures-by-group = Meldingen per groep
moderation-figures-other-group = Een groep die je niet kunt lezen
moderation-figures-outcomes = Besluiten
moderation-figures-repeat = Leden tegen wie vaker is opgetreden
moderation-figures-repeat-hint = Minstens twee keer verborgen, verwijderd, gewaarschuwd, geschorst of na meldingen verborgen in de periode. Alleen voor het team: om het gesprek aan te gaan, niet om te turven.
moderation-figures-none = Niets in deze periode.
task-kind-post-with-potential = Bericht met potentie
task-kind-activity-dip = Dip in activiteit
task-advice-post-with-potential = Dit bericht krijgt veel meer reacties dan gebruikelijk in de groep. Versterk het: reageer, breng de juiste mensen in contact, markeer het voor de rapportage of vraag een leidinggevende het publiekelijk te onderschrijven.
task-advice-activity-dip = De activiteit ligt ruim onder wat gebruikelijk is voor deze weekdag. Publiceer iets dat klaarligt — een tip, een succesverhaal, een vraag aan de community.
privacy-measured-moderation = een bericht of reactie melden, of — als moderator — erover beslissen.
privacy-who-moderation = Moderatoren zien de meldingen in de groepen die ze modereren (niet wie meldde, alleen waarom); elk besluit wordt met de reden bewaard in een logboek dat community managers en beheerders lezen, en wie het betreft hoort elk besluit en de reden. Community managers zien welke leden in een periode vaker dan eens een maatregel kregen.
privacy-who-tasks = De werkvoorraad van de community managers noemt leden alleen aan het team: nieuwkomers om te verwelkomen, leden met een onvolledig profiel, leden die actief waren en stil werden. Berichten die het team van daaruit stuurt, lezen alleen de ontvanger en de afzender.
action-edit = Bewerken met een zichtbare notitie
moderated-edit = Een moderator heeft je bericht bewerkt; de reden staat erbij.
moderation-edit-body = Nieuwe tekst (bij bewerken)
moderation-edit-body-hint = Alleen gebruikt bij "Bewerken met een zichtbare notitie"; de reden staat bij het bericht en de eerdere tekst blijft in de geschiedenis.
post-moderator-note = Bewerkt door een moderator:
tasks-settings = Wanneer Plein een taak maakt
tasks-setting-question-hours = Een vraag wacht op een antwoord (uren, 1–720)
tasks-setting-idea-days = Een idee wacht op een reactie (dagen, 1–90)
tasks-setting-memory-days = Een afgewezen taak wordt niet opnieuw gemaakt gedurende (dagen, 1–365)
error-task-setting = Geef een heel getal binnen het aangegeven bereik.
tasks-any-group = Elke groep
cockpit-as-of = cijfers van
