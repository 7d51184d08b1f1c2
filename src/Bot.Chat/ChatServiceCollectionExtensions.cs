using Bot.Digest;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bot.Chat;

public static class ChatServiceCollectionExtensions
{
    /// <summary>STUB (foundation): the router, commands and chat service are wired by the chat-core work.</summary>
    public static IServiceCollection AddChat(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton(new DigestOptions());
        services.TryAddSingleton<Digester>();
        services.TryAddSingleton<ISummarizer, ExtractiveSummarizer>();
        return services;
    }
}
