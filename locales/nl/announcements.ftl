# The announcements capability.
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
flash-announced = Je mededeling is gepubliceerd; de leden van de groep zijn op de hoogte gebracht.
flash-marked-read = Gemarkeerd als gelezen.
error-date = Geef een datum.
error-pin-range = Kies een dag van vandaag tot een jaar vooruit.
