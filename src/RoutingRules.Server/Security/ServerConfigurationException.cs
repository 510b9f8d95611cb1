namespace RoutingRules.Server.Security;

/// <summary>The server was asked to start in an unsafe or impossible configuration; the message says how to fix it.</summary>
internal sealed class ServerConfigurationException(string message) : Exception(message);
