using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace RoutingRules.Domain.Policy;

/// <summary>
/// SHA-256 (lower-case hex) of a policy's JSON: what changes when any threshold changes. Computed
/// once per policy instance; the rule-set version and the trace's policy version derive from it.
/// </summary>
public static class PolicyFingerprint
{
    private static readonly ConditionalWeakTable<RoutingPolicy, string> Fingerprints = [];

    public static string Of(RoutingPolicy policy) =>
        Fingerprints.GetValue(policy, static p => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(p)))));
}
