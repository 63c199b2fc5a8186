using ChannelManagerDashboard.Domain.Common;
using Microsoft.Extensions.Options;

namespace ChannelManagerDashboard.Hosting;

public static class SettingsValidation
{
    /// <summary>
    /// Refuses a settings section that breaks a rule, with a message that names the section and the rule, so a typo in
    /// appsettings.json stops the start instead of failing every call later.
    /// </summary>
    /// <param name="rules">The settings' own check: what to fix when they break a rule.</param>
    public static OptionsBuilder<T> ValidateRules<T>(this OptionsBuilder<T> builder, string section, Func<T, Result> rules) where T : class
    {
        builder.Services.AddSingleton<IValidateOptions<T>>(new Rules<T>(builder.Name, section, rules));
        return builder;
    }

    private sealed class Rules<T>(string name, string section, Func<T, Result> rules) : IValidateOptions<T> where T : class
    {
        public ValidateOptionsResult Validate(string? optionsName, T options) =>
            optionsName != name ? ValidateOptionsResult.Skip
            : rules(options) is { Succeeded: false } broken ? ValidateOptionsResult.Fail($"{section} in appsettings.json: {broken.Message}")
            : ValidateOptionsResult.Success;
    }
}
