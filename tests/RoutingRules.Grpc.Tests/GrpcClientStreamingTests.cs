using Google.Protobuf.WellKnownTypes;

namespace RoutingRules.Grpc.Tests;

public class GrpcClientStreamingTests(LoopbackServer server) : IClassFixture<LoopbackServer>
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(5000)]
    public async Task ClientStreamingAsync_Messages_ServerReceivesAllInOrder(int count)
    {
        var response = await server.Client.ClientStreamingAsync(
            "/test.Probe/Sum", Numbers(count), Int64Value.Parser, new GrpcCallOptions { Deadline = DateTime.UtcNow.AddSeconds(30) });

        Assert.Equal((long)count * (count + 1) / 2, response.Value);
    }

    [Fact]
    public async Task ClientStreamingAsync_GzipRequests_AreDecompressed()
    {
        var response = await server.Client.ClientStreamingAsync(
            "/test.Probe/Sum", Numbers(100), Int64Value.Parser, new GrpcCallOptions { CompressRequest = true });

        Assert.Equal(5050, response.Value);
    }

    [Fact]
    public async Task ClientStreamingAsync_TotalAboveMessageLimit_Succeeds()
    {
        // 24 messages of 1 MiB: six times the 4 MiB limit on a single message.
        var response = await server.Client.ClientStreamingAsync(
            "/test.Probe/TotalBytes", Blocks(24), Int64Value.Parser, new GrpcCallOptions { Deadline = DateTime.UtcNow.AddSeconds(30) });

        Assert.Equal(24L * 1024 * 1024, response.Value);
    }

    [Fact]
    public async Task ClientStreamingAsync_HandlerRejects_ThrowsItsStatus()
    {
        var error = await Assert.ThrowsAsync<GrpcStatusException>(() => server.Client.ClientStreamingAsync(
            "/test.Probe/RejectStream", Numbers(10_000), Int64Value.Parser, new GrpcCallOptions { Deadline = DateTime.UtcNow.AddSeconds(30) }));

        Assert.Equal(StatusCode.PermissionDenied, error.StatusCode);
        Assert.Equal("no uploads", error.Detail);
    }

    [Fact]
    public async Task ClientStreamingAsync_UnknownMethod_IsUnimplemented()
    {
        var error = await Assert.ThrowsAsync<GrpcStatusException>(() => server.Client.ClientStreamingAsync(
            "/test.Probe/Nope", Numbers(3), Int64Value.Parser));

        Assert.Equal(StatusCode.Unimplemented, error.StatusCode);
    }

    [Fact]
    public async Task ClientStreamingAsync_ProducerThrows_PropagatesAsFailure()
    {
        await Assert.ThrowsAnyAsync<Exception>(() => server.Client.ClientStreamingAsync(
            "/test.Probe/Sum", Failing(), Int64Value.Parser, new GrpcCallOptions { Deadline = DateTime.UtcNow.AddSeconds(10) }));
    }

    [Fact]
    public async Task ClientStreaming_ClientResetsMidStream_LoggedAsCancelledNotAsHandlerError()
    {
        using var cancellation = new CancellationTokenSource();
        var call = server.Client.ClientStreamingAsync(
            "/test.Probe/CountUntilReset", OneThenWait(cancellation.Token), Int64Value.Parser,
            new GrpcCallOptions { CancellationToken = cancellation.Token });
        // Reset only once the server reads the first message: before that, no call may exist yet.
        Assert.True(await server.CountUntilResetReads.WaitAsync(TimeSpan.FromSeconds(10)), "the server never read the first message");
        await cancellation.CancelAsync();
        await Assert.ThrowsAnyAsync<Exception>(() => call);

        // The server learns of the reset asynchronously: wait for the handler's outcome to be logged.
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (DateTime.UtcNow < deadline && !server.Logs.Entries.Any(e => e.Message.Contains("CountUntilReset", StringComparison.Ordinal)))
        {
            await Task.Delay(20);
        }

        var logged = server.Logs.Entries.Where(e => e.Message.Contains("CountUntilReset", StringComparison.Ordinal)).ToList();
        var entry = Assert.Single(logged);
        Assert.Equal(Microsoft.Extensions.Logging.LogLevel.Debug, entry.Level);
        Assert.Contains("cancelled by the client", entry.Message, StringComparison.Ordinal);
    }

    private static async IAsyncEnumerable<Int32Value> OneThenWait([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        yield return new Int32Value { Value = 1 };
        await Task.Delay(Timeout.Infinite, cancellationToken);
    }

    private static async IAsyncEnumerable<Int32Value> Numbers(int count)
    {
        for (var i = 1; i <= count; i++)
        {
            if (i % 1000 == 0)
            {
                await Task.Yield();
            }

            yield return new Int32Value { Value = i };
        }
    }

    private static async IAsyncEnumerable<BytesValue> Blocks(int count)
    {
        var block = Google.Protobuf.ByteString.CopyFrom(new byte[1024 * 1024]);
        for (var i = 0; i < count; i++)
        {
            await Task.Yield();
            yield return new BytesValue { Value = block };
        }
    }

    private static async IAsyncEnumerable<Int32Value> Failing()
    {
        yield return new Int32Value { Value = 1 };
        await Task.Yield();
        throw new InvalidOperationException("producer failed");
    }
}
