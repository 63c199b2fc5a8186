using System.Text.Json;
using System.Text.Json.Nodes;
using ChannelManagerDashboard.Domain.Mews;
using Microsoft.AspNetCore.Http;

namespace ChannelManagerDashboard.Tests.Support;

/// <summary>
/// A channel manager shaped like an open-source one certification met: it answers its own
/// <c>{"ok": true, "processed": n, "skipped": n}</c> (skipping codes it does not know instead of refusing them), answers
/// HTTP 401 to a connection it does not know, echoing its token, and has no confirmGroup route. With
/// <c>successField: "success"</c> it is the same channel manager after the smallest wire fix.
/// </summary>
public static class OwnShapeChannelManager
{
    /// <summary>The only connection it knows: the simulator seed's active one.</summary>
    public static string KnownConnection { get; } = FakeChannelManager.Seed.Connections.First(c => c.Active).Token;

    private static readonly string[] EntryLists = ["availabilities", "ratePrices", "restrictions"];

    public static Task<FakeChannelManager> StartAsync(string successField = "ok") => FakeChannelManager.StartAsync(async (context, request) =>
    {
        if (request.Operation == CmOperation.ConfirmGroup)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        var body = JsonNode.Parse(request.Body)!.AsObject();
        var token = body["connectionToken"]!.GetValue<string>();
        if (token != KnownConnection)
        {
            await FakeChannelManager.JsonAsync(context, JsonSerializer.Serialize(new Dictionary<string, object>
            {
                [successField] = false,
                ["error"] = $"Unknown connection {token}",
            }), StatusCodes.Status401Unauthorized);
            return;
        }
        var entries = EntryLists.SelectMany(list => body[list]?.AsArray() ?? []).ToList();
        var skipped = entries.Count(entry => Code(entry, "spaceTypeCode").StartsWith("ZZZ", StringComparison.Ordinal)
            || Code(entry, "ratePlanCode").StartsWith("ZZZ", StringComparison.Ordinal));
        await FakeChannelManager.JsonAsync(context, JsonSerializer.Serialize(new Dictionary<string, object>
        {
            [successField] = true,
            ["processed"] = entries.Count - skipped,
            ["skipped"] = skipped,
        }));
    });

    private static string Code(JsonNode? entry, string name) => entry?[name]?.GetValue<string>() ?? "";
}
