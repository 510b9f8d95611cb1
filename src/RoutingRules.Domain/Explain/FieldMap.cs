using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace RoutingRules.Domain.Explain;

/// <summary>
/// The few fields of a described fact, in two arrays: every decision describes dozens of facts of
/// at most six fields each, where a hash table would cost more to build than it saves in lookups.
/// </summary>
internal sealed class FieldMap(string[] keys, string[] values) : IReadOnlyDictionary<string, string>
{
    public int Count => keys.Length;

    public IEnumerable<string> Keys => keys;

    public IEnumerable<string> Values => values;

    public string this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"The fact has no field '{key}'.");

    public bool ContainsKey(string key) => Array.IndexOf(keys, key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out string value)
    {
        var at = Array.IndexOf(keys, key);
        value = at >= 0 ? values[at] : null;
        return at >= 0;
    }

    public IEnumerator<KeyValuePair<string, string>> GetEnumerator()
    {
        for (var i = 0; i < keys.Length; i++)
        {
            yield return KeyValuePair.Create(keys[i], values[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
