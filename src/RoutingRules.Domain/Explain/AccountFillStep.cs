using RoutingRules.Domain.Routing.Facts;

namespace RoutingRules.Domain.Explain;

/// <summary>
/// The step after the account match that names the fields the lead did not give and routing took
/// from that account ("Company size 2,000 employees and industry healthcare, from the account
/// Acme Corp (the lead gave none)."), read from the lead's note (<see cref="LeadProfile.Filled"/>),
/// to the rep and to ops. Traces stored before leads were completed from their account have no such note.
/// </summary>
internal static class AccountFillStep
{
    private static readonly LeadFields[] Fields = [LeadFields.EmployeeCount, LeadFields.Industry, LeadFields.Country];

    public static void Append(RenderContext c, List<ExplanationStep> steps)
    {
        var d = c.Details;
        if (d.Notes.FirstOrDefault(n => n.Type == "Lead") is not { } note
            || note["filled"] is not { } noted
            || !Enum.TryParse<LeadFields>(noted, out var filled))
        {
            return;
        }

        var lead = d.Lead;
        var parts = new List<string>(Fields.Length);
        foreach (var field in Fields)
        {
            if ((filled & field) != 0)
            {
                parts.Add(field switch
                {
                    LeadFields.EmployeeCount => c.Text("fill." + field, ("value", lead.EmployeeCount is { } n ? c.Whole(n) : "?"),
                        ("count", lead.EmployeeCount?.ToString(c.Catalog.Culture))),
                    LeadFields.Industry => c.Text("fill." + field, ("value", lead.Industry ?? "?")),
                    _ => c.Text("fill." + field, ("value", lead.Country ?? "?")),
                });
            }
        }

        if (parts.Count == 0)
        {
            return;
        }

        var from = note["filledFrom"];
        var account = d.Accounts.FirstOrDefault(a => a.AccountId == from)?.Name ?? from ?? "?";
        var fields = c.List(parts);
        steps.Add(c.Step("fill", ("fields", string.Concat(fields[..1].ToUpperInvariant(), fields.AsSpan(1))), ("account", account)));
    }
}
