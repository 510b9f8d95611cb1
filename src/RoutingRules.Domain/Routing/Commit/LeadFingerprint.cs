namespace RoutingRules.Domain.Routing.Commit;

/// <summary>
/// A 64-bit digest of every field of a lead, kept with its decision so that a repeated request
/// (same lead id or idempotency key, no reroute) can be told apart from a different lead sent under
/// the same key: the first gets the original decision back, the second an error instead of a
/// decision that silently ignores what changed. Two leads with equal fields have equal
/// fingerprints; the order of a list counts (it is part of what was sent), the submission time
/// counts as an instant (its offset does not). Zero means "not recorded"
/// (decisions stored before fingerprints were kept): such a decision is replayed for any body.
/// </summary>
public readonly record struct LeadFingerprint(ulong Value)
{
    // FNV-1a: no allocation, one pass over the fields. Not a defence against a caller forging a
    // collision (a caller can only confuse its own leads); a digest of accidental differences.
    private const ulong Offset = 14695981039346656037;
    private const ulong Prime = 1099511628211;

    /// <summary>No fingerprint recorded.</summary>
    public static LeadFingerprint None => default;

    public bool IsRecorded => Value != 0;

    /// <summary>True unless both are recorded and differ.</summary>
    public bool Admits(LeadFingerprint other) => !IsRecorded || !other.IsRecorded || Value == other.Value;

    public static LeadFingerprint Of(Lead lead)
    {
        ArgumentNullException.ThrowIfNull(lead);
        var hash = Offset;
        Add(ref hash, lead.Id);
        Add(ref hash, lead.Email);
        Add(ref hash, lead.FirstName);
        Add(ref hash, lead.LastName);
        Add(ref hash, lead.Title);
        Add(ref hash, (ulong)lead.ContactLevel);
        Add(ref hash, lead.ContactDepartment);
        Add(ref hash, lead.CompanyName);
        Add(ref hash, lead.Website);
        Add(ref hash, lead.IpAddress);
        Add(ref hash, lead.Country);
        Add(ref hash, lead.Region);
        Add(ref hash, lead.Department);
        Add(ref hash, lead.City);
        Add(ref hash, lead.PostalCode);
        Add(ref hash, lead.Industry);
        Add(ref hash, (ulong)lead.SecondaryIndustries.Count);
        for (var i = 0; i < lead.SecondaryIndustries.Count; i++)
        {
            Add(ref hash, lead.SecondaryIndustries[i]);
        }

        Add(ref hash, lead.EmployeeCount);
        Add(ref hash, lead.AnnualRevenue);
        Add(ref hash, lead.EstimatedDealValue);
        Add(ref hash, lead.Score);
        Add(ref hash, (ulong)lead.Source);
        Add(ref hash, lead.Referrer);
        Add(ref hash, lead.ProductInterest);
        Add(ref hash, lead.NewProductRequest ? 1UL : 0UL);
        Add(ref hash, lead.PreferredLanguage);
        Add(ref hash, lead.TimeZone);
        Add(ref hash, lead.SubmittedAt is { } submitted ? (long?)submitted.UtcTicks : null);
        Add(ref hash, (ulong)lead.IntentSignals.Count);
        for (var i = 0; i < lead.IntentSignals.Count; i++)
        {
            Add(ref hash, (ulong)lead.IntentSignals[i]);
        }

        return new LeadFingerprint(hash == 0 ? 1 : hash);
    }

    // Each value is preceded by a marker that tells "missing" from "empty" and ends where the next
    // field begins, so ("ab", null) and ("a", "b") differ.
    private static void Add(ref ulong hash, string? text)
    {
        if (text is null)
        {
            Mix(ref hash, 0);
            return;
        }

        Mix(ref hash, 1);
        Add(ref hash, (ulong)text.Length);
        foreach (var c in text)
        {
            Mix(ref hash, (byte)c);
            Mix(ref hash, (byte)(c >> 8));
        }
    }

    private static void Add(ref ulong hash, long? number)
    {
        Mix(ref hash, number is null ? (byte)0 : (byte)1);
        Add(ref hash, (ulong)(number ?? 0));
    }

    private static void Add(ref ulong hash, int? number) => Add(ref hash, (long?)number);

    private static void Add(ref ulong hash, decimal? amount)
    {
        Mix(ref hash, amount is null ? (byte)0 : (byte)1);
        if (amount is { } value)
        {
            // 1.5 and 1.50 are one amount: trailing zeros of the scale removed before the bits are read.
            Span<int> bits = stackalloc int[4];
            decimal.GetBits(value / 1.000000000000000000000000000000000m, bits);
            foreach (var part in bits)
            {
                Add(ref hash, (ulong)(uint)part);
            }
        }
    }

    private static void Add(ref ulong hash, ulong value)
    {
        for (var i = 0; i < 8; i++)
        {
            Mix(ref hash, (byte)(value >> (8 * i)));
        }
    }

    private static void Mix(ref ulong hash, byte value) => hash = (hash ^ value) * Prime;
}
