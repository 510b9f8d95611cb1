using RoutingRules.Domain.Validation;
using RoutingRules.Server.Mapping;

namespace RoutingRules.Server.Admin;

/// <summary>Runs a store write and reports a rejected dataset as INVALID_ARGUMENT naming every bad record and field.</summary>
internal static class StoreWrites
{
    public static void Run(Action write) => Run(() =>
    {
        write();
        return true;
    });

    public static T Run<T>(Func<T> write)
    {
        try
        {
            return write();
        }
        catch (DatasetValidationException e)
        {
            throw ValidationMapping.ToStatus(e.Errors);
        }
    }
}
