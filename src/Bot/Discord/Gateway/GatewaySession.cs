namespace Bot.Discord.Gateway;

/// <summary>
/// What a RESUME needs, kept across connections: session_id, resume_gateway_url and the last sequence number,
/// plus the resume circuit breaker's count. Read by the heartbeat timer, written by the receive loop.
/// </summary>
public sealed class GatewaySession
{
    /// <summary>After this many resumes in a row that did not reach RESUMED, identify afresh (brief §9 failure 4).</summary>
    public const int MaxFailedResumes = 3;

    private readonly object gate = new();
    private long sequence = -1;

    public string? SessionId { get; private set; }

    public string? ResumeGatewayUrl { get; private set; }

    /// <summary>application.id from READY.</summary>
    public ulong? ApplicationId { get; private set; }

    public int FailedResumes { get; private set; }

    public bool CanResume
    {
        get
        {
            lock (gate)
            {
                return SessionId is not null && ResumeGatewayUrl is not null;
            }
        }
    }

    /// <summary>The last sequence number seen, null before the first dispatch.</summary>
    public long? Sequence
    {
        get
        {
            var value = Interlocked.Read(ref sequence);
            return value < 0 ? null : value;
        }
    }

    public void Track(long value) => Interlocked.Exchange(ref sequence, value);

    public void Start(string sessionId, string resumeGatewayUrl, ulong? applicationId)
    {
        lock (gate)
        {
            SessionId = sessionId;
            ResumeGatewayUrl = resumeGatewayUrl;
            ApplicationId = applicationId ?? ApplicationId;
            FailedResumes = 0;
        }
    }

    public void Resumed()
    {
        lock (gate)
        {
            FailedResumes = 0;
        }
    }

    /// <summary>Counts a resume that did not reach RESUMED; true when the breaker trips (the session was dropped).</summary>
    public bool ResumeFailed()
    {
        lock (gate)
        {
            FailedResumes++;
            if (FailedResumes < MaxFailedResumes)
            {
                return false;
            }
        }

        Clear();
        return true;
    }

    /// <summary>Forget the session (op 9 false, 4007, 4009, breaker): the next connection identifies.</summary>
    public void Clear()
    {
        lock (gate)
        {
            SessionId = null;
            ResumeGatewayUrl = null;
            FailedResumes = 0;
            Interlocked.Exchange(ref sequence, -1);
        }
    }
}
