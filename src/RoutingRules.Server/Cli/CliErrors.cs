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
}
