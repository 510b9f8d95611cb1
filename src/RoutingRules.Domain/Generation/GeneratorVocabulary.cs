namespace RoutingRules.Domain.Generation;

/// <summary>Word lists the generator draws realistic-looking names from.</summary>
internal static class GeneratorVocabulary
{
    public static readonly string[] Syllables =
    [
        "al", "ber", "cor", "da", "el", "fen", "gar", "hal", "in", "jo", "kal", "lum", "mar", "nor", "ol",
        "pra", "quin", "ros", "sol", "tar", "ul", "ver", "wes", "xen", "yor", "zan", "bri", "cas", "dor",
        "fal", "gem", "hel", "ix", "lan", "mes", "nex", "ori", "pol", "ran", "sen", "tek", "vio", "ly", "na",
    ];

    public static readonly string[] SectorWords =
    [
        "Systems", "Health", "Capital", "Logistics", "Foods", "Energy", "Software", "Labs", "Industries",
        "Partners", "Analytics", "Pharma", "Motors", "Textiles", "Media", "Robotics", "Finance", "Retail",
    ];

    public static readonly string[] LegalSuffixes = ["Inc", "SAS", "GmbH", "Ltd", "SA", "LLC", "BV", "AG", "PLC", "Corp", ""];

    public static readonly string[] Industries =
    [
        "healthcare", "financial services", "manufacturing", "technology", "retail", "energy", "logistics",
        "education", "public sector", "media", "telecommunications", "pharmaceuticals",
    ];

    public static readonly (string Country, string Tld, string TimeZone, string Language)[] Countries =
    [
        ("FR", "fr", "Europe/Paris", "fr"), ("DE", "de", "Europe/Berlin", "de"), ("GB", "co.uk", "Europe/London", "en"),
        ("US", "com", "America/New_York", "en"), ("US", "com", "America/Los_Angeles", "en"),
        ("ES", "es", "Europe/Madrid", "es"), ("IT", "it", "Europe/Rome", "it"), ("NL", "nl", "Europe/Amsterdam", "nl"),
        ("BE", "be", "Europe/Brussels", "fr"), ("CH", "ch", "Europe/Zurich", "de"), ("CA", "ca", "America/Toronto", "en"),
        ("AU", "com.au", "Australia/Sydney", "en"), ("JP", "co.jp", "Asia/Tokyo", "ja"), ("BR", "com.br", "America/Sao_Paulo", "pt"),
    ];

    public static readonly string[] FirstNames =
    [
        "Alice", "Bruno", "Chloé", "David", "Emma", "François", "Gabriel", "Hélène", "Inès", "Jules", "Karim",
        "Léa", "Marc", "Nina", "Olivier", "Paul", "Quentin", "Rose", "Samir", "Thomas", "Ursula", "Victor",
        "Wendy", "Xavier", "Yasmine", "Zoé", "John", "Sarah", "Michael", "Laura", "Hans", "Greta",
    ];

    public static readonly string[] LastNames =
    [
        "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau",
        "Simon", "Laurent", "Lefèvre", "Michel", "García", "Smith", "Johnson", "Müller", "Schmidt", "Rossi",
    ];

    public static readonly string[] Departments = ["finance", "marketing", "it", "operations", "hr", "legal"];
}
