using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core.Features;
using Microsoft.Extensions.Logging;

namespace RoutingRules.Grpc;

/// <summary>Runs the calls of one method: protocol checks, deadline, handler, status.</summary>
internal sealed partial class ServerCallHandler(ServerMethod method, GrpcLayerOptions options, ILogger logger)
{
    public Task HandleAsync(HttpContext httpContext)
    {
        var request = httpContext.Request;
        if (!HttpProtocol.IsHttp2(request.Protocol) && !HttpProtocol.IsHttp3(request.Protocol))
        {
            return ProtocolRejection.RejectHttp1Async(httpContext);
        }

        if (!GrpcProtocol.IsGrpcContentType(request.ContentType))
        {
            return ProtocolRejection.RejectContentTypeAsync(httpContext);
        }

        return HandleCallAsync(httpContext);
    }

    private async Task HandleCallAsync(HttpContext httpContext)
    {
        var context = new ServerCallContext(httpContext, method.Path, options);
        try
        {
            if (context.Initialize() is { } setupError)
            {
                context.WriteStatus(setupError.StatusCode, setupError.Detail, null, null);
                return;
            }

            if (method.Type is GrpcMethodType.ClientStreaming or GrpcMethodType.DuplexStreaming)
            {
                LiftBodyLimits(httpContext);
            }

            var call = method.InvokeAsync(context);
            if (context.DeadlineTask is { } deadline && await Task.WhenAny(call, deadline).ConfigureAwait(false) != call)
            {
                await context.CompleteWithDeadlineAsync().ConfigureAwait(false);
                await ObserveAbandonedAsync(call).ConfigureAwait(false);
                return;
            }

            await call.ConfigureAwait(false);
            context.WriteStatus(StatusCode.OK, null, null, null);
        }
        catch (Exception ex)
        {
            WriteFailure(context, ex);
        }
        finally
        {
            context.DisposeDeadline();
        }
    }

    private void WriteFailure(ServerCallContext context, Exception exception)
    {
        var httpContext = context.HttpContext;
        // A handler that watches the call's token can throw before the deadline's own callback has
        // marked the call (token callbacks run last-registered first): past the deadline, a
        // cancellation is the deadline, not a handler failure to log.
        if (context.DeadlineExceeded || (exception is OperationCanceledException && DateTime.UtcNow >= context.Deadline && !httpContext.RequestAborted.IsCancellationRequested))
        {
            context.WriteStatus(StatusCode.DeadlineExceeded, "Deadline Exceeded", null, null);
            return;
        }

        if (httpContext.RequestAborted.IsCancellationRequested || context.RequestStreamFailed)
        {
            // The stream is reset: no status can reach the client any more.
            LogCancelled(logger, method.Path);
            return;
        }

        if (exception is GrpcStatusException status)
        {
            context.WriteStatus(status.StatusCode, status.Detail, status.Details, status.Trailers);
            return;
        }

        LogHandlerFailed(logger, method.Path, exception);
        var message = options.EnableDetailedErrors
            ? $"Exception was thrown by handler. {exception.GetType().Name}: {exception.Message}"
            : "Exception was thrown by handler.";
        context.WriteStatus(StatusCode.Unknown, message, null, null);
    }

    /// <summary>
    /// After a deadline the status is already sent, but the HttpContext must outlive the handler,
    /// so the request only ends when the handler does. Its outcome no longer matters.
    /// </summary>
    private static async Task ObserveAbandonedAsync(Task call)
    {
        try
        {
            await call.ConfigureAwait(false);
        }
        catch (Exception)
        {
            // Deliberately ignored: the client already has DEADLINE_EXCEEDED.
        }
    }

    /// <summary>Streaming calls may be long-lived and idle; Kestrel's body size and data-rate guards would kill them.</summary>
    private static void LiftBodyLimits(HttpContext httpContext)
    {
        if (httpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = null;
        }

        if (httpContext.Features.Get<IHttpMinRequestBodyDataRateFeature>() is { } rate)
        {
            rate.MinDataRate = null;
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Error, Message = "Error when executing gRPC method {Method}.")]
    private static partial void LogHandlerFailed(ILogger logger, string method, Exception exception);

    [LoggerMessage(EventId = 2, Level = LogLevel.Debug, Message = "gRPC call {Method} was cancelled by the client.")]
    private static partial void LogCancelled(ILogger logger, string method);
}
