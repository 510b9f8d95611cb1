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
    private static readonly ConditionalWeakTable<RoutingPolicy, string> ShortFingerprints = [];

    public static string Of(RoutingPolicy policy) =>
        Fingerprints.GetValue(policy, static p => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(p)))));

    /// <summary>The first 16 hex digits of <see cref="Of"/>, as every trace records it (one string per policy, not one per trace).</summary>
    public static string Short(RoutingPolicy policy) => ShortFingerprints.GetValue(policy, static p => Of(p)[..16]);
}
