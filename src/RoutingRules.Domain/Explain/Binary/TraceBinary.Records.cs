namespace RoutingRules.Domain.Explain.Binary;

/// <summary>The records of <see cref="TraceDetails"/>, each written and read field by field in declaration order.</summary>
public static partial class TraceBinary
{
    private static void WriteLead(TraceBinaryWriter writer, TraceLead lead)
    {
        writer.String(lead.Id);
        writer.String(lead.Domain);
        writer.Bool(lead.FreeMail);
        writer.String(lead.CompanyName);
        writer.String(lead.Country);
        writer.String(lead.Region);
        writer.String(lead.Department);
        writer.String(lead.City);
        writer.String(lead.Industry);
        WriteOptional(writer, lead.EmployeeCount);
        writer.String(lead.Segment);
        writer.String(lead.Intent);
        writer.String(lead.Fit);
        writer.String(lead.Language);
        writer.String(lead.Source);
        writer.Strings(lead.Signals);
        writer.String(lead.ContactLevel);
        writer.String(lead.ContactDepartment);
        writer.String(lead.TimeZone);
        if (writer.Present(lead.EstimatedDealValue))
        {
            Span<int> bits = stackalloc int[4];
            decimal.GetBits(lead.EstimatedDealValue!.Value, bits);
            foreach (var part in bits)
            {
                writer.Int(part);
            }
        }

        WriteOptional(writer, lead.Score);
        writer.String(lead.Referrer);
        writer.Time(lead.Now);
    }

    private static TraceLead ReadLead(ref TraceBinaryReader reader) => new()
    {
        Id = reader.String(),
        Domain = reader.NullableString(),
        FreeMail = reader.Bool(),
        CompanyName = reader.NullableString(),
        Country = reader.NullableString(),
        Region = reader.NullableString(),
        Department = reader.NullableString(),
        City = reader.NullableString(),
        Industry = reader.NullableString(),
        EmployeeCount = ReadOptionalInt(ref reader),
        Segment = reader.String(),
        Intent = reader.String(),
        Fit = reader.String(),
        Language = reader.String(),
        Source = reader.String(),
        Signals = reader.Strings(),
        ContactLevel = reader.String(),
        ContactDepartment = reader.NullableString(),
        TimeZone = reader.NullableString(),
        EstimatedDealValue = reader.Bool() ? ReadDecimal(ref reader) : null,
        Score = ReadOptionalInt(ref reader),
        Referrer = reader.NullableString(),
        Now = reader.Time(),
    };

    private static void WriteAccount(TraceBinaryWriter writer, TraceAccountMatch account)
    {
        writer.String(account.AccountId);
        writer.String(account.Name);
        writer.String(account.Kind);
        writer.Double(account.Score);
        writer.Bool(account.Accepted);
        writer.String(account.Status);
        writer.String(account.OwnerId);
        writer.String(account.ParentId);
        writer.String(account.MatchedOn);
    }

    private static TraceAccountMatch ReadAccount(ref TraceBinaryReader r) =>
        new(r.String(), r.String(), r.String(), r.Double(), r.Bool(), r.String(), r.NullableString(), r.NullableString())
        {
            MatchedOn = r.NullableString(),
        };

    private static void WriteTerritory(TraceBinaryWriter writer, TraceTerritory territory)
    {
        writer.String(territory.Id);
        writer.String(territory.Name);
        writer.String(territory.Vertical);
        writer.String(territory.Geography);
        writer.Bool(territory.Segment);
        writer.Int(territory.DimensionRank);
        writer.Int(territory.ScoreRank);
        writer.Bool(territory.Chosen);
        writer.String(territory.ChosenBy);
    }

    private static TraceTerritory ReadTerritory(ref TraceBinaryReader r) =>
        new(r.String(), r.String(), r.String(), r.String(), r.Bool(), r.Int32(), r.Int32(), r.Bool(), r.NullableString());

    private static void WriteFacts(TraceBinaryWriter writer, IReadOnlyList<TraceFact> facts)
    {
        writer.Count(facts.Count);
        if (facts is DescribedFacts fresh)
        {
            // A trace being stored: each fact is described straight into the writer.
            var sink = new BinaryFactSink(writer);
            var raw = fresh.Raw;
            for (var i = 0; i < raw.Count; i++)
            {
                FactDescriber.Describe(raw[i], ref sink);
            }

            return;
        }

        foreach (var fact in facts)
        {
            writer.String(fact.Type);
            writer.Count(fact.Fields.Count);
            foreach (var (key, value) in fact.Fields)
            {
                writer.String(key);
                writer.String(value);
            }
        }
    }

    private static TraceFact ReadFact(ref TraceBinaryReader r)
    {
        var type = r.String();
        var count = r.Count();
        var (keys, values) = (new string[count], new string[count]);
        for (var i = 0; i < count; i++)
        {
            (keys[i], values[i]) = (r.String(), r.String());
        }

        return new TraceFact(type, new FieldMap(keys, values));
    }

    private static void WriteClaim(TraceBinaryWriter writer, TraceClaim claim)
    {
        writer.String(claim.Level);
        writer.Int(claim.Rank);
        writer.String(claim.RepId);
        writer.String(claim.RepName);
        writer.String(claim.Queue);
        writer.String(claim.AccountId);
        writer.String(claim.Reason);
        writer.String(claim.Rule);
        writer.Bool(claim.Won);
    }

    private static TraceClaim ReadClaim(ref TraceBinaryReader r) => new(
        r.String(), r.Int32(), r.NullableString(), r.NullableString(), r.NullableString(), r.NullableString(), r.String(), r.NullableString(), r.Bool());

    private static void WriteCandidate(TraceBinaryWriter writer, TraceCandidate candidate)
    {
        writer.String(candidate.RepId);
        writer.String(candidate.RepName);
        writer.Int(candidate.OpenLeads);
        writer.Int(candidate.OpenLeadsCap);
        writer.Int(candidate.AssignedToday);
        writer.Int(candidate.OverdueFollowUps);
        writer.Double(candidate.HoursFromLead);
        writer.List(candidate.Exclusions, static (w, exclusion) =>
        {
            w.String(exclusion.Rule);
            w.String(exclusion.Reason);
            w.String(exclusion.Actual);
            w.String(exclusion.Limit);
        });

        writer.Bool(candidate.Chosen);
    }

    private static TraceCandidate ReadCandidate(ref TraceBinaryReader r) =>
        new(r.String(), r.String(), r.Int32(), r.Int32(), r.Int32(), r.Int32(), r.Double())
        {
            Exclusions = r.List(static (ref TraceBinaryReader x) => new TraceCandidateExclusion(x.String(), x.String(), x.String(), x.String())),
            Chosen = r.Bool(),
        };
}
