using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Domain.Mews;
using Flurl.Http;
using Flurl.Http.Configuration;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;

namespace ChannelManagerDashboard.Features.MewsApi;

/// <summary>
/// The Mews-side operations the dashboard calls. Tokens travel in the JSON body (there are no auth headers); every
/// failure becomes a <see cref="MewsFailure"/> with a message for the user; transient ones are retried with backoff.
/// Logs name the operation, environment and outcome, never a token or a body.
/// </summary>
public sealed class MewsApiClient(HttpClient http, MewsBaseUrls baseUrls, IOptions<MewsApiOptions> options, TimeProvider clock, ILogger<MewsApiClient> log)
{
    private readonly ResiliencePipeline retry = Retry(options.Value, clock, log);

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
    public Task<Result<MewsReply<PropertyProfileResponse>>> GetConfigurationAsync(MewsEnvironment environment, Secret clientToken, Secret connectionToken, CancellationToken cancellation = default) =>
        SendAsync<PropertyProfileResponse>(environment, MewsOperation.GetConfiguration, new
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
        }, [clientToken, connectionToken], PropertyProfileResponse.Missing, cancellation);

    public Task<Result<MewsReply<ChannelsResponse>>> GetChannelsAsync(MewsEnvironment environment, Secret clientToken, CancellationToken cancellation = default) =>
        SendAsync<ChannelsResponse>(environment, MewsOperation.GetChannels, new { clientToken }, [clientToken], ChannelsResponse.Missing, cancellation);

    private async Task<Result<MewsReply<T>>> SendAsync<T>(MewsEnvironment environment, MewsOperation operation, object body,
        IReadOnlyList<Secret> secrets, Func<T, string?> missing, CancellationToken cancellation) where T : class
    {
        var request = new MewsRequest(operation, environment, secrets);
        var address = baseUrls.OperationUrl(environment, operation);
        if (address.Value is not { } url)
            return MewsReplyFailures.Failed<T>(new MewsFailure(MewsFailureKind.Configuration, $"{request.Name} could not be sent.", address.Message));

        var (attempts, started) = (0, 0L);
        var result = await retry.ExecuteAsync(async token =>
        {
            (attempts, started) = (attempts + 1, Stopwatch.GetTimestamp());
            return await AttemptAsync(request, url, body, missing, token);
        }, cancellation);
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        if (result.Failure() is not { } failure)
        {
            log.LogInformation("{Operation} on Mews {Environment} succeeded in {ElapsedMs:F0} ms (attempt {Attempt})", operation.Path, environment, elapsed, attempts);
            return result;
        }
        log.LogWarning("{Operation} on Mews {Environment} failed on attempt {Attempt} after {ElapsedMs:F0} ms: {Failure}",
            operation.Path, environment, attempts, elapsed, failure.Summary);
        return MewsReplyFailures.Failed<T>(failure with { Attempts = attempts });
    }

    /// <summary>
    /// Tries a transient failure (<see cref="MewsFailure.IsTransient"/>) again, up to MaxAttempts in all, waiting RetryDelay and
    /// twice as long before each further try; the waits run on the app's clock.
    /// </summary>
    private static ResiliencePipeline Retry(MewsApiOptions options, TimeProvider clock, ILogger log) =>
        options.MaxAttempts <= 1 ? ResiliencePipeline.Empty : new ResiliencePipelineBuilder { TimeProvider = clock }
            .AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxAttempts - 1,
                Delay = options.RetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = false,
                ShouldHandle = arguments => ValueTask.FromResult(TransientFailure(arguments.Outcome.Result) is not null),
                OnRetry = arguments =>
                {
                    log.LogInformation("{Failure} Retrying in {DelayMs:F0} ms (attempt {Attempt} of {MaxAttempts})",
                        TransientFailure(arguments.Outcome.Result)!.Summary, arguments.RetryDelay.TotalMilliseconds, arguments.AttemptNumber + 2, options.MaxAttempts);
                    return ValueTask.CompletedTask;
                },
            }).Build();

    private static MewsFailure? TransientFailure(object? outcome) =>
        (outcome as Result)?.Problems.OfType<MewsFailure>().FirstOrDefault() is { IsTransient: true } failure ? failure : null;

    private async Task<Result<MewsReply<T>>> AttemptAsync<T>(MewsRequest request, Uri url, object body, Func<T, string?> missing, CancellationToken cancellation) where T : class
    {
        try
        {
            using var response = await flurl.Request(url).WithTimeout(options.Value.Timeout).PostJsonAsync(body, cancellationToken: cancellation);
            var text = await response.GetStringAsync();
            if (response.StatusCode != (int)HttpStatusCode.OK)
                return MewsReplyFailures.Failed<T>(request.Status((HttpStatusCode)response.StatusCode));
            return Parse(request, text, missing);
        }
        catch (FlurlHttpException) when (cancellation.IsCancellationRequested)
        {
            throw new OperationCanceledException(cancellation);
        }
        catch (FlurlHttpTimeoutException)
        {
            return MewsReplyFailures.Failed<T>(request.Timeout(options.Value.Timeout));
        }
        catch (FlurlHttpException ex) when (ex.InnerException is HttpRequestException transport)
        {
            return MewsReplyFailures.Failed<T>(request.Transport(transport, url));
        }
    }

    private static Result<MewsReply<T>> Parse<T>(MewsRequest request, string text, Func<T, string?> missing) where T : class
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return MewsReplyFailures.Failed<T>(request.NotJson(text));
        }
        if (node is not JsonObject json)
            return MewsReplyFailures.Failed<T>(request.InvalidBody("it is not a JSON object"));
        var (errors, deprecatedShape) = ErrorsOf(json);
        if (errors is { Count: > 0 })
            return MewsReplyFailures.Failed<T>(request.Refused(errors, deprecatedShape));
        if (json["success"] is JsonValue success && success.TryGetValue<bool>(out var ok) && !ok)
            return MewsReplyFailures.Failed<T>(request.InvalidBody(errors is null
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
            return MewsReplyFailures.Failed<T>(request.InvalidBody($"the field at {ex.Path ?? "$"} has the wrong type"));
        }
        if (missing(value) is { } field)
            return MewsReplyFailures.Failed<T>(request.InvalidBody($"the required field \"{field}\" is missing"));
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
}
