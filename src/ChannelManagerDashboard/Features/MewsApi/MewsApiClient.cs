using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Domain.Mews;
using ChannelManagerDashboard.Hosting.Outbound;
using Flurl.Http;
using Flurl.Http.Configuration;
using Microsoft.Extensions.Options;

namespace ChannelManagerDashboard.Features.MewsApi;

/// <summary>
/// The Mews-side operations the dashboard calls. Tokens travel in the JSON body (there are no auth headers); every
/// failure becomes a <see cref="MewsFailure"/> with a message for the user; transient ones are retried with backoff.
/// Logs name the operation, environment and outcome, never a token or a body.
/// </summary>
public sealed class MewsApiClient(HttpClient http, MewsBaseUrls baseUrls, IOptions<MewsApiOptions> options, TimeProvider clock, ILogger<MewsApiClient> log)
{
    private readonly FlurlClient flurl = new FlurlClient(http).WithSettings(settings =>
    {
        settings.JsonSerializer = new DefaultJsonSerializer(MewsJson.Options);
        // Mews answers everything with 200; any other status is reported here, with what to do, rather than thrown.
        settings.AllowedHttpStatusRange = "*";
        settings.Redirects.Enabled = false;
    });

    /// <summary>Whether calls for the environment go to this app's own simulator.</summary>
    public bool IsThisApp(MewsEnvironment environment) => baseUrls.IsThisApp(environment);

    public Task<Result<MewsReply<PropertiesResponse>>> GetPropertiesAsync(MewsEnvironment environment, Secret clientToken, string email, CancellationToken cancellation = default) =>
        SendAsync<PropertiesResponse>(environment, MewsOperation.GetProperties, new { clientToken, email = email.Trim() }, [clientToken], PropertiesResponse.Missing, cancellation);

    /// <summary>Asks for everything: unsynchronized rates and space types, products, companies and age categories.</summary>
    public Task<Result<MewsReply<ConfigurationResponse>>> GetConfigurationAsync(MewsEnvironment environment, Secret clientToken, Secret connectionToken, CancellationToken cancellation = default) =>
        SendAsync<ConfigurationResponse>(environment, MewsOperation.GetConfiguration, new
        {
            clientToken,
            connectionToken,
            extent = new
            {
                includeUnsynchronizedRates = true,
                includeUnsynchronizedCategories = true,
                includeProducts = true,
                includeCompanies = true,
                includeAgeCategories = true,
            },
        }, [clientToken, connectionToken], ConfigurationResponse.Missing, cancellation);

    public Task<Result<MewsReply<ChannelsResponse>>> GetChannelsAsync(MewsEnvironment environment, Secret clientToken, CancellationToken cancellation = default) =>
        SendAsync<ChannelsResponse>(environment, MewsOperation.GetChannels, new { clientToken }, [clientToken], ChannelsResponse.Missing, cancellation);

    private async Task<Result<MewsReply<T>>> SendAsync<T>(MewsEnvironment environment, MewsOperation operation, object body,
        IReadOnlyList<Secret> secrets, Func<T, string?> missing, CancellationToken cancellation) where T : class
    {
        var call = new Call(operation, environment, secrets);
        var address = baseUrls.OperationUrl(environment, operation);
        if (address.Value is not { } url)
            return MewsReplyResults.Failed<T>(new MewsFailure(MewsFailureKind.Configuration, $"{call.Name} could not be sent.", address.Message));

        var maxAttempts = Math.Max(1, options.Value.MaxAttempts);
        for (var attempt = 1; ; attempt++)
        {
            var started = Stopwatch.GetTimestamp();
            var result = await AttemptAsync(call, url, body, missing, cancellation);
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (result.Failure() is not { } failure)
            {
                log.LogInformation("{Operation} on Mews {Environment} succeeded in {ElapsedMs:F0} ms (attempt {Attempt})", operation.Path, environment, elapsed, attempt);
                return result;
            }
            if (!failure.IsTransient || attempt >= maxAttempts)
            {
                log.LogWarning("{Operation} on Mews {Environment} failed on attempt {Attempt} after {ElapsedMs:F0} ms: {Failure}",
                    operation.Path, environment, attempt, elapsed, failure.Summary);
                return MewsReplyResults.Failed<T>(failure with { Attempts = attempt });
            }
            var delay = options.Value.RetryDelay * Math.Pow(2, attempt - 1);
            log.LogInformation("{Operation} on Mews {Environment}: {Failure} Retrying in {DelayMs:F0} ms (attempt {Attempt} of {MaxAttempts})",
                operation.Path, environment, failure.Summary, delay.TotalMilliseconds, attempt + 1, maxAttempts);
            await Task.Delay(delay, clock, cancellation);
        }
    }

    private async Task<Result<MewsReply<T>>> AttemptAsync<T>(Call call, Uri url, object body, Func<T, string?> missing, CancellationToken cancellation) where T : class
    {
        try
        {
            using var response = await flurl.Request(url).WithTimeout(options.Value.Timeout).PostJsonAsync(body, cancellationToken: cancellation);
            var text = await response.GetStringAsync();
            if (response.StatusCode != (int)HttpStatusCode.OK)
                return MewsReplyResults.Failed<T>(call.Status((HttpStatusCode)response.StatusCode));
            return Parse(call, text, missing);
        }
        catch (FlurlHttpException) when (cancellation.IsCancellationRequested)
        {
            throw new OperationCanceledException(cancellation);
        }
        catch (FlurlHttpTimeoutException)
        {
            return MewsReplyResults.Failed<T>(call.Timeout(options.Value.Timeout));
        }
        catch (FlurlHttpException ex) when (ex.InnerException is HttpRequestException transport)
        {
            return MewsReplyResults.Failed<T>(call.Transport(transport, url));
        }
    }

    private static Result<MewsReply<T>> Parse<T>(Call call, string text, Func<T, string?> missing) where T : class
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return MewsReplyResults.Failed<T>(call.NotJson(text));
        }
        if (node is not JsonObject json)
            return MewsReplyResults.Failed<T>(call.InvalidBody("it is not a JSON object"));
        var (errors, deprecatedShape) = ErrorsOf(json);
        if (errors is { Count: > 0 })
            return MewsReplyResults.Failed<T>(call.Refused(errors, deprecatedShape));
        if (json["success"] is JsonValue success && success.TryGetValue<bool>(out var ok) && !ok)
            return MewsReplyResults.Failed<T>(call.InvalidBody(errors is null
                ? "it says \"success\": false without any error"
                : "it says \"success\": false, and its error list is empty or cannot be read"));

        T value;
        try
        {
            // A JSON object never deserialises to null.
            value = json.Deserialize<T>(MewsJson.Options)!;
        }
        catch (JsonException ex)
        {
            return MewsReplyResults.Failed<T>(call.InvalidBody($"the field at {ex.Path ?? "$"} has the wrong type"));
        }
        if (missing(value) is { } field)
            return MewsReplyResults.Failed<T>(call.InvalidBody($"the required field \"{field}\" is missing"));
        return Result.Of(new MewsReply<T>(value, text));
    }

    /// <summary>The documented <c>errors</c> array, or the singular <c>error</c> deprecated in May 2024 that some operations still send.</summary>
    /// <returns>Null when the body has neither; an empty list when it has one that cannot be read.</returns>
    private static (List<MewsError>? Errors, bool Deprecated) ErrorsOf(JsonObject json)
    {
        try
        {
            if (json["errors"] is JsonArray errors)
                return (errors.Deserialize<List<MewsError?>>(MewsJson.Options)!.OfType<MewsError>().ToList(), false);
            if (json["error"] is JsonObject error)
                return (error.Deserialize<MewsError>(MewsJson.Options) is { } single ? [single] : [], true);
            return (null, false);
        }
        catch (JsonException)
        {
            return ([], false);
        }
    }

    /// <summary>One call's context, and the failures it can end in.</summary>
    private sealed record Call(MewsOperation Operation, MewsEnvironment Environment, IReadOnlyList<Secret> Secrets)
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
}
