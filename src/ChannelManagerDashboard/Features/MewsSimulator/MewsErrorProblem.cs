using System.Text.Json.Nodes;
using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Domain.Mews;
using ChannelManagerDashboard.Hosting.MachineEndpoints;

namespace ChannelManagerDashboard.Features.MewsSimulator;

/// <summary>
/// A problem the simulator or the reference channel manager answers a request with, as the Channel Manager API error
/// it becomes on the wire.
/// </summary>
public sealed record MewsErrorProblem(MewsError Error) : Problem(Result.Whole, Error.Message ?? "")
{
    public static Result Refused(IEnumerable<MewsError> errors) => Result.Invalid(errors.Select(e => new MewsErrorProblem(e)));

    public static Result<T> Refused<T>(int code, string message) => Refused([new MewsError(code, message)]).As<T>();

    /// <summary>The Mews errors of a refusal; empty when the request was accepted.</summary>
    public static IReadOnlyList<MewsError> ErrorsOf(Result handled) => handled.Problems.OfType<MewsErrorProblem>().Select(p => p.Error).ToList();

    /// <summary>The simple or error response, exactly as the Mews docs describe it.</summary>
    public static object Response(Result handled) =>
        handled.Succeeded ? new { success = true } : new { success = false, errors = ErrorsOf(handled) };

    /// <summary>A refusal's first error in the shape <see cref="MachineRequests.Error"/> answers.</summary>
    public static JsonObject Answer(Result refused)
    {
        var first = ErrorsOf(refused)[0];
        return MachineRequests.Error(first.Code, first.Message ?? "");
    }
}
