using System.ClientModel;
using System.ClientModel.Primitives;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;
using OpenAI;
using OpenAI.Chat;

namespace Bot.Summarizing;

/// <summary>
/// The <see cref="IChatClient"/> for the configured OpenAI-compatible endpoint, built on first use (after options
/// validation). The OpenAI client's own retries and logging are off: <see cref="ModelCaller"/> owns the one bounded
/// retry and the timeout (on <see cref="TimeProvider"/>), and <see cref="SummarizerLog"/> owns what is logged, so
/// neither the key nor the article can leak through a library's request log.
/// </summary>
internal sealed class ModelClient : IDisposable
{
    /// <summary>Local servers (Ollama, vLLM, LM Studio) ignore the key, but the client needs one to send.</summary>
    private const string NoKey = "no-key";

    private readonly HttpClient http = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
    {
        Timeout = System.Threading.Timeout.InfiniteTimeSpan,
    };

    private readonly Lazy<IChatClient> client;

    public ModelClient(IOptions<SummarizerOptions> options) => client = new(() => Create(options.Value, http));

    public IChatClient Client => client.Value;

    public void Dispose()
    {
        if (client.IsValueCreated)
        {
            client.Value.Dispose();
        }

        http.Dispose();
    }

    private static IChatClient Create(SummarizerOptions o, HttpClient http)
    {
        var clientOptions = new OpenAIClientOptions
        {
            Endpoint = new Uri(o.Endpoint!),
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
            NetworkTimeout = o.Timeout + TimeSpan.FromSeconds(5),
            Transport = new HttpClientPipelineTransport(http),
            ClientLoggingOptions = new ClientLoggingOptions { EnableLogging = false, EnableMessageLogging = false, EnableMessageContentLogging = false },
        };
        var key = string.IsNullOrWhiteSpace(o.ApiKey) ? NoKey : o.ApiKey;
        return new ChatClient(o.Model, new ApiKeyCredential(key), clientOptions).AsIChatClient();
    }
}
