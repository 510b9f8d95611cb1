using RoutingRules.Domain.Explain;
using RoutingRules.Domain.Explain.Binary;
using RoutingRules.Domain.Model;
using RoutingRules.Domain.Routing;
using RoutingRules.Rules.Tests.Kit;

namespace RoutingRules.Rules.Tests.Explain;

/// <summary>
/// The figures a distribution compared are stored with the trace (format 6); a trace stored in
/// format 5, before them, still reads and explains with the text it kept.
/// </summary>
public sealed class DistributionFiguresStorageTests
{
    // TraceBinary.Encode, format 5 (the build before format 6), of the Lyon lead of
    // Render_TraceOfFormat5_ExplainsWithTheTextItKept routed on the demo dataset: a weighted choice.
    private const string Format5WeightedTrace =
        "BQ0BHE1hdGNoaW5nLlJlY29yZFVua25vd25Eb21haW4BHVRlcnJpdG9yaWVzLkRpbWVuc2lvblByaW9yaXR5AR1JbnRlbnRGaXQu"
        + "SGlnaEludGVudFN0cm9uZ0ZpdAEgSW50ZW50Rml0LkhpZ2hJbnRlbnRTdHJvbmdGaXRIb3QBGkludGVudEZpdC5IaWdoSW50ZW50"
        + "TXFsU2xhARhJbnRlbnRGaXQuRGVtb1JlcXVlc3RTbGEBIFRlcnJpdG9yaWVzLk1lbWJlcnNBcmVDYW5kaWRhdGVzFwERQ2FwYWNp"
        + "dHkuRWxpZ2libGUaARVEaXN0cmlidXRpb24uV2VpZ2h0ZWQBHERpc3RyaWJ1dGlvbi5Bc3NpZ25DaG9zZW5SZXABEERlY2lzaW9u"
        + "LkNvbXBvc2UAAAFlV2VpZ2h0ZWQgcGlja2VkIGFlLWFyYS0xIFthZS1hcmEtMTogd2VpZ2h0IDEsIHRvZGF5KzEvd2VpZ2h0IDU7"
        + "IGFlLWFyYS0yOiB3ZWlnaHQgMSwgdG9kYXkrMS93ZWlnaHQgNV0BARAzNTJlMzNkMTY0MmE4MzI0ARBmMmFhYTE1OWFkMDkxNGM4"
        + "AQ1mbXQ1LXdlaWdodGVkAQ1uZXdjby1seW9uLmZyAAEKTmV3Q28gTHlvbgECRlIAAQI2OQAAAfABzAS0AWMBAmVuNgHcAjYAAAAA"
        + "AICg0fiE0KTfEQAAAAAAAAMBB3Rlci1hcmEBFEF1dmVyZ25lLVJob25lLUFscGVzKuMDAAACAQESZGltZW5zaW9uIHByaW9yaXR5"
        + "AQl0ZXItbW0tZnIBEU1pZC1tYXJrZXQgRnJhbmNlKmABAgAAAAEGdGVyLWZyAQZGcmFuY2UqYAAEBAAADQIFAQABAgQIAQQBBgYL"
        + "AQgBCggOAAEMChECDggBEAwUAg4IARIOFwIGFAEWEBcCBhgBGhIaARYBHBQaARoBHhYdAwYgIgEkGCABJAEmGiMFJgoSKCoBLBeo"
        + "AQItMqsBAgCLAgEtMocBBQlBigEqjQHjA5ABAgCTAQIClgECCUGZAUdyBXUvLTJ4zAR7tAF+Y5wBAjzRAxgCFOQBAUsBF2hpZ2gg"
        + "aW50ZW50LCBzdHJvbmcgZml0hAEAZgNpugFsBICg3um12KTfEQBvBICg69rm4KTfEQBmA2ncAmwEgIja/8fQpN8RAG8EgPDihovR"
        + "pN8RAA8DBgEIYWUtYXJhLTISAkIMFRsCBlkJQQ8DBgEIYWUtYXJhLTESAjwMFRsCBlwJQR4BBlkeAQZcIQEkAgQhASQCAL0BA8AB"
        + "pQQGXMMBAUphZS1hcmEtMTogd2VpZ2h0IDEsIHRvZGF5KzEvd2VpZ2h0IDU7IGFlLWFyYS0yOiB3ZWlnaHQgMSwgdG9kYXkrMS93"
        + "ZWlnaHQgNZ8BAzBRBlwJQSEBJAIAIQEkAgKiAQQwUQZcPNEDpQH3AgACWQEPSMOpbMOobmUgRHVyYW5kQmQIBgAAAAAAAAAAAABc"
        + "AQ1HYWJyaWVsIFBldGl0PGQIBgAAAAAAAAAAAAEBHaUEQVxfAQAAAdEDARdIaWdoIGludGVudCwgU3Ryb25nIGZpdAsB3AIBgOiI"
        + "h0OAiNr/x9Ck3xEAgPDihovRpN8RAAEUaW5ib3VuZCBkZW1vIHJlcXVlc3QUAQABVgABqAECLTKrAQIAHSA=";

    private const string Format5Inputs = "ae-ara-1: weight 1, today+1/weight 5; ae-ara-2: weight 1, today+1/weight 5";

    [Fact]
    public void Decode_TraceOfFormat5_HasNoFiguresAndKeepsItsText()
    {
        var bytes = Convert.FromBase64String(Format5WeightedTrace);
        Assert.Equal(5, bytes[0]);

        var distribution = TraceBinary.Decode(bytes).Details!.Distribution!;

        Assert.Null(distribution.Figures);
        Assert.Equal(Format5Inputs, distribution.Inputs);
    }

    [Fact]
    public void Render_TraceOfFormat5_ExplainsWithTheTextItKept()
    {
        var routed = RoutingKit.Demo().Route(LyonLead());
        var stored = TraceBinary.Decode(Convert.FromBase64String(Format5WeightedTrace));

        var explanation = ExplanationRenderer.Render(routed.Decision, stored, ExplanationAudience.Ops, "en");

        Assert.Equal(
            "Weighted distribution in Auvergne-Rhone-Alpes picked Gabriel Petit (ae-ara-1): " + Format5Inputs + ".",
            Assert.Single(explanation.Steps, s => s.Key == "distribution.Weighted.ops").Text);
    }

    [Fact]
    public void Route_WeightedChoice_DescribesItsFiguresAsFormat5StoredThem()
    {
        // Programs reading the trace's plain inputs see the same text as before the figures.
        var routed = RoutingKit.Demo().Route(LyonLead());

        Assert.Equal(Format5Inputs, routed.Trace.Details!.Distribution!.Inputs);
    }

    [Theory]
    [InlineData("weighted")]
    [InlineData("rep score")]
    [InlineData("load balanced")]
    [InlineData("top performer")]
    public void Decode_EncodedTrace_KeepsEveryFigure(string choice)
    {
        var routed = choice switch
        {
            "weighted" => RoutingKit.Demo().WithRep("ae-ara-2", r => r with { PerformanceWeight = 2.5 }).Route(LyonLead()),
            "rep score" => RoutingKit.Demo().Route(Leads.InParis("c@clinique-x.fr") with { Industry = "healthcare", EmployeeCount = 80 }),
            "load balanced" => RoutingKit.Demo().Route(Leads.InFrance("d@shop-92.fr", "92") with { Industry = "retail", EmployeeCount = 120, PreferredLanguage = "fr" }),
            _ => RoutingKit.Demo().Route(Leads.InParis("new@startup.fr") with { Source = LeadSource.Referral, Referrer = "friend@nowhere-known.fr" }),
        };
        var figures = routed.Trace.Details!.Distribution!.Figures!;

        var decoded = TraceBinary.Decode(TraceBinary.Encode(routed.Trace)).Details!.Distribution!.Figures!;

        Assert.Equal(figures.Basis, decoded.Basis);
        Assert.Equal(figures.Weights, decoded.Weights);
        Assert.Equal(figures.Rows.Select(r => (r.RepId, r.Compared, string.Join(",", r.Terms))), decoded.Rows.Select(r => (r.RepId, r.Compared, string.Join(",", r.Terms))));
        Assert.True(figures.Rows.Count > 1);
    }

    [Fact]
    public void Redact_ForTheAssignee_DropsTheOtherMembersFigures()
    {
        var routed = RoutingKit.Demo().Route(LyonLead());

        var redacted = TraceRedactor.ForAssignee(routed.Trace, routed.Decision).Details!.Distribution!;

        Assert.Null(redacted.Figures);
        Assert.Empty(redacted.Inputs);
    }

    private static Lead LyonLead() =>
        new() { Id = "fmt5-weighted", Email = "a@newco-lyon.fr", CompanyName = "NewCo Lyon", Country = "FR", Department = "69", EmployeeCount = 120, IntentSignals = [IntentSignal.DemoRequest] };
}
