namespace RoutingRules.Server.Mapping;

/// <summary>
/// Collects malformed request fields found while mapping proto to domain (missing timestamps,
/// unknown enum numbers, bad dates), so one INVALID_ARGUMENT names all of them.
/// </summary>
/// <param name="now">
/// The server's clock, when what is mapped is a write to judge against it (an instant reported as
/// past must be plausible: <see cref="PlausibleInstant"/>); null when mapping what the server
/// already holds (the CLI reading an export).
/// </param>
internal sealed class FieldErrors(DateTimeOffset? now = null)
{
    private readonly List<(string Field, string Description)> _violations = [];

    public DateTimeOffset? Now => now;

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
