namespace RoutingRules.Server.Hosting;

/// <summary>Where the server listens.</summary>
/// <param name="Host">IP address or <c>localhost</c>.</param>
/// <param name="Port">TCP port; 0 picks a free one.</param>
internal sealed record ServerHostOptions(string Host, int Port);
