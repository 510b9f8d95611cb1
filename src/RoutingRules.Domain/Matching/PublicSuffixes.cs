namespace RoutingRules.Domain.Matching;

/// <summary>
/// A small built-in list of multi-label public suffixes (co.uk, com.au...). Single-label
/// top-level domains (.fr, .com) need no entry: the registrable domain is then the last two labels.
/// </summary>
public static class PublicSuffixes
{
    private static readonly HashSet<string> MultiLabel = new(StringComparer.Ordinal)
    {
        "co.uk", "org.uk", "me.uk", "ltd.uk", "plc.uk", "net.uk", "ac.uk", "gov.uk", "sch.uk", "nhs.uk",
        "com.au", "net.au", "org.au", "edu.au", "gov.au", "asn.au", "id.au",
        "co.jp", "ne.jp", "or.jp", "ac.jp", "go.jp", "gr.jp",
        "com.br", "net.br", "org.br", "gov.br", "edu.br",
        "co.nz", "net.nz", "org.nz", "govt.nz", "ac.nz",
        "co.za", "org.za", "gov.za", "co.in", "net.in", "org.in", "firm.in", "gen.in", "ind.in",
        "co.kr", "or.kr", "ne.kr", "com.cn", "net.cn", "org.cn", "gov.cn", "com.hk", "org.hk",
        "com.tw", "org.tw", "com.sg", "org.sg", "com.my", "com.mx", "org.mx", "com.ar", "com.tr",
        "co.il", "org.il", "gouv.fr", "asso.fr", "com.fr", "nom.fr", "tm.fr", "com.es", "org.es",
        "nom.es", "com.pl", "org.pl", "net.pl", "co.id", "co.th", "com.ua", "com.eg", "com.ng",
        "com.pe", "com.co", "com.ve", "com.ph", "com.pk", "com.sa", "com.vn", "co.at", "or.at",
    };

    public static bool IsMultiLabelSuffix(string suffix) => MultiLabel.Contains(suffix);
}
