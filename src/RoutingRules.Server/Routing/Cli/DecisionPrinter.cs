using System.Globalization;
using Google.Protobuf.WellKnownTypes;
using Proto = RoutingRules.V1;

namespace RoutingRules.Server.Routing.Cli;

/// <summary>A decision as aligned "label  value" lines for a terminal.</summary>
internal static class DecisionPrinter
{
    public static void Print(Proto.RouteLeadResponse d, TextWriter output, DateTimeOffset now)
    {
        void Line(string label, string value) => output.WriteLine($"{label,-10} {value}");

        Line("lead", d.LeadId);
        Line("decision", d.DecisionId + (d.Replay ? "  (replay of an earlier decision)" : string.Empty));
        Line("assignee", d.Assignee.KindCase == Proto.Assignee.KindOneofCase.Rep ? $"{d.Assignee.Rep.Name} ({d.Assignee.Rep.Id})" : $"queue {d.Assignee.Queue}");
        Line("level", Words(d.Level.ToString()));
        if (d.Territory is { } territory)
        {
            Line("territory", $"{territory.Name} ({territory.Id})");
        }

        if (d.HasAccountId)
        {
            Line("account", d.HasSubsidiaryAccountId ? $"{d.AccountId} (the lead came from its subsidiary {d.SubsidiaryAccountId})" : d.AccountId);
        }

        Line("treatment", Words(d.Treatment.ToString()));
        Line("priority", Words(d.Priority.ToString()));
        Line("respond by", When(d.Sla.RespondBy, now));
        Line("escalate", When(d.Sla.EscalateAt, now));
        if (d.Flags.Count > 0)
        {
            Line("flags", string.Join(", ", d.Flags.Select(f => Words(f.ToString()))));
        }

        if (d.NextContactAt is { } next)
        {
            Line("contact at", When(next, now));
        }

        if (d.HasSupersedesDecisionId)
        {
            Line("replaces", d.SupersedesDecisionId);
        }

        Line("reason", d.Reason);
        Line("rule set", d.RuleSetVersion);
    }

    private static string When(Timestamp? timestamp, DateTimeOffset now)
    {
        if (timestamp is null)
        {
            return "-";
        }

        var at = timestamp.ToDateTimeOffset();
        var minutes = (int)Math.Round((at - now).TotalMinutes);
        // Days from two days on (a content download's 5 business days read "in 7 days", not "in 168 h").
        var relative = minutes >= 2 * 24 * 60 ? $"in {minutes / (24 * 60)} days"
            : minutes >= 120 ? $"in {minutes / 60} h"
            : minutes >= 0 ? $"in {minutes} min"
            : $"{-minutes} min ago";
        return at.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) + $" ({relative})";
    }

    /// <summary>"SeniorAeImmediate" -> "senior ae immediate".</summary>
    internal static string Words(string pascal)
    {
        var text = new System.Text.StringBuilder();
        foreach (var c in pascal)
        {
            if (char.IsUpper(c) && text.Length > 0)
            {
                text.Append(' ');
            }

            text.Append(char.ToLowerInvariant(c));
        }

        return text.ToString();
    }
}
