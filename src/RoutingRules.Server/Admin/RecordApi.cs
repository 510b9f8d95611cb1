using RoutingRules.Domain.Storage;
using RoutingRules.Server.Mapping;

namespace RoutingRules.Server.Admin;

/// <summary>How one record type is stored and mapped; <see cref="RecordHandlers{TDomain, TProto}"/> does the rest.</summary>
internal sealed record RecordApi<TDomain, TProto>(
    string Singular,
    string Collection,
    Func<TDomain, string> IdOf,
    Func<TProto, string> ProtoIdOf,
    Func<IReferenceDataStore, string, TDomain?> Get,
    Func<IReferenceDataStore, IReadOnlyList<TDomain>> List,
    Action<IReferenceDataStore, TDomain> Upsert,
    Func<IReferenceDataStore, string, bool> Delete,
    Func<TProto, FieldErrors, string, TDomain> ToDomain,
    Func<TDomain, TProto> ToProto)
    where TDomain : class;
