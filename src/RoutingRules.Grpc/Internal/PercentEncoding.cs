using System.Buffers;
using System.Text;

namespace RoutingRules.Grpc;

/// <summary>The <c>grpc-message</c> encoding: UTF-8, with bytes outside printable ASCII and '%' written as %XX.</summary>
internal static class PercentEncoding
{
    internal static string Encode(string message)
    {
        var clean = true;
        foreach (var c in message)
        {
            if (c < 0x20 || c > 0x7E || c == '%')
            {
                clean = false;
                break;
            }
        }

        if (clean)
        {
            return message;
        }

        var bytes = Encoding.UTF8.GetBytes(message);
        var builder = new StringBuilder(bytes.Length * 3);
        foreach (var b in bytes)
        {
            if (b < 0x20 || b > 0x7E || b == '%')
            {
                builder.Append('%').Append(HexUpper(b >> 4)).Append(HexUpper(b & 0xF));
            }
            else
            {
                builder.Append((char)b);
            }
        }

        return builder.ToString();
    }

    /// <summary>Decodes leniently: a '%' not followed by two hex digits is kept as is, as the spec asks.</summary>
    internal static string Decode(string encoded)
    {
        if (!encoded.Contains('%', StringComparison.Ordinal))
        {
            return encoded;
        }

        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(encoded.Length));
        try
        {
            var length = 0;
            for (var i = 0; i < encoded.Length; i++)
            {
                var c = encoded[i];
                if (c == '%' && i + 2 < encoded.Length
                    && HexValue(encoded[i + 1]) is var high && high >= 0
                    && HexValue(encoded[i + 2]) is var low && low >= 0)
                {
                    buffer[length++] = (byte)((high << 4) | low);
                    i += 2;
                }
                else if (c < 0x80)
                {
                    buffer[length++] = (byte)c;
                }
                else
                {
                    var width = char.IsHighSurrogate(c) && i + 1 < encoded.Length && char.IsLowSurrogate(encoded[i + 1]) ? 2 : 1;
                    length += Encoding.UTF8.GetBytes(encoded.AsSpan(i, width), buffer.AsSpan(length));
                    i += width - 1;
                }
            }

            return Encoding.UTF8.GetString(buffer, 0, length);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static char HexUpper(int value) => (char)(value < 10 ? '0' + value : 'A' + value - 10);

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };
}
