using Microsoft.Extensions.Options;

namespace Bot.Storage;

/// <summary>The "Storage" configuration section.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>The SQLite file; relative paths are under the content root (the repository root). Its folder is
    /// created on start.</summary>
    public string Path { get; set; } = "data/bot.db";
}

/// <summary>Every problem at once, each naming its key.</summary>
public sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.Path))
        {
            return ValidateOptionsResult.Fail("Storage:Path is empty; set it to a file path such as data/bot.db.");
        }

        if (options.Path.IndexOfAny(System.IO.Path.GetInvalidPathChars()) >= 0 || options.Path.EndsWith('/') || options.Path.EndsWith('\\'))
        {
            return ValidateOptionsResult.Fail($"Storage:Path \"{options.Path}\" is not a file path; set it to something like data/bot.db.");
        }

        return ValidateOptionsResult.Success;
    }
}
