using MudBlazor;

namespace ChannelManagerDashboard.Components.Layout;

/// <summary>
/// One palette for the whole dashboard. Every colour that carries text, or carries text on it, keeps a contrast of at
/// least 4.5:1 (WCAG AA) against the background it sits on, in light and in dark mode.
/// </summary>
public static class DashboardTheme
{
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1B4D89",
            Secondary = "#6A3D9A",
            Tertiary = "#00695C",
            Info = "#0B5CAD",
            Success = "#176B2C",
            Warning = "#8A5300",
            Error = "#B3261E",
            Dark = "#37474F",
            TextPrimary = "#1F2328",
            TextSecondary = "#5F6368",
            Background = "#F5F7FA",
            Surface = "#FFFFFF",
            AppbarBackground = "#1B4D89",
            AppbarText = "#FFFFFF",
            DrawerBackground = "#FFFFFF",
            DrawerText = "#1F2328",
            DrawerIcon = "#5F6368",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#90BFF9",
            PrimaryContrastText = "#121417",
            Secondary = "#D0A8FF",
            SecondaryContrastText = "#121417",
            Tertiary = "#5FD6C3",
            TertiaryContrastText = "#121417",
            Info = "#8CC8FF",
            InfoContrastText = "#121417",
            Success = "#7BD88F",
            SuccessContrastText = "#121417",
            Warning = "#FFC56B",
            WarningContrastText = "#121417",
            Error = "#FF8A80",
            ErrorContrastText = "#121417",
            TextPrimary = "#E8EAED",
            TextSecondary = "#B5BAC1",
            Background = "#121417",
            Surface = "#1C1F24",
            AppbarBackground = "#1C1F24",
            AppbarText = "#E8EAED",
            DrawerBackground = "#1C1F24",
            DrawerText = "#E8EAED",
            DrawerIcon = "#B5BAC1",
        },
        LayoutProperties = new LayoutProperties { DefaultBorderRadius = "8px" },
    };
}
