using Google.Protobuf.WellKnownTypes;
using Google.Rpc;

namespace RoutingRules.Grpc;

/// <summary>
/// A call that ended with a non-OK gRPC status. Handlers throw it to fail a call with a precise
/// status; the client throws it when a call fails. Carries the status message, trailers and
/// optional rich details (<c>google.rpc.Status</c>, sent as <c>grpc-status-details-bin</c>).
/// </summary>
public sealed class GrpcStatusException : Exception
{
    /// <summary>Creates an exception for the given status.</summary>
    /// <param name="statusCode">The status; must not be <see cref="StatusCode.OK"/>.</param>
    /// <param name="detail">The status message sent as <c>grpc-message</c>.</param>
    /// <param name="details">Optional rich status; its code is forced to equal <paramref name="statusCode"/>.</param>
    /// <param name="trailers">Optional custom trailers sent with the status.</param>
    public GrpcStatusException(StatusCode statusCode, string detail, Google.Rpc.Status? details = null, Metadata? trailers = null)
        : base($"Status(StatusCode=\"{statusCode}\", Detail=\"{detail}\")")
    {
        StatusCode = statusCode;
        Detail = detail;
        Trailers = trailers ?? new Metadata();
        if (details is not null)
        {
            details.Code = (int)statusCode;
            if (string.IsNullOrEmpty(details.Message))
            {
                details.Message = detail;
            }
        }

        Details = details;
    }

    /// <summary>The gRPC status code.</summary>
    public StatusCode StatusCode { get; }

    /// <summary>The status message (decoded <c>grpc-message</c>).</summary>
    public string Detail { get; }

    /// <summary>Rich error details, or null when none were sent.</summary>
    public Google.Rpc.Status? Details { get; }

    /// <summary>Custom trailers of the call.</summary>
    public Metadata Trailers { get; }

    /// <summary>Creates an INVALID_ARGUMENT error with a <c>google.rpc.BadRequest</c> listing the offending fields.</summary>
    /// <param name="message">Summary sent as <c>grpc-message</c>.</param>
    /// <param name="violations">Field paths and why each is invalid.</param>
    public static GrpcStatusException InvalidArgument(string message, params (string Field, string Description)[] violations)
    {
        var badRequest = new BadRequest();
        foreach (var (field, description) in violations)
        {
            badRequest.FieldViolations.Add(new BadRequest.Types.FieldViolation { Field = field, Description = description });
        }

        var status = new Google.Rpc.Status { Code = (int)StatusCode.InvalidArgument, Message = message };
        status.Details.Add(Any.Pack(badRequest));
        return new GrpcStatusException(StatusCode.InvalidArgument, message, status);
    }

    /// <summary>The <c>google.rpc.BadRequest</c> packed in <see cref="Details"/>, or null.</summary>
    public BadRequest? GetBadRequest()
    {
        if (Details is null)
        {
            return null;
        }

        foreach (var any in Details.Details)
        {
            if (any.TryUnpack<BadRequest>(out var badRequest))
            {
                return badRequest;
            }
        }

        return null;
    }
}
