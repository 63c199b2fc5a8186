namespace ChannelManagerDashboard.Features.TestTracker;

/// <summary>The certification tests as the Mews certification docs define them (May 2025).</summary>
public static class TestCatalog
{
    private const string Success = "HTTP 200 with {\"success\": true}; the CM extranet shows the pushed values.";
    private const string ModifyConfirmation =
        "Confirm booking with the same channelManagerId, the same reservation codes and the same confirmationNumbers as the original.";
    private const string CancelConfirmation =
        "Confirm booking with the same code and confirmationNumber as the original; the group shows as cancelled in Mews.";

    public static IReadOnlyList<CertificationTest> All { get; } =
    [
        new("INV-01", TestGroup.Inventory, "Multi-space, multi-rate availability push", true,
            "Base setup (≥ 5 space types: 3 rooms, 1 dorm, 1 bed; ≥ 5 rates) pushed to updateAvailability.", Success),
        new("INV-02", TestGroup.Inventory, "Gross rate push", true,
            "Base setup pushed to updatePrices; the CM uses grossAmount for every rate × space × guest count.", Success),
        new("INV-03", TestGroup.Inventory, "Net rate push", true,
            "Same as INV-02, but the CM uses netAmount (Mews always sends both amounts).", Success),
        new("INV-04", TestGroup.Inventory, "Multi-space, multi-rate restriction push", true,
            "Base setup pushed to updateRestrictions with every state combination and minLos/maxLos (reversed LOS logic).",
            Success + " CTA / CTD / CTS and length of stay are interpreted correctly."),
        new("INV-05", TestGroup.Inventory, "Product (package) rate", true,
            "A package rate with a breakfast product (demo: BB + BRK) mapped by hand; its prices pushed to updatePrices.",
            Success + " The breakfast price is already inside the amounts and is not added a second time."),
        new("INV-06", TestGroup.Inventory, "Full inventory push", true,
            "Connection enabled; Mews sends the largest update (≥ 365 days, all mapped pairs) to all three endpoints.",
            "{\"success\": true} from each endpoint within the time budget; extranet spot check."),

        new("RES-01", TestGroup.Reservation, "Single gross reservation", true,
            "Test payment card; 2 adults + 1 child; a companion in guests; a booked channel code in sources (isPrimary); gross amounts only.",
            "Confirm booking received with the channelManagerId and codes sent and the Mews confirmationNumber; reservation visible in Mews."),
        new("RES-02", TestGroup.Reservation, "Modify the single gross reservation", true,
            "Same channelManagerId and reservation code, at least one change (dates, space, rate, amounts); whole group resent.",
            ModifyConfirmation),
        new("RES-03", TestGroup.Reservation, "Cancel the single gross reservation", true,
            "Same channelManagerId, no other data (reservations empty or null).", CancelConfirmation),
        new("RES-04", TestGroup.Reservation, "Single net reservation", true,
            "As RES-01 but net-priced (net amounts only; no channel code required).",
            "As RES-01: Confirm booking received, ids match, confirmationNumber recorded."),
        new("RES-05", TestGroup.Reservation, "Modify the single net reservation", true,
            "As RES-02, for the RES-04 booking.", ModifyConfirmation),
        new("RES-06", TestGroup.Reservation, "Cancel the single net reservation", true,
            "As RES-03, for the RES-04 booking.", CancelConfirmation),
        new("RES-07", TestGroup.Reservation, "Multi-room gross reservation", true,
            "3 reservations in one group on exactly 2 rate plans, a different amount each night; gross only.",
            "3 confirmations in one Confirm booking; all 3 reservations visible in Mews."),
        new("RES-08", TestGroup.Reservation, "Modify the multi-room gross reservation", true,
            "Same channelManagerId and codes; change 2 of the 3 reservations (e.g. one extra night, one cancelled via state 3).",
            "Same codes and confirmationNumbers (a newly added room gets a new one); changes visible."),
        new("RES-09", TestGroup.Reservation, "Cancel the multi-room gross reservation", true,
            "Same channelManagerId, no other data.", CancelConfirmation),
        new("RES-10", TestGroup.Reservation, "Multi-room net reservation", true,
            "As RES-07, net only.", "As RES-07."),
        new("RES-11", TestGroup.Reservation, "Modify the multi-room net reservation", true,
            "As RES-08, for the RES-10 booking.", "As RES-08."),
        new("RES-12", TestGroup.Reservation, "Cancel the multi-room net reservation", true,
            "As RES-09, for the RES-10 booking.", CancelConfirmation),
        new("RES-13", TestGroup.Reservation, "Reservation with a product", false,
            "At least one mapped product in extras (demo: BRK), included in totalAmount; run gross and net if supported.",
            "Confirmation received; the extra is visible on the reservation."),

        new("ERR-01", TestGroup.Error, "System errors", true,
            "A document listing the code and message the CM returns for every system failure, including timeouts, maintenance and downtime.",
            "Each sample is {\"success\":false,\"errors\":[{\"code\":int,\"message\":\"…\"}]} with a valid code (1–14, not 4/5) and an actionable message."),
        new("ERR-02", TestGroup.Error, "Unknown reservation", true,
            "Mews sends a Confirm booking for a reservation the CM does not know.",
            "{\"success\": false, \"errors\":[{\"code\": 2, \"message\": \"Reservation {number} is not recorded in the channel manager.\"}]}"),
        new("ERR-03", TestGroup.Error, "Unmapped space code", true,
            "Availability push to updateAvailability with a space type code the CM does not know (e.g. ZZZ).",
            "{\"success\": false, \"errors\":[{\"code\": 10, \"message\": \"…\", \"categoryCode\": \"ZZZ\"}]}"),
        new("ERR-04", TestGroup.Error, "Unmapped rate code", true,
            "Price push to updatePrices with a rate code the CM does not know (e.g. ZZZ).",
            "{\"success\": false, \"errors\":[{\"code\": 9, \"message\": \"…\", \"rateCode\": \"ZZZ\"}]}"),
        new("ERR-05", TestGroup.Error, "Connection inactive or not set up", true,
            "The CM deactivates the property connection on its side, then Mews sends a full push.",
            "{\"success\": false, \"errors\":[{\"code\": 3, \"message\": \"…\"}]}; code 8 is accepted too."),
        new("ERR-06", TestGroup.Error, "Invalid reservation", true,
            "The CM sends a reservation that breaks business rules, e.g. start date after end date.",
            "Mews returns processing error code 7; the CM logs it and does not resend the same invalid booking."),
    ];

    public static CertificationTest? Find(string id) => All.FirstOrDefault(t => t.Id == id);
}
