using ChannelManagerDashboard.Features.Exports;

namespace ChannelManagerDashboard.Tests.Features.Exports;

public sealed class ReturnedIdsTests
{
    [Fact]
    public void Codes_confirmation_numbers_and_request_ids_are_read_from_either_body()
    {
        var ids = ReturnedIds.From(
            """{"clientToken":"C90C…B43","groups":[{"code":"5521","channelManagerId":"CM-9","reservations":[{"code":"5521-1","confirmationNumber":"X1"}]}]}""",
            """{"success":true,"requestId":"b7e1"}""");

        Assert.Equal(["code 5521", "channelManagerId CM-9", "code 5521-1", "confirmationNumber X1", "requestId b7e1"], ids);
    }

    [Fact]
    public void An_error_code_is_not_an_id_and_a_body_that_is_not_JSON_has_none()
    {
        Assert.Empty(ReturnedIds.From("""{"success":false,"errors":[{"code":2,"message":"unknown"}]}"""));
        Assert.Empty(ReturnedIds.From("<!DOCTYPE html>", "{\"cut\": ", ""));
    }

    [Fact]
    public void Codes_that_name_a_kind_guest_counts_sources_and_products_are_no_ids() =>
        Assert.Equal(["code 01", "confirmationNumber 5521"], ReturnedIds.From(
            """{"reservations":[{"code":"01","confirmationNumber":"5521","guestCounts":[{"code":"Adult","count":2}],"extras":[{"productCode":"BRK"}]}],"sources":[{"code":"BDC"}]}"""));
}
