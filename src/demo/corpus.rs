//! The words a fictitious Dutch organisation is made of: names, departments, places, topics and
//! the sentences its people write (mostly Dutch, some English, as in real Dutch workplaces).

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
];

/// Questions members ask; `{topic}`, `{place}` and `{dept}` are filled in.
pub const QUESTIONS: &[&str] = &[
    "Wie heeft er ervaring met {topic}? Ik zoek tips voor ons team bij {dept}.",
    "Vraag: hoe regelen jullie {topic} in {place}? Wij lopen ergens tegenaan.",
    "Heeft iemand een goed voorbeeld van {topic} bij een andere afdeling dan {dept}?",
    "Wat vinden jullie van de nieuwe werkwijze rond {topic}? Ik hoor graag eerlijke meningen.",
    "Who has experience with {topic}? Our team in {place} would love some pointers.",
    "Quick question: is there a standard template for {topic}? Asking for the {dept} team.",
];

/// Calls for help ("oproepjes"); `{topic}`, `{place}` and `{dept}` are filled in.
pub const CALLS: &[&str] = &[
    "Oproep: wie wil meedenken over {topic}? We zoeken nog twee collega's van {dept}.",
    "Oproep: wie heeft volgende week tijd om {dept} te helpen met {topic}?",
    "Help gezocht in {place}: wie kan een uurtje meekijken naar {topic}?",
    "Looking for two volunteers from any team to help {dept} with {topic} next month.",
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
];

/// Ideas members propose; `{topic}`, `{place}` and `{dept}` are filled in.
pub const IDEAS: &[&str] = &[
    "Idee: een vaste inloopochtend over {topic} in {place}, voor iedereen die vastloopt.",
    "Voorstel: laten we bij {dept} een maatjesprogramma starten rond {topic}.",
    "Idee: een gedeelde kennisbank voor {topic}, zodat we niet steeds hetzelfde uitzoeken.",
    "Wat als we de vergaderingen over {topic} vervangen door een korte wekelijkse update hier?",
    "Idea: a monthly demo afternoon where teams show what they did with {topic}.",
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
];

/// Announcements; `{topic}`, `{place}` and `{dept}` are filled in.
pub const ANNOUNCEMENTS: &[&str] = &[
    "**Let op:** vanaf volgende week verandert de werkwijze rond {topic}. Lees de nieuwe afspraken in de bijlage van {dept}.",
    "Het kantoor in {place} is vrijdag gesloten vanwege onderhoud. Werk die dag thuis of op een andere locatie.",
    "Important: the new {topic} policy applies from the first of next month. Questions? Ask them in this group.",
];
