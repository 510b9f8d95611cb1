using System.CommandLine;

namespace RoutingRules.Server.Cli;

/// <summary>Options shared by the client commands (import, export, and later route/rules).</summary>
internal static class CliOptions
{
    internal const string DefaultServer = "http://127.0.0.1:50051";
    internal const string AdminTokenVariable = "ROUTINGRULES_ADMIN_TOKEN";
    internal const string RoutingTokenVariable = "ROUTINGRULES_ROUTING_TOKEN";

    public static Option<Uri> Server()
    {
        var option = Address("--server", "Address of the routingrules server.");
        option.DefaultValueFactory = _ => new Uri(DefaultServer);
        return option;
    }

    /// <summary>A server address option (http:// or https://), without a default: null when not given.</summary>
    public static Option<Uri> Address(string name, string description) => new(name)
    {
        Description = description,
        CustomParser = result =>
        {
            var text = result.Tokens.Single().Value;
            if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
            {
                return uri;
            }

            result.AddError($"{name} '{text}' is not an http:// or https:// address.");
            return null;
        },
    };

    /// <summary>
    /// An optional whole-number option whose parse error says what was expected in words (the
    /// library's own names the .NET type, <c>System.Nullable`1[System.Int32]</c>).
    /// </summary>
    public static Option<int?> WholeNumber(string name, string description) => new(name)
    {
        Description = description,
        CustomParser = result => ParseWholeNumber(result, name),
    };

    /// <summary>A whole-number option with a default, with the same parse error as <see cref="WholeNumber"/>.</summary>
    public static Option<int> WholeNumber(string name, string description, int fallback) => new(name)
    {
        Description = description,
        DefaultValueFactory = _ => fallback,
        CustomParser = result => ParseWholeNumber(result, name) ?? fallback,
    };

    private static int? ParseWholeNumber(System.CommandLine.Parsing.ArgumentResult result, string name)
    {
        var text = result.Tokens.Single().Value;
        if (int.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        result.AddError($"{name} '{text}' is not a whole number.");
        return null;
    }

    /// <summary>An instant with its offset (ISO 8601), refused in words rather than with the parser's type name.</summary>
    public static Option<DateTimeOffset?> Instant(string name, string description) => new(name)
    {
        Description = description,
        CustomParser = result =>
        {
            var text = result.Tokens.Single().Value;
            if (DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var value))
            {
                return value;
            }

            result.AddError($"{name} '{text}' is not a date and time (ISO 8601, e.g. 2026-11-24T09:50:00Z).");
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
