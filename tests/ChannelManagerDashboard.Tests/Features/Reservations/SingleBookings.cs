using System.Text.Json.Nodes;
using ChannelManagerDashboard.Domain.Inventory;
using ChannelManagerDashboard.Features.MewsSimulator;
using ChannelManagerDashboard.Features.Reservations;

namespace ChannelManagerDashboard.Tests.Features.Reservations;

/// <summary>RES-01 and RES-04 payloads as a channel manager should send them to the built-in simulator's property.</summary>
internal static class SingleBookings
{
    private static readonly SimulatorSeed Seed = SimulatorSeed.Load(Path.Combine(AppContext.BaseDirectory, "simulator-seed.json"));

    /// <summary>The built-in simulator's configuration and channels, which the payloads below use.</summary>
    public static BookingContext Context { get; } =
        BookingContext.From(PropertyConfiguration.Parse(Seed.Response("getConfiguration").ToJsonString())!, Seed.Response("getChannels"));

    public static JsonObject Good(string basis = "gross") => JsonNode.Parse($$$"""
        {"clientToken":"x","connectionToken":"y","messageId":"msg-000184","channelId":"BDC-4471920386","channelManagerId":"CM-100184",
         "currencyCode":"EUR","paymentType":2,"totalAmount":{"{{{basis}}}":280.00},
         "customer":{"firstName":"Anna","lastName":"de Vries","email":"anna.devries@example.com"},
         "paymentCard":{"type":1,"number":"4111111111111111","expireDate":"1022","cvv":"123","holderName":"Anna de Vries"},
         "sources":[{"code":1,"name":"Booking.com","type":0,"isPrimary":true}],
         "reservations":[{"code":"01","spaceTypeCode":"DBL","ratePlanCode":"FF","from":"2026-10-12","to":"2026-10-14","state":1,
           "guestCounts":[{"code":"Adult","count":2},{"code":"Child","count":1}],
           "guests":[{"firstName":"Bram","lastName":"de Vries"}],
           "amounts":[{"{{{basis}}}":135.00},{"{{{basis}}}":145.00}],"totalAmount":{"{{{basis}}}":280.00}}]}
        """)!.AsObject();

    public static JsonObject Reservation(this JsonObject group) => group["reservations"]![0]!.AsObject();
}
