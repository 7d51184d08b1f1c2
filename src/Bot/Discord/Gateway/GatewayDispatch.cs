using System.Text.Json;

namespace Bot.Discord.Gateway;

/// <summary>A dispatch handed from the receive loop to the workers. <paramref name="Data"/> is a detached
/// clone; <paramref name="ReceivedAt"/> is the local receipt timestamp (<see cref="TimeProvider.GetTimestamp"/>),
/// from which the 3 s interaction deadline is measured.</summary>
internal sealed record GatewayDispatch(string Type, JsonElement Data, long ReceivedAt);
