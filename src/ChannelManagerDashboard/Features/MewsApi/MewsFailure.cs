using ChannelManagerDashboard.Domain.Common;

namespace ChannelManagerDashboard.Features.MewsApi;

/// <summary>Why a call to Mews failed, in words a person can act on. Never carries a token.</summary>
/// <param name="Summary">What happened, naming the operation and the environment.</param>
/// <param name="WhatToDo">The next step for the user.</param>
public sealed record MewsFailure(MewsFailureKind Kind, string Summary, string WhatToDo, int? ErrorCode = null, int? HttpStatus = null, int Attempts = 1)
    : Problem(Result.Whole, $"{Summary} {WhatToDo}")
{
    /// <summary>Mews code 1, a timeout and a 5xx may succeed when tried again; nothing else does.</summary>
    public bool IsTransient => Kind switch
    {
        MewsFailureKind.MewsError => ErrorCode == 1,
        MewsFailureKind.Timeout => true,
        MewsFailureKind.HttpStatus => HttpStatus >= 500,
        _ => false,
    };
}
