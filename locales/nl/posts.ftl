# The posts capability.
error-reaction-unknown = Deze reactie bestaat niet.
flash-posted = Je bericht is geplaatst.
flash-post-saved = Je wijzigingen zijn opgeslagen.
flash-post-deleted = Het bericht is verwijderd.
flash-commented = Je reactie is geplaatst.
flash-comment-deleted = De reactie is verwijderd.
home-title = Start
feed-empty-home = Hier staat nog niets. Word lid van groepen en volg collega's om je startpagina te vullen.
feed-find-groups = Groepen zoeken
feed-find-people = Collega's zoeken
in-group = in
post-edit = Bericht bewerken
post-edited = bewerkt
post-delete = Bericht verwijderen
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
question-unanswered = Onbeantwoord
question-answered = Beantwoord
question-accepted = Antwoord geaccepteerd
answer-accept = Accepteren als antwoord
answer-unaccept = Acceptatie intrekken
answer-accepted = Geaccepteerd antwoord
questions-open-in = Open vragen in { $name }
questions-open-by = Open vragen van { $name }
questions-none = Geen open vragen.
flash-answer-accepted = Het antwoord is geaccepteerd.
flash-answer-unaccepted = Het antwoord is niet langer geaccepteerd.
error-kind = Kies een soort bericht.
call-resolve = Markeren als opgelost
call-reopen = Weer openzetten
flash-call-resolved = Je oproep is gemarkeerd als opgelost. Fijn dat je het laat weten!
flash-call-reopened = Je oproep staat weer open.
error-not-a-call = Alleen een oproep kan als opgelost worden gemarkeerd.
post-follow = Volgen
post-unfollow = Niet meer volgen
flash-following-post = Je volgt dit bericht nu en hoort van reacties en wijzigingen.
flash-unfollowed-post = Je volgt dit bericht niet meer.
praise-for = Complimenten voor { $name }
praise-none = Hier zijn nog geen complimenten.
error-praise-nobody = Noem de collega's die je een compliment geeft met @ (bijvoorbeeld @anna@example.nl).
announcements-heading = Mededelingen
kb-turn-into-article = Omzetten naar artikel
kb-made-into = Omgezet naar een artikel:
flag-link = Melden
error-comments-locked = Reageren op dit bericht is gesloten.
post-hidden-notice = Een moderator heeft dit bericht verborgen. Alleen de schrijver en de moderatoren zien het.
comment-hidden = Deze reactie is verborgen door een moderator.
comments-locked = Reageren op dit bericht is gesloten.
post-moderator-note = Bewerkt door een moderator:
