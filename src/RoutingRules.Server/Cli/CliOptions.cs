using System.CommandLine;

namespace RoutingRules.Server.Cli;

/// <summary>Options shared by the client commands (import, export, and later route/rules).</summary>
internal static class CliOptions
{
    internal const string DefaultServer = "http://127.0.0.1:50051";
    internal const string AdminTokenVariable = "ROUTINGRULES_ADMIN_TOKEN";
    internal const string RoutingTokenVariable = "ROUTINGRULES_ROUTING_TOKEN";

    public static Option<Uri> Server() => new("--server")
    {
        Description = "Address of the routingrules server.",
        DefaultValueFactory = _ => new Uri(DefaultServer),
        CustomParser = result =>
        {
            var text = result.Tokens.Single().Value;
            if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
            {
                return uri;
            }

            result.AddError($"--server '{text}' is not an http:// or https:// address.");
            return null;
        },
    };

    public static Option<string?> Token(string variable) => new("--token")
    {
        Description = $"Bearer token sent as 'authorization' (default: ${variable}).",
        DefaultValueFactory = _ => NullIfEmpty(Environment.GetEnvironmentVariable(variable)),
    };

    public static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
