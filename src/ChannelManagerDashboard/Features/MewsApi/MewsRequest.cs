using System.Net;
using ChannelManagerDashboard.Domain.Mews;
using ChannelManagerDashboard.Hosting.Outbound;

namespace ChannelManagerDashboard.Features.MewsApi;

/// <summary>One request's context, and the failures it can end in.</summary>
internal sealed record MewsRequest(MewsOperation Operation, MewsEnvironment Environment, IReadOnlyList<Secret> Secrets)
{
    /// <summary>
    /// The simulator is part of this dashboard: when it fails, blaming Mews or the user's network sends them the
    /// wrong way, and waiting "a few minutes" fixes nothing.
    /// </summary>
    private const string OwnSimulatorFault =
        "The Mews answering here is this dashboard's built-in simulator, so this is a fault in the dashboard itself, not in your tokens, your network or Mews. " +
        "Try again; if it repeats, restart the dashboard and report the error its log shows at this time.";

    private bool IsOwnSimulator => Environment == MewsEnvironment.Simulator;

    public string Name => $"{Operation.Title} on the {Environment.Label()}";

    public MewsFailure Refused(List<MewsError> errors, bool deprecatedShape)
    {
        var first = errors[0];
        var said = string.Join(" ", errors.Select(e => TokenMask.Scrub(e.Message ?? "", Secrets)).Where(m => m.Length > 0));
        var summary = $"{Name} was refused with error code {first.Code} ({MewsErrorCodes.Meaning(first.Code)})" +
            (said.Length > 0 ? $": \"{said}\"." : ".") +
            (deprecatedShape ? " (Mews sent it in the singular \"error\" field, deprecated since May 2024 in favour of \"errors\".)" : "");
        var whatToDo = first.Code == 1 && IsOwnSimulator ? OwnSimulatorFault : MewsErrorCodes.WhatToDo(Operation, Environment, first);
        return new MewsFailure(MewsFailureKind.MewsError, summary, whatToDo, first.Code);
    }

    public MewsFailure Status(HttpStatusCode status)
    {
        var code = (int)status;
        var whatToDo = code switch
        {
            404 when IsOwnSimulator => OwnSimulatorFault,
            404 => "The address does not lead to the Channel Manager API. Check the base URL configured for this environment.",
            401 or 403 => "Something between the dashboard and Mews refused the request (Mews itself puts authentication errors in a 200 body). Check proxies and firewalls.",
            429 => "Mews limits how often it may be called. Wait a minute before trying again.",
            >= 500 when IsOwnSimulator => OwnSimulatorFault,
            >= 500 => "Mews or a proxy in front of it had a problem. Try again in a few minutes.",
            _ => "Mews answers every call with HTTP 200, so something else answered. Check the base URL configured for this environment.",
        };
        return new MewsFailure(MewsFailureKind.HttpStatus, $"{Name} answered HTTP {code} ({status}) instead of 200.", whatToDo, HttpStatus: code);
    }

    public MewsFailure Timeout(TimeSpan limit) => new(MewsFailureKind.Timeout,
        $"{Name} did not answer within {limit.TotalSeconds:0.#} seconds.",
        IsOwnSimulator ? OwnSimulatorFault : "Mews may be slow or unreachable from this machine. Try again; if it keeps happening, check the network.");

    public MewsFailure Transport(HttpRequestException ex, Uri url) => ex switch
    {
        { InnerException: OutboundRefusedException refused } => new(MewsFailureKind.Configuration,
            $"{Name} was not called: {refused.Message}",
            "Check the base URL configured for this environment."),
        { HttpRequestError: HttpRequestError.NameResolutionError } => new(MewsFailureKind.NameResolution,
            $"{Name} could not be reached: the name {url.Host} could not be resolved (DNS).",
            "Check this machine's internet connection and DNS, and the base URL configured for this environment."),
        { HttpRequestError: HttpRequestError.SecureConnectionError } => new(MewsFailureKind.SecureConnection,
            $"{Name} could not be reached: the secure (TLS) connection to {url.Host} failed.",
            "Mews requires TLS 1.2 or newer. Check the machine's clock, its trusted certificates, and any proxy that intercepts HTTPS."),
        _ => new(MewsFailureKind.Connection,
            $"{Name} could not be reached: the connection to {url.Authority} failed ({ex.HttpRequestError}).",
            IsOwnSimulator
                ? $"{OwnSimulatorFault} If the dashboard cannot reach its own address (behind a proxy or in a container), set {MewsApiOptions.Section}:SimulatorBaseUrl to one it can."
                : "Check this machine's network and firewall, and the base URL configured for this environment."),
    };

    public MewsFailure NotJson(string text)
    {
        var looksLike = text.TrimStart().StartsWith('<') ? "an HTML or XML page" : text.Length == 0 ? "an empty body" : "text that is not JSON";
        return InvalidBody($"it is {looksLike} ({text.Length} characters)");
    }

    public MewsFailure InvalidBody(string why) => new(MewsFailureKind.InvalidBody,
        $"{Name} answered HTTP 200, but the body is not the documented JSON: {why}.",
        IsOwnSimulator ? OwnSimulatorFault : "Something other than the Channel Manager API may have answered (a proxy or a maintenance page). Check the base URL and try again later.");
}
