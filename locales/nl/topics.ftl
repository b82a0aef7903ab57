# The topics capability.
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
