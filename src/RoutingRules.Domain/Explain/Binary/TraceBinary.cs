using RoutingRules.Domain.Routing;

namespace RoutingRules.Domain.Explain.Binary;

/// <summary>
/// The compact form in which the decision log stores a trace. Every committed decision writes
/// one, so it is built to be cheap to write and small: a version byte, then the fields of
/// <see cref="RoutingTrace"/> and <see cref="TraceDetails"/> in declaration order, without names;
/// integers as varints, strings in UTF-8 through a per-trace table (see
/// <see cref="TraceBinaryWriter"/>) or, for the texts every trace has (fact types, field keys, enum
/// names), as a code naming their entry in a table compiled in (<see cref="TraceStaticTable"/>),
/// and a described fact's numbers and times as they are (the reader formats them,
/// <see cref="FactValue"/>). A typical trace takes about a fifth of its JSON and fits in one
/// database page. Programs get the JSON form (<see cref="TraceJson"/>); decoding gives back a
/// trace whose JSON is identical to the original's.
/// </summary>
/// <remarks>
/// Changing a trace record means a new format version: the writer writes the new one, the reader
/// keeps reading every earlier version (as <see cref="LegacyTraceFormat"/> does for JSON).
/// </remarks>
public static partial class TraceBinary
{
    /// <summary>The version byte written first.</summary>
    /// <remarks>
    /// Format 3 writes the texts of <see cref="TraceStaticTable"/> as codes; format 2 wrote the
    /// numbers and times of described facts as they are, not as text. Formats 1 and 2 are still read.
    /// </remarks>
    public const byte FormatVersion = 3;

    // How a string starts (a varint): absent, a text in full, a typed fact value (format 2), or a
    // reference. From FirstReferenceCode on, format 3 interleaves the two tables, so that either
    // grows without moving the other and the first 62 texts and 61 static entries take one byte:
    // an even distance names an earlier text of the trace, an odd one an entry of the static table.
    // Format 2 has only the earlier texts (one per code); format 1 has no typed values, and its
    // references start at 2.
    internal const byte NullCode = 0;
    internal const byte TextCode = 1;
    internal const byte IntegerCode = 2;
    internal const byte ScoreCode = 3;
    internal const byte TimeCode = 4;
    internal const byte FirstReferenceCode = 5;

    /// <summary>The format-3 code of the trace's <paramref name="index"/>th text.</summary>
    internal static int TextReference(int index) => FirstReferenceCode + (index << 1);

    /// <summary>The format-3 code of <see cref="TraceStaticTable"/>'s entry <paramref name="index"/>.</summary>
    internal static int StaticReference(int index) => FirstReferenceCode + (index << 1) + 1;

    public static byte[] Encode(RoutingTrace trace)
    {
        ArgumentNullException.ThrowIfNull(trace);
        var writer = TraceBinaryWriter.Rent();
        writer.Byte(FormatVersion);
        writer.Strings(trace.FiredRules);
        writer.Strings(trace.Claims);
        writer.List(trace.Exclusions, static (w, exclusion) =>
        {
            w.String(exclusion.RepId);
            w.String(exclusion.Reason);
            w.String(exclusion.Actual);
            w.String(exclusion.Limit);
        });

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
        var version = data.IsEmpty ? throw TraceBinaryReader.Corrupt() : data[0];
        if (version is < 1 or > FormatVersion)
        {
            throw new FormatException($"Unknown stored trace format {version} (this version reads formats 1 to {FormatVersion}).");
        }

        var reader = new TraceBinaryReader(data[1..], version);

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
        writer.List(details.Accounts, WriteAccount);

        writer.String(details.LeadAccountId);
        writer.String(details.OwningAccountId);
        writer.String(details.OwningAccountName);
        writer.List(details.PreviousOwners, static (w, owner) =>
        {
            w.String(owner.LeadId);
            w.String(owner.AccountId);
            w.String(owner.RepId);
            w.String(owner.Outcome);
            w.Time(owner.At);
        });
        writer.List(details.Territories, WriteTerritory);
        WriteFirings(writer, details.Firings);
        WriteFacts(writer, details.Facts);
        writer.List(details.Claims, WriteClaim);
        writer.List(details.Candidates, WriteCandidate);

        WriteOutcome(writer, details);
        WriteFacts(writer, details.Notes);
        writer.String(details.DecidingRule);
        writer.String(details.AssigningRule);
    }

    private static void WriteFirings(TraceBinaryWriter writer, IReadOnlyList<TraceFiring> firings)
    {
        if (firings is CapturedFirings captured)
        {
            // A trace being stored: the positions are written straight from the capture's array.
            writer.Count(captured.Count);
            for (var i = 0; i < captured.Count; i++)
            {
                writer.Int(i + 1);
                writer.String(captured.Rule(i));
                writer.Ints(captured.Matched(i));
                writer.Ints(captured.Inserted(i));
            }

            return;
        }

        writer.List(firings, static (w, firing) =>
        {
            w.Int(firing.Order);
            w.String(firing.Rule);
            w.Ints(firing.Matched);
            w.Ints(firing.Inserted);
        });
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
