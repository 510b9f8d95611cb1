using RoutingRules.Domain.Tests.Routing.Commit;
using RoutingRules.Server.Hosting;

namespace RoutingRules.Server.Tests.Cli;

/// <summary><c>routingrules route</c> against the demo server.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class RouteCommandTests
{
    [Fact]
    public async Task Route_AccountLead_PrintsTheDecision()
    {
        await using var server = await TestServer.StartAsync(loadDemo: true);

        var (code, output, _) = await RunAsync("route", "--id", "cli-acme", "--email", "jane@acmecorp.com", "--company", "Acme Corp",
            "--country", "FR", "--department", "13", "--demo-request", "--server", server.Address.ToString());

        Assert.Equal(0, code);
        Assert.Matches(@"lead\s+cli-acme", output);
        Assert.Matches(@"assignee\s+Emma Rossi \(", output);
        Assert.Matches(@"priority\s+hot", output);
    }

    [Theory]
    [InlineData(new string[0], "\"language\":\"en\"")]
    [InlineData(new[] { "--language", "fr" }, "\"language\":\"fr\"")]
    public async Task Route_Language_ReachesTheRules(string[] language, string expected)
    {
        // DOMAIN.md: the lead's language picks reps who speak it, English when unknown.
        await using var server = await TestServer.StartAsync(loadDemo: true);
        string[] route = ["route", "--id", "cli-lang", "--email", "d@shop-92.fr", "--country", "FR", "--department", "92", "--server", server.Address.ToString()];

        var (routeCode, _, _) = await RunAsync([.. route, .. language]);
        var (code, json, _) = await RunAsync("explain", "cli-lang", "--audience", "ops", "--json", "--server", server.Address.ToString());

        Assert.Equal(0, routeCode);
        Assert.Equal(0, code);
        Assert.Contains(expected, json.Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Route_SubmittedAt_TheSlaCountsFromIt()
    {
        // A Wednesday morning in Paris: inside the working day the demo request's SLA counts in.
        var now = new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);
        await using var server = await TestServer.StartAsync(loadDemo: true, clock: new ManualTimeProvider(now));
        var submitted = now.AddMinutes(-10).ToString("O", System.Globalization.CultureInfo.InvariantCulture);

        var (routeCode, _, _) = await RunAsync("route", "--id", "cli-submitted", "--email", "d@shop-92.fr", "--country", "FR", "--department", "92",
            "--demo-request", "--submitted-at", submitted, "--server", server.Address.ToString());
        var (code, output, _) = await RunAsync("explain", "cli-submitted", "--audience", "ops", "--server", server.Address.ToString());

        Assert.Equal(0, routeCode);
        Assert.Equal(0, code);
        Assert.Contains("counted from the lead's submission at", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Route_ContactLevelSourceSignalsAndPlace_ReachTheRules()
    {
        await using var server = await TestServer.StartAsync(loadDemo: true);

        var (routeCode, output, _) = await RunAsync("route", "--id", "cli-fields", "--email", "vp@shop-lyon.fr", "--country", "FR",
            "--region", "Auvergne-Rhone-Alpes", "--department", "69", "--city", "Lyon", "--postal-code", "69002", "--deal-value", "120000",
            "--contact-level", "vice-president", "--source", "paid-search", "--signal", "content-download", "--signal", "webinar-attendance",
            "--server", server.Address.ToString());
        var (code, json, _) = await RunAsync("explain", "cli-fields", "--audience", "ops", "--json", "--server", server.Address.ToString());

        Assert.Equal(0, routeCode);
        Assert.Matches(@"priority\s+hot", output); // an executive contact
        Assert.Equal(0, code);
        var compact = json.Replace(" ", string.Empty, StringComparison.Ordinal);
        foreach (var expected in new[]
        {
            "\"contactLevel\":\"VicePresident\"", "\"source\":\"PaidSearch\"", "\"signals\":[\"ContentDownload\",\"WebinarAttendance\"]",
            "\"region\":\"Auvergne-Rhone-Alpes\"", "\"city\":\"Lyon\"", "\"estimatedDealValue\":120000",
        })
        {
            Assert.Contains(expected, compact, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Route_ContactDepartmentAndReferrer_ReachTheRules()
    {
        await using var server = await TestServer.StartAsync(loadDemo: true);

        var (routeCode, _, _) = await RunAsync("route", "--id", "cli-referral", "--email", "cfo@shop-lyon.fr", "--country", "FR",
            "--contact-department", "finance", "--source", "referral", "--referrer", "someone@acmecorp.com", "--server", server.Address.ToString());
        var (code, json, _) = await RunAsync("explain", "cli-referral", "--audience", "ops", "--json", "--server", server.Address.ToString());

        Assert.Equal(0, routeCode);
        Assert.Equal(0, code);
        var compact = json.Replace(" ", string.Empty, StringComparison.Ordinal);
        Assert.Contains("\"contactDepartment\":\"finance\"", compact, StringComparison.Ordinal);
        Assert.Contains("\"referrer\":\"someone@acmecorp.com\"", compact, StringComparison.Ordinal);
        Assert.Contains("\"source\":\"Referral\"", compact, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Route_IdempotencyKeyOfAnotherLead_ExitTwoNamingTheKey()
    {
        await using var server = await TestServer.StartAsync(loadDemo: true);
        string[] common = ["--email", "d@shop-92.fr", "--country", "FR", "--idempotency-key", "form-42", "--server", server.Address.ToString()];

        var (firstCode, _, _) = await RunAsync(["route", "--id", "cli-key-1", .. common]);
        var (retryCode, retry, _) = await RunAsync(["route", "--id", "cli-key-1", .. common]);
        var (code, _, errors) = await RunAsync(["route", "--id", "cli-key-2", .. common]);

        Assert.Equal(0, firstCode);
        Assert.Equal(0, retryCode);
        Assert.Contains("(replay of an earlier decision)", retry, StringComparison.Ordinal);
        Assert.Equal(2, code);
        Assert.Contains("  idempotency_key: already used for lead 'cli-key-1'", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Route_TitleWithoutContactLevel_ReadsTheSeniority()
    {
        await using var server = await TestServer.StartAsync(loadDemo: true);

        var (routeCode, output, _) = await RunAsync("route", "--id", "cli-title", "--email", "someone@shop-lyon.fr", "--country", "FR",
            "--title", "VP Marketing", "--explain", "--server", server.Address.ToString());

        Assert.Equal(0, routeCode);
        Assert.Matches(@"priority\s+hot", output);
        Assert.Contains("vice-president contact, going by the job title", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--source", "chats", "--source 'chats' is not one of: referral, paid-search,")] // an unknown word lists the known ones
    [InlineData("--contact-level", "VP", "--contact-level 'VP' is not one of: c-level, vice-president,")]
    [InlineData("--signal", "demo", "--signal 'demo' is not one of: demo-request,")]
    [InlineData("--submitted-at", "yesterday", "--submitted-at 'yesterday' is not a date and time")]
    [InlineData("--annual-revenue", "lots", "--annual-revenue 'lots' is not an amount")]
    [InlineData("--annual-revenue", "-5", "--annual-revenue '-5' is not an amount")]
    [InlineData("--annual-revenue", "1,5", "--annual-revenue '1,5' is not an amount")]
    [InlineData("--secondary-industries", " , ", "--secondary-industries ' , ' lists nothing")]
    public async Task Route_ValueTheParserCannotRead_ExitTwoSayingSoInWords(string option, string value, string expected)
    {
        var (code, _, errors) = await RunAsync("route", option, value);

        Assert.Equal(2, code);
        Assert.Contains(expected, errors, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Route_InvalidLead_ExitTwoNamingEachBadFieldOnce()
    {
        await using var server = await TestServer.StartAsync(loadDemo: true);

        var (code, output, errors) = await RunAsync("route", "--id", "cli-invalid", "--email", "not an address", "--country", "XX",
            "--language", "klingon", "--server", server.Address.ToString());

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Equal(
            [
                "error: InvalidArgument: 3 invalid fields",
                "  lead.email: 'not an address' is not a valid e-mail address",
                "  lead.country: 'XX' is not an ISO 3166-1 alpha-2 country code",
                "  lead.preferred_language: 'klingon' is not an ISO 639-1 (two-letter) language code",
            ],
            errors.TrimEnd().Split(Environment.NewLine));
    }

    [Theory]
    [InlineData("--submitted-at", "1970-01-01T00:00:00Z", "lead.submitted_at: 1970-01-01T00:00:00Z is before 2000-01-01T00:00:00Z")]
    [InlineData("--score", "150", "lead.score: 150 is outside 0..100")]
    public async Task Route_ValueOnlyTheServerRefuses_ExitTwoLikeAUsageError(string option, string value, string expected)
    {
        // README.md's exit codes: an out-of-range value is bad input (2) whether the parser or the server finds it.
        await using var server = await TestServer.StartAsync(loadDemo: true);

        var (code, output, errors) = await RunAsync("route", "--id", "cli-refused", "--email", "d@shop-92.fr", option, value, "--server", server.Address.ToString());

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains(expected, errors, StringComparison.Ordinal);
        Assert.Empty(server.Routing().Assignments.History("cli-refused"));
    }

    private static Task<(int Code, string Output, string Errors)> RunAsync(params string[] args) => CliRunner.RunAsync(args);
}
