using System.ComponentModel.DataAnnotations;

namespace ChannelManagerDashboard.Features.Accounts.Pages;

public sealed class SignInInput
{
    [Required(ErrorMessage = "Enter your email address.")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Enter your password.")]
    public string Password { get; set; } = "";
}
