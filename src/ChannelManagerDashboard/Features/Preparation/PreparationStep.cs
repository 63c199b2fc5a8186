namespace ChannelManagerDashboard.Features.Preparation;

/// <summary>One of the nine preparation steps of the Mews certification, in our words.</summary>
public sealed record PreparationStep(string Code, string Title, string WhatToDo, string DoneWhen);

public static class PreparationSteps
{
    public static IReadOnlyList<PreparationStep> All { get; } =
    [
        new("P1", "Ask Mews to start",
            "Email Mews that you want to certify. Describe your integration (technical details), name the pilot property, and ask for a demo test property and a demo client token. You enter the client token in P4, where it is used.",
            "The technical details and the pilot property name are filled in and the Partner ID is valid. The email to send is below, ready to copy."),
        new("P2", "Build your endpoints",
            "Build the demo-environment HTTPS endpoints Mews will call: Update availability, Update prices, Update restrictions, Confirm booking, and optionally Change notification.",
            "The four required endpoint URLs are valid absolute https URLs (http only for localhost) and each answers the dashboard's probe with HTTP 200 and a valid simple or error response. The dashboard ticks it by itself."),
        new("P3", "Send the URLs to Mews",
            "Send the endpoint URLs from P2 to Mews (one at a time is fine). Mews then connects the demo test property to your channel manager.",
            "The P2 endpoint URLs are valid. The email to send is below, ready to copy."),
        new("P4", "Get the connection token",
            "Enter your client token and the test property's employee email, call Get properties, and pick the connection (or connections) this project certifies.",
            "Get properties succeeded and at least one connection is picked. The dashboard ticks it by itself."),
        new("P5", "Fetch the configuration",
            "Call Get configuration for each picked connection to learn its space types, rate plans and inventory mappings. Each fetch is kept as a snapshot.",
            "Every picked connection has a fetched configuration. The dashboard ticks it by itself."),
        new("P6", "Map every rate × space type",
            "On the Mapping page, map every rate plan × space type combination Mews pushes to your own room and rate codes: at least 5 space types (3 rooms; a dorm and a bed are recommended) and 5 rate plans, the package rate among them. Exclude a combination you do not sell, with the reason.",
            "Every pushed combination of every picked connection is mapped or excluded, and the required minimums hold. The dashboard ticks it by itself."),
        new("P7", "Rehearse the tests",
            "Run the inventory push and error tests on the Play Mews page and the reservation tests on the Reservations page: the dashboard plays Mews against your endpoints and records each verdict, with its evidence, in the test tracker. Check the half of each test a person sees (your extranet, Mews) and tick it there.",
            "Every required test has passed in the test tracker, automatic passes checked by a person too. The dashboard ticks it by itself, and reopens it when a result stops being a pass."),
        new("P8", "Fill in the certification file",
            "Tell your Mews Technical Partner Success Manager you are ready. They send a certification file: fill it in, email it back, and keep a copy here.",
            "The filled-in certification file is uploaded. The dashboard ticks it by itself."),
        new("P9", "Book the certification call",
            "Book the 90-minute certification call with the link Mews sends you. Inventory tests run live on the call; reservation tests follow by email, then error tests.",
            "The call's date, time and time zone are entered. The dashboard ticks it by itself; the calendar file is offered below."),
    ];

    /// <returns>The step's position in <see cref="All"/>, or -1 for an unknown code.</returns>
    public static int IndexOf(string? code)
    {
        for (var i = 0; i < All.Count; i++)
        {
            if (All[i].Code == code)
                return i;
        }
        return -1;
    }
}
