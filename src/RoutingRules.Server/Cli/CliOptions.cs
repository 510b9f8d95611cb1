using System.CommandLine;

namespace RoutingRules.Server.Cli;

/// <summary>Options shared by the client commands, with parse errors that say in words what was expected.</summary>
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
    /// library's own names the .NET type, <c>System.Nullable`1[System.Int32]</c>); a value outside
    /// <paramref name="bounds"/> is refused with their error.
    /// </summary>
    public static Option<int?> WholeNumber(string name, string description, Bounds? bounds = null) => new(name)
    {
        Description = description,
        CustomParser = result => ParseWholeNumber(result, name, bounds),
    };

    /// <summary>A whole-number option with a default, with the same parse errors as <see cref="WholeNumber(string, string, Bounds?)"/>.</summary>
    public static Option<int> WholeNumber(string name, string description, int fallback, Bounds? bounds = null) => new(name)
    {
        Description = description,
        DefaultValueFactory = _ => fallback,
        CustomParser = result => ParseWholeNumber(result, name, bounds) ?? fallback,
    };

    // The bounds are checked here rather than in a validator: a validator that reads the value
    // of a token that failed to parse gets the parse error thrown at it, not reported.
    private static int? ParseWholeNumber(System.CommandLine.Parsing.ArgumentResult result, string name, Bounds? bounds)
    {
        var text = result.Tokens.Single().Value;
        if (!int.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var value))
        {
            result.AddError($"{name} '{text}' is not a whole number.");
            return null;
        }

        if (bounds is not null && (value < bounds.Min || value > bounds.Max))
        {
            result.AddError(bounds.Error);
            return null;
        }

        return value;
    }

    /// <summary>An optional amount (a finite, non-negative number, decimals with a dot), refused in words.</summary>
    public static Option<double?> Amount(string name, string description) => new(name)
    {
        Description = description,
        CustomParser = result =>
        {
            var text = result.Tokens.Single().Value;
            if (double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value)
                && double.IsFinite(value) && value >= 0)
            {
                return value;
            }

            result.AddError($"{name} '{text}' is not an amount (a non-negative number, e.g. 2500000 or 1250.50).");
            return null;
        },
    };

    /// <summary>
    /// A list given as comma-separated values (the option may also repeat), each trimmed; empty
    /// entries are dropped, and a value that lists nothing is refused.
    /// </summary>
    public static Option<string[]> CommaSeparated(string name, string description) => new(name)
    {
        Description = description,
        AllowMultipleArgumentsPerToken = false,
        DefaultValueFactory = _ => [],
        CustomParser = result =>
        {
            var values = new List<string>();
            foreach (var token in result.Tokens)
            {
                var entries = token.Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                if (entries.Length == 0)
                {
                    result.AddError($"{name} '{token.Value}' lists nothing (comma-separated values, e.g. pharma,retail).");
                }

                values.AddRange(entries);
            }

            return [.. values];
        },
    };

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

    /// <summary>
    /// A value of a proto enum written as a word ("paid-search", "c-level"), without the enum's
    /// prefix; <paramref name="multiple"/> lets the option repeat. Unknown words are refused with
    /// the list of known ones.
    /// </summary>
    public static Option<TEnum[]> ProtoEnum<TEnum>(string name, string description, bool multiple = false)
        where TEnum : struct, Enum
    {
        var words = Enum.GetValues<TEnum>().Where(v => Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture) != 0)
            .ToDictionary(Word, v => v, StringComparer.OrdinalIgnoreCase);
        return new Option<TEnum[]>(name)
        {
            Description = $"{description} One of: {string.Join(", ", words.Keys)}.",
            AllowMultipleArgumentsPerToken = false,
            Arity = multiple ? ArgumentArity.OneOrMore : ArgumentArity.ExactlyOne,
            DefaultValueFactory = _ => [],
            CustomParser = result =>
            {
                var values = new List<TEnum>();
                foreach (var token in result.Tokens)
                {
                    if (words.TryGetValue(token.Value.Replace('_', '-'), out var value))
                    {
                        values.Add(value);
                    }
                    else
                    {
                        result.AddError($"{name} '{token.Value}' is not one of: {string.Join(", ", words.Keys)}.");
                    }
                }

                return [.. values];
            },
        };
    }

    /// <summary>
    /// A proto enum value as a command-line word: its name in the .proto less the enum's prefix,
    /// in lower case with dashes (LEAD_SOURCE_PAID_SEARCH: "paid-search"; CONTACT_LEVEL_C_LEVEL: "c-level").
    /// </summary>
    private static string Word<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        static string Original(TEnum v) =>
            typeof(TEnum).GetField(v.ToString())!.GetCustomAttributes(typeof(Google.Protobuf.Reflection.OriginalNameAttribute), false)
                .Cast<Google.Protobuf.Reflection.OriginalNameAttribute>().Single().Name;

        // The zero value is always <PREFIX>UNSPECIFIED in this API's protos.
        var prefix = Original(default)[..^"UNSPECIFIED".Length];
        return Original(value)[prefix.Length..].Replace('_', '-').ToLowerInvariant();
    }

    public static Option<string?> Token(string variable) => new("--token")
    {
        Description = $"Bearer token sent as 'authorization' (default: ${variable}).",
        DefaultValueFactory = _ => NullIfEmpty(Environment.GetEnvironmentVariable(variable)),
    };

    public static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    /// <summary>The values a whole-number option accepts, and what it says of any other.</summary>
    internal sealed record Bounds(int Min, int Max, string Error);
}
