namespace RoutingRules.Domain.Routing;

/// <summary>Behavioural signals; DOMAIN.md §5 groups them into high, medium and low intent.</summary>
public enum IntentSignal
{
    DemoRequest,
    PricingPageVisit,
    ContactSalesForm,
    OutboundReply,
    ContentDownload,
    WebinarAttendance,
    CaseStudyEngagement,
    NewsletterSignup,
    EventBadgeScan,
}
