namespace RoutingRules.Rules;

/// <summary>
/// Salience of each stage of the chain: matches -> owner claims -> territory -> candidates ->
/// exclusions -> choice -> decision. Higher fires first; a stage's rules see every fact the
/// stages above produced.
/// </summary>
public static class RuleBands
{
    public const int Matching = 900;
    public const int BestMatch = 890;
    public const int Ownership = 880;
    public const int UnknownDomain = 870;
    public const int Claims = 700;
    public const int DepartedOwner = 660;
    public const int AbsentOwner = 650;

    /// <summary>After every claim on a subsidiary's parent and its hand-overs: the subsidiary's own claims, when the parent made none.</summary>
    public const int SubsidiaryFallback = 640;
    public const int TerritoryExceptions = 620;
    public const int TerritoryFallbacks = 610;
    public const int TerritoryChoice = 600;
    public const int Assessment = 500;
    public const int DefaultAssessment = 490;
    public const int Candidates = 500;
    public const int Exclusions = 400;
    public const int Eligibility = 350;
    public const int CoolDown = 340;
    public const int Seniority = 330;

    /// <summary>After the rep profile the lead asks for, before its language: the product it is interested in.</summary>
    public const int Product = 325;
    public const int Language = 320;
    public const int TimeZone = 310;
    public const int ClaimDecision = 200;
    public const int TimeZoneBackup = 170;
    public const int Referral = 160;

    /// <summary>Before the territory's strategy: small deals go round the junior AEs and SDRs (DOMAIN.md §5).</summary>
    public const int SmallDealPool = 155;
    public const int Distribution = 150;
    public const int DistributionDecision = 140;
    public const int Backup = 120;
    public const int DefaultPool = 110;
    public const int PriorityQueue = 105;
    public const int Escalation = 100;
    public const int Flags = 50;
    public const int Compose = 0;

    // Escalation sessions (rules tagged "escalation", a rule set of their own): who takes an
    // overdue lead, the first choice standing.
    public const int EscalationToBackup = 30;
    public const int EscalationToManager = 20;
    public const int EscalationToQueue = 10;
}
