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
}
