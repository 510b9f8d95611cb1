using RoutingRules.Domain.Routing.Facts;

namespace RoutingRules.Domain.Explain.Binary;

/// <summary>What the trace concluded (distribution, treatment, SLA, hot reasons, flags) and the optional-value helpers.</summary>
public static partial class TraceBinary
{
    private static void WriteOutcome(TraceBinaryWriter writer, TraceDetails details)
    {
        if (writer.Present(details.Distribution))
        {
            var d = details.Distribution!;
            writer.String(d.Rule);
            writer.String(d.Strategy);
            writer.String(d.TerritoryId);
            writer.String(d.ChosenRepId);
            writer.String(d.Inputs);
            WriteOptional(writer, d.CursorBefore);
            WriteOptional(writer, d.CursorAfter);
            if (writer.Present(d.Figures))
            {
                WriteFigures(writer, d.Figures!);
            }
        }

        if (writer.Present(details.Treatment))
        {
            writer.String(details.Treatment!.Treatment);
            writer.String(details.Treatment.Reason);
            writer.String(details.Treatment.Rule);
        }

        if (writer.Present(details.Sla))
        {
            var sla = details.Sla!;
            writer.String(sla.LeadType);
            WriteOptional(writer, sla.ResponseTarget?.Ticks);
            writer.Time(sla.RespondBy);
            writer.Time(sla.EscalateAt);
            writer.String(sla.Reason);
            writer.String(sla.Rule);
            if (writer.Present(sla.BusinessDays))
            {
                writer.Bool(sla.BusinessDays!.Value);
            }

            if (writer.Present(sla.StartedAt))
            {
                writer.Time(sla.StartedAt!.Value);
            }

            writer.String(sla.BusinessHoursZone);
            writer.Bool(sla.AfterHolidays == true);
        }

        writer.Strings(details.HotReasons);
        writer.List(details.Flags, static (w, flag) =>
        {
            w.String(flag.Flag);
            w.String(flag.Reason);
            w.String(flag.Rule);
            if (w.Present(flag.NextContactAt))
            {
                w.Time(flag.NextContactAt!.Value);
            }
        });
    }

    private static TraceDistribution? ReadDistribution(ref TraceBinaryReader r) => r.Bool()
        ? new TraceDistribution(r.String(), r.String(), r.String(), r.String(), r.String(), ReadOptionalLong(ref r), ReadOptionalLong(ref r))
        {
            // Format 6 added them; earlier traces keep only their text (Inputs).
            Figures = r.Version >= 6 && r.Bool() ? ReadFigures(ref r) : null,
        }
        : null;

    // The basis, the weights, then per row the rep, the compared figure and the terms; the basis
    // fixes how many terms and weights there are (DistributionFigures.Shape), so no counts for them.
    private static void WriteFigures(TraceBinaryWriter writer, DistributionFigures figures)
    {
        var (terms, weights) = DistributionFigures.Shape(figures.Basis);
        writer.Count((int)figures.Basis);
        for (var i = 0; i < weights; i++)
        {
            writer.Double(figures.Weights[i]);
        }

        writer.Count(figures.Rows.Count);
        foreach (var row in figures.Rows)
        {
            writer.String(row.RepId);
            writer.Double(row.Compared);
            for (var i = 0; i < terms; i++)
            {
                writer.Double(row.Terms[i]);
            }
        }
    }

    private static DistributionFigures ReadFigures(ref TraceBinaryReader r)
    {
        var basis = (DistributionBasis)r.Count();
        if (!Enum.IsDefined(basis))
        {
            throw TraceBinaryReader.Corrupt();
        }

        var (terms, weightCount) = DistributionFigures.Shape(basis);
        var weights = new double[weightCount];
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = r.Double();
        }

        var rows = new DistributionRow[r.Count()];
        for (var i = 0; i < rows.Length; i++)
        {
            var repId = r.String();
            var compared = r.Double();
            var values = new double[terms];
            for (var t = 0; t < values.Length; t++)
            {
                values[t] = r.Double();
            }

            rows[i] = new DistributionRow(repId, compared, values);
        }

        return new DistributionFigures(basis, weights, rows);
    }

    private static TraceTreatment? ReadTreatment(ref TraceBinaryReader r) => r.Bool()
        ? new TraceTreatment(r.String(), r.String(), r.NullableString())
        : null;

    private static TraceSla? ReadSla(ref TraceBinaryReader r) => r.Bool()
        ? new TraceSla(r.String(), ReadOptionalLong(ref r) is { } ticks ? TimeSpan.FromTicks(ticks) : null, r.Time(), r.Time(), r.String(), r.NullableString())
        {
            // Format 5 added it; earlier traces do not know.
            BusinessDays = r.Version >= 5 && r.Bool() ? r.Bool() : null,
            // Format 7 added it.
            StartedAt = r.Version >= 7 && r.Bool() ? r.Time() : null,
            // Format 8 added it.
            BusinessHoursZone = r.Version >= 8 ? r.NullableString() : null,
            // Format 9 added it; absent reads as null, as the JSON omits it.
            AfterHolidays = r.Version >= 9 && r.Bool() ? true : null,
        }
        : null;

    private static TraceFlag ReadFlag(ref TraceBinaryReader r) =>
        new(r.String(), r.String(), r.NullableString(), r.Bool() ? r.Time() : null);

    private static void WriteOptional(TraceBinaryWriter writer, long? value)
    {
        if (writer.Present(value))
        {
            writer.Int(value!.Value);
        }
    }

    private static int? ReadOptionalInt(ref TraceBinaryReader r) => r.Bool() ? r.Int32() : null;

    private static long? ReadOptionalLong(ref TraceBinaryReader r) => r.Bool() ? r.Int() : null;

    private static decimal ReadDecimal(ref TraceBinaryReader r)
    {
        Span<int> bits = [r.Int32(), r.Int32(), r.Int32(), r.Int32()];
        try
        {
            return new decimal(bits);
        }
        catch (ArgumentException)
        {
            throw TraceBinaryReader.Corrupt();
        }
    }
}
