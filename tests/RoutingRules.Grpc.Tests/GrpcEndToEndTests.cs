using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Grpc.Health.V1;
using ServingStatus = Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus;

namespace RoutingRules.Grpc.Tests;

public class GrpcEndToEndTests(LoopbackServer server) : IClassFixture<LoopbackServer>
{
    [Fact]
    public async Task Unary_Echo_ReturnsRequestValue()
    {
        var response = await server.Client.UnaryAsync("/test.Probe/Echo", new StringValue { Value = "héllo" }, StringValue.Parser);

        Assert.Equal("héllo", response.Value);
    }

    [Fact]
    public async Task Unary_GzipRequest_IsDecompressed()
    {
        var value = new string('x', 10_000);

        var response = await server.Client.UnaryAsync(
            "/test.Probe/Echo", new StringValue { Value = value }, StringValue.Parser, new GrpcCallOptions { CompressRequest = true });

        Assert.Equal(value, response.Value);
    }

    [Fact]
    public async Task Unary_Metadata_TextEchoedInHeadersAndBinaryInTrailers()
    {
        var headers = new Metadata().Add("echo-text", "abc").Add("echo-blob-bin", [0, 0xFF, 7]);

        var result = await server.Client.UnaryCallAsync(
            "/test.Probe/Echo", new StringValue(), StringValue.Parser, new GrpcCallOptions { Headers = headers });

        Assert.Equal("abc", result.Headers.GetValue("echo-text"));
        Assert.Equal(new byte[] { 0, 0xFF, 7 }, result.Trailers.GetValueBytes("echo-blob-bin"));
    }

    [Fact]
    public async Task Unary_InvalidArgument_ClientReceivesBadRequestDetails()
    {
        var error = await Assert.ThrowsAsync<GrpcStatusException>(() =>
            server.Client.UnaryAsync("/test.Probe/Validate", new StringValue { Value = "nope" }, StringValue.Parser));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal("lead is invalid", error.Detail);
        Assert.Equal((int)StatusCode.InvalidArgument, error.Details!.Code);
        var violation = Assert.Single(error.GetBadRequest()!.FieldViolations);
        Assert.Equal("lead.email", violation.Field);
        Assert.Contains("nope", violation.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unary_HandlerThrows_UnknownWithoutExceptionDetails()
    {
        var error = await Assert.ThrowsAsync<GrpcStatusException>(() =>
            server.Client.UnaryAsync("/test.Probe/Crash", new StringValue(), StringValue.Parser));

        Assert.Equal(StatusCode.Unknown, error.StatusCode);
        Assert.DoesNotContain("secret", error.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unary_DeadlinePasses_DeadlineExceeded()
    {
        var watch = Stopwatch.StartNew();
        var error = await Assert.ThrowsAsync<GrpcStatusException>(() => server.Client.UnaryAsync(
            "/test.Probe/Sleep", new StringValue(), StringValue.Parser, new GrpcCallOptions { Deadline = DateTime.UtcNow.AddMilliseconds(200) }));

        Assert.Equal(StatusCode.DeadlineExceeded, error.StatusCode);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Unary_CallerCancelsBeforeDeadline_Cancelled()
    {
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
        var error = await Assert.ThrowsAsync<GrpcStatusException>(() => server.Client.UnaryAsync(
            "/test.Probe/Sleep", new StringValue(), StringValue.Parser,
            new GrpcCallOptions { Deadline = DateTime.UtcNow.AddSeconds(30), CancellationToken = cancellation.Token }));

        Assert.Equal(StatusCode.Cancelled, error.StatusCode);
    }

    [Fact]
    public async Task Unary_ServerDeadlineWithUncooperativeHandler_StatusArrivesBeforeHandlerEnds()
    {
        var response = await SendRawAsync("/test.Probe/SleepIgnoringCancellation", Frame(new StringValue()), grpcTimeout: "100m");
        var watch = Stopwatch.StartNew();
        var body = await response.Content.ReadAsByteArrayAsync();

        Assert.Empty(body);
        Assert.True(watch.Elapsed < TimeSpan.FromMilliseconds(1200), $"status took {watch.Elapsed}");
        Assert.Equal("4", Header(response, "grpc-status"));
    }

    [Fact]
    public async Task UnknownMethod_IsUnimplemented()
    {
        var error = await Assert.ThrowsAsync<GrpcStatusException>(() =>
            server.Client.UnaryAsync("/test.Probe/Missing", new StringValue(), StringValue.Parser));

        Assert.Equal(StatusCode.Unimplemented, error.StatusCode);
    }

    [Fact]
    public async Task UnknownService_IsUnimplementedAsTrailersOnly()
    {
        var response = await SendRawAsync("/no.Such/Method", Frame(new StringValue()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("12", response.Headers.GetValues("grpc-status").Single());
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task ServerStreaming_Count_YieldsEveryMessageInOrder()
    {
        var values = new List<int>();
        await foreach (var item in server.Client.ServerStreamingAsync("/test.Probe/Count", new Int32Value { Value = 5 }, Int32Value.Parser))
        {
            values.Add(item.Value);
        }

        Assert.Equal([1, 2, 3, 4, 5], values);
    }

    [Fact]
    public async Task ServerStreaming_NoMessages_CompletesWithTrailersOnlyOk()
    {
        var count = 0;
        await foreach (var unused in server.Client.ServerStreamingAsync("/test.Probe/Count", new Int32Value { Value = 0 }, Int32Value.Parser))
        {
            count++;
        }

        Assert.Equal(0, count);
    }

    [Fact]
    public async Task Request_WrongContentType_Is415()
    {
        var response = await SendRawAsync("/test.Probe/Echo", Frame(new StringValue()), contentType: "application/json");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Request_Http11_Is426()
    {
        var response = await SendRawAsync("/test.Probe/Echo", Frame(new StringValue()), version: HttpVersion.Version11);

        Assert.Equal(HttpStatusCode.UpgradeRequired, response.StatusCode);
    }

    [Fact]
    public async Task Request_TwoMessagesToUnary_IsUnimplemented()
    {
        var one = Frame(new StringValue { Value = "a" });
        var response = await SendRawAsync("/test.Probe/Echo", [.. one, .. one]);
        await response.Content.ReadAsByteArrayAsync();

        Assert.Equal("12", Header(response, "grpc-status"));
    }

    [Fact]
    public async Task Request_SecondMessageInLaterFrame_IsUnimplemented()
    {
        var one = Frame(new StringValue { Value = "a" });
        var response = await SendRawAsync("/test.Probe/Echo", [], content: new ChunkedContent(one, one));
        await response.Content.ReadAsByteArrayAsync();

        Assert.Equal("12", Header(response, "grpc-status"));
    }

    [Fact]
    public async Task Request_EndOfStreamAfterMessageInLaterFrame_IsOk()
    {
        var response = await SendRawAsync("/test.Probe/Echo", [], content: new ChunkedContent(Frame(new StringValue { Value = "late end" }), []));
        var body = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal("0", Header(response, "grpc-status"));
        Assert.Equal("late end", StringValue.Parser.ParseFrom(body.AsSpan(5).ToArray()).Value);
    }

    [Fact]
    public async Task Request_NoMessageToUnary_IsUnimplemented()
    {
        var response = await SendRawAsync("/test.Probe/Echo", []);
        await response.Content.ReadAsByteArrayAsync();

        Assert.Equal("12", Header(response, "grpc-status"));
    }

    [Fact]
    public async Task Request_TruncatedMessage_IsInternal()
    {
        var framed = Frame(new StringValue { Value = "truncate me" });
        var response = await SendRawAsync("/test.Probe/Echo", framed[..^3]);
        await response.Content.ReadAsByteArrayAsync();

        Assert.Equal("13", Header(response, "grpc-status"));
    }

    [Fact]
    public async Task Request_OverMaxSize_IsResourceExhausted()
    {
        byte[] prefixOnly = [0, 0, 0x40, 0, 1, 0, 0, 0];
        var response = await SendRawAsync("/test.Probe/Echo", prefixOnly);
        await response.Content.ReadAsByteArrayAsync();

        Assert.Equal("8", Header(response, "grpc-status"));
    }

    [Fact]
    public async Task Request_UnsupportedEncoding_IsUnimplementedListingSupported()
    {
        var response = await SendRawAsync("/test.Probe/Echo", Frame(new StringValue()), encoding: "snappy");
        await response.Content.ReadAsByteArrayAsync();

        Assert.Equal("12", Header(response, "grpc-status"));
        Assert.Contains("gzip", Header(response, "grpc-accept-encoding"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HealthCheck_ServerStatus_NotServingUntilMarkedReady()
    {
        var before = await server.Client.UnaryAsync("/grpc.health.v1.Health/Check", new HealthCheckRequest(), HealthCheckResponse.Parser);
        server.Health.SetStatus("test.Ready", ServingStatus.Serving);
        var ready = await server.Client.UnaryAsync("/grpc.health.v1.Health/Check", new HealthCheckRequest { Service = "test.Ready" }, HealthCheckResponse.Parser);

        Assert.Equal(ServingStatus.NotServing, before.Status);
        Assert.Equal(ServingStatus.Serving, ready.Status);
    }

    [Fact]
    public async Task HealthCheck_UnknownService_NotFound()
    {
        var error = await Assert.ThrowsAsync<GrpcStatusException>(() =>
            server.Client.UnaryAsync("/grpc.health.v1.Health/Check", new HealthCheckRequest { Service = "no.Such" }, HealthCheckResponse.Parser));

        Assert.Equal(StatusCode.NotFound, error.StatusCode);
    }

    [Fact]
    public async Task HealthWatch_UnknownService_StreamsServiceUnknownFirst()
    {
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var options = new GrpcCallOptions { CancellationToken = cancel.Token };
        await foreach (var status in server.Client.ServerStreamingAsync("/grpc.health.v1.Health/Watch", new HealthCheckRequest { Service = "watch.Me" }, HealthCheckResponse.Parser, options))
        {
            Assert.Equal(ServingStatus.ServiceUnknown, status.Status);
            break;
        }
    }

    [Fact]
    public async Task HealthWatch_StatusChanges_StreamsEachChange()
    {
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var options = new GrpcCallOptions { CancellationToken = cancel.Token };
        var seen = new List<ServingStatus>();
        await foreach (var status in server.Client.ServerStreamingAsync("/grpc.health.v1.Health/Watch", new HealthCheckRequest { Service = "watch.Changes" }, HealthCheckResponse.Parser, options))
        {
            seen.Add(status.Status);
            if (seen.Count == 1)
            {
                server.Health.SetStatus("watch.Changes", ServingStatus.Serving);
            }
            else if (seen.Count == 2)
            {
                server.Health.SetStatus("watch.Changes", ServingStatus.NotServing);
            }
            else
            {
                break;
            }
        }

        Assert.Equal([ServingStatus.ServiceUnknown, ServingStatus.Serving, ServingStatus.NotServing], seen);
    }

    private static byte[] Frame(IMessage message) => MessageFramingTests.Frame(message.ToByteArray(), compressed: false);

    private static string Header(HttpResponseMessage response, string name) =>
        response.TrailingHeaders.TryGetValues(name, out var trailer) ? trailer.Single()
        : response.Headers.TryGetValues(name, out var header) ? header.Single()
        : string.Empty;

    private async Task<HttpResponseMessage> SendRawAsync(
        string path, byte[] body, string contentType = "application/grpc", Version? version = null, string? encoding = null, string? grpcTimeout = null, HttpContent? content = null)
    {
        using var invoker = new HttpMessageInvoker(new SocketsHttpHandler());
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(version == HttpVersion.Version11 ? server.Http1Address : server.Address, path))
        {
            Version = version ?? HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Content = content ?? new ByteArrayContent(body),
        };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        request.Headers.TryAddWithoutValidation("te", "trailers");
        if (encoding is not null)
        {
            request.Headers.TryAddWithoutValidation("grpc-encoding", encoding);
        }

        if (grpcTimeout is not null)
        {
            request.Headers.TryAddWithoutValidation("grpc-timeout", grpcTimeout);
        }

        var response = await invoker.SendAsync(request, CancellationToken.None);
        await response.Content.LoadIntoBufferAsync();
        return response;
    }
}
