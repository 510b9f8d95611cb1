using RoutingRules.Grpc;

namespace RoutingRules.Server.Cli;

/// <summary>Prints a failed call the way an operator needs it: status, message, then each bad field.</summary>
internal static class CliErrors
{
    /// <summary>
    /// Exit code of a call that failed for another reason than its input: the server could not be
    /// reached, or refused it with any status but INVALID_ARGUMENT (a wrong token, an unknown lead,
    /// a lead another rep holds, the server unavailable).
    /// </summary>
    internal const int CallFailed = 1;

    /// <summary>
    /// Exit code of bad input, whoever finds it: a command line the parser refuses, a missing file,
    /// or a request the server refused as INVALID_ARGUMENT (a value only the server can judge, such
    /// as a submission time against its clock). Either way the input has to change, not the retry.
    /// </summary>
    internal const int BadInput = 2;

    public static int Report(GrpcStatusException error, TextWriter output)
    {
        var violations = error.GetBadRequest()?.FieldViolations ?? [];
        output.WriteLine($"error: {error.StatusCode}: {Summary(error.Detail, violations)}");
        foreach (var violation in violations)
        {
            output.WriteLine($"  {violation.Field}: {violation.Description}");
        }

        return ExitCode(error);
    }

    /// <summary><see cref="BadInput"/> for INVALID_ARGUMENT, <see cref="CallFailed"/> for any other status.</summary>
    public static int ExitCode(GrpcStatusException error) => error.StatusCode == StatusCode.InvalidArgument ? BadInput : CallFailed;

    /// <summary>
    /// The status message, unless it quotes the field lines printed under it: the server writes
    /// the first few violations into the message for clients that show nothing else
    /// (<c>Invalid request: lead.email: ...</c>), and here each would then be printed twice.
    /// </summary>
    private static string Summary(string message, IReadOnlyCollection<Google.Rpc.BadRequest.Types.FieldViolation> violations)
    {
        var repeats = violations.Any(v => v.Description.Length > 0 && message.Contains(v.Description, StringComparison.Ordinal));
        return !repeats ? message : violations.Count == 1 ? "1 invalid field" : $"{violations.Count} invalid fields";
    }

    /// <summary>
    /// Runs <paramref name="call"/> against <paramref name="server"/>: a gRPC error is reported with
    /// <see cref="Report"/> (and exits as <see cref="ExitCode"/> says), an unreachable server in one
    /// line with <see cref="CallFailed"/>.
    /// </summary>
    public static async Task<int> CallAsync(Uri server, Func<Task<int>> call)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (GrpcStatusException e)
        {
            return Report(e, Console.Error);
        }
        catch (HttpRequestException e)
        {
            await Console.Error.WriteLineAsync($"error: cannot reach {server}: {e.Message}").ConfigureAwait(false);
            return CallFailed;
        }
    }
}
