namespace RoutingRules.Domain.Explain;

/// <summary>The lead attributes the rules read, with what was derived from them before any rule fired.</summary>
public sealed record TraceLead
{
    public string Id { get; init; } = string.Empty;
    public string? Domain { get; init; }
    public bool FreeMail { get; init; }
    public string? CompanyName { get; init; }
    public string? Country { get; init; }
    public string? Region { get; init; }
    public string? Department { get; init; }
    public string? City { get; init; }
    public string? Industry { get; init; }
    public int? EmployeeCount { get; init; }
    public string Segment { get; init; } = string.Empty;
    public string Intent { get; init; } = string.Empty;
    public string Fit { get; init; } = string.Empty;
    public string Language { get; init; } = string.Empty;
    public string Source { get; init; } = string.Empty;
    public IReadOnlyList<string> Signals { get; init; } = [];
    public string ContactLevel { get; init; } = string.Empty;
    public string? ContactDepartment { get; init; }
    public string? TimeZone { get; init; }
    public decimal? EstimatedDealValue { get; init; }
    public int? Score { get; init; }
    public string? Referrer { get; init; }

    /// <summary>The routing clock every window and SLA was measured from.</summary>
    public DateTimeOffset Now { get; init; }
}
