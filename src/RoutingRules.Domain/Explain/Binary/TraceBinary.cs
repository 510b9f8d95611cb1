using RoutingRules.Domain.Routing;

namespace RoutingRules.Domain.Explain.Binary;

/// <summary>
/// The compact form in which the decision log stores a trace. Every committed decision writes
/// one, so it is built to be cheap to write and small: a version byte, then the fields of
/// <see cref="RoutingTrace"/> and <see cref="TraceDetails"/> in declaration order, without names;
/// integers as varints, strings in UTF-8 through a per-trace table (see
/// <see cref="TraceBinaryWriter"/>). A typical trace takes about a third of its JSON and fits in
/// one database page. Programs get the JSON form (<see cref="TraceJson"/>); decoding gives back a
/// trace whose JSON is identical to the original's.
/// </summary>
/// <remarks>
/// Changing a trace record means a new format version: the writer writes the new one, the reader
/// keeps reading every earlier version (as <see cref="LegacyTraceFormat"/> does for JSON).
/// </remarks>
public static partial class TraceBinary
{
    /// <summary>The version byte written first.</summary>
    public const byte FormatVersion = 1;

    public static byte[] Encode(RoutingTrace trace)
    {
        ArgumentNullException.ThrowIfNull(trace);
        var writer = TraceBinaryWriter.Rent();
        writer.Byte(FormatVersion);
        writer.Strings(trace.FiredRules);
        writer.Strings(trace.Claims);
        writer.Count(trace.Exclusions.Count);
        foreach (var exclusion in trace.Exclusions)
        {
            writer.String(exclusion.RepId);
            writer.String(exclusion.Reason);
            writer.String(exclusion.Actual);
            writer.String(exclusion.Limit);
        }

        writer.String(trace.Distribution);
        if (writer.Present(trace.Details))
        {
            WriteDetails(writer, trace.Details!);
        }

        return writer.ToArray();
    }

    /// <summary>Reads a trace <see cref="Encode"/> wrote; throws <see cref="FormatException"/> when the bytes are not one.</summary>
    public static RoutingTrace Decode(ReadOnlySpan<byte> data)
    {
        var reader = new TraceBinaryReader(data);
        var version = reader.Byte();
        if (version != FormatVersion)
        {
            throw new FormatException($"Unknown stored trace format {version} (this version reads format {FormatVersion}).");
        }

        var trace = new RoutingTrace
        {
            FiredRules = reader.Strings(),
            Claims = reader.Strings(),
            Exclusions = reader.List(static (ref TraceBinaryReader r) => new TraceExclusion(r.String(), r.String(), r.String(), r.String())),
            Distribution = reader.NullableString(),
            Details = reader.Bool() ? ReadDetails(ref reader) : null,
        };
        return reader.AtEnd ? trace : throw TraceBinaryReader.Corrupt();
    }

    private static void WriteDetails(TraceBinaryWriter writer, TraceDetails details)
    {
        writer.String(details.RuleSetVersion);
        writer.String(details.PolicyVersion);
        WriteLead(writer, details.Lead);
        writer.Count(details.Accounts.Count);
        foreach (var account in details.Accounts)
        {
            WriteAccount(writer, account);
        }

        writer.String(details.LeadAccountId);
        writer.String(details.OwningAccountId);
        writer.String(details.OwningAccountName);
        writer.Count(details.PreviousOwners.Count);
        foreach (var owner in details.PreviousOwners)
        {
            writer.String(owner.LeadId);
            writer.String(owner.AccountId);
            writer.String(owner.RepId);
            writer.String(owner.Outcome);
            writer.Time(owner.At);
        }

        writer.Count(details.Territories.Count);
        foreach (var territory in details.Territories)
        {
            WriteTerritory(writer, territory);
        }

        writer.Count(details.Firings.Count);
        foreach (var firing in details.Firings)
        {
            writer.Int(firing.Order);
            writer.String(firing.Rule);
            writer.Ints(firing.Matched);
            writer.Ints(firing.Inserted);
        }

        WriteFacts(writer, details.Facts);
        writer.Count(details.Claims.Count);
        foreach (var claim in details.Claims)
        {
            WriteClaim(writer, claim);
        }

        writer.Count(details.Candidates.Count);
        foreach (var candidate in details.Candidates)
        {
            WriteCandidate(writer, candidate);
        }

        WriteOutcome(writer, details);
        WriteFacts(writer, details.Notes);
        writer.String(details.DecidingRule);
        writer.String(details.AssigningRule);
    }

    private static TraceDetails ReadDetails(ref TraceBinaryReader reader) => new()
    {
        RuleSetVersion = reader.String(),
        PolicyVersion = reader.String(),
        Lead = ReadLead(ref reader),
        Accounts = reader.List(ReadAccount),
        LeadAccountId = reader.NullableString(),
        OwningAccountId = reader.NullableString(),
        OwningAccountName = reader.NullableString(),
        PreviousOwners = reader.List(static (ref TraceBinaryReader r) =>
            new TracePreviousOwner(r.String(), r.NullableString(), r.NullableString(), r.NullableString(), r.Time())),
        Territories = reader.List(ReadTerritory),
        Firings = reader.List(static (ref TraceBinaryReader r) => new TraceFiring(r.Int32(), r.String(), r.Ints(), r.Ints())),
        Facts = reader.List(ReadFact),
        Claims = reader.List(ReadClaim),
        Candidates = reader.List(ReadCandidate),
        Distribution = ReadDistribution(ref reader),
        Treatment = ReadTreatment(ref reader),
        Sla = ReadSla(ref reader),
        HotReasons = reader.Strings(),
        Flags = reader.List(ReadFlag),
        Notes = reader.List(ReadFact),
        DecidingRule = reader.NullableString(),
        AssigningRule = reader.NullableString(),
    };
}
