# The ideas capability.
idea-status-heading = Status van dit idee
idea-no-response = Nog niemand heeft op dit idee gereageerd.
field-idea-status = Nieuwe status
field-idea-response = Je reactie aan de indiener
idea-response-hint = Elke statuswijziging vraagt om een geschreven reactie: leg uit wat er nu gebeurt, of waarom niet.
idea-change-status = Status wijzigen
flash-idea-status-changed = De status van het idee is gewijzigd; de indiener en volgers zijn op de hoogte gebracht.
error-not-an-idea = Alleen een idee heeft een status.
error-idea-status = Kies een van de aangeboden statussen.
ideas-in = Ideeën in { $name }
ideas-by-status = Ideeën per status
ideas-all = Alle
ideas-none = Hier zijn nog geen ideeën.
