using ChannelManagerDashboard.Features.MewsSimulator;

namespace ChannelManagerDashboard.Tests.Features.MewsSimulator;

public sealed class SimulatorSeedTests
{
    private const string Responses = "\"getProperties\": {}, \"getChannels\": {}";

    [Theory]
    [InlineData("[]", "not a JSON object")]
    [InlineData("{\"_simulator\": {\"clientToken\": 7}}", "\"_simulator.clientToken\" is missing")]
    [InlineData("{\"_simulator\": {\"clientToken\": \"x\", \"employeeEmailsAcceptedByGetProperties\": [1]}}", "must be a list of emails")]
    [InlineData("{\"_simulator\": {\"clientToken\": \"x\", \"connections\": {}}}", "\"_simulator.connections\" must be a list")]
    [InlineData("{\"_simulator\": {\"clientToken\": \"x\", \"connections\": [{\"propertyId\": \"p\"}]}, " + Responses + "}", "connection 1 of")]
    [InlineData("{\"_simulator\": {\"clientToken\": \"x\", \"connections\": [{\"token\": \"t\", \"active\": \"yes\"}]}, " + Responses + "}", "connection 1 of")]
    public void A_part_missing_or_of_the_wrong_type_is_named_without_an_exception(string seed, string expected)
    {
        var read = SimulatorSeed.Read(seed);

        Assert.False(read.Succeeded);
        Assert.Contains(expected, read.Message);
    }

    [Fact]
    public void A_connection_takes_the_documented_defaults()
    {
        var read = SimulatorSeed.Read("{\"_simulator\": {\"clientToken\": \"x\", \"connections\": [{\"token\": \"t\", \"active\": false}]}, " + Responses + "}");

        Assert.Equal(new SimulatorConnection("t", "", false, null, 3), Assert.Single(read.Value!.Connections));
        Assert.Empty(read.Value.EmployeeEmails);
    }
}
