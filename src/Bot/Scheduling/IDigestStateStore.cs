using Bot.Scheduling.Digests;

namespace Bot.Scheduling;

/// <summary>Per conversation and schedule: the last slot, last digest and report (SQLite: <c>Bot.Storage.SqliteDigestStateStore</c>).</summary>
public interface IDigestStateStore
{
    Task<IReadOnlyList<DigestState>> ListAsync(string conversationKey, CancellationToken cancellationToken);

    Task SaveAsync(DigestState state, CancellationToken cancellationToken);
}
