namespace RoutingRules.Bench.GrpcHost;

/// <summary>
/// The baseline: a plain Kestrel endpoint that answers a unary call with the same bytes the
/// layer sends for an empty response (headers, one 5-byte-prefixed empty message, grpc-status
/// trailer), written by hand. The difference in throughput is the layer's cost.
/// </summary>
public static class BareGrpcEndpoint
{
    /// <summary>Route of the baseline method.</summary>
    public const string Path = "/routingrules.bench.v1.Bare/Empty";

    private static readonly byte[] EmptyMessage = [0, 0, 0, 0, 0];

    /// <summary>Drains the request, as the layer must, then writes the canned response.</summary>
    public static async Task HandleAsync(HttpContext context)
    {
        var reader = context.Request.BodyReader;
        while (true)
        {
            var read = await reader.ReadAsync(context.RequestAborted);
            reader.AdvanceTo(read.Buffer.End);
            if (read.IsCompleted)
            {
                break;
            }
        }

        var response = context.Response;
        response.ContentType = "application/grpc";
        response.Headers["grpc-accept-encoding"] = "identity,gzip";
        await response.BodyWriter.WriteAsync(EmptyMessage, context.RequestAborted);
        response.AppendTrailer("grpc-status", "0");
    }
}
