namespace RoutingRules.Domain.Validation;

/// <summary>
/// The longest texts RoutingRules accepts, in leads and in reference data alike, and how an error
/// quotes a refused value.
/// </summary>
/// <remarks>
/// No form, CRM export or person sends a longer id, name or label: a longer value is a client bug
/// or abuse. Kept, it would be matched character by character, stored in every decision's trace
/// that mentions it and printed whole in explanations and errors.
/// </remarks>
public static class TextLimits
{
    /// <summary>Ids, names, labels, queue names, list entries.</summary>
    public const int MaxText = 256;

    /// <summary>RFC 5321's limit on a forward path.</summary>
    public const int MaxEmail = 254;

    // An invalid value is quoted in an error up to this length, so an error never echoes a huge one.
    private const int QuotedLength = 64;

    /// <summary>A refused value as an error quotes it: whole when short, else its start and its length.</summary>
    public static string Quote(string value) =>
        value.Length <= QuotedLength ? $"'{value}'" : $"'{Shorten(value)}' ({value.Length} characters)";

    /// <summary>A value as an error names it (a record's id): whole when short, else its start.</summary>
    public static string Shorten(string value) => value.Length <= QuotedLength ? value : value[..QuotedLength] + "...";

    /// <summary>The error for a text over its limit, the same wording for leads and reference data.</summary>
    public static string TooLong(int max, int length) => $"must be at most {max} characters (it has {length})";
}
