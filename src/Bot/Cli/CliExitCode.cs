namespace Bot.Cli;

/// <summary>The CLI's exit codes (README, docs/digest-format.md).</summary>
public static class CliExitCode
{
    public const int Ok = 0;
    public const int Unexpected = 1;
    public const int BadInput = 2;
    public const int Interrupted = 130;
}
