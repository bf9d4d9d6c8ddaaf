/// Dutch words that often make up compounds on the sites of a Huis van het
/// Kind, so a compound can be split even when its parts never stand alone
/// in the region's own texts ("kinderopvang" on a site that never writes
/// "opvang"). Folded spelling; written for huis.
///
/// Short or very general words are left out on purpose: every word here can
/// cut a longer word in two, and "cut" wrongly is worse than not at all.
public enum DutchCompoundLexicon {
    public static let words: Set<String> = [
        // People and family.
        "kind", "kinder", "baby", "peuter", "kleuter", "tiener", "jongere", "jongeren", "jeugd",
        "ouder", "ouders", "moeder", "vader", "gezin", "familie", "grootouder", "broer", "zus",
        "pleeg", "adoptie", "tweeling", "meisje", "jongen", "vrouw", "man", "mama", "papa",
        "leerling", "student", "leerkracht", "juf", "meester", "buur", "buren", "vriend", "vrienden",
        "vrijwilliger", "vrijwilligers", "onthaal", "onthaalouder", "begeleider", "coach",
        // Care, health and help.
        "zorg", "hulp", "steun", "ondersteuning", "begeleiding", "opvang", "opvoeding",
        "gezondheid", "arts", "dokter", "vroedvrouw", "verpleging", "verpleegkundige", "therapie",
        "therapeut", "psycholoog", "logopedie", "logopedist", "kine", "tandarts", "apotheek",
        "ziekenhuis", "consultatie", "preventie", "vaccinatie", "inenting", "borstvoeding", "voeding",
        "flesvoeding", "slaap", "huil", "groei", "ontwikkeling", "gedrag", "emotie",
        "stress", "rouw", "verlies", "geweld", "crisis", "nood", "armoede", "schuld", "schulden",
        "welzijn", "geluk", "veiligheid", "bescherming", "advies", "vraag", "vragen", "info",
        "informatie", "gesprek", "overleg", "bezoek", "huisbezoek", "zwangerschap", "bevalling",
        "geboorte", "kraam", "massage",
        // Places and organisations.
        "huis", "thuis", "school", "klas", "les", "lessen", "crèche", "creche", "kribbe",
        "dagverblijf", "centrum", "dienst", "diensten", "bureau", "loket", "punt", "post",
        "winkel", "bibliotheek", "bib", "zaal", "plein", "park", "tuin", "bos", "zwembad", "bad",
        "sporthal", "speeltuin", "gemeente", "stad", "dorp", "wijk", "buurt", "straat", "kerk",
        "academie", "atelier", "kamp", "club", "vereniging", "groep", "team", "netwerk", "huizen",
        "ocmw", "caw", "cgg", "clb", "jac", "jeugdhuis", "kinderdagverblijf",
        // Time.
        "dag", "week", "maand", "jaar", "uur", "avond", "middag", "namiddag", "ochtend", "nacht",
        "weekend", "vakantie", "zomer", "winter", "herfst", "lente", "paas", "kerst", "feest",
        // Activities.
        "spel", "speel", "spelen", "sport", "zwem", "turn", "dans", "muziek", "teken", "lees",
        "voorlees", "leer", "taal", "praat", "babbel", "kook", "eet", "drink", "fiets", "wandel",
        "knutsel", "film", "boek", "boeken", "verhaal", "workshop", "cursus", "vorming", "training",
        "opleiding", "studie", "huiswerk", "werk", "job", "stage", "keuze",
        // Money and rights.
        "geld", "toeslag", "premie", "bijslag", "pakket", "kost", "kosten", "prijs", "budget",
        "recht", "rechten", "uitkering", "loon", "inkomen", "huur", "wonen", "woning",
        "attest", "formulier", "aanvraag", "inschrijving",
        // Things.
        "speelgoed", "kleding", "kleren", "materiaal", "luier", "luiers", "fles", "bed", "wieg",
        "maaltijd", "ontbijt", "soep", "fruit", "melk", "water", "computer", "internet", "telefoon",
        "lijn", "chat", "mail", "brief", "kaart", "folder", "gids",
        // Qualities used as first parts.
        "groot", "klein", "jong", "oud", "nieuw", "vrij", "gratis", "samen", "gezond", "veilig",
        "sociaal", "sociale", "eerste",
    ]
}
