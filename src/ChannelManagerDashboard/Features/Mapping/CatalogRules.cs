using ChannelManagerDashboard.Domain.Common;

namespace ChannelManagerDashboard.Features.Mapping;

/// <summary>What a CM room or rate code and its name may be.</summary>
public static class CatalogRules
{
    public const int MaxCodeLength = 50;
    public const int MaxNameLength = 200;
    public const string CodeField = "Code";
    public const string NameField = "Name";

    /// <returns>Ok when <paramref name="code"/> can be a CM code and <paramref name="name"/> its name (an empty name is allowed); otherwise the first reason it cannot.</returns>
    public static Result Check(string code, string name)
    {
        if (string.IsNullOrWhiteSpace(code))
            return Result.Invalid(CodeField, "The code is empty. Give the code your channel manager uses for it.");
        if (code.Length > MaxCodeLength)
            return Result.Invalid(CodeField, $"The code is {code.Length} characters long; the limit is {MaxCodeLength}.");
        if (code.Any(char.IsControl))
            return Result.Invalid(CodeField, "The code contains a control character (a tab or line break). Remove it.");
        if (code != code.Trim())
            return Result.Invalid(CodeField, "The code starts or ends with a space. Remove it.");
        return name.Length > MaxNameLength ? Result.Invalid(NameField, $"The name is {name.Length} characters long; the limit is {MaxNameLength}.")
            : name.Any(char.IsControl) ? Result.Invalid(NameField, "The name contains a control character (a tab or line break). Remove it.")
            : Result.Ok();
    }
}
