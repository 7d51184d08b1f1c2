using Bot.Chat.Commands;
using Bot.Chat.Context;
using Bot.Chat.Delivery;
using Bot.Chat.Routing;
using Bot.Chat.Stores;
using Bot.Digest;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Bot.Chat;

public static class ChatServiceCollectionExtensions
{
    /// <summary>
    /// The chat core: the commands (ONE explicit list below), the router and the hosted <see cref="ChatService"/>,
    /// conversation context, deliveries, and the defaults the feeds work replaces (<see cref="IChannelDigests"/>,
    /// <see cref="IScheduleParser"/>). Stores come from the host's <c>AddStorage</c>; platforms from <c>AddXxx</c>.
    /// </summary>
    public static IServiceCollection AddChat(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton(new DigestOptions());
        services.TryAddSingleton<Digester>();
        services.TryAddSingleton<ISummarizer, ExtractiveSummarizer>();
        services.TryAddSingleton(TimeProvider.System);

        services.AddOptions<ChatOptions>().Bind(configuration.GetSection(ChatOptions.Section)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ChatOptions>, ChatOptionsValidator>());

        // The commands, one line each, in CommandCatalog order. A new command: a file in Commands/ and a line here.
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IChatCommand, DigestCommand>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IChatCommand, SummaryCommand>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IChatCommand, FiguresCommand>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IChatCommand, SectionsCommand>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IChatCommand, SubscribeCommand>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IChatCommand, UnsubscribeCommand>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IChatCommand, SourcesCommand>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IChatCommand, StatusCommand>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IChatCommand, DigestNowCommand>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IChatCommand, HelpCommand>());

        services.TryAddSingleton<ArticleIntake>();
        services.TryAddSingleton<ConversationContexts>();
        services.TryAddSingleton<ArticleRefs>();
        services.TryAddSingleton<ArticleTargets>();
        services.TryAddSingleton<AutocompleteProvider>();
        services.TryAddSingleton<DeliveryService>();
        services.TryAddSingleton<IChannelDigests, StoredArticleDigests>();
        services.TryAddSingleton<IScheduleParser, PlainScheduleParser>();
        services.TryAddSingleton<CommandRouter>();
        services.AddHostedService<ChatService>();
        return services;
    }
}
