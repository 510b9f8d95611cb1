using RoutingRules.Domain.Routing.Logic;

namespace RoutingRules.Domain.Tests.Routing.Logic;

public sealed class SlaClockTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero); // a Wednesday

    [Theory]
    [InlineData(null, 0)] // no submission time: from now
    [InlineData(-10, -10)] // submitted within the target: from the submission
    [InlineData(-15, -15)] // exactly the target ago: from the submission, due now
    [InlineData(-16, -15)] // longer ago: no earlier than the target before now
    [InlineData(-60 * 24 * 30, -15)] // a month ago (a reroute, an upstream backlog): the same
    [InlineData(0, 0)]
    [InlineData(3, 0)] // in the future (a client clock ahead): from now
    public void Start_ClampsTheSubmissionBetweenTheTargetAgoAndNow(int? submittedMinutes, int expectedMinutes)
    {
        var submitted = submittedMinutes is { } m ? Now.AddMinutes(m) : (DateTimeOffset?)null;

        Assert.Equal(Now.AddMinutes(expectedMinutes), SlaClock.Start(submitted, Now, TimeSpan.FromMinutes(15)));
    }

    [Fact]
    public void StartThenAdd_InBusinessDays_NeverDueBeforeNow()
    {
        // Five business days counted from five calendar days ago (a Friday) end on the next Friday, after now.
        var start = SlaClock.Start(Now.AddDays(-20), Now, TimeSpan.FromDays(5));

        Assert.Equal(Now.AddDays(-5), start);
        Assert.Equal(Now.AddDays(2), SlaClock.Add(start, TimeSpan.FromDays(5), businessDays: true));
    }
}
