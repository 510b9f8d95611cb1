using System.Text;

namespace RoutingRules.Domain.Serialization;

/// <summary>RFC 4180 records: comma-separated, fields optionally double-quoted, "" escapes a quote, quoted fields may span lines.</summary>
internal static class CsvParser
{
    /// <summary>Yields each record with the 1-based line on which it starts.</summary>
    public static IEnumerable<(int Line, List<string> Fields)> Read(TextReader reader)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var quoted = false;
        var any = false;
        int next;
        while ((next = reader.Read()) >= 0)
        {
            var c = (char)next;
            any = true;
            if (quoted)
            {
                if (c == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        reader.Read();
                        field.Append('"');
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"' when field.Length == 0:
                    quoted = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    fields.Add(field.ToString());
                    field.Clear();
                    yield return (recordLine, fields);
                    fields = [];
                    any = false;
                    recordLine = ++line;
                    break;
                default:
                    field.Append(c);
                    break;
            }
        }

        if (any)
        {
            fields.Add(field.ToString());
            yield return (recordLine, fields);
        }
    }
}
