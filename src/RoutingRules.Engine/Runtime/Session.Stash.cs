using RoutingRules.Engine.Rete;

namespace RoutingRules.Engine.Runtime;

/// <summary>
/// Finding the activation a re-formed match had before it was removed in the same operation:
/// a linear search while few are stashed, a hash of the matched facts beyond that.
/// </summary>
internal sealed partial class Session
{
    private Activation? FindStashed(TerminalNode terminal, Token token)
    {
        if (_stashIndex != null)
        {
            if (_stashIndex.TryGetValue(KeyOf(terminal, token), out var bucket))
            {
                foreach (var candidate in bucket)
                {
                    if (ReferenceEquals(candidate.Terminal, terminal) && SameFacts(candidate.Token, token))
                    {
                        return candidate;
                    }
                }
            }

            return null;
        }

        foreach (var candidate in _stashList)
        {
            if ((candidate.Flags & ActivationFlags.Stashed) != 0 && ReferenceEquals(candidate.Terminal, terminal) &&
                SameFacts(candidate.Token, token))
            {
                return candidate;
            }
        }

        return null;
    }

    private void AddToIndex(Activation activation)
    {
        var key = KeyOf(activation.Terminal, activation.Token);
        if (!_stashIndex!.TryGetValue(key, out var bucket))
        {
            bucket = [];
            _stashIndex.Add(key, bucket);
        }

        bucket.Add(activation);
    }

    /// <summary>A hash consistent with <see cref="SameFacts"/>: fact numbers, or values for derived facts.</summary>
    private static int KeyOf(TerminalNode terminal, Token? token)
    {
        var hash = System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(terminal);
        for (; token != null; token = token.Parent)
        {
            var fact = token.Fact;
            var part = fact is null ? 0 : fact.IsDerived ? fact.Object?.GetHashCode() ?? 0 : fact.Id;
            hash = HashCode.Combine(hash, part);
        }

        return hash;
    }

    private static bool SameFacts(Token? a, Token? b)
    {
        for (; a != null && b != null; a = a.Parent, b = b.Parent)
        {
            var fa = a.Fact;
            var fb = b.Fact;
            if (ReferenceEquals(fa, fb))
            {
                continue;
            }

            // Let re-computes its value object each time; equal values are the same match.
            if (fa is not { IsDerived: true } || fb is not { IsDerived: true } || !Equals(fa.Object, fb.Object))
            {
                return false;
            }
        }

        return a is null && b is null;
    }

    private bool IsModified(Token? token)
    {
        for (; token != null; token = token.Parent)
        {
            if (token.Fact != null && token.Fact.ModifiedOp == OpId)
            {
                return true;
            }
        }

        return false;
    }
}
