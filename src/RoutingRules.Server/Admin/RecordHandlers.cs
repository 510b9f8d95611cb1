using System.Globalization;
using RoutingRules.Grpc;
using RoutingRules.Server.Hosting;
using Proto = RoutingRules.V1;

namespace RoutingRules.Server.Admin;

/// <summary>Upsert, delete, get and list for one record type.</summary>
internal sealed class RecordHandlers<TDomain, TProto>(ReferenceDataHost data, RecordApi<TDomain, TProto> api)
    where TDomain : class
    where TProto : class
{
    internal const int DefaultPageSize = 1000;
    internal const int MaxPageSize = 10_000;

    private readonly string _singular = api.Singular;

    public TProto Upsert(TProto? record)
    {
        if (record is null)
        {
            throw GrpcStatusException.InvalidArgument($"The {_singular} is required.", (_singular, "is required"));
        }

        var errors = new Mapping.FieldErrors(data.Now);
        var domain = api.ToDomain(record, errors, $"{api.Collection}[{api.ProtoIdOf(record)}]");
        errors.ThrowIfAny($"The {_singular} has malformed fields. Nothing was written.");
        var store = data.Store;
        StoreWrites.Run(() => api.Upsert(store, domain));
        return api.ToProto(api.Get(store, api.IdOf(domain)) ?? domain);
    }

    public TProto Get(Proto.GetRequest request)
    {
        RequireId(request.Id);
        return api.Get(data.Store, request.Id) is { } found ? api.ToProto(found) : throw NotFound(request.Id);
    }

    public Proto.DeleteResponse Delete(Proto.DeleteRequest request)
    {
        RequireId(request.Id);
        var store = data.Store;
        var deleted = StoreWrites.Run(() => api.Delete(store, request.Id));
        return deleted ? new Proto.DeleteResponse() : throw NotFound(request.Id);
    }

    /// <summary>The page token is the offset of the next record; lists keep insertion order.</summary>
    public (IEnumerable<TProto> Page, string NextPageToken, int Total) List(Proto.ListRequest request)
    {
        if (request.PageSize < 0 || request.PageSize > MaxPageSize)
        {
            throw GrpcStatusException.InvalidArgument("Bad page size.", ("page_size", $"must be between 0 and {MaxPageSize}"));
        }

        var offset = 0;
        if (request.PageToken.Length > 0 && (!int.TryParse(request.PageToken, NumberStyles.None, CultureInfo.InvariantCulture, out offset) || offset < 0))
        {
            throw GrpcStatusException.InvalidArgument("Bad page token.", ("page_token", "is not a token from a previous page"));
        }

        var all = api.List(data.Store);
        var size = request.PageSize == 0 ? DefaultPageSize : request.PageSize;
        var end = Math.Min(all.Count, offset + size);
        var page = all.Skip(offset).Take(Math.Max(0, end - offset)).Select(api.ToProto);
        var next = end < all.Count ? end.ToString(CultureInfo.InvariantCulture) : string.Empty;
        return (page, next, all.Count);
    }

    private void RequireId(string id)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            throw GrpcStatusException.InvalidArgument("The id is required.", ("id", "is required"));
        }
    }

    private GrpcStatusException NotFound(string id) => new(StatusCode.NotFound, $"No {_singular} with id '{id}'.");
}
