using System.ComponentModel.DataAnnotations;

namespace ChannelManagerDashboard.Features.Accounts.Pages;

/// <summary>An email (where the page asks for it) and a new password typed twice.</summary>
public sealed class NewPasswordInput
{
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Choose a password of at least 12 characters.")]
    public string Password { get; set; } = "";

    [Compare(nameof(Password), ErrorMessage = "The two passwords are not the same. Type the same password twice.")]
    public string ConfirmPassword { get; set; } = "";
}
