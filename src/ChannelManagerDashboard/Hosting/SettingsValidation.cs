using Microsoft.Extensions.Options;

namespace ChannelManagerDashboard.Hosting;

public static class SettingsValidation
{
    /// <summary>
    /// Refuses a settings section that breaks a rule, with a message that names the section and the rule, so a typo in
    /// appsettings.json stops the start instead of failing every call later.
    /// </summary>
    /// <param name="problem">Null when the settings are usable, otherwise what to fix.</param>
    public static OptionsBuilder<T> ValidateRules<T>(this OptionsBuilder<T> builder, string section, Func<T, string?> problem) where T : class
    {
        builder.Services.AddSingleton<IValidateOptions<T>>(new Rules<T>(builder.Name, section, problem));
        return builder;
    }

    private sealed class Rules<T>(string name, string section, Func<T, string?> problem) : IValidateOptions<T> where T : class
    {
        public ValidateOptionsResult Validate(string? optionsName, T options) =>
            optionsName != name ? ValidateOptionsResult.Skip
            : problem(options) is { } broken ? ValidateOptionsResult.Fail($"{section} in appsettings.json: {broken}")
            : ValidateOptionsResult.Success;
    }
}
