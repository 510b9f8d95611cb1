namespace RoutingRules.Domain.Routing.Facts;

/// <summary>A multiplier on a rep's allocation weight (not an exclusion).</summary>
public sealed class WeightAdjustment
{
    private readonly Func<string>? _describeReason;
    private string? _reason;

    public WeightAdjustment(string repId, double factor, string reason)
    {
        RepId = repId;
        Factor = factor;
        _reason = reason;
    }

    /// <summary>
    /// An adjustment whose reason is written only when first read: a rule may yield one for every
    /// candidate of every lead, and formatting its figures then cost about 2 % of a route.
    /// </summary>
    /// <param name="describeReason">Writes <see cref="Reason"/>; must give the same text whenever it is called.</param>
    public WeightAdjustment(string repId, double factor, Func<string> describeReason)
    {
        RepId = repId;
        Factor = factor;
        _describeReason = describeReason ?? throw new ArgumentNullException(nameof(describeReason));
    }

    public string RepId { get; }
    public double Factor { get; }

    public string Reason => DeferredText.Read(ref _reason, _describeReason);

    public override string ToString() => $"{RepId} weight x{Factor}: {Reason}";
}
