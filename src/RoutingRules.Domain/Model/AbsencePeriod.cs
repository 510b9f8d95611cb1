namespace RoutingRules.Domain.Model;

/// <summary>A planned absence (vacation, leave); <see cref="End"/> is exclusive.</summary>
public sealed record AbsencePeriod(DateTimeOffset Start, DateTimeOffset End)
{
    public bool Contains(DateTimeOffset instant) => instant >= Start && instant < End;
}
