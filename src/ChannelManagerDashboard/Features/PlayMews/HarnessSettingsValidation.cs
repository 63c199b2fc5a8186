using Microsoft.Extensions.Options;

namespace ChannelManagerDashboard.Features.PlayMews;

/// <summary>Refuses to start with unusable PlayMews settings, naming the rule that is broken.</summary>
public sealed class HarnessSettingsValidation : IValidateOptions<HarnessSettings>
{
    public ValidateOptionsResult Validate(string? name, HarnessSettings options) =>
        options.Problem() is { } problem ? ValidateOptionsResult.Fail($"{HarnessSettings.Section} in appsettings.json: {problem}") : ValidateOptionsResult.Success;
}
