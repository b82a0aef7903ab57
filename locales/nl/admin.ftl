# The admin capability.
error-self-change = Je kunt je eigen beheerdersrol niet afnemen of jezelf niet deactiveren.
flash-account-updated = Het account is bijgewerkt.
field-role = Rol
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
setting-time-zone = Tijdzone van de organisatie
setting-time-zone-hint = Evenementen worden in deze tijdzone gepland en getoond (een IANA-naam zoals Europe/Amsterdam).
error-time-zone = Onbekende tijdzone; gebruik een naam zoals Europe/Amsterdam.
setting-min-group-size = Minimale groepsgrootte voor cijfers
setting-min-group-size-hint = Geen enkel aantal wordt getoond over minder mensen dan dit (minstens 5), zodat niemand herleidbaar is.
error-min-group-size = Geef een geheel getal van 5 tot 1000.
export-title = Activiteit exporteren
export-intro = De vastgelegde activiteit van een periode als CSV, voor eigen analyse en om de cijfers van de cockpit te controleren. Leden staan erin onder een pseudoniem dat gemaakt wordt met de exportsleutel die je kiest: dezelfde sleutel geeft dezelfde pseudoniemen, een andere sleutel andere. Plein bewaart de sleutel niet.
export-key = Exportsleutel
export-key-hint = Minstens { $chars } tekens. Houd hem voor jezelf: met de sleutel zijn pseudoniemen aan accounts te koppelen.
export-download = CSV downloaden
export-columns = Kolommen: datum (UTC), lid (pseudoniem), soort, groeps-id. Geen tijdstippen, bericht-id's of teksten. Elke export wordt in het auditlogboek vastgelegd.
setting-top-contributors = Grootste bijdragers tonen in de cockpit
setting-top-contributors-hint = een lijst van de leden met de meeste berichten en reacties in open groepen over 30 dagen. Zet hem uit als je ondernemingsraad liever geen namen ziet.
setting-retention-days = Ruwe activiteitsgebeurtenissen bewaren (dagen)
setting-retention-days-hint = Van 30 tot 1826 dagen (13 maanden is 396). Oudere gebeurtenissen worden dagelijks verwijderd; de dagtotalen die de cockpit toont blijven.
error-retention-days = Vul een aantal dagen in van 30 tot 1826.
community-moderator = Moderator van de community

## Collega's importeren uit een lijst
import-title = Collega's importeren
import-intro = { $max ->
    [one] Upload een CSV-bestand of plak een lijst van hoogstens { $max } collega. Er wordt niets opgeslagen voordat je het voorbeeld hebt gezien.
   *[other] Upload een CSV-bestand of plak een lijst van hoogstens { $max } collega's. Er wordt niets opgeslagen voordat je het voorbeeld hebt gezien.
}
import-columns = Kolommen, in de eerste rij benoemd in het Nederlands of Engels: e-mail (verplicht), naam, afdeling, functie, locatie, leidinggevende (diens e-mailadres) en rol. Zonder kopregel worden de kolommen in die volgorde gelezen. Komma's, puntkomma's en tabs werken allemaal, net als UTF-8, UTF-16 en de Windows-codering van Excel. Opnieuw importeren werkt collega's bij die er al zijn.
import-file = CSV-bestand
import-paste = Of plak de lijst
import-paste-hint = Wordt gebruikt als je geen bestand kiest.
import-preview = Toon het voorbeeld
import-error-workbook = Dit is een spreadsheet-werkmap, geen CSV-bestand. Kies in je spreadsheet "Opslaan als" en dan "CSV UTF-8".
import-error-binary = Dit bestand is geen tekst. Kies een CSV-bestand.
import-error-unreadable = Dit bestand kon niet als CSV worden gelezen. Controleer of alle aanhalingstekens gesloten zijn.
import-error-too-many = Deze lijst heeft meer dan 20.000 collega's. Splits hem in kleinere bestanden.
import-error-empty = De lijst is leeg. Kies een bestand of plak minstens één collega.
import-error-too-large = Dit bestand is te groot (hoogstens 8 MB).
import-error-role-unknown = onbekende rol; gebruik lid, ambassadeur, communitymanager of beheerder
import-error-duplicate = dit adres staat twee keer op de lijst; alleen de eerste rij telt
import-action-create = Nieuw account
import-action-update = Wijzigt: { $fields }
import-action-unchanged = Geen wijzigingen
import-action-skip = Overgeslagen
import-preview-intro = Er is nog niets opgeslagen. Bekijk wat de import gaat doen en start hem dan.
import-decoded = Dit bestand is niet als UTF-8 opgeslagen; het is gelezen als { $encoding }. Controleer of namen met accenten goed staan.
import-columns-found = Gevonden kolommen:
import-count-create = { $count ->
    [one] { $count } nieuwe collega
   *[other] { $count } nieuwe collega's
}
import-count-update = { $count ->
    [one] { $count } collega van wie gegevens wijzigen
   *[other] { $count } collega's van wie gegevens wijzigen
}
import-count-unchanged = { $count ->
    [one] { $count } collega al bijgewerkt
   *[other] { $count } collega's al bijgewerkt
}
import-count-skip = { $count ->
    [one] { $count } rij met problemen, overgeslagen
   *[other] { $count } rijen met problemen, overgeslagen
}
import-problems = Deze rijen hebben problemen en worden overgeslagen. Verbeter ze in je bestand en importeer opnieuw:
import-line = Regel
import-problem = Probleem
import-more = { $count ->
    [one] …en nog { $count } rij.
   *[other] …en nog { $count } rijen.
}
import-changes = Wat er verandert
import-what = Wat er gebeurt
import-invite = Stuur elke nieuwe collega een uitnodiging per e-mail
import-mail-off = E-mail staat uit: als de import klaar is, kun je de aanmeldlink van elke nieuwe collega downloaden.
import-start = { $count ->
    [one] Importeer { $count } collega
   *[other] Importeer { $count } collega's
}
import-nothing = Er is niets te importeren: iedereen op de lijst is bijgewerkt of heeft een probleem.
import-again = Importeer een andere lijst
import-progress = Bezig met importeren: { $done } van { $total } klaar.
import-progress-hint = Deze pagina ververst zichzelf tot de import klaar is.
import-done = De import is klaar: { $created } nieuw, { $updated } bijgewerkt.
import-done-mailed = Elke nieuwe collega krijgt een uitnodiging per e-mail.
import-links-intro = { $count ->
    [one] { $count } nieuwe collega heeft zich nog niet aangemeld. Download de link (7 dagen geldig) om door te geven; eerdere links werken dan niet meer.
   *[other] { $count } nieuwe collega's hebben zich nog niet aangemeld. Download hun links (7 dagen geldig) om door te geven; eerdere links werken dan niet meer.
}
import-links = Download de aanmeldlinks (CSV)
import-failed = De import is gestopt door een fout. Wat daarvoor gedaan is, blijft bewaard; importeer dezelfde lijst opnieuw om hem af te maken.
provisioning-title = Provisioningslogboek
provisioning-intro = Elk account dat een import heeft aangemaakt of gewijzigd, met de gewijzigde velden (nooit hun waarden). 400 dagen bewaard.
provisioning-empty = Er is nog niets geprovisioned.
provisioning-when = Wanneer
provisioning-source = Bron
provisioning-account = Account
provisioning-what = Wat
provisioning-by = Door
audit-source-import = Import
audit-action-created = Aangemaakt
audit-action-updated = Gewijzigd
audit-action-invited = Uitgenodigd
audit-source-scim = SCIM
audit-source-sso = Single sign-on
audit-action-deactivated = Gedeactiveerd
audit-action-reactivated = Weer actief
audit-action-deleted = Verwijderd door de identiteitsprovider
audit-action-linked = Gekoppeld aan een aanmelding bij de provider
audit-action-grouped = Groepslidmaatschappen veranderd door een groep in de adreslijst
scim-title = SCIM-provisioning
scim-intro = Laat je identiteitsprovider (Entra ID, Okta, …) accounts aanmaken, bijwerken en deactiveren. Geef hem het adres hieronder en een token dat je hier maakt. Wie daar wordt gedeactiveerd, wordt in Plein meteen afgemeld; berichten blijven staan. Accounts die de provider beheert, staan in het provisioningslogboek.
scim-endpoint = SCIM-adres (tenant-URL):
scim-token-created = Kopieer dit token nu en plak het in je identiteitsprovider. Het wordt alleen deze ene keer getoond.
scim-token-name = Naam
scim-token-name-hint = Bijvoorbeeld de identiteitsprovider waarvoor het is.
scim-token-create = Maak een token
scim-tokens = Tokens
scim-no-tokens = Nog geen tokens.
scim-created = Aangemaakt
scim-last-used = Laatst gebruikt
scim-never = Nooit
scim-revoked = Ingetrokken
scim-revoke = Intrekken
scim-token-revoked = Het token is ingetrokken; verzoeken ermee worden geweigerd.
admin-managed-by-scim = Beheerd via SCIM
scim-groups-title = Groepen uit de adreslijst
scim-groups-intro = De groepen die je identiteitsprovider via SCIM stuurt. Koppel er een aan een Plein-groep en de leden lopen gelijk met de adreslijst (ze kunnen niet zelf vertrekken of met de hand verwijderd worden); koppel er een aan een rol en de leden krijgen die rol, en raken hem kwijt als ze in geen groep meer zitten die hem geeft. De laatste beheerder blijft altijd beheerder.
scim-groups-none = Nog geen groepen. Wijs in je identiteitsprovider groepen toe aan de Plein-toepassing, dan verschijnen ze hier.
scim-groups-members = { $count ->
    [one] { $count } lid
   *[other] { $count } leden
}
scim-map-group = Houdt de leden bij van
scim-map-no-group = Geen Plein-groep
scim-map-role = Geeft de rol
scim-map-no-role = Geen rol
scim-map-save = Opslaan
scim-map-saved = De koppeling is opgeslagen; lidmaatschappen en rollen volgen nu de groep uit de adreslijst.
scim-map-unknown-group = Kies een van de genoemde Plein-groepen.
scim-map-group-taken = Een andere groep uit de adreslijst houdt de leden van die Plein-groep al bij.
scim-map-unknown-role = Kies een van de genoemde rollen.
scim-groups-link = Groepen uit de adreslijst en wat ze in Plein betekenen
