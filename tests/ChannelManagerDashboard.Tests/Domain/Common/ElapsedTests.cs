using ChannelManagerDashboard.Domain.Common;

namespace ChannelManagerDashboard.Tests.Domain.Common;

public sealed class ElapsedTests
{
    [Theory]
    [InlineData(850, "850 ms")]
    [InlineData(9_999, "9999 ms")]
    [InlineData(12_449, "12.4 s")]
    [InlineData(120_005, "2 min 0 s")]
    [InlineData(185_900, "3 min 5 s")]
    public void Durations_read_in_the_unit_a_person_expects(long milliseconds, string shown) => Assert.Equal(shown, Elapsed.Format(milliseconds));
}
