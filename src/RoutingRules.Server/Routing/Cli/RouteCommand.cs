using System.CommandLine;
using RoutingRules.Server.Cli;
using RoutingRules.Server.Explain;
using Proto = RoutingRules.V1;

namespace RoutingRules.Server.Routing.Cli;

/// <summary><c>route --email ... --company ... --country ... [--server URL] [--token T]</c>: routes one lead and prints the decision.</summary>
internal static class RouteCommand
{
    public static Command Create()
    {
        var id = new Option<string?>("--id") { Description = "Lead id (default: a new random id, so every run routes a new lead)." };
        var email = new Option<string?>("--email") { Description = "Contact e-mail." };
        var company = new Option<string?>("--company") { Description = "Company name." };
        var website = new Option<string?>("--website") { Description = "Company website or domain." };
        var ip = new Option<string?>("--ip") { Description = "IP address the lead came from (checked against the accounts' office networks)." };
        var country = new Option<string?>("--country") { Description = "ISO 3166-1 alpha-2 country code, e.g. FR." };
        var region = new Option<string?>("--region") { Description = "Region or state, e.g. Ile-de-France." };
        var department = new Option<string?>("--department") { Description = "French departement or state code, e.g. 75." };
        var city = new Option<string?>("--city") { Description = "City." };
        var postalCode = new Option<string?>("--postal-code") { Description = "Postal code." };
        var industry = new Option<string?>("--industry") { Description = "Primary industry." };
        var employees = CliOptions.WholeNumber("--employees", "Employee count.");
        var score = CliOptions.WholeNumber("--score", "Lead score, 0..100.");
        var dealValue = CliOptions.WholeNumber("--deal-value", "Estimated deal value in EUR.");
        var title = new Option<string?>("--title") { Description = "Job title, e.g. \"VP Marketing\" (read for seniority when --contact-level is not given)." };
        var contactLevel = CliOptions.ProtoEnum<Proto.ContactLevel>("--contact-level", "Seniority of the contact.");
        var source = CliOptions.ProtoEnum<Proto.LeadSource>("--source", "Where the lead came from.");
        var signals = CliOptions.ProtoEnum<Proto.IntentSignal>("--signal", "An intent signal; repeat the option for several.", multiple: true);
        var timeZone = new Option<string?>("--time-zone") { Description = "IANA time zone of the contact." };
        var language = new Option<string?>("--language") { Description = "Preferred language, ISO 639-1, e.g. fr (English when unset)." };
        var submittedAt = CliOptions.Instant("--submitted-at", "When the lead was submitted, ISO 8601 (e.g. 2026-11-24T09:50:00Z); the SLA counts from it.");
        var demo = new Option<bool>("--demo-request") { Description = "The lead asked for a demo (high intent); the same as --signal demo-request." };
        var reroute = new Option<bool>("--reroute") { Description = "Route again even if the lead id already has a decision." };
        var explain = new Option<bool>("--explain") { Description = "Also print why, in words (the assignee's view)." };
        var server = CliOptions.Server();
        var token = CliOptions.Token(CliOptions.RoutingTokenVariable);
        var command = new Command("route", "Route one lead through a running server and print the decision.")
        {
            id, email, company, website, ip, country, region, department, city, postalCode, industry, employees, score, dealValue,
            title, contactLevel, source, signals, timeZone, language, submittedAt, demo, reroute, explain, server, token,
        };
        command.SetAction((result, cancellationToken) =>
        {
            var lead = new Proto.Lead { Id = result.GetValue(id) ?? "cli-" + Guid.NewGuid().ToString("N")[..12] };
            Set(result.GetValue(email), v => lead.Email = v);
            Set(result.GetValue(company), v => lead.CompanyName = v);
            Set(result.GetValue(website), v => lead.Website = v);
            Set(result.GetValue(ip), v => lead.IpAddress = v);
            Set(result.GetValue(country), v => lead.Country = v);
            Set(result.GetValue(region), v => lead.Region = v);
            Set(result.GetValue(department), v => lead.Department = v);
            Set(result.GetValue(city), v => lead.City = v);
            Set(result.GetValue(postalCode), v => lead.PostalCode = v);
            Set(result.GetValue(industry), v => lead.Industry = v);
            Set(result.GetValue(title), v => lead.Title = v);
            Set(result.GetValue(timeZone), v => lead.TimeZone = v);
            Set(result.GetValue(language), v => lead.PreferredLanguage = v);
            if (result.GetValue(employees) is { } count)
            {
                lead.EmployeeCount = count;
            }

            if (result.GetValue(score) is { } value)
            {
                lead.Score = value;
            }

            if (result.GetValue(dealValue) is { } deal)
            {
                lead.EstimatedDealValue = deal;
            }

            if (result.GetValue(contactLevel) is [var level])
            {
                lead.ContactLevel = level;
            }

            if (result.GetValue(source) is [var from])
            {
                lead.Source = from;
            }

            lead.IntentSignals.AddRange(result.GetValue(signals)!);
            if (result.GetValue(submittedAt) is { } submitted)
            {
                lead.SubmittedAt = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(submitted);
            }

            if (result.GetValue(demo) && !lead.IntentSignals.Contains(Proto.IntentSignal.DemoRequest))
            {
                lead.IntentSignals.Add(Proto.IntentSignal.DemoRequest);
            }

            var request = new Proto.RouteLeadRequest { Lead = lead, Reroute = result.GetValue(reroute) };
            return RunAsync(request, result.GetValue(server)!, result.GetValue(token), result.GetValue(explain), cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(Proto.RouteLeadRequest request, Uri server, string? token, bool explain, CancellationToken cancellationToken)
    {
        using var client = RoutingClient.Create(server, token);
        return await CliErrors.CallAsync(server, async () =>
        {
            var decision = await client.RouteAsync(request, cancellationToken).ConfigureAwait(false);
            DecisionPrinter.Print(decision, Console.Out, DateTimeOffset.UtcNow);
            return explain
                ? await ExplainClient.PrintAsync(server, token, new Proto.ExplainRouteRequest { DecisionId = decision.DecisionId }, json: false, cancellationToken).ConfigureAwait(false)
                : 0;
        }).ConfigureAwait(false);
    }

    private static void Set(string? value, Action<string> set)
    {
        if (!string.IsNullOrEmpty(value))
        {
            set(value);
        }
    }
}
