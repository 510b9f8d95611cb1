namespace RoutingRules.Server.Mapping;

/// <summary>
/// Proto enums list the domain's members in the same order after an UNSPECIFIED zero, so
/// proto = domain + 1; <c>EnumMappingTests</c> keeps the two lists aligned.
/// </summary>
internal static class EnumMapping
{
    public static TDomain ToDomain<TProto, TDomain>(TProto value, TDomain unspecified, FieldErrors errors, string field)
        where TProto : struct, Enum
        where TDomain : struct, Enum
    {
        var number = Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture);
        if (number == 0)
        {
            return unspecified;
        }

        if (!Enum.IsDefined(typeof(TDomain), number - 1))
        {
            errors.Add(field, $"{number} is not a known {typeof(TProto).Name} value");
            return unspecified;
        }

        return (TDomain)Enum.ToObject(typeof(TDomain), number - 1);
    }

    public static TProto ToProto<TDomain, TProto>(TDomain value)
        where TDomain : struct, Enum
        where TProto : struct, Enum =>
        (TProto)Enum.ToObject(typeof(TProto), Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture) + 1);
}
