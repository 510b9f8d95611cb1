using System.Globalization;
using RoutingRules.Domain.Routing;

namespace RoutingRules.Domain.Explain;

/// <summary>
/// Reads back from a trace's firings the account a manual-review flag was raised for: the account
/// candidate matched by the firing that inserted the flag, with its name and score from the trace's
/// account matches. Found by the facts, not by the rule's name nor its English reason, so a renamed
/// rule or reworded reason keeps the explanation; a trace without those firings (stored before the
/// details existed) gives none, and the renderer falls back to the general sentence.
/// </summary>
internal static class ReviewMatchFacts
{
    private static readonly string Flag = EnumNames<RoutingFlags>.Of(RoutingFlags.ManualReviewMatch);

    /// <summary>The account the company name resembles, or null when the trace does not say.</summary>
    public static TraceAccountMatch? Candidate(TraceDetails details)
    {
        TraceAccountMatch? best = null;
        foreach (var firing in details.Firings)
        {
            if (!details.FactsAt(firing.Inserted).Any(f => f.Type == "DecisionFlag" && f["flag"] == Flag))
            {
                continue;
            }

            foreach (var fact in details.FactsAt(firing.Matched).Where(f => f.Type == "AccountCandidate" && f["account"] is not null))
            {
                var match = details.Accounts.FirstOrDefault(a => a.AccountId == fact["account"]) ?? FromFact(fact);
                // Each candidate in the review band raises the flag in a firing of its own; the
                // explanation names one, the most similar, as the one most likely to be the account.
                if (best is null || match.Score > best.Score)
                {
                    best = match;
                }
            }
        }

        return best;
    }

    /// <summary>
    /// The score as people read it, in two decimals rounded down: a score that missed the match
    /// threshold must not read as the threshold itself (0.7985 rounded is 0.8, the 0.80 it missed).
    /// </summary>
    public static double Shown(double score) => (double)(Math.Floor((decimal)score * 100) / 100);

    // An account the lookups did not list (never seen so far): the fact alone names it by id.
    private static TraceAccountMatch FromFact(TraceFact fact)
    {
        var id = fact["account"]!;
        var score = double.TryParse(fact["score"], NumberStyles.Float, CultureInfo.InvariantCulture, out var s) ? s : 0;
        return new TraceAccountMatch(id, id, fact["kind"] ?? "Fuzzy", score, false, string.Empty, null, null);
    }
}
