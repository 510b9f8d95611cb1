using System.Text;
using Proto = RoutingRules.V1;

namespace RoutingRules.Server.Cli;

/// <summary>
/// Cuts a CSV file into import messages of whole records, each repeating the header, so no
/// message nears the 4 MiB limit. Quoted fields may span lines: a cut only falls where the
/// quotes seen so far are balanced.
/// </summary>
internal static class CsvChunks
{
    internal const int MaxChunkChars = 1024 * 1024;

    public static IEnumerable<Proto.ImportDatasetRequest> Requests(TextReader reader, Proto.ImportMode mode, int maxChunkChars = MaxChunkChars)
    {
        var header = reader.ReadLine();
        if (header is null)
        {
            yield break;
        }

        var body = new StringBuilder();
        var linesInBody = 0;
        var linesBefore = 0;
        var first = true;
        var quotes = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            body.Append(line).Append('\n');
            linesInBody++;
            quotes += line.Count(c => c == '"');
            if (quotes % 2 == 0 && body.Length >= maxChunkChars)
            {
                yield return Request(header, body, linesBefore, first ? mode : Proto.ImportMode.Unspecified);
                first = false;
                linesBefore += linesInBody;
                linesInBody = 0;
                body.Clear();
            }
        }

        if (body.Length > 0 || first)
        {
            yield return Request(header, body, linesBefore, first ? mode : Proto.ImportMode.Unspecified);
        }
    }

    private static Proto.ImportDatasetRequest Request(string header, StringBuilder body, int linesBefore, Proto.ImportMode mode) => new()
    {
        Mode = mode,
        AccountsCsv = header + "\n" + body,
        AccountsCsvLineOffset = linesBefore,
    };
}
