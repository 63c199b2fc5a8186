namespace ChannelManagerDashboard.Tests.Browser;

public sealed class RawEnumNamesTests
{
    [Theory]
    [InlineData("InProgress")]
    [InlineData("JsonLines")]
    [InlineData("GoLive")]
    [InlineData("NotRun")]
    public void The_names_a_new_user_read_on_pages_are_among_those_the_page_checks_look_for(string name) =>
        Assert.Matches(RawEnumNames.Words, name);

    [Theory]
    [InlineData("AccessToken")]
    [InlineData("Passed")]
    [InlineData("in progress")]
    public void Mews_field_names_and_plain_words_are_not(string text) =>
        Assert.DoesNotMatch(RawEnumNames.Words, text);
}
