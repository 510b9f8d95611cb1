namespace RoutingRules.Domain.Explain.Binary;

/// <summary>
/// Texts a decision log keeps once for all its traces, each under a number: the names of the
/// rules (every trace names the rules that fired, and they were about a quarter of a stored
/// trace). <see cref="TraceBinary"/> writes such a text as its number and reads it back through
/// the same vocabulary, so a log hands out a vocabulary whose numbers it has stored before any
/// trace uses them, and only ever adds to it: a number, once given, names the same text for
/// good. Immutable and thread-safe.
/// </summary>
public sealed class TraceVocabulary
{
    private readonly string[] _texts;
    private readonly Dictionary<string, int> _codes;

    /// <param name="texts">The texts in number order: the text at index <c>i</c> is number <c>i</c>. No duplicates.</param>
    public TraceVocabulary(IEnumerable<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        _texts = [.. texts];
        _codes = new Dictionary<string, int>(_texts.Length, StringComparer.Ordinal);
        for (var i = 0; i < _texts.Length; i++)
        {
            if (!_codes.TryAdd(_texts[i] ?? throw new ArgumentException("A vocabulary holds no null text.", nameof(texts)), i))
            {
                throw new ArgumentException($"'{_texts[i]}' is in the vocabulary twice.", nameof(texts));
            }
        }
    }

    /// <summary>A vocabulary without texts: traces written with it spell every text out.</summary>
    public static TraceVocabulary Empty { get; } = new([]);

    /// <summary>How many texts it numbers (0 to <see cref="Count"/> - 1).</summary>
    public int Count => _texts.Length;

    /// <summary>The texts in number order.</summary>
    public IReadOnlyList<string> Texts => _texts;

    /// <summary>The text of number <paramref name="code"/>, or null when this vocabulary has no such number.</summary>
    public string? At(ulong code) => code < (ulong)_texts.Length ? _texts[(int)code] : null;

    /// <summary>The number of <paramref name="text"/>, if it has one.</summary>
    public bool TryGetCode(string text, out int code) => _codes.TryGetValue(text, out code);
}
