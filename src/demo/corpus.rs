//! The words a fictitious Dutch organisation is made of: names, departments, places, topics and
//! the sentences its people write (Dutch, with about one English sentence in ten, as in Dutch
//! workplaces with international colleagues).

/// Given names.
pub const FIRST_NAMES: &[&str] = &[
    "Anne", "Bram", "Chantal", "Daan", "Eva", "Fleur", "Gijs", "Hanna", "Iris", "Jeroen", "Kim",
    "Lars", "Maaike", "Niels", "Olga", "Pieter", "Quinten", "Roos", "Sanne", "Thijs", "Urszula",
    "Vincent", "Wendy", "Yara", "Zoë", "Ahmed", "Fatima", "Mehmet", "Priya", "Joost", "Marloes",
    "Ruben", "Lotte", "Sem", "Noor", "Bas", "Ilse", "Koen", "Linda", "Mark", "Nadia", "Oscar",
    "Petra", "Rik", "Saskia", "Tim", "Ellen", "Hugo", "Jasmijn", "Wouter",
];

/// Family names.
pub const LAST_NAMES: &[&str] = &[
    "de Jong",
    "Jansen",
    "de Vries",
    "van den Berg",
    "van Dijk",
    "Bakker",
    "Janssen",
    "Visser",
    "Smit",
    "Meijer",
    "de Boer",
    "Mulder",
    "de Groot",
    "Bos",
    "Vos",
    "Peters",
    "Hendriks",
    "van Leeuwen",
    "Dekker",
    "Brouwer",
    "de Wit",
    "Dijkstra",
    "Smits",
    "de Graaf",
    "van der Meer",
    "Kok",
    "Jacobs",
    "de Haan",
    "Vermeulen",
    "van den Heuvel",
    "van der Veen",
    "van den Broek",
    "de Bruijn",
    "Schouten",
    "Yilmaz",
    "El Amrani",
    "Kaya",
    "Nguyen",
    "Wijaya",
    "Hoekstra",
];

/// Departments.
pub const DEPARTMENTS: &[&str] = &[
    "HR",
    "Financiën",
    "ICT",
    "Communicatie",
    "Inkoop",
    "Juridische Zaken",
    "Klantenservice",
    "Marketing",
    "Facilitair",
    "Onderzoek",
    "Verkoop",
    "Directie",
    "Logistiek",
    "Kwaliteit",
];

/// Office locations.
pub const LOCATIONS: &[&str] = &[
    "Amsterdam",
    "Utrecht",
    "Rotterdam",
    "Den Haag",
    "Eindhoven",
    "Zwolle",
    "Groningen",
    "Thuiswerk",
];

/// Job titles.
pub const JOB_TITLES: &[&str] = &[
    "Adviseur",
    "Senior adviseur",
    "Teamleider",
    "Projectleider",
    "Medewerker",
    "Specialist",
    "Beleidsmedewerker",
    "Data-analist",
    "Ontwikkelaar",
    "Manager",
    "Coördinator",
    "Trainee",
];

/// Expertise tags.
pub const EXPERTISE: &[&str] = &[
    "Excel",
    "Privacy",
    "AVG",
    "Projectmanagement",
    "Agile",
    "Scrum",
    "Power BI",
    "Python",
    "Inkoop",
    "Contractbeheer",
    "Verandermanagement",
    "Communicatie",
    "Schrijven",
    "Presenteren",
    "Arbeidsrecht",
    "Onboarding",
    "Duurzaamheid",
    "Klantreis",
    "Lean",
    "Security",
    "Cloud",
    "SAP",
    "Budgettering",
    "Coaching",
    "Design thinking",
    "Toegankelijkheid",
    "Social media",
    "Vergaderen",
    "Innovatie",
    "Data",
    "Facilitair beheer",
    "Logistiek",
    "Kwaliteitszorg",
    "ISO 9001",
    "Fotografie",
];

/// Topics people post about; the first word of group names too.
pub const TOPICS: &[&str] = &[
    "Koffiehoek",
    "Duurzaam werken",
    "Thuiswerken",
    "Excel-tips",
    "Nieuwe collega's",
    "Fietsclub",
    "Innovatielab",
    "Klantverhalen",
    "Privacy & AVG",
    "Hardlopen",
    "Data & dashboards",
    "Vrijwilligerswerk",
    "Lunchwandelen",
    "Boekenclub",
    "Projectleiders",
    "Agile werken",
    "IT-vragen",
    "Vacatures intern",
    "Gezond werken",
    "Fotografie",
    "Taalmaatjes",
    "Diversiteit & inclusie",
    "Kantoor Utrecht",
    "Kantoor Amsterdam",
    "Muziek",
    "Ouders op het werk",
    "Leiderschap",
    "Toegankelijkheid",
    "Evenementen",
    "Ideeënbus",
];

/// Sentences for discussion posts; `{topic}`, `{place}` and `{dept}` are filled in.
pub const POSTS: &[&str] = &[
    "Mooi nieuws uit {place}: ons project rond {topic} is live gegaan!",
    "Dank aan iedereen van {dept} voor de hulp deze week. Zonder jullie was het niet gelukt.",
    "Volgende week organiseren we een sessie over {topic}. Iedereen is welkom, ook als je er nog niets van weet.",
    "Idee: zouden we {topic} niet organisatiebreed kunnen aanpakken? Graag jullie reacties.",
    "Even delen: deze handleiding over {topic} heeft mij veel tijd bespaard.",
    "Terugblik op de bijeenkomst in {place}: goede gesprekken en veel nieuwe ideeën over {topic}.",
    "Nieuw in {place} en op zoek naar collega's die ook met {topic} bezig zijn. Hallo allemaal!",
    "Kleine winst vandaag: ons team heeft {topic} eindelijk goed geregeld.",
    "Tip van de week over {topic}: begin klein en vraag vroeg om feedback.",
    "Complimenten voor het team van {dept} in {place}, dat {topic} zo goed heeft opgepakt!",
    "Great session today on {topic} with colleagues from {dept}. Slides are in the group files.",
    "Sharing a lesson learned about {topic}: document decisions early, it saves weeks later.",
    "Thanks to everyone who joined the {topic} meetup in {place}!",
    "Vandaag de eerste versie van onze aanpak voor {topic} gepresenteerd aan {dept}. Reacties welkom!",
    "Wie zit er morgen ook in {place}? Dan kunnen we het even over {topic} hebben bij de koffie.",
    "Na drie maanden ervaring met {topic}: dit zijn onze vijf belangrijkste lessen.",
    "We zoeken voorbeelden van {topic} uit andere teams. Wat werkt bij jullie?",
    "Fijn om te zien hoeveel collega's van {dept} meedachten over {topic}.",
    "Het verslag van de werksessie over {topic} staat in de kennisbank.",
    "Goed nieuws: de pilot met {topic} in {place} wordt verlengd.",
    "Korte update over {topic}: we liggen op schema en de eerste resultaten zijn positief.",
    "Welkom aan de nieuwe collega's bij {dept}! Stel je gerust even voor in deze groep.",
    "Deze week geleerd: bij {topic} helpt het enorm om vooraf samen de doelen vast te leggen.",
];

/// Questions members ask; `{topic}`, `{place}` and `{dept}` are filled in.
pub const QUESTIONS: &[&str] = &[
    "Wie heeft er ervaring met {topic}? Ik zoek tips voor ons team bij {dept}.",
    "Vraag: hoe regelen jullie {topic} in {place}? Wij lopen ergens tegenaan.",
    "Heeft iemand een goed voorbeeld van {topic} bij een andere afdeling dan {dept}?",
    "Wat vinden jullie van de nieuwe werkwijze rond {topic}? Ik hoor graag eerlijke meningen.",
    "Who has experience with {topic}? Our team in {place} would love some pointers.",
    "Quick question: is there a standard template for {topic}? Asking for the {dept} team.",
    "Weet iemand waar ik de laatste versie van het document over {topic} kan vinden?",
    "Hoe pakken andere afdelingen {topic} aan? Bij {dept} zoeken we een betere manier.",
    "Is er iemand in {place} die mij wegwijs kan maken in {topic}?",
    "Welke ervaringen hebben jullie met {topic} in combinatie met thuiswerken?",
    "Zijn er afspraken over {topic} die voor de hele organisatie gelden?",
    "Wie kan mij uitleggen hoe {topic} werkt bij {dept}?",
    "Wat is de beste cursus of training over {topic} die jullie hebben gevolgd?",
    "Mag ik bij {topic} zelf kiezen hoe ik het aanpak, of is er een vaste werkwijze?",
];

/// Calls for help ("oproepjes"); `{topic}`, `{place}` and `{dept}` are filled in.
pub const CALLS: &[&str] = &[
    "Oproep: wie wil meedenken over {topic}? We zoeken nog twee collega's van {dept}.",
    "Oproep: wie heeft volgende week tijd om {dept} te helpen met {topic}?",
    "Help gezocht in {place}: wie kan een uurtje meekijken naar {topic}?",
    "Looking for two volunteers from any team to help {dept} with {topic} next month.",
    "Oproep: we zoeken collega's die willen testen hoe {topic} voor hen werkt.",
    "Wie heeft er nog een laptop over voor de nieuwe collega's bij {dept}?",
    "Oproep: help je mee met de open dag in {place}? Het thema is {topic}.",
    "Gezocht: twee collega's met ervaring in {topic} voor een kort interview.",
];

/// Sentences for comments.
pub const COMMENTS: &[&str] = &[
    "Goed idee, ik doe mee!",
    "Dank voor het delen, hier heb ik wat aan.",
    "Wij hebben hetzelfde probleem bij onze afdeling. Laten we even bellen?",
    "Misschien kan iemand van ICT hier meer over vertellen.",
    "Top, wanneer is de volgende sessie?",
    "Ik stuur je een berichtje met wat voorbeelden.",
    "Herkenbaar! Bij ons werkt een korte checklist goed.",
    "Mooi resultaat, gefeliciteerd allemaal.",
    "Kun je de handleiding ook in deze groep zetten?",
    "Ik ken iemand die hier veel van weet, ik tag haar even.",
    "Sounds good, count me in.",
    "Thanks, this is really helpful.",
    "We tried this last year; happy to share what worked.",
    "Helemaal mee eens.",
    "Interessant, ik lees graag meer hierover.",
    "Dank je, dit ga ik meteen proberen.",
    "Goede vraag, daar loop ik ook tegenaan.",
    "Zie ook het stuk in de kennisbank, daar staat het precies beschreven.",
    "Wat een mooi initiatief!",
    "Ik kom graag langs om mee te denken.",
    "Bij ons ging het beter toen we het in kleine stappen deden.",
    "Sluit ik me bij aan.",
    "Kun je iets meer vertellen over hoe jullie dat hebben aangepakt?",
    "Heel handig, bedankt!",
    "Daar heeft ons team vorige maand een handleiding voor gemaakt.",
    "Ik help je graag, stuur me maar een bericht.",
    "Precies wat ik zocht.",
];

/// Ideas members propose; `{topic}`, `{place}` and `{dept}` are filled in.
pub const IDEAS: &[&str] = &[
    "Idee: een vaste inloopochtend over {topic} in {place}, voor iedereen die vastloopt.",
    "Voorstel: laten we bij {dept} een maatjesprogramma starten rond {topic}.",
    "Idee: een gedeelde kennisbank voor {topic}, zodat we niet steeds hetzelfde uitzoeken.",
    "Wat als we de vergaderingen over {topic} vervangen door een korte wekelijkse update hier?",
    "Idea: a monthly demo afternoon where teams show what they did with {topic}.",
    "Idee: een maandelijkse lunch waarin teams vertellen wat ze met {topic} doen.",
    "Voorstel: een vast aanspreekpunt voor {topic} per afdeling.",
    "Idee: nieuwe collega's een maatje geven uit een ander team, ook voor {topic}.",
    "Zouden we de resultaten van {topic} niet elk kwartaal kunnen delen met iedereen?",
    "Idee: een korte video-uitleg van vijf minuten over {topic} voor iedereen die begint.",
];

/// What those who decide write back to an idea.
pub const IDEA_RESPONSES: &[&str] = &[
    "Dank voor het idee! We bekijken met {dept} wat er nodig is en laten het binnen twee weken weten.",
    "Goed plan. We nemen het op in de planning voor het volgende kwartaal.",
    "Het is gelukt: vanaf deze maand staat het in {place}. Dank voor het aandragen!",
    "We hebben het besproken, maar doen het nu niet: het budget voor {topic} is dit jaar al verdeeld. Volgend jaar kijken we opnieuw.",
];

/// Event titles; `{topic}` and `{place}` are filled in.
pub const EVENTS: &[&str] = &[
    "Lunchlezing: {topic}",
    "Workshop {topic} in {place}",
    "Kennissessie {topic} (online)",
    "Meetup: {topic} in de praktijk",
    "Inloopspreekuur {topic}",
];

/// Praise; `{name}` is the mention of the colleague, `{topic}` is filled in.
pub const PRAISE: &[&str] = &[
    "Een groot compliment voor {name}: dankzij jou is {topic} eindelijk op orde.",
    "Dank je wel {name} voor je geduld en hulp met {topic} deze week!",
    "Shout-out to {name} for leading the {topic} work so well.",
    "Wat fijn dat {name} altijd klaarstaat om te helpen met {topic}. Dank je wel!",
    "Compliment voor {name}: de presentatie over {topic} was helder en inspirerend.",
    "{name}, bedankt voor het meedenken over {topic}. Echt een verschil!",
    "Een dikke pluim voor {name}, die {topic} deze maand in goede banen leidde.",
];

/// Polls: a question and its options; `{topic}` is filled in.
pub const POLLS: &[(&str, &[&str])] = &[
    (
        "Wanneer houden we de kennissessie over {topic}?",
        &["Dinsdagochtend", "Woensdagmiddag", "Donderdag na de lunch"],
    ),
    (
        "Which format works best for {topic}?",
        &[
            "A short video",
            "A written guide",
            "A live demo",
            "Office hours",
        ],
    ),
    (
        "Hoe tevreden ben je over {topic}?",
        &["Heel tevreden", "Tevreden", "Neutraal", "Ontevreden"],
    ),
    (
        "Hoe wil je het liefst op de hoogte blijven van {topic}?",
        &["Via deze groep", "Via de nieuwsbrief", "In het teamoverleg"],
    ),
    (
        "Welke dag past het best voor de werksessie over {topic}?",
        &["Maandag", "Dinsdag", "Woensdag", "Donderdag"],
    ),
    (
        "Gebruik jij al de nieuwe werkwijze voor {topic}?",
        &["Ja, elke week", "Soms", "Nog niet"],
    ),
];

/// Announcements; `{topic}`, `{place}` and `{dept}` are filled in.
pub const ANNOUNCEMENTS: &[&str] = &[
    "**Let op:** vanaf volgende week verandert de werkwijze rond {topic}. Lees de nieuwe afspraken in de bijlage van {dept}.",
    "Het kantoor in {place} is vrijdag gesloten vanwege onderhoud. Werk die dag thuis of op een andere locatie.",
    "Important: the new {topic} policy applies from the first of next month. Questions? Ask them in this group.",
    "Vanaf maandag is de nieuwe versie van het intranet rond {topic} beschikbaar.",
    "Herinnering: de inschrijving voor de training {topic} sluit deze vrijdag.",
    "De teamdag van {dept} is verplaatst naar de laatste week van de maand.",
    "Nieuw: in {place} is een stilteruimte beschikbaar. Reserveren hoeft niet.",
];
