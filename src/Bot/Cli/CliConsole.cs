namespace Bot.Cli;

/// <summary>Where the CLI writes: results to <see cref="Out"/>, one-line errors to <see cref="Error"/>.
/// Tests pass StringWriters.</summary>
public sealed record CliConsole(TextWriter Out, TextWriter Error);
