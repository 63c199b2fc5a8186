using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Features.Mapping;
using ChannelManagerDashboard.Tests.Support;

namespace ChannelManagerDashboard.Tests.Features.Mapping;

public sealed class MappingStateTests
{
    [Fact]
    public void A_saved_mapping_reads_back_as_it_was()
    {
        var saved = Mappings.Catalog().MapSpaces("SGL");

        var read = MappingState.Read(saved.ToJson());

        Assert.True(read.Value!.SameAs(saved));
        Assert.Empty(read.Warnings);
        Assert.Same(MappingState.Empty, MappingState.Read(null).Value);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("null")]
    public void Stored_text_that_is_no_mapping_reads_as_empty_with_a_warning(string json)
    {
        var read = MappingState.Read(json);

        Assert.Same(MappingState.Empty, read.Value);
        Assert.Equal([MappingState.UnreadableMessage], read.Warnings);
        Assert.Equal(ResultKind.Invalid, MappingState.FromJson(json).Kind);
    }
}
