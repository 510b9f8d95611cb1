using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace RoutingRules.Grpc;

/// <summary>Maps <see cref="Metadata"/> to and from HTTP/2 header fields.</summary>
internal static class MetadataCodec
{
    internal static bool IsBinaryKey(string key) => key.EndsWith("-bin", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Headers that belong to the transport or to the gRPC protocol itself: handlers must not see
    /// them (they would be mistaken for application metadata) nor write them (they would corrupt the call).
    /// </summary>
    internal static bool IsReserved(string key)
    {
        if (key.Length == 0 || key[0] == ':')
        {
            return true;
        }

        if (key.StartsWith("grpc-", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return key.ToLowerInvariant() switch
        {
            "content-type" or "te" or "host" or "connection" or "keep-alive" or "proxy-connection"
                or "transfer-encoding" or "upgrade" or "content-length" or "http2-settings" => true,
            _ => false,
        };
    }

    internal static Metadata FromHeaders(IHeaderDictionary headers)
    {
        var metadata = new Metadata();
        foreach (var header in headers)
        {
            if (IsReserved(header.Key))
            {
                continue;
            }

            var key = header.Key.ToLowerInvariant();
            foreach (var value in header.Value)
            {
                if (value is null)
                {
                    continue;
                }

                if (IsBinaryKey(key))
                {
                    // Intermediaries may fold repeated binary headers into one comma-separated field.
                    foreach (var part in value.Split(','))
                    {
                        if (TryDecodeBase64(part.Trim(), out var bytes))
                        {
                            metadata.AddTrusted(new MetadataEntry(key, bytes));
                        }
                    }
                }
                else
                {
                    metadata.AddTrusted(new MetadataEntry(key, value));
                }
            }
        }

        return metadata;
    }

    internal static void WriteTo(Metadata metadata, IHeaderDictionary headers)
    {
        foreach (var entry in metadata)
        {
            if (IsReserved(entry.Key))
            {
                continue;
            }

            var value = entry.IsBinary ? EncodeBase64(entry.ValueBytes) : entry.Value;
            headers.Append(entry.Key, new StringValues(value));
        }
    }

    /// <summary>Emits padded base64; peers must accept both forms, padded is the common one.</summary>
    internal static string EncodeBase64(byte[] bytes) => Convert.ToBase64String(bytes);

    /// <summary>Accepts padded and unpadded standard base64, as the gRPC spec requires of receivers.</summary>
    internal static bool TryDecodeBase64(string text, out byte[] bytes)
    {
        var remainder = text.Length % 4;
        if (remainder == 1)
        {
            bytes = [];
            return false;
        }

        var padded = remainder == 0 ? text : text + new string('=', 4 - remainder);
        var buffer = new byte[padded.Length / 4 * 3];
        if (Convert.TryFromBase64String(padded, buffer, out var written))
        {
            bytes = written == buffer.Length ? buffer : buffer[..written];
            return true;
        }

        bytes = [];
        return false;
    }
}
