using System.Diagnostics;
using Bot.Chat.Delivery;
using Microsoft.Extensions.Logging;

namespace Bot.Storage;

/// <summary>
/// TEST-ONLY fault injection, registered only when the <c>BOT_TEST_CRASH_AT</c> setting (an environment variable) is
/// <c>claimed</c>, <c>sending</c> or <c>posted</c>: at that delivery step the process kills itself (SIGKILL: no
/// cleanup, no flush beyond what SQLite committed), which is how the crash-safety test stops a real bot between claim
/// and post.
/// </summary>
internal sealed class CrashFaults(DeliveryStep crashAt, ILogger<CrashFaults> logger) : IDeliveryFaults
{
    public const string Setting = "BOT_TEST_CRASH_AT";

    public void Reached(DeliveryStep step, string deliveryKey)
    {
        if (step != crashAt)
        {
            return;
        }

        StorageLog.CrashInjected(logger, step.ToString(), deliveryKey);

        // The console logger writes on a background thread that dies with us: say it synchronously too.
        Console.Error.WriteLine($"{Setting}: crashing the process after the delivery step {step}");
        Console.Error.Flush();
        using var self = Process.GetCurrentProcess();
        self.Kill();
    }
}
