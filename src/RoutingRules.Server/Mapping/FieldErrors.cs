namespace RoutingRules.Server.Mapping;

/// <summary>
/// Collects malformed request fields found while mapping proto to domain (missing timestamps,
/// unknown enum numbers, bad dates), so one INVALID_ARGUMENT names all of them.
/// </summary>
internal sealed class FieldErrors
{
    private readonly List<(string Field, string Description)> _violations = [];

    public int Count => _violations.Count;

    public IReadOnlyList<(string Field, string Description)> Violations => _violations;

    public void Add(string field, string description) => _violations.Add((field, description));

    public void ThrowIfAny(string message)
    {
        if (_violations.Count > 0)
        {
            throw RoutingRules.Grpc.GrpcStatusException.InvalidArgument(message, [.. _violations]);
        }
    }
}
