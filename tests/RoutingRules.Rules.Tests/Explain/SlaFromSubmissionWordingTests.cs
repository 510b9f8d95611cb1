using RoutingRules.Domain.Explain;
using RoutingRules.Domain.Explain.Binary;
using RoutingRules.Domain.Routing;
using RoutingRules.Rules.Tests.Kit;

namespace RoutingRules.Rules.Tests.Explain;

/// <summary>
/// A demo request whose SLA counts from its submission: the rep reads the time left, ops the
/// target and where it started; one that arrived after its target is due at once; a trace stored
/// before format 7 explains as it did.
/// </summary>
public sealed class SlaFromSubmissionWordingTests
{
    // TraceBinary.Encode, format 6 (the build before format 7), of Lead(-10) routed on the demo
    // dataset: its SLA counted from the routing time (respond by DemoNow + 15 minutes).
    private const string Format6Trace =
        "Bg4BHE1hdGNoaW5nLlJlY29yZFVua25vd25Eb21haW4BHVRlcnJpdG9yaWVzLkRpbWVuc2lvblByaW9yaXR5AR1JbnRlbnRGaXQu" +
        "SGlnaEludGVudFN0cm9uZ0ZpdAEgSW50ZW50Rml0LkhpZ2hJbnRlbnRTdHJvbmdGaXRIb3QBGkludGVudEZpdC5IaWdoSW50ZW50" +
        "TXFsU2xhARhJbnRlbnRGaXQuRGVtb1JlcXVlc3RTbGEBIFRlcnJpdG9yaWVzLk1lbWJlcnNBcmVDYW5kaWRhdGVzFwEXQ2FwYWNp" +
        "dHkuTG93UXVvdGFXZWlnaHQBEUNhcGFjaXR5LkVsaWdpYmxlHQEXRGlzdHJpYnV0aW9uLlJvdW5kUm9iaW4BHERpc3RyaWJ1dGlv" +
        "bi5Bc3NpZ25DaG9zZW5SZXABEERlY2lzaW9uLkNvbXBvc2UAAAFOUm91bmRSb2JpbiBwaWNrZWQgYWUtcGFyaXMtMSBbY3Vyc29y" +
        "IDAgLT4gbWVtYmVyICMwIGFlLXBhcmlzLTEsIG5leHQgY3Vyc29yIDFdAQEQZTEyYTBkNGI2YTgwOTE3MQEQN2FjZmNiYmUzZjc3" +
        "MWU4NgEGbGVhZC0xAQZzbGEuZnIAAAECRlIBDUlsZS1kZS1GcmFuY2UBAjc1AQVQYXJpcwAAzAS0AWMBAmZyNgHcAjYAAQxFdXJv" +
        "cGUvUGFyaXMAAACAwPSUkdKk3xF4AAAAAAAEAQl0ZXItcGFyaXMBEVBhcmlzIGludHJhLW11cm9zKukDAAACAQESZGltZW5zaW9u" +
        "IHByaW9yaXR5AQd0ZXItaWRmAQ1JbGUtZGUtRnJhbmNlKuMDAAIEAAABCXRlci1tbS1mcgERTWlkLW1hcmtldCBGcmFuY2UqYAEE" +
        "AAAAAQZ0ZXItZnIBBkZyYW5jZSpgAAYGAAAOAgUBAAECBAgBBAEGBgsBCAEKCA4AAQwKEQIOCAEQDBQCDggBEg4XAgYUARYQFwIG" +
        "GAEaEhoCDhYBHBQdARYBHhYdARoBIBggBA4IBiIBJBojASQBJhwmBSYKEigqASwXqAECLTWrAQIAiwIBLTWHAQUJSooBKo0B6QOQ" +
        "AQIAkwECApYBAglKmQFQcgV1Mi01eMwEe7QBfmOcAQI80QMYAhTkAQFLARdoaWdoIGludGVudCwgc3Ryb25nIGZpdIQBAGYDaboB" +
        "bASAwIGGwtqk3xF4bwSAwI738uKk3xF4ZgNp3AJsBICo/ZvU0qTfEXhvBICQhqOX06TfEXgPAwYBCmFlLXBhcmlzLTISAg4MFRsC" +
        "BmgJSg8DBgEKYWUtcGFyaXMtMRICRAwVGwIGawlKRQIGaEgDAAAAAAAA4D8eAQZoHgEGayEBJAIEvQEEwAGiBAZrwwEBL2N1cnNv" +
        "ciAwIC0+IG1lbWJlciAjMCBhZS1wYXJpcy0xLCBuZXh0IGN1cnNvciAxxgECAp8BAzBRBmsJSiEBJAIAIQEkAgKiAQQwUQZrPNED" +
        "pQH3AgACaAEMQnJ1bm8gRHVib2lzDmQGAAAAAAAAAAAAAABrAQxBbGljZSBNYXJ0aW5EZAICAAAAAAAAAAAAAQEgogRKa24BAAEC" +
        "AAHRAwEXSGlnaCBpbnRlbnQsIFN0cm9uZyBmaXQLAdwCAYDoiIdDgKj9m9TSpN8ReICQhqOX06TfEXgBFGluYm91bmQgZGVtbyBy" +
        "ZXF1ZXN0FAEAAWUAAqgBAi01qwECAEUCBmhIAwAAAAAAAOA/ICM=";

    private static Lead Lead(int submittedMinutes) =>
        Leads.InParis("ceo@sla.fr") with { IntentSignals = [IntentSignal.DemoRequest], SubmittedAt = RoutingKit.DemoNow.AddMinutes(submittedMinutes) };

    [Theory]
    [InlineData("en", "Respond within 5 minutes, by 2026-11-23 10:05 (Europe/Paris).")]
    [InlineData("fr", "Répondez sous 5 minutes, avant le 23/11/2026 à 10h05 (Europe/Paris).")]
    public void Render_Rep_SummaryGivesTheTimeLeft(string locale, string expectedEnd)
    {
        var routed = RoutingKit.Demo().Route(Lead(-10));

        var explanation = ExplanationRenderer.Render(routed.Decision, routed.Trace, ExplanationAudience.Rep, locale);

        Assert.EndsWith(expectedEnd, explanation.Summary, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(IntentSignal.ContactSalesForm, 10, "Respond within 3 hours 50 minutes, by 2026-11-23 13:50 (Europe/Paris).")] // high-intent MQL, 4 h
    [InlineData(IntentSignal.ContentDownload, 60, "Respond within 6 days, by 2026-11-30 09:00 (Europe/Paris).")] // 5 business days from a Monday 09:00
    public void Render_Rep_TimeLeftInWordsARepReads(IntentSignal signal, int submittedMinutesAgo, string expectedEnd)
    {
        var lead = Lead(-submittedMinutesAgo) with { IntentSignals = [signal] };
        var routed = RoutingKit.Demo().Route(lead);

        var explanation = ExplanationRenderer.Render(routed.Decision, routed.Trace, ExplanationAudience.Rep, "en");

        Assert.EndsWith(expectedEnd, explanation.Summary, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "Respond within 15 minutes (demo request) counted from the lead's submission at 2026-11-23 09:50 (Europe/Paris): by 2026-11-23 10:05 (Europe/Paris); without a response it is escalated at 2026-11-23 10:20 (Europe/Paris).")]
    [InlineData("fr", "Répondez sous 15 minutes (demande de démo) à compter de la soumission du lead le 23/11/2026 à 09h50 (Europe/Paris) : avant le 23/11/2026 à 10h05 (Europe/Paris) ; sans réponse, le lead est escaladé le 23/11/2026 à 10h20 (Europe/Paris).")]
    public void Render_Ops_SlaStepSaysTheTargetCountsFromTheSubmission(string locale, string expected)
    {
        var routed = RoutingKit.Demo().Route(Lead(-10));

        var explanation = ExplanationRenderer.Render(routed.Decision, routed.Trace, ExplanationAudience.Ops, locale);

        Assert.Equal(expected, Assert.Single(explanation.Steps, s => s.Key == "sla.submitted").Text);
    }

    [Theory]
    [InlineData(ExplanationAudience.Rep)]
    [InlineData(ExplanationAudience.Ops)]
    public void Render_LeadThatArrivedAfterItsTarget_IsDueAtOnce(ExplanationAudience audience)
    {
        var routed = RoutingKit.Demo().Route(Lead(-120));

        var explanation = ExplanationRenderer.Render(routed.Decision, routed.Trace, audience, "en");

        Assert.Equal(
            "The lead reached routing after its response target of 15 minutes (demo request) had run out since its submission: respond now; without a response it is escalated at 2026-11-23 10:15 (Europe/Paris).",
            Assert.Single(explanation.Steps, s => s.Key == "sla.due").Text);
        if (audience == ExplanationAudience.Rep)
        {
            Assert.EndsWith("It reached routing after its response target had run out: respond now.", explanation.Summary, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Render_ContentDownloadPastItsBusinessDays_IsDueAtOnce_AndKeepsItsSubmission()
    {
        // Submitted on a Tuesday three weeks before routing (a Monday): its 5 business days ran out on
        // the next Tuesday. Due at once, escalated 5 days after routing (its 10 calendar days less the
        // 5), a Saturday: at the next opening, Monday 09:00 in Paris (sla.escalateInWorkingHours).
        var lead = Lead(-20 * 24 * 60) with { IntentSignals = [IntentSignal.ContentDownload] };
        var routed = RoutingKit.Demo().Route(lead);

        var explanation = ExplanationRenderer.Render(routed.Decision, routed.Trace, ExplanationAudience.Rep, "en");

        Assert.Equal(RoutingKit.DemoNow, routed.Decision.RespondBy);
        Assert.Equal(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.FromHours(1)), routed.Decision.EscalateAt);
        Assert.Equal(RoutingKit.DemoNow.AddDays(-20), routed.Trace.Details!.Sla!.StartedAt);
        Assert.Equal(
            "The lead reached routing after its response target of 5 business days (content download) had run out since its submission: respond now; without a response it is escalated at 2026-11-30 09:00 (Europe/Paris).",
            Assert.Single(explanation.Steps, s => s.Key == "sla.due").Text);
        Assert.EndsWith("It reached routing after its response target had run out: respond now.", explanation.Summary, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ExplanationAudience.Rep)]
    [InlineData(ExplanationAudience.Ops)]
    public void Render_EscalatedLead_CountsItsFreshSlaFromTheEscalation_NotFromTheSubmission(ExplanationAudience audience)
    {
        var scenario = RoutingKit.Demo();
        var routed = scenario.Route(Lead(-10));
        scenario.At(routed.Decision.EscalateAt.AddMinutes(1));

        var escalated = scenario.Escalate(routed).Fired("Escalation.TerritoryBackup");
        var explanation = ExplanationRenderer.Render(escalated.Decision, escalated.Trace, audience, "en");

        Assert.Null(escalated.Trace.Details!.Sla!.StartedAt);
        Assert.Equal(scenario.Now.AddMinutes(15), escalated.Decision.RespondBy);
        Assert.Single(explanation.Steps, s => s.Key == "sla");
        Assert.DoesNotContain("submission", explanation.ToText(), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_LeadWithoutSubmissionTime_KeepsTheTargetFromRouting()
    {
        var routed = RoutingKit.Demo().Route(Lead(0) with { SubmittedAt = null });

        var explanation = ExplanationRenderer.Render(routed.Decision, routed.Trace, ExplanationAudience.Rep, "en");

        Assert.Null(routed.Trace.Details!.Sla!.StartedAt);
        Assert.Single(explanation.Steps, s => s.Key == "sla");
        Assert.Contains("Respond within 15 minutes, by", explanation.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_TraceOfFormat6_HasNoStartAndExplainsFromTheRoutingTime()
    {
        var bytes = Convert.FromBase64String(Format6Trace);
        Assert.Equal(6, bytes[0]);
        var stored = TraceBinary.Decode(bytes);
        var decision = RoutingKit.Demo().Route(Lead(-10)).Decision with
        {
            RespondBy = RoutingKit.DemoNow.AddMinutes(15),
            EscalateAt = RoutingKit.DemoNow.AddMinutes(30),
        };

        var explanation = ExplanationRenderer.Render(decision, stored, ExplanationAudience.Rep, "en");

        Assert.Null(stored.Details!.Sla!.StartedAt);
        Assert.Single(explanation.Steps, s => s.Key == "sla");
        Assert.EndsWith("Respond within 15 minutes, by 2026-11-23 10:15 (Europe/Paris).", explanation.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_EncodedTrace_KeepsWhereTheSlaStarted()
    {
        var routed = RoutingKit.Demo().Route(Lead(-10));

        var decoded = TraceBinary.Decode(TraceBinary.Encode(routed.Trace));

        Assert.Equal(RoutingKit.DemoNow.AddMinutes(-10), decoded.Details!.Sla!.StartedAt);
        Assert.Equal(TraceJson.Serialize(routed.Trace), TraceJson.Serialize(decoded));
    }
}
