using RoutingRules.Grpc;
using RoutingRules.Server.Cli;
using Proto = RoutingRules.V1;

namespace RoutingRules.Server.Explain;

/// <summary>The CLI's call to <c>LeadRouter/ExplainRoute</c>, with the usual error reporting.</summary>
internal static class ExplainClient
{
    private const string Method = "/routingrules.v1.LeadRouter/ExplainRoute";

    public static Task<Proto.ExplainRouteResponse> ExplainAsync(Uri server, string? token, Proto.ExplainRouteRequest request, CancellationToken cancellationToken)
    {
        var client = new GrpcClient(server);
        return CallAsync(client, token, request, cancellationToken);
    }

    /// <summary>Calls and prints; returns the process exit code.</summary>
    public static Task<int> PrintAsync(Uri server, string? token, Proto.ExplainRouteRequest request, bool json, CancellationToken cancellationToken) =>
        CliErrors.CallAsync(server, async () =>
        {
            var response = await ExplainAsync(server, token, request, cancellationToken).ConfigureAwait(false);
            if (json)
            {
                Console.Out.WriteLine(response.TraceJson);
            }
            else
            {
                ExplanationPrinter.Print(response, Console.Out);
            }

            return 0;
        });

    private static async Task<Proto.ExplainRouteResponse> CallAsync(GrpcClient client, string? token, Proto.ExplainRouteRequest request, CancellationToken cancellationToken)
    {
        using (client)
        {
            return await client.UnaryAsync(Method, request, Proto.ExplainRouteResponse.Parser, new GrpcCallOptions
            {
                Headers = token is null ? null : new Metadata().Add("authorization", "Bearer " + token),
                Deadline = DateTime.UtcNow.AddSeconds(30),
                CancellationToken = cancellationToken,
            }).ConfigureAwait(false);
        }
    }
}
