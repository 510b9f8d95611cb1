using RoutingRules.Domain.Policy;
using RoutingRules.Domain.Routing.Logic;

namespace RoutingRules.Domain.Tests.Routing.Logic;

public sealed class SlaClockTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero); // a Wednesday

    private static readonly SlaRule DemoRequest = new(LeadType.DemoRequest, TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(30));

    private static readonly SlaRule ContentDownload =
        new(LeadType.ContentDownload, TimeSpan.FromDays(5), TimeSpan.FromDays(10), BusinessDays: true);

    [Theory]
    [InlineData(null, 0, 15, 30)] // no submission time: from now
    [InlineData(-10, -10, 5, 20)] // submitted within the target: from the submission
    [InlineData(-15, -15, 0, 15)] // exactly the target ago: from the submission, due now
    [InlineData(-16, -16, 0, 15)] // longer ago: due now, escalated the target-to-escalation delay later
    [InlineData(-60 * 24 * 30, -60 * 24 * 30, 0, 15)] // a month ago (a reroute, an upstream backlog): the same
    [InlineData(0, 0, 15, 30)]
    [InlineData(3, 0, 15, 30)] // in the future (a client clock ahead): from now
    public void Window_CountsFromTheSubmission_AndIsNeverDueBeforeNow(
        int? submittedMinutes, int startMinutes, int respondByMinutes, int escalateAtMinutes)
    {
        var submitted = submittedMinutes is { } m ? Now.AddMinutes(m) : (DateTimeOffset?)null;

        var window = SlaClock.Window(submitted, Now, DemoRequest);

        Assert.Equal(Now.AddMinutes(startMinutes), window.Start);
        Assert.Equal(Now.AddMinutes(respondByMinutes), window.RespondBy);
        Assert.Equal(Now.AddMinutes(escalateAtMinutes), window.EscalateAt);
    }

    [Fact]
    public void Window_InBusinessDays_SkipsTheWeekendFromTheSubmission()
    {
        // Submitted on Monday two days ago: five business days end on Monday next week.
        var window = SlaClock.Window(Now.AddDays(-2), Now, ContentDownload);

        Assert.Equal(Now.AddDays(-2), window.Start);
        Assert.Equal(Now.AddDays(5), window.RespondBy);
        Assert.Equal(Now.AddDays(12), window.EscalateAt);
    }

    [Fact]
    public void Window_InBusinessDays_OverdueFromTheSubmission_IsDueNow_AndKeepsFiveBusinessDaysToEscalation()
    {
        // Twenty days ago, five business days ran out long before: due now, escalated five business days later (next Wednesday).
        var window = SlaClock.Window(Now.AddDays(-20), Now, ContentDownload);

        Assert.Equal(Now.AddDays(-20), window.Start);
        Assert.Equal(Now, window.RespondBy);
        Assert.Equal(Now.AddDays(7), window.EscalateAt);
    }

    [Fact]
    public void Window_InBusinessDays_SubmittedFiveCalendarDaysAgo_StillHasTheWeekendsDays()
    {
        // Submitted last Friday: five business days end this Friday, the weekend not counted.
        var window = SlaClock.Window(Now.AddDays(-5), Now, ContentDownload);

        Assert.Equal(Now.AddDays(2), window.RespondBy);
        Assert.Equal(Now.AddDays(9), window.EscalateAt);
    }

    /// <summary>DOMAIN.md §5: content downloads, 5 business days to respond, 10 days without action to escalate.</summary>
    [Fact]
    public void Window_BusinessDayTargetWithCalendarEscalation_CountsEachInItsUnit()
    {
        var rule = ContentDownload with { EscalationBusinessDays = false };

        var window = SlaClock.Window(null, Now, rule);

        Assert.Equal(Now.AddDays(7), window.RespondBy); // Wednesday to the next Wednesday
        Assert.Equal(Now.AddDays(10), window.EscalateAt);
    }

    /// <summary>A calendar escalation delay shorter than a business-day target over a weekend: never escalated before the response is due.</summary>
    [Fact]
    public void Window_CalendarEscalationBeforeTheBusinessDayTarget_EscalatesWhenTheResponseIsDue()
    {
        var rule = new SlaRule(LeadType.ContentDownload, TimeSpan.FromDays(5), TimeSpan.FromDays(5), BusinessDays: true, EscalationBusinessDays: false);

        var window = SlaClock.Window(null, Now, rule);

        Assert.Equal(Now.AddDays(7), window.RespondBy);
        Assert.Equal(window.RespondBy, window.EscalateAt);
    }
}
