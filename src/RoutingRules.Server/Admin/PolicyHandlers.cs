using RoutingRules.Server.Hosting;
using RoutingRules.Server.Mapping;
using Proto = RoutingRules.V1;

namespace RoutingRules.Server.Admin;

/// <summary>Reads and replaces the routing policy.</summary>
internal sealed class PolicyHandlers(ReferenceDataHost data)
{
    public Proto.RoutingPolicy Get(Proto.GetPolicyRequest request) => PolicyMapping.ToProto(data.Store.GetPolicy());

    public Proto.RoutingPolicy Set(Proto.SetPolicyRequest request)
    {
        var errors = new FieldErrors();
        if (request.Policy is null)
        {
            errors.Add("policy", "is required");
        }

        var policy = PolicyMapping.ToDomain(request.Policy, errors, "policy");
        errors.ThrowIfAny("The policy has malformed fields. Nothing was written.");
        var store = data.Store;
        StoreWrites.Run(() => store.SetPolicy(policy));
        return PolicyMapping.ToProto(store.GetPolicy());
    }
}
