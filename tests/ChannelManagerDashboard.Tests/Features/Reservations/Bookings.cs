using System.Text.Json.Nodes;
using ChannelManagerDashboard.Domain.Inventory;
using ChannelManagerDashboard.Features.MewsSimulator;
using ChannelManagerDashboard.Features.Reservations;

namespace ChannelManagerDashboard.Tests.Features.Reservations;

/// <summary>Reservation test payloads as a channel manager should send them to the built-in simulator's property.</summary>
internal static class Bookings
{
    private static readonly SimulatorSeed Seed = SimulatorSeed.Load(Path.Combine(AppContext.BaseDirectory, "simulator-seed.json"));

    /// <summary>The built-in simulator's configuration and channels, which the payloads below use.</summary>
    public static BookingContext Context { get; } =
        BookingContext.From(PropertyProfileData.Parse(Seed.Response("getConfiguration").ToJsonString())!, Seed.Response("getChannels"));

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

    /// <summary>RES-07 (gross) or RES-10 (net): 3 rooms on 2 rate plans, a different price each night.</summary>
    public static JsonObject MultiRoom(string basis = "gross") => JsonNode.Parse($$$"""
        {"clientToken":"x","connectionToken":"y","messageId":"msg-000300","channelId":"EXP-99812","channelManagerId":"CM-100300",
         "currencyCode":"EUR","paymentType":2,"totalAmount":{"{{{basis}}}":860.00},
         "customer":{"firstName":"Lars","lastName":"Visser","email":"lars.visser@example.com"},
         "paymentCard":{"type":2,"number":"5555444433331111","expireDate":"0628","cvv":"456","holderName":"Lars Visser"},
         "sources":[{"code":2,"name":"Expedia","type":0,"isPrimary":true}],
         "reservations":[
          {"code":"01","spaceTypeCode":"DBL","ratePlanCode":"FF","from":"2026-11-02","to":"2026-11-04","guestCounts":[{"code":"Adult","count":2}],
           "amounts":[{"{{{basis}}}":140.00},{"{{{basis}}}":150.00}],"totalAmount":{"{{{basis}}}":290.00}},
          {"code":"02","spaceTypeCode":"TWN","ratePlanCode":"FF","from":"2026-11-02","to":"2026-11-04","guestCounts":[{"code":"Adult","count":2}],
           "amounts":[{"{{{basis}}}":130.00},{"{{{basis}}}":145.00}],"totalAmount":{"{{{basis}}}":275.00}},
          {"code":"03","spaceTypeCode":"SGL","ratePlanCode":"NR","from":"2026-11-02","to":"2026-11-05","guestCounts":[{"code":"Adult","count":1}],
           "amounts":[{"{{{basis}}}":90.00},{"{{{basis}}}":100.00},{"{{{basis}}}":105.00}],"totalAmount":{"{{{basis}}}":295.00}}]}
        """)!.AsObject();

    /// <summary>RES-01 with breakfast for 2 guests on both nights (18.50 × 2 × 2), included in the totals.</summary>
    public static JsonObject WithProduct(string basis = "gross")
    {
        var group = Good(basis);
        var reservation = group.Reservation();
        reservation["extras"] = JsonNode.Parse($$$"""[{"code":"BRK","count":1,"amount":{"{{{basis}}}":74.00},"from":"2026-10-12","to":"2026-10-14","pricing":4}]""");
        reservation["totalAmount"] = new JsonObject { [basis] = 354.00 };
        group["totalAmount"] = new JsonObject { [basis] = 354.00 };
        return group;
    }

    public static JsonObject Reservation(this JsonObject group, int index = 0) => group["reservations"]![index]!.AsObject();

    /// <summary>Sets a reservation's nightly amounts and recomputes its total and the group's.</summary>
    public static void Price(this JsonObject group, int index, string basis, params decimal[] nights)
    {
        var reservation = group.Reservation(index);
        reservation["amounts"] = new JsonArray([.. nights.Select(n => new JsonObject { [basis] = n })]);
        reservation["totalAmount"] = new JsonObject { [basis] = nights.Sum() };
        group["totalAmount"] = new JsonObject
        {
            [basis] = group["reservations"]!.AsArray().Where(r => r?["state"]?.GetValue<int>() != 3).Sum(r => r!["totalAmount"]![basis]!.GetValue<decimal>()),
        };
    }
}