using RoutingRules.Domain.Model;
using Proto = RoutingRules.V1;

namespace RoutingRules.Server.Mapping;

/// <summary>Splits a dataset into export chunks; the policy rides in the first one.</summary>
internal static class DatasetMapping
{
    /// <param name="dataset">The records.</param>
    /// <param name="chunkSize">Records per chunk.</param>
    /// <param name="withPolicy">False to send no policy (a merge of records only keeps the stored one).</param>
    public static IEnumerable<Proto.DatasetChunk> ToChunks(Dataset dataset, int chunkSize, bool withPolicy = true)
    {
        var chunk = new Proto.DatasetChunk { Policy = withPolicy ? PolicyMapping.ToProto(dataset.Policy) : null };
        var count = 0;
        IEnumerable<Action<Proto.DatasetChunk>> Records()
        {
            foreach (var r in dataset.Reps)
            {
                yield return c => c.Reps.Add(RepMapping.ToProto(r));
            }

            foreach (var t in dataset.Territories)
            {
                yield return c => c.Territories.Add(TerritoryMapping.ToProto(t));
            }

            foreach (var a in dataset.Accounts)
            {
                yield return c => c.Accounts.Add(AccountMapping.ToProto(a));
            }

            foreach (var o in dataset.Opportunities)
            {
                yield return c => c.Opportunities.Add(SalesHistoryMapping.ToProto(o));
            }

            foreach (var l in dataset.PreviousLeads)
            {
                yield return c => c.PreviousLeads.Add(SalesHistoryMapping.ToProto(l));
            }
        }

        foreach (var add in Records())
        {
            add(chunk);
            if (++count == chunkSize)
            {
                yield return chunk;
                chunk = new Proto.DatasetChunk();
                count = 0;
            }
        }

        if (count > 0 || chunk.Policy is not null)
        {
            yield return chunk;
        }
    }
}
