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
/// <see cref="FactValue"/>). The decision log's own texts (its <see cref="TraceVocabulary"/>: the
/// rule names) are written as their numbers, so encoding and decoding take the log's vocabulary.
/// A typical trace takes a fifth of its JSON or less and fits in one database page. Programs get
/// the JSON form (<see cref="TraceJson"/>); decoding gives back a trace whose JSON is identical to
/// the original's.
/// </summary>
/// <remarks>
/// Changing a trace record means a new format version: the writer writes the new one, the reader
/// keeps reading every earlier version (as <see cref="LegacyTraceFormat"/> does for JSON).
/// </remarks>
public static partial class TraceBinary
{
    /// <summary>The version byte written first.</summary>
    /// <remarks>
    /// Format 9 records whether the lead's public holidays made the SLA later (<see cref="TraceSla.AfterHolidays"/>).
    /// Format 8 records the time zone of an SLA counted in working hours (<see cref="TraceSla.BusinessHoursZone"/>).
    /// Format 7 records where the SLA's clock started when before the routing time (<see cref="TraceSla.StartedAt"/>).
    /// Format 6 records the figures a distribution compared (<see cref="TraceDistribution.Figures"/>).
    /// Format 5 records whether the SLA counts business days (<see cref="TraceSla.BusinessDays"/>).
    /// Format 4 writes the texts of the log's <see cref="TraceVocabulary"/> as their numbers;
    /// format 3 wrote the texts of <see cref="TraceStaticTable"/> as codes; format 2 wrote the
    /// numbers and times of described facts as they are, not as text. Formats 1 to 8 are still read.
    /// </remarks>
    public const byte FormatVersion = 9;

    // How a string starts (a varint): absent, a text in full, a typed fact value (format 2), or a
    // reference. From FirstReferenceCode on, format 4 interleaves three tables, so that any of them
    // grows without moving the others and the first 41 entries of each take one byte: a distance
    // of 3i names the trace's i-th earlier text, 3i + 1 entry i of the static table, 3i + 2 text i
    // of the vocabulary. Format 3 interleaved the first two (even and odd distances); format 2
    // has only the earlier texts (one per code); format 1 has no typed values, and its references
    // start at 2.
    internal const byte NullCode = 0;
    internal const byte TextCode = 1;
    internal const byte IntegerCode = 2;
    internal const byte ScoreCode = 3;
    internal const byte TimeCode = 4;
    internal const byte FirstReferenceCode = 5;

    // The tables format 4 interleaves, in the order of their codes.
    internal const int ReferenceTables = 3;

    /// <summary>The code of the trace's <paramref name="index"/>th text.</summary>
    internal static int TextReference(int index) => FirstReferenceCode + (index * ReferenceTables);

    /// <summary>The code of <see cref="TraceStaticTable"/>'s entry <paramref name="index"/>.</summary>
    internal static int StaticReference(int index) => FirstReferenceCode + (index * ReferenceTables) + 1;

    /// <summary>The code of the vocabulary's text <paramref name="index"/>.</summary>
    internal static int VocabularyReference(int index) => FirstReferenceCode + (index * ReferenceTables) + 2;

    /// <summary>The stored form of <paramref name="trace"/>.</summary>
    /// <param name="trace">The trace.</param>
    /// <param name="vocabulary">The decision log's vocabulary (its texts are written as their numbers); none when null.</param>
    public static byte[] Encode(RoutingTrace trace, TraceVocabulary? vocabulary = null)
    {
        ArgumentNullException.ThrowIfNull(trace);
        var writer = TraceBinaryWriter.Rent(vocabulary ?? TraceVocabulary.Empty);
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
    /// <param name="data">The stored form.</param>
    /// <param name="vocabulary">The vocabulary it was encoded with, or a later one of the same log (which only adds texts).</param>
    public static RoutingTrace Decode(ReadOnlySpan<byte> data, TraceVocabulary? vocabulary = null)
    {
        var reader = ReaderOf(data, vocabulary);

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

    /// <summary>The names of the rules that fired, read from the start of a stored trace without decoding the rest.</summary>
    /// <param name="data">The stored form.</param>
    /// <param name="vocabulary">The vocabulary it was encoded with, or a later one of the same log.</param>
    public static List<string> FiredRules(ReadOnlySpan<byte> data, TraceVocabulary? vocabulary = null)
    {
        var reader = ReaderOf(data, vocabulary);
        return reader.Strings();
    }

    private static TraceBinaryReader ReaderOf(ReadOnlySpan<byte> data, TraceVocabulary? vocabulary)
    {
        var version = data.IsEmpty ? throw TraceBinaryReader.Corrupt() : data[0];
        if (version is < 1 or > FormatVersion)
        {
            throw new FormatException($"Unknown stored trace format {version} (this version reads formats 1 to {FormatVersion}).");
        }

        return new TraceBinaryReader(data[1..], version, vocabulary ?? TraceVocabulary.Empty);
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
