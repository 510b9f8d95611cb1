using System.CommandLine;
using RoutingRules.Server.Cli;
using Proto = RoutingRules.V1;

namespace RoutingRules.Server.Explain;

/// <summary>
/// <c>explain LEAD_ID [--audience rep|ops] [--lang fr|en] [--decision] [--json] [--server URL] [--token T]</c>:
/// prints why a lead went where it did.
/// </summary>
internal static class ExplainCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("LEAD_ID") { Description = "The lead to explain (a decision id with --decision)." };
        var audience = new Option<string>("--audience") { Description = "rep (the assignee's view) or ops (everything).", DefaultValueFactory = _ => "rep" };
        audience.AcceptOnlyFromAmong("rep", "ops");
        var lang = new Option<string>("--lang") { Description = "Language of the text: en or fr.", DefaultValueFactory = _ => "en" };
        lang.AcceptOnlyFromAmong("en", "fr");
        var byDecision = new Option<bool>("--decision") { Description = "LEAD_ID is a decision id." };
        var json = new Option<bool>("--json") { Description = "Print the structured trace as JSON instead of the text." };
        var server = CliOptions.Server();
        var token = new Option<string?>("--token")
        {
            Description = $"Bearer token (default: ${CliOptions.AdminTokenVariable} for ops, ${CliOptions.RoutingTokenVariable} for rep).",
        };
        var command = new Command("explain", "Explain a routing decision in words.") { id, audience, lang, byDecision, json, server, token };
        command.SetAction((result, cancellationToken) =>
        {
            var ops = result.GetValue(audience) == "ops";
            var request = new Proto.ExplainRouteRequest
            {
                Audience = ops ? Proto.ExplanationAudience.Ops : Proto.ExplanationAudience.Rep,
                Locale = result.GetValue(lang) ?? "en",
            };
            if (result.GetValue(byDecision))
            {
                request.DecisionId = result.GetValue(id);
            }
            else
            {
                request.LeadId = result.GetValue(id);
            }

            var bearer = result.GetValue(token)
                ?? CliOptions.NullIfEmpty(Environment.GetEnvironmentVariable(ops ? CliOptions.AdminTokenVariable : CliOptions.RoutingTokenVariable));
            return ExplainClient.PrintAsync(result.GetValue(server)!, bearer, request, result.GetValue(json), cancellationToken);
        });
        return command;
    }
}
