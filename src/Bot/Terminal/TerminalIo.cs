namespace Bot.Terminal;

/// <summary>Where the terminal channel reads commands and writes replies; tests pass their own reader and writer.</summary>
/// <param name="Interactive">A person at a terminal (prompts are shown); false when input is piped.</param>
public sealed record TerminalIo(TextReader Input, TextWriter Output, bool Interactive)
{
    public static TerminalIo FromConsole() => new(Console.In, Console.Out, !Console.IsInputRedirected);
}
