using Microsoft.Extensions.Primitives;

namespace RoutingRules.Grpc;

/// <summary>Header names and cached header values of the gRPC HTTP/2 protocol.</summary>
internal static class GrpcProtocol
{
    internal const string ContentType = "application/grpc";
    internal const string TimeoutHeader = "grpc-timeout";
    internal const string EncodingHeader = "grpc-encoding";
    internal const string AcceptEncodingHeader = "grpc-accept-encoding";
    internal const string StatusHeader = "grpc-status";
    internal const string MessageHeader = "grpc-message";
    internal const string StatusDetailsHeader = "grpc-status-details-bin";
    internal const string Identity = "identity";
    internal const string Gzip = "gzip";
    internal const int MessageHeaderSize = 5;

    internal static readonly StringValues ContentTypeValue = new(ContentType);
    internal static readonly StringValues GzipValue = new(Gzip);
    internal static readonly StringValues AcceptEncodingValue = new("identity,gzip");
    internal static readonly StringValues TrailersValue = new("trailers");

    private static readonly StringValues[] StatusValues = CreateStatusValues();

    internal static StringValues StatusValue(StatusCode code) =>
        (uint)code < (uint)StatusValues.Length ? StatusValues[(int)code] : new StringValues(((int)code).ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>True for application/grpc, application/grpc+proto (or any +suffix) and either with ;parameters.</summary>
    internal static bool IsGrpcContentType(string? contentType)
    {
        if (contentType is null || !contentType.StartsWith(ContentType, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (contentType.Length == ContentType.Length)
        {
            return true;
        }

        var next = contentType[ContentType.Length];
        return next is '+' or ';';
    }

    /// <summary>True when a comma-separated <c>grpc-accept-encoding</c> value lists gzip.</summary>
    internal static bool AcceptsGzip(StringValues acceptEncoding)
    {
        foreach (var value in acceptEncoding)
        {
            if (value is null)
            {
                continue;
            }

            foreach (var part in value.AsSpan().Split(','))
            {
                if (value.AsSpan()[part].Trim().Equals(Gzip, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static StringValues[] CreateStatusValues()
    {
        var values = new StringValues[17];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = new StringValues(i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return values;
    }
}
