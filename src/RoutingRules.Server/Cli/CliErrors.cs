using RoutingRules.Grpc;

namespace RoutingRules.Server.Cli;

/// <summary>Prints a failed call the way an operator needs it: status, message, then each bad field.</summary>
internal static class CliErrors
{
    internal const int CallFailed = 1;
    internal const int BadInput = 2;

    public static int Report(GrpcStatusException error, TextWriter output)
    {
        output.WriteLine($"error: {error.StatusCode}: {error.Detail}");
        if (error.GetBadRequest() is { } badRequest)
        {
            foreach (var violation in badRequest.FieldViolations)
            {
                output.WriteLine($"  {violation.Field}: {violation.Description}");
            }
        }

        return CallFailed;
    }

    /// <summary>
    /// Runs <paramref name="call"/> against <paramref name="server"/>: a gRPC error is reported with
    /// <see cref="Report"/>, an unreachable server in one line; both give <see cref="CallFailed"/>.
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
