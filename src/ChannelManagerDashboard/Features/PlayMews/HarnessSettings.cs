using ChannelManagerDashboard.Domain.Common;

namespace ChannelManagerDashboard.Features.PlayMews;

/// <summary>How the harness sizes and paces its pushes; bound from the "PlayMews" section for the web app.</summary>
public sealed class HarnessSettings
{
    public const string Section = "PlayMews";

    public int TimeoutSeconds { get; set; } = 30;

    /// <summary>A good answer slower than this fails the test: Mews expects pushes to be accepted quickly.</summary>
    public int ResponseBudgetSeconds { get; set; } = 10;

    public int MaxResponseBytes { get; set; } = 1024 * 1024;

    /// <summary>How long a run waits for the confirmations of pushes a CM accepted with asyncConfirmation true.</summary>
    public int ConfirmationWaitSeconds { get; set; } = 30;

    /// <summary>Pushes in flight at once to one channel manager.</summary>
    public int MaxConcurrency { get; set; } = 4;

    /// <summary>Pushes in flight at once across every run of the app, whoever started them.</summary>
    public int MaxRequestsInFlight { get; set; } = 16;

    /// <summary>Availability, price or restriction entries per message when a push is split (INV-06).</summary>
    public int MaxEntriesPerMessage { get; set; } = 1000;

    /// <summary>Nights in the INV-01..05 pushes.</summary>
    public int ShortDays { get; set; } = 30;

    /// <summary>Nights in the full push; certification expects at least 365.</summary>
    public int FullDays { get; set; } = 365;

    /// <summary>How much of each request body is kept as evidence; the rest is cut with a note.</summary>
    public int KeptBodyBytes { get; set; } = 2 * 1024 * 1024;

    /// <summary>How much of all request bodies one run keeps; past it, messages keep only their start.</summary>
    public long KeptRunBytes { get; set; } = 8 * 1024 * 1024;

    /// <summary>Stored runs kept per test and project; older ones are deleted, never the newest.</summary>
    public int KeptRunsPerTest { get; set; } = 20;

    /// <summary>Stored runs kept per project, in compressed bytes; past it the oldest go first, never a test's newest.</summary>
    public long KeptBytesPerProject { get; set; } = 256L * 1024 * 1024;

    public RequestLimits Limits => new(TimeSpan.FromSeconds(TimeoutSeconds), TimeSpan.FromSeconds(Math.Min(ResponseBudgetSeconds, TimeoutSeconds)), MaxResponseBytes);

    public Result Validate() =>
        TimeoutSeconds is < 1 or > 600 ? Result.Invalid(nameof(TimeoutSeconds), "TimeoutSeconds must be between 1 and 600.")
        : ResponseBudgetSeconds < 1 ? Result.Invalid(nameof(ResponseBudgetSeconds), "ResponseBudgetSeconds must be at least 1.")
        : MaxResponseBytes < 1024 ? Result.Invalid(nameof(MaxResponseBytes), "MaxResponseBytes must be at least 1024.")
        : ConfirmationWaitSeconds is < 1 or > 600 ? Result.Invalid(nameof(ConfirmationWaitSeconds), "ConfirmationWaitSeconds must be between 1 and 600.")
        : MaxConcurrency is < 1 or > 32 ? Result.Invalid(nameof(MaxConcurrency), "MaxConcurrency must be between 1 and 32.")
        : MaxRequestsInFlight < MaxConcurrency ? Result.Invalid(nameof(MaxRequestsInFlight), "MaxRequestsInFlight must be at least MaxConcurrency.")
        : MaxEntriesPerMessage < 1 ? Result.Invalid(nameof(MaxEntriesPerMessage), "MaxEntriesPerMessage must be at least 1.")
        : ShortDays is < 1 or > 366 ? Result.Invalid(nameof(ShortDays), "ShortDays must be between 1 and 366.")
        : FullDays < 365 ? Result.Invalid(nameof(FullDays), "FullDays must be at least 365: certification expects a full push of at least a year.")
        : KeptBodyBytes < 1024 ? Result.Invalid(nameof(KeptBodyBytes), "KeptBodyBytes must be at least 1024.")
        : KeptRunBytes < KeptBodyBytes ? Result.Invalid(nameof(KeptRunBytes), "KeptRunBytes must be at least KeptBodyBytes.")
        : KeptRunsPerTest < 1 ? Result.Invalid(nameof(KeptRunsPerTest), "KeptRunsPerTest must be at least 1: the newest run is the evidence behind a test's status.")
        : KeptBytesPerProject < 0 ? Result.Invalid(nameof(KeptBytesPerProject), "KeptBytesPerProject must not be negative.")
        : Result.Ok();
}
