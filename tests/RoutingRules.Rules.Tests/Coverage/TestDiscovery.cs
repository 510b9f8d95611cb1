using System.Reflection;
using Xunit.Sdk;

namespace RoutingRules.Rules.Tests.Coverage;

/// <summary>
/// The test cases xUnit would run from the public classes of a namespace (and the namespaces
/// under it): every [Fact] and every row of every [Theory], skipped ones left out.
/// </summary>
internal static class TestDiscovery
{
    /// <param name="assembly">The test assembly.</param>
    /// <param name="ns">The namespace, e.g. RoutingRules.Rules.Tests.Scenarios.</param>
    /// <param name="problems">Receives the theories whose rows could not be read, with the reason.</param>
    public static IReadOnlyList<TestCall> Calls(Assembly assembly, string ns, ICollection<string> problems) =>
        TestClasses(assembly, ns).SelectMany(TestMethods).SelectMany(m => Rows(m, problems)).ToList();

    // As xUnit: public classes, static ones included, abstract ones left to the classes deriving from them.
    private static IEnumerable<Type> TestClasses(Assembly assembly, string ns) =>
        assembly.GetTypes()
            .Where(t => t.IsClass && t.IsVisible && (!t.IsAbstract || t.IsSealed) && !t.ContainsGenericParameters)
            .Where(t => t.Namespace == ns || (t.Namespace?.StartsWith(ns + ".", StringComparison.Ordinal) ?? false))
            .OrderBy(t => t.FullName, StringComparer.Ordinal);

    private static IEnumerable<MethodInfo> TestMethods(Type type) =>
        type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.FlattenHierarchy)
            .Where(m => m.GetCustomAttribute<FactAttribute>() is { } fact && string.IsNullOrEmpty(fact.Skip))
            .OrderBy(m => m.MetadataToken);

    private static IEnumerable<TestCall> Rows(MethodInfo method, ICollection<string> problems)
    {
        if (method.GetCustomAttribute<FactAttribute>() is not TheoryAttribute)
        {
            return [new TestCall(method, [])];
        }

        try
        {
            // GetData is what xUnit itself calls: InlineData, MemberData, ClassData and custom sources alike.
            return method.GetCustomAttributes<DataAttribute>()
                .Where(source => string.IsNullOrEmpty(source.Skip))
                .SelectMany(source => source.GetData(method) ?? [])
                .Select(row => new TestCall(method, row ?? [null])) // [InlineData(null)] passes a null row: one null argument, as xUnit reads it
                .ToList();
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or MissingMemberException or TargetInvocationException)
        {
            problems.Add($"{method.ReflectedType!.Name}.{method.Name}: its theory data could not be read ({e.Message})");
            return [];
        }
    }
}
