using System.Text.Json.Nodes;

namespace ChannelManagerDashboard.Features.MewsSimulator;

/// <summary>The documented error response: <c>success: false</c> and an <c>errors</c> array.</summary>
public static class SimulatorReply
{
    public static JsonObject Error(int code, string message) => new()
    {
        ["success"] = false,
        ["errors"] = new JsonArray(new JsonObject { ["code"] = code, ["message"] = message }),
    };
}
