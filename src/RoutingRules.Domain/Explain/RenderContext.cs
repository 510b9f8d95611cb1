using System.Globalization;
using RoutingRules.Domain.Routing;

namespace RoutingRules.Domain.Explain;

/// <summary>What every step of one rendering shares: the decision, the details, the catalogue and the common placeholders.</summary>
internal sealed class RenderContext
{
    private readonly Dictionary<string, string> _common;
    private readonly TimeZoneInfo? _zone;

    public RenderContext(RoutingDecision decision, TraceDetails details, ExplanationAudience audience, MessageCatalog catalog, string? readerTimeZone = null)
    {
        Decision = decision;
        Details = details;
        Audience = audience;
        Catalog = catalog;
        // A rep reads deadlines on their own clock; ops, on the contact's, else on the clock the SLA
        // counted working hours on (the lead's country's); every time names its zone either way.
        _zone = (audience == ExplanationAudience.Rep ? FindZone(readerTimeZone) : null) ?? FindZone(details.Lead.TimeZone)
            ?? FindZone(details.Sla?.BusinessHoursZone);
        AccountName = details.OwningAccountName
            ?? details.Accounts.FirstOrDefault(a => a.AccountId == (details.OwningAccountId ?? decision.AccountId))?.Name
            ?? decision.AccountId;
        Level = catalog.Label("level", decision.Level.ToString());
        var now = details.Lead.Now == default ? (DateTimeOffset?)null : details.Lead.Now;
        _common = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["lead"] = decision.LeadId,
            ["level"] = Level,
            ["account"] = AccountName ?? string.Empty,
            ["domain"] = details.Lead.Domain ?? string.Empty,
            ["country"] = details.Lead.Country ?? "?",
            ["department"] = details.Lead.ContactDepartment ?? string.Empty,
            ["territory"] = decision.TerritoryName ?? details.Territories.FirstOrDefault(t => t.Chosen)?.Name ?? string.Empty,
            ["queue"] = decision.Assignee.QueueName ?? string.Empty,
            ["owner"] = decision.Assignee.RepName ?? decision.Assignee.QueueName ?? string.Empty,
            ["assignee"] = AssigneeText,
            ["respondBy"] = Time(decision.RespondBy),
            ["escalateAt"] = Time(decision.EscalateAt),
            ["duration"] = Duration(details.Sla?.ResponseTarget ?? (now is { } n ? decision.RespondBy - n : null), details.Sla is { } sla && CountsBusinessDays(sla, now)),
            ["referrer"] = details.Lead.Referrer ?? string.Empty,
        };
    }

    public RoutingDecision Decision { get; }
    public TraceDetails Details { get; }
    public ExplanationAudience Audience { get; }
    public MessageCatalog Catalog { get; }
    public string? AccountName { get; }
    public string Level { get; }
    public bool ForRep => Audience == ExplanationAudience.Rep;

    /// <summary>A later decision replaced this one: nothing is asked of its assignee any more.</summary>
    public bool Superseded { get; init; }

    /// <summary>The SLA's clock started at the lead's submission, before it was routed (<see cref="TraceSla.StartedAt"/>).</summary>
    public bool SlaFromSubmission => Details.Sla?.StartedAt is not null && Details.Lead.Now != default;

    /// <summary>
    /// The SLA counts working hours and its response falls later than the target from the start:
    /// the lead came, or the target ran, outside them (<see cref="TraceSla.BusinessHoursZone"/>).
    /// </summary>
    public bool SlaWaitsForBusinessHours => Details.Sla is { BusinessHoursZone: not null, ResponseTarget: { } target } sla
        && Details.Lead.Now != default
        && Decision.RespondBy - (sla.StartedAt ?? Details.Lead.Now) > target;

    /// <summary>What was left of the response target when the lead was routed; zero or less when it was due at once.</summary>
    public TimeSpan SlaTimeLeft => Decision.RespondBy - Details.Lead.Now;

    public string AssigneeText => Decision.Assignee.RepName is { } name
        ? $"{name} ({Decision.Assignee.RepId})"
        : Decision.Assignee.QueueName ?? string.Empty;

    /// <summary>The audience's variant of a message: <c>key.rep</c> or <c>key.ops</c>.</summary>
    public string Variant(string key) => key + (ForRep ? ".rep" : ".ops");

    public string Text(string key, params (string Name, string? Value)[] args) => Catalog.Format(key, Args(args));

    public ExplanationStep Step(string key, params (string Name, string? Value)[] args) => new(key, Text(key, args));

    public ExplanationStep Step(string key, IEnumerable<KeyValuePair<string, string>> extra, params (string Name, string? Value)[] args)
    {
        var all = Args(args);
        foreach (var (name, value) in extra)
        {
            all.TryAdd(name, value);
        }

        return new ExplanationStep(key, Catalog.Format(key, all));
    }

    public string Time(DateTimeOffset instant)
    {
        // Without a zone, UTC: instants worked out in the lead's zone (a next opening) carry its offset.
        var local = _zone is null ? instant.ToUniversalTime() : TimeZoneInfo.ConvertTime(instant, _zone);
        var zone = _zone?.Id ?? "UTC" + local.ToString("zzz", CultureInfo.InvariantCulture);
        return local.ToString(Catalog.Template("format.datetime"), Catalog.Culture) + " (" + zone + ")";
    }

    public string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture).Replace(".", Catalog.Template("format.decimal"), StringComparison.Ordinal);

    /// <summary>A whole number with the locale's thousands separator ("2,000", "2 000").</summary>
    public string Whole(long value) => value.ToString("#,0", CultureInfo.InvariantCulture).Replace(",", Catalog.Template("format.thousands"), StringComparison.Ordinal);

    /// <summary>Items as a sentence lists them: "a", "a and b", "a, b and c" ("et" in French).</summary>
    public string List(IReadOnlyList<string> items) => items.Count <= 1
        ? string.Concat(items)
        : string.Join(Text("list.separator"), items.Take(items.Count - 1)) + Text("list.last") + items[^1];

    /// <summary>A rate from 0 to 1 as a percentage in the locale's style ("12%", "12 %").</summary>
    public string Percent(double rate) => Catalog.Format("format.percent", new Dictionary<string, string> { ["n"] = Number(rate * 100) });

    /// <param name="span">The duration.</param>
    /// <param name="businessDays">True when its days are business days (the SLA skips weekends).</param>
    public string Duration(TimeSpan? span, bool businessDays = false)
    {
        if (span is not { } d || d <= TimeSpan.Zero)
        {
            return "?";
        }

        var wholeDays = d.TotalDays >= 1 && d.TotalDays == Math.Floor(d.TotalDays);
        var (n, unit) = wholeDays && businessDays ? ((int)d.TotalDays, "businessDays")
            : wholeDays ? ((int)d.TotalDays, "days")
            : d.TotalHours >= 1 && d.TotalHours == Math.Floor(d.TotalHours) ? ((int)d.TotalHours, "hours")
            : ((int)Math.Ceiling(d.TotalMinutes), "minutes");
        return Catalog.Format("duration." + unit, new Dictionary<string, string> { ["n"] = n.ToString(Catalog.Culture) });
    }

    /// <summary>
    /// Time left, which unlike a target is rarely a round figure: whole days from two days on
    /// ("6 days"), else hours and minutes ("3 hours 50 minutes", "45 minutes").
    /// </summary>
    public string Remaining(TimeSpan left) =>
        left.TotalDays >= 2
            ? Catalog.Format("duration.days", new Dictionary<string, string> { ["n"] = ((int)left.TotalDays).ToString(Catalog.Culture) })
            : Hours(Math.Ceiling(left.TotalMinutes) / 60);

    /// <summary>
    /// A span the rules give in hours, such as a time-zone distance (5.5), in whole hours and
    /// minutes as the catalogue words durations: "5 hours 30 minutes", "3 hours", "45 minutes".
    /// </summary>
    public string Hours(double hours)
    {
        var minutes = (int)Math.Round(Math.Abs(hours) * 60);
        var (h, m) = (minutes / 60, minutes % 60);
        return m == 0 ? Catalog.Format("duration.hours", new Dictionary<string, string> { ["n"] = h.ToString(Catalog.Culture) })
            : h == 0 ? Catalog.Format("duration.minutes", new Dictionary<string, string> { ["n"] = m.ToString(Catalog.Culture) })
            : Catalog.Format("duration.hoursMinutes", new Dictionary<string, string> { ["h"] = h.ToString(Catalog.Culture), ["m"] = m.ToString(Catalog.Culture) });
    }

    // Traces stored before the SLA recorded it: a deadline further away than the target can only
    // come from a clock that skipped weekends (a calendar SLA adds the target exactly).
    private static bool CountsBusinessDays(TraceSla sla, DateTimeOffset? now) =>
        sla.BusinessDays ?? (sla.ResponseTarget is { } target && now is { } start && sla.RespondBy - start > target);

    private Dictionary<string, string> Args((string Name, string? Value)[] args)
    {
        var all = new Dictionary<string, string>(_common, StringComparer.Ordinal);
        foreach (var (name, value) in args)
        {
            all[name] = value ?? string.Empty;
        }

        return all;
    }

    private static TimeZoneInfo? FindZone(string? id)
    {
        if (string.IsNullOrEmpty(id))
        {
            return null;
        }

        return TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : null;
    }
}
