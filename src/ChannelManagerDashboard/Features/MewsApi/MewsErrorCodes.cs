using ChannelManagerDashboard.Domain.Mews;

namespace ChannelManagerDashboard.Features.MewsApi;

/// <summary>The meaning of each documented error code (Mews Channel Manager API, error codes) and what the user should do about it.</summary>
public static class MewsErrorCodes
{
    public static string Meaning(int code) => code switch
    {
        1 => "system error",
        2 => "reservation not found",
        3 => "connection not found",
        4 => "space not found (deprecated code; Mews now uses 10)",
        5 => "rate not found (deprecated code; Mews now uses 9)",
        6 => "validation error",
        7 => "processing error",
        8 => "invalid authentication",
        9 => "disabled operation",
        10 => "space type error",
        11 => "rate and space type error",
        12 => "availability error",
        13 => "prices error",
        14 => "restrictions error",
        _ => "an error code the documentation does not list",
    };

    public static string WhatToDo(MewsOperation operation, MewsEnvironment environment, MewsError error) => error.Code switch
    {
        1 => "Mews had an internal error. Try again in a few minutes; if it persists, send partnersuccess@mews.com the time of the call.",
        2 => "Mews treats this as final: do not resend. Check the reservation code.",
        3 => "Mews has no active connection for this connection token: the property may have deactivated or removed it. " +
             "Run Get properties again in P4 and pick an active connection, or ask the property to reconnect your channel manager.",
        4 or 10 => $"Check that {Named("space type", error.CategoryCode)} exists in the property's configuration (fetch it again in P5).",
        5 => "Check that the rate plan exists in the property's configuration (fetch it again in P5).",
        6 => "The request was malformed or a value is invalid. Check what you entered for extra spaces or missing characters.",
        7 => "Mews could not process the request; its message says why.",
        8 => InvalidAuthentication(operation, environment),
        9 => "The property turned this operation off in Mews. Ask the property to enable it.",
        11 => $"Check that {Named("rate plan", error.RateCode)} is mapped to {Named("space type", error.CategoryCode)} (fetch the configuration again in P5).",
        12 or 13 or 14 => "Mews reports an update problem; see its message.",
        _ => "Check Mews' message, and ask partnersuccess@mews.com what the code means.",
    };

    /// <summary>Codes 9 to 11 should name the rate or space type; Mews may leave it out.</summary>
    private static string Named(string what, string? code) => string.IsNullOrWhiteSpace(code) ? $"the {what} Mews' message names" : $"{what} '{code}'";

    private static string InvalidAuthentication(MewsOperation operation, MewsEnvironment environment)
    {
        var token = environment switch
        {
            MewsEnvironment.Simulator => "The client token is not the built-in simulator's: copy it from the Simulator page (the link is in P4).",
            MewsEnvironment.Demo => "The client token is not valid for the Demo environment — check you did not paste the production token, and that nothing was cut off.",
            _ => "The client token is not valid for the Production environment — check you did not paste the demo token, and that nothing was cut off.",
        };
        return operation == MewsOperation.GetProperties
            ? $"{token} Also check the employee email: it must be a verified email of a property employee in Mews."
            : $"{token} If the token is right, the connection token may have expired: run Get properties again in P4.";
    }
}
