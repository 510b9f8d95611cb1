using RoutingRules.Engine.Rete;

namespace RoutingRules.Engine.Runtime;

/// <summary>Moving facts and tokens through the network.</summary>
internal sealed partial class Session
{
    public void Emit(BetaNode producer, Token? parent, Fact? fact)
    {
        var child = producer.Child;
        // A new token's links are null: only non-null ones are stored (each store is a write barrier).
        var token = NewToken(parent, fact, child);
        if (parent != null)
        {
            if (parent.FirstChild is { } sibling)
            {
                token.NextSibling = sibling;
            }

            parent.FirstChild = token;
        }

        if (fact is { IsDerived: false })
        {
            if (fact.FirstToken is { } first)
            {
                token.NextOfFact = first;
                first.PrevOfFact = token;
            }

            fact.FirstToken = token;
        }

        child.LeftAssert(this, token);
    }

    public void DeleteChildren(Token token)
    {
        while (token.FirstChild != null)
        {
            DeleteToken(token.FirstChild);
        }
    }

    public void DeleteToken(Token token)
    {
        while (token.FirstChild != null)
        {
            DeleteToken(token.FirstChild);
        }

        token.Consumer.LeftRetract(this, token);
        var parent = token.Parent;
        if (parent != null)
        {
            // Siblings are singly linked: a token has few children and cascades delete the first one.
            if (ReferenceEquals(parent.FirstChild, token))
            {
                parent.FirstChild = token.NextSibling;
            }
            else
            {
                var previous = parent.FirstChild!;
                while (!ReferenceEquals(previous.NextSibling, token))
                {
                    previous = previous.NextSibling!;
                }

                previous.NextSibling = token.NextSibling;
            }
        }

        var fact = token.Fact;
        if (fact is { IsDerived: false })
        {
            if (token.PrevOfFact != null)
            {
                token.PrevOfFact.NextOfFact = token.NextOfFact;
            }
            else
            {
                fact.FirstToken = token.NextOfFact;
            }

            if (token.NextOfFact != null)
            {
                token.NextOfFact.PrevOfFact = token.PrevOfFact;
            }
        }
    }

    private void Assert(Fact fact)
    {
        var steps = fact.Type!.Steps;
        for (var i = 0; i < steps.Length;)
        {
            ref readonly var step = ref steps[i];
            if (step.Test is { } test)
            {
                bool passes;
                try
                {
                    passes = test.Value(fact.Object);
                }
                catch (Exception ex)
                {
                    ConditionFailed(ex, test.Text, step.Node, fact.Object);
                    passes = false;
                }

                if (!passes)
                {
                    i = step.End;
                    continue;
                }
            }

            foreach (var source in step.Sources)
            {
                AssertRight(source, fact);
            }

            i++;
        }
    }

    private void AssertRight(RightSource source, Fact fact)
    {
        object? key = null;
        var hash = 0;
        if (source.Key != null)
        {
            try
            {
                key = source.Key.Value(fact.Object);
            }
            catch (Exception ex)
            {
                ConditionFailed(ex, source.Key.Text, source.Consumers[0], fact.Object);
                return;
            }

            hash = HashMemory.HashOf(key);
        }

        if (source.Stored)
        {
            var entry = NewRightEntry(fact, key, hash, source);
            entry.NextOfFact = fact.FirstEntry;
            fact.FirstEntry = entry;
            AddToMemory(source.Slot, entry);
        }

        // Later (deeper) consumers first: a token the fact forms upstream then finds it stored
        // downstream exactly once, instead of also hearing of it as a right activation.
        var consumers = source.Consumers;
        var leftSlots = source.LeftSlots;
        for (var i = consumers.Length - 1; i >= 0; i--)
        {
            var leftSlot = leftSlots[i];
            if (leftSlot < 0 || FirstInMemory(leftSlot, hash) != null)
            {
                consumers[i].RightAssert(this, fact, key, hash);
            }
        }
    }

    /// <summary>Removes every trace of a fact: its tokens first, then its right entries, then tells the consumers.</summary>
    private void Unassert(Fact fact)
    {
        while (fact.FirstToken != null)
        {
            DeleteToken(fact.FirstToken);
        }

        var entries = fact.FirstEntry;
        fact.FirstEntry = null;
        for (var entry = entries; entry != null; entry = entry.NextOfFact)
        {
            RemoveFromMemory(entry.Source.Slot, entry);
        }

        // Consumers hear of the removal only once the fact is in no memory, so nothing rejoins it.
        for (var entry = entries; entry != null; entry = entry.NextOfFact)
        {
            var consumers = entry.Source.Consumers;
            var leftSlots = entry.Source.LeftSlots;
            for (var i = 0; i < consumers.Length; i++)
            {
                var leftSlot = leftSlots[i];
                if (leftSlot < 0 || FirstInMemory(leftSlot, entry.Hash) != null)
                {
                    consumers[i].RightRetract(this, entry);
                }
            }
        }
    }
}
