# E-mail: de mails zelf, de pagina's voor een vergeten wachtwoord en de mailpagina voor beheerders.
mail-greeting = Hallo { $name },
mail-footer-automatic = Dit is een automatisch bericht van Plein, de community van je organisatie. Antwoorden op dit bericht worden niet gelezen.
mail-kind-test = Test
mail-kind-invitation = Uitnodiging
mail-kind-password-reset = Wachtwoord herstellen
mail-test-subject = Testmail van Plein
mail-test-body = Dit is de testmail waar je op de pagina met mailinstellingen om vroeg. Kun je hem lezen, dan kan Plein je collega's per e-mail bereiken.
mail-invitation-subject = { $inviter } nodigt je uit voor Plein
mail-invitation-body = { $inviter } heeft een account voor je gemaakt op Plein, de community waar collega's vragen stellen, delen wat werkt en elkaar vinden.
mail-invitation-action = Kies je wachtwoord
mail-invitation-expiry = De link werkt één keer, 7 dagen lang. Na het kiezen van je wachtwoord kom je op je profiel: voeg een foto toe en waar je verstand van hebt, zodat collega's je kunnen vinden.
mail-reset-subject = Kies een nieuw wachtwoord voor Plein
mail-reset-body = Iemand, waarschijnlijk jij, vroeg om een nieuw wachtwoord voor je account op Plein.
mail-reset-action = Kies een nieuw wachtwoord
mail-reset-expiry = De link werkt één keer, binnen een uur. Heb je hier niet om gevraagd, negeer deze mail dan: je wachtwoord blijft zoals het is.
forgot-title = Wachtwoord vergeten?
forgot-intro = Vul het e-mailadres van je account in; we sturen je een link om een nieuw wachtwoord te kiezen.
forgot-submit = Stuur de link
forgot-sent = Als er een account met dat adres bestaat, is er een link onderweg om een nieuw wachtwoord te kiezen. Kijk in je inbox (en je map met ongewenste mail); de link werkt een uur.
forgot-mail-off = Plein kan nog geen e-mail versturen. Vraag een beheerder om een link om een nieuw wachtwoord te kiezen.
forgot-link = Wachtwoord vergeten?
admin-mail = E-mail
admin-mail-on = E-mail staat aan: mail gaat via { $transport } met afzender { $sender }.
admin-mail-off = E-mail staat uit. Stel PLEIN_SMTP_URL in (bijvoorbeeld smtp://gebruiker:wachtwoord@mail.example.nl:587) of smtp_url in plein.toml en herstart Plein. Tot die tijd tonen uitnodigingen een link om door te geven.
admin-mail-test = Stuur mij een testmail
admin-mail-test-queued = Er is een testmail onderweg naar je eigen adres. Hij staat hieronder bij de uitgaande mail.
admin-mail-outbox = Uitgaande mail
admin-mail-outbox-intro = De laatste mails, zonder inhoud (die wordt gewist zodra een mail is afgeleverd). Regels blijven 90 dagen bewaard.
admin-mail-outbox-empty = Er is nog geen mail verstuurd.
admin-mail-col-queued = In de wachtrij
admin-mail-col-kind = Soort
admin-mail-col-to = Aan
admin-mail-col-status = Status
admin-mail-col-attempts = Pogingen
admin-mail-col-error = Laatste fout
mail-status-queued = in de wachtrij
mail-status-sent = verstuurd
mail-status-failed = mislukt
admin-invitation-mailed = Een uitnodiging met deze link is gemaild naar { $address }.
mail-kind-notifications = Meldingen
mail-unsubscribe = Deze e-mails niet meer ontvangen
mail-notifications-subject = { $count ->
    [one] Een nieuwe melding op Plein
   *[other] { $count } nieuwe meldingen op Plein
}
mail-notifications-intro = Dit gebeurde op Plein terwijl je weg was:
mail-notifications-action = Open je meldingen
mail-notifications-footer = Je krijgt deze e-mail omdat je voor deze meldingen e-mail koos. Dat kun je wijzigen bij je instellingen voor meldingen.
unsubscribe-title = Deze e-mails niet meer ontvangen
unsubscribe-intro = Wil je dit soort e-mail (bij meldingen, het overzicht of de nieuwsbrief) voor dit account niet meer ontvangen? Plein zelf blijft zoals het is.
unsubscribe-submit = Stop de e-mails
unsubscribe-done = Gedaan: je krijgt dit soort e-mail niet meer. Je kunt het weer aanzetten bij je instellingen voor meldingen.
invite-title = Collega's uitnodigen
invite-intro = Plak een lijst met collega's, één per regel (hoogstens { $max }). Ieder krijgt een account en een eenmalige link om een wachtwoord te kiezen.
invite-hint = Eén per regel: een adres; een adres, een komma en een naam; "Naam <adres>"; of een CSV-export met die twee kolommen. Zonder naam maken we er een van het adres.
invite-list = Collega's
invite-submit = Uitnodigen
invite-mail-off = E-mail staat uit: na het uitnodigen toont deze pagina de link van iedere collega, om door te geven.
invite-problems = Er is niets aangemaakt; verbeter deze regels en nodig opnieuw uit:
invite-line-problem = Regel { $line }: { $problem }
invite-duplicate = dit adres staat twee keer op de lijst.
invite-empty = Plak minstens één collega.
invite-too-many = { $max ->
    [one] Een lijst kan hoogstens één collega bevatten.
   *[other] Een lijst kan hoogstens { $max } collega's bevatten; splits hem op.
}
invite-done = { $count ->
    [one] Eén collega uitgenodigd.
   *[other] { $count } collega's uitgenodigd.
}
invite-done-mailed = Ieder krijgt een uitnodiging per e-mail.
invite-done-links = Geef iedere collega zijn of haar link (7 dagen geldig):
invite-skipped = Deze adressen hadden al een account en zijn overgeslagen:
mail-kind-welcome = Welkom
mail-welcome-subject = Welkom op Plein
mail-welcome-body = Fijn dat je er bent. Met drie eerste stappen maak je Plein van jou:
mail-welcome-step-profile = Voeg een foto toe en waar je verstand van hebt, zodat collega's je vinden
mail-welcome-step-groups = Word lid van de groepen die bij je werk passen
mail-welcome-step-people = Zoek de collega's met wie je werkt en volg ze
mail-kind-digest = Overzicht
mail-kind-report = Rapportage
mail-kind-newsletter = Nieuwsbrief
digest-choice = Overzicht per e-mail
digest-hint = Wat er in je groepen gebeurde, alleen verstuurd als je in die tijd niet op Plein was en er iets nieuws is.
digest-weekly = Wekelijks
digest-daily = Dagelijks
digest-never = Nooit
digest-subject-weekly = Jouw week op Plein
digest-subject-daily = Jouw dag op Plein
digest-intro = Terwijl je weg was, gebeurde dit in je groepen:
digest-lively = Levendige gesprekken
digest-waiting = Vragen die nog op een antwoord wachten
digest-events = Binnenkort
digest-action = Naar Plein
digest-footer = Je krijgt dit overzicht omdat je lid bent van deze groepen. Kies dagelijks, wekelijks of nooit bij je instellingen voor meldingen.
invite-resend = Uitnodiging opnieuw sturen
invite-revoke = Uitnodiging intrekken
invite-revoked = De uitnodiging is ingetrokken: de link werkt niet meer en het account is gedeactiveerd.
invite-already-accepted = Deze collega heeft al een wachtwoord gekozen; er is geen uitnodiging om opnieuw te sturen.
