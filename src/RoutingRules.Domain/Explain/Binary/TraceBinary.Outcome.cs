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
        : null;

    private static TraceTreatment? ReadTreatment(ref TraceBinaryReader r) => r.Bool()
        ? new TraceTreatment(r.String(), r.String(), r.NullableString())
        : null;

    private static TraceSla? ReadSla(ref TraceBinaryReader r) => r.Bool()
        ? new TraceSla(r.String(), ReadOptionalLong(ref r) is { } ticks ? TimeSpan.FromTicks(ticks) : null, r.Time(), r.Time(), r.String(), r.NullableString())
        {
            // Format 5 added it; earlier traces do not know.
            BusinessDays = r.Version >= 5 && r.Bool() ? r.Bool() : null,
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
