using System.Reflection;
using RoutingRules.Domain.Explain;
using RoutingRules.Domain.Model;
using RoutingRules.Domain.Routing;

namespace RoutingRules.Domain.Tests.Explain;

/// <summary>The enum name table gives exactly what ToString gives, for every value of every domain enum and beyond.</summary>
public sealed class EnumNamesTests
{
    public static TheoryData<Type> DomainEnums()
    {
        var data = new TheoryData<Type>();
        foreach (var type in EnumTypes())
        {
            data.Add(type);
        }

        return data;
    }

    private static Type[] EnumTypes() => typeof(Lead).Assembly.GetTypes().Where(t => t.IsEnum).ToArray();

    [Theory]
    [MemberData(nameof(DomainEnums))]
    public void Of_EveryValueOfADomainEnum_IsItsToString(Type enumType)
    {
        var of = typeof(EnumNames<>).MakeGenericType(enumType).GetMethod(nameof(EnumNames<Segment>.Of), BindingFlags.Public | BindingFlags.Static)!;

        foreach (var value in Enum.GetValues(enumType))
        {
            Assert.Equal(value.ToString(), of.Invoke(null, [value]));
        }
    }

    [Fact]
    public void DomainEnums_AreFound()
    {
        Assert.Contains(typeof(RoutingLevel), EnumTypes());
        Assert.Contains(typeof(Segment), EnumTypes());
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(3)]
    [InlineData(63)]
    [InlineData(64)]
    [InlineData(int.MaxValue)]
    public void Of_UndefinedValue_IsItsToString(int value)
    {
        Assert.Equal(((Segment)value).ToString(), EnumNames<Segment>.Of((Segment)value));
    }

    [Fact]
    public void Of_FlagCombinations_AreTheirToString()
    {
        var all = Enum.GetValues<RoutingFlags>().Aggregate(RoutingFlags.None, (a, f) => a | f);
        RoutingFlags[] values = [RoutingFlags.None, RoutingFlags.ManualReviewMatch | RoutingFlags.OwnerAbsent, all, (RoutingFlags)EnumNames<RoutingFlags>.MaxTabled - 1];

        Assert.All(values, v => Assert.Equal(v.ToString(), EnumNames<RoutingFlags>.Of(v)));
    }

    [Fact]
    public void Of_SameValueTwice_ReturnsOneInstance()
    {
        Assert.Same(EnumNames<RoutingLevel>.Of(RoutingLevel.Territory), EnumNames<RoutingLevel>.Of(RoutingLevel.Territory));
    }
}
