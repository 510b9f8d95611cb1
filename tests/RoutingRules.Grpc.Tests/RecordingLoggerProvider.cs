using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace RoutingRules.Grpc.Tests;

/// <summary>Keeps what the gRPC layer logs (categories under RoutingRules.Grpc), at every level.</summary>
public sealed class RecordingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<RecordedLog> _entries = new();

    public IReadOnlyCollection<RecordedLog> Entries => _entries.ToArray();

    public ILogger CreateLogger(string categoryName) => new Recorder(categoryName, _entries);

    public void Dispose()
    {
    }

    private sealed class Recorder(string category, ConcurrentQueue<RecordedLog> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => category.StartsWith("RoutingRules.Grpc", StringComparison.Ordinal);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                entries.Enqueue(new RecordedLog(logLevel, formatter(state, exception)));
            }
        }
    }
}

public sealed record RecordedLog(LogLevel Level, string Message);
