using System.Net;

namespace RoutingRules.Server.Security;

/// <summary>
/// The admin API can rewrite every routing decision, so it is only reachable without a token
/// from the machine itself.
/// </summary>
internal static class ListenAddressPolicy
{
    public static IPAddress Parse(string host) =>
        string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase) ? IPAddress.Loopback : IPAddress.Parse(host);

    /// <summary>Throws <see cref="ServerConfigurationException"/> for a non-loopback address with no admin token.</summary>
    public static void EnsureSafe(string host, string? adminToken)
    {
        if (!IPAddress.TryParse(host, out var address) && !string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            throw new ServerConfigurationException($"--host '{host}' is not an IP address (or localhost).");
        }

        address ??= IPAddress.Loopback;
        if (!IPAddress.IsLoopback(address) && string.IsNullOrEmpty(adminToken))
        {
            throw new ServerConfigurationException(
                $"Refusing to listen on {host} without an admin token: the admin API would be open to the network. " +
                "Set --admin-token or ROUTINGRULES_ADMIN_TOKEN, or listen on 127.0.0.1.");
        }
    }
}
