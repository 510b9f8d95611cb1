using System.Reflection;

namespace RoutingRules.Engine.Model;

/// <summary>A rule's metadata, read from its class and attributes.</summary>
internal sealed class RuleMetadata : IRuleDefinition
{
    private RuleMetadata(Type type, string name, string description, string[] tags, int priority, RuleRepeatability repeatability)
    {
        RuleType = type;
        Name = name;
        Description = description;
        Tags = tags;
        Priority = priority;
        Repeatability = repeatability;
    }

    public string Name { get; }
    public string Description { get; }
    public IReadOnlyList<string> Tags { get; }
    public int Priority { get; }
    public RuleRepeatability Repeatability { get; }
    public Type RuleType { get; }

    public bool IsTagged(string tag)
    {
        foreach (var t in Tags)
        {
            if (string.Equals(t, tag, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    public override string ToString() => Name;

    public static RuleMetadata FromType(Type type, string? name = null)
    {
        name ??= type.GetCustomAttribute<NameAttribute>()?.Value ?? type.FullName ?? type.Name;
        var description = type.GetCustomAttribute<DescriptionAttribute>()?.Value ?? string.Empty;
        var tags = type.GetCustomAttributes<TagAttribute>(inherit: true).Select(t => t.Value).Distinct(StringComparer.Ordinal).ToArray();
        var priority = type.GetCustomAttribute<PriorityAttribute>()?.Value ?? 0;
        var repeatability = type.GetCustomAttribute<RepeatabilityAttribute>()?.Value ?? RuleRepeatability.Repeatable;
        return new RuleMetadata(type, name, description, tags, priority, repeatability);
    }
}
