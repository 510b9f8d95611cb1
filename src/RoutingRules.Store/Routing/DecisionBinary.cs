using System.Buffers.Binary;
using System.Text;
using RoutingRules.Domain.Model;
using RoutingRules.Domain.Routing;

namespace RoutingRules.Store.Routing;

/// <summary>
/// The stored form of a decision since schema version 5: a BLOB of about 150 bytes where the JSON
/// text (<see cref="DecisionJson"/>) took about 470, written on the commit thread without a
/// serializer. The lead id, rep id, queue name and account id are not repeated in it: the row
/// keeps them in columns of their own, and <see cref="Decode"/> takes them from there.
/// Layout: a format byte, a byte of present optional values, level, treatment, priority and
/// flags as variable-length integers, the three times as UTC ticks (8 bytes) and offset minutes,
/// the lead score, then the strings as byte length and UTF-8 (the subsidiary account's last, when
/// present), then the lead's source and segment (segment + 1, 0 for none) as variable-length
/// integers when either is known, then, when the present byte's last bit says so, a second byte of
/// present values and the values it lists: for a lead no territory matched, why (a variable-length
/// integer) and its country and industry when known (byte length and UTF-8). A decision without
/// them is written as before they existed, so the decisions stored before read back without them.
/// The encoder reuses its buffer: the bytes stay valid until the next <see cref="Encode"/>; one
/// instance per thread.
/// </summary>
internal sealed class DecisionBinary
{
    public const byte FormatVersion = 1;

    private const byte HasRepName = 1 << 0;
    private const byte HasTerritoryId = 1 << 1;
    private const byte HasTerritoryName = 1 << 2;
    private const byte HasNextContactAt = 1 << 3;
    private const byte HasLeadScore = 1 << 4;
    // Added after format 1's first decisions were stored: their present byte never has it, so they read as before.
    private const byte HasSubsidiaryAccountId = 1 << 5;
    // Added later still, the same way: decisions stored before read with an unknown source and no segment.
    private const byte HasSourceOrSegment = 1 << 6;
    // The present byte's last bit: a second present byte follows the values above, for the optional
    // values added once the first was full. Decisions stored before it never have it.
    private const byte HasMore = 1 << 7;

    // In the second present byte: why no territory matched the lead, and its country and industry.
    private const byte HasUnmatched = 1 << 0;
    private const byte HasUnmatchedCountry = 1 << 1;
    private const byte HasUnmatchedIndustry = 1 << 2;

    private byte[] _buffer = new byte[512];
    private int _length;

    public ReadOnlySpan<byte> Encode(RoutingDecision d)
    {
        _length = 0;
        var present = (byte)((d.Assignee.RepName is null ? 0 : HasRepName) | (d.TerritoryId is null ? 0 : HasTerritoryId)
            | (d.TerritoryName is null ? 0 : HasTerritoryName) | (d.NextContactAt is null ? 0 : HasNextContactAt) | (d.LeadScore is null ? 0 : HasLeadScore)
            | (d.SubsidiaryAccountId is null ? 0 : HasSubsidiaryAccountId)
            | (d.Source == LeadSource.Unknown && d.Segment is null ? 0 : HasSourceOrSegment)
            | (d.Unmatched is null ? 0 : HasMore));
        Byte(FormatVersion);
        Byte(present);
        UInt((uint)d.Level);
        UInt((uint)d.Treatment);
        UInt((uint)d.Priority);
        UInt((uint)d.Flags);
        Time(d.RespondBy);
        Time(d.EscalateAt);
        if (d.NextContactAt is { } next)
        {
            Time(next);
        }

        if (d.LeadScore is { } score)
        {
            Int(score);
        }

        String(d.Assignee.RepName);
        String(d.TerritoryId);
        String(d.TerritoryName);
        String(d.Reason);
        String(d.RuleSetVersion);
        String(d.SubsidiaryAccountId);
        if ((present & HasSourceOrSegment) != 0)
        {
            UInt((uint)d.Source);
            UInt(d.Segment is { } segment ? (uint)segment + 1 : 0);
        }

        if (d.Unmatched is { } unmatched)
        {
            Byte((byte)(HasUnmatched | (unmatched.Country is null ? 0 : HasUnmatchedCountry) | (unmatched.Industry is null ? 0 : HasUnmatchedIndustry)));
            UInt((uint)unmatched.Reason);
            String(unmatched.Country);
            String(unmatched.Industry);
        }

        return _buffer.AsSpan(0, _length);
    }

    /// <summary>
    /// The escalation time of a stored decision, read from its first bytes without decoding the
    /// rest: with the row's columns, what decides whether a decision is dormant when the live state
    /// is loaded.
    /// </summary>
    public static DateTimeOffset EscalateAtOf(ReadOnlySpan<byte> stored)
    {
        var reader = new Reader(stored);
        if (reader.Byte() != FormatVersion)
        {
            throw new InvalidDataException($"Stored decision format {stored[0]} is not {FormatVersion}.");
        }

        reader.Byte();
        for (var varint = 0; varint < 4; varint++)
        {
            reader.UInt();
        }

        reader.Time();
        return reader.Time();
    }

    /// <summary>
    /// Reads <paramref name="stored"/> back, with the values the row keeps in its own columns; with
    /// <paramref name="texts"/>, the values decisions share are taken from it (a load of the live state).
    /// </summary>
    public static RoutingDecision Decode(
        ReadOnlySpan<byte> stored, string leadId, string? repId, string? queueName, string? accountId, StoredTextPool? texts = null)
    {
        var reader = new Reader(stored);
        if (reader.Byte() != FormatVersion)
        {
            throw new InvalidDataException($"Stored decision format {stored[0]} is not {FormatVersion}.");
        }

        var present = reader.Byte();
        var level = (RoutingLevel)reader.UInt();
        var treatment = (Treatment)reader.UInt();
        var priority = (LeadPriority)reader.UInt();
        var flags = (RoutingFlags)reader.UInt();
        var respondBy = reader.Time();
        var escalateAt = reader.Time();
        DateTimeOffset? nextContactAt = (present & HasNextContactAt) != 0 ? reader.Time() : null;
        int? leadScore = (present & HasLeadScore) != 0 ? reader.Int() : null;

        var repName = (present & HasRepName) != 0 ? reader.String() : null;
        var territoryId = (present & HasTerritoryId) != 0 ? reader.String() : null;
        var territoryName = (present & HasTerritoryName) != 0 ? reader.String() : null;
        var reason = reader.String();
        var ruleSetVersion = reader.String();
        var subsidiaryAccountId = (present & HasSubsidiaryAccountId) != 0 ? reader.String() : null;
        var (source, segment) = (LeadSource.Unknown, (Segment?)null);
        if ((present & HasSourceOrSegment) != 0)
        {
            source = (LeadSource)reader.UInt();
            segment = reader.UInt() is var band and > 0 ? (Segment)(band - 1) : null;
        }

        var more = (present & HasMore) != 0 ? reader.Byte() : 0;
        UnmatchedLead? unmatched = null;
        if ((more & HasUnmatched) != 0)
        {
            var why = (UnmatchedReason)reader.UInt();
            var country = (more & HasUnmatchedCountry) != 0 ? reader.String() : null;
            var industry = (more & HasUnmatchedIndustry) != 0 ? reader.String() : null;
            // The instance routing shares: the unmatched decisions loaded hold one per value, as those routed since.
            unmatched = UnmatchedLead.Of(why, country, industry);
        }

        var assignee = queueName is not null ? Assignee.ForQueue(queueName) : Assignee.ForRep(repId ?? string.Empty, repName ?? string.Empty);
        if (texts is not null)
        {
            assignee = texts.ShareAssignee(assignee);
            (territoryId, territoryName, accountId) = (texts.Share(territoryId), texts.Share(territoryName), texts.Share(accountId));
            (reason, ruleSetVersion) = (texts.Share(reason)!, texts.Share(ruleSetVersion)!);
        }

        return new RoutingDecision
        {
            LeadId = leadId,
            Assignee = assignee,
            Level = level,
            TerritoryId = territoryId,
            TerritoryName = territoryName,
            AccountId = accountId,
            SubsidiaryAccountId = subsidiaryAccountId,
            Treatment = treatment,
            Priority = priority,
            RespondBy = respondBy,
            EscalateAt = escalateAt,
            Flags = flags,
            NextContactAt = nextContactAt,
            Reason = reason,
            RuleSetVersion = ruleSetVersion,
            LeadScore = leadScore,
            Source = source,
            Segment = segment,
            Unmatched = unmatched,
        };
    }

    private void Byte(byte value)
    {
        Reserve(1);
        _buffer[_length++] = value;
    }

    private void UInt(uint value)
    {
        Reserve(5);
        while (value >= 0x80)
        {
            _buffer[_length++] = (byte)(value | 0x80);
            value >>= 7;
        }

        _buffer[_length++] = (byte)value;
    }

    /// <summary>A signed integer, zigzag-encoded so that small negative numbers stay short.</summary>
    private void Int(int value) => UInt((uint)((value << 1) ^ (value >> 31)));

    private void Time(DateTimeOffset value)
    {
        Reserve(8);
        BinaryPrimitives.WriteInt64LittleEndian(_buffer.AsSpan(_length), value.UtcTicks);
        _length += 8;
        Int((int)value.Offset.TotalMinutes);
    }

    private void String(string? value)
    {
        if (value is null)
        {
            return;
        }

        var maxBytes = Encoding.UTF8.GetMaxByteCount(value.Length);
        Reserve(5 + maxBytes);
        // The length goes first, so the text is written after the room its longest length needs, then moved back.
        var bytes = Encoding.UTF8.GetBytes(value, _buffer.AsSpan(_length + 5));
        var start = _length + 5;
        UInt((uint)bytes);
        _buffer.AsSpan(start, bytes).CopyTo(_buffer.AsSpan(_length));
        _length += bytes;
    }

    private void Reserve(int bytes)
    {
        if (_length + bytes > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + bytes));
        }
    }

    private ref struct Reader(ReadOnlySpan<byte> bytes)
    {
        private readonly ReadOnlySpan<byte> _bytes = bytes;
        private int _position;

        public byte Byte() => _bytes[_position++];

        public uint UInt()
        {
            var value = 0u;
            for (var shift = 0; ; shift += 7)
            {
                var b = _bytes[_position++];
                value |= (uint)(b & 0x7F) << shift;
                if (b < 0x80)
                {
                    return value;
                }
            }
        }

        public int Int()
        {
            var zigzag = UInt();
            return (int)(zigzag >> 1) ^ -(int)(zigzag & 1);
        }

        public DateTimeOffset Time()
        {
            var ticks = BinaryPrimitives.ReadInt64LittleEndian(_bytes[_position..]);
            _position += 8;
            var offset = TimeSpan.FromMinutes(Int());
            return new DateTimeOffset(ticks + offset.Ticks, offset);
        }

        public string String()
        {
            var length = (int)UInt();
            var value = Encoding.UTF8.GetString(_bytes.Slice(_position, length));
            _position += length;
            return value;
        }
    }
}
