namespace Bot.Digest;

/// <summary>
/// An expected failure is a value, not an exception (bad input, unknown section, unreachable URL).
/// <see cref="Error"/> is a one-line message fit to show a user; it never contains secrets.
/// </summary>
public readonly record struct Outcome<T>
{
    private Outcome(T? value, string? error)
    {
        Value = value;
        Error = error;
    }

    public T? Value { get; }

    public string? Error { get; }

    public bool IsSuccess => Error is null;

    public static Outcome<T> Success(T value) => new(value, null);

    public static Outcome<T> Failure(string error) => new(default, error);
}
