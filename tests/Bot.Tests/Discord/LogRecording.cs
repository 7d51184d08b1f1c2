using Bot.Emulators.Discord;
using Microsoft.Extensions.Logging;

namespace Bot.Tests.Discord;

/// <summary>A logger provider whose entries tests can wait for (<see cref="Recording{T}.WaitForAsync"/>).</summary>
public sealed class LogRecording : ILoggerProvider
{
    public Recording<LogEntry> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this);

    public void Dispose()
    {
    }

    private sealed class Logger(LogRecording owner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            owner.Entries.Add(new LogEntry(eventId.Id, logLevel, formatter(state, exception), exception?.ToString()));
    }
}

public sealed record LogEntry(int Id, LogLevel Level, string Message, string? Exception);
