using RoutingRules.Domain.Model;
using Proto = RoutingRules.V1;

namespace RoutingRules.Server.Mapping;

/// <summary>Territory and its criteria between proto and domain.</summary>
internal static class TerritoryMapping
{
    public static Territory ToDomain(Proto.Territory t, FieldErrors errors, string path)
    {
        var c = t.Criteria ?? new Proto.TerritoryCriteria();
        return new Territory
        {
            Id = t.Id,
            Name = t.Name,
            ParentId = ValueMapping.Text(t.HasParentId, t.ParentId),
            Criteria = new TerritoryCriteria
            {
                Countries = [.. c.Countries],
                Regions = [.. c.Regions],
                Departments = [.. c.Departments],
                Cities = [.. c.Cities],
                PostalPrefixes = [.. c.PostalPrefixes],
                Industries = [.. c.Industries],
                MinEmployees = c.HasMinEmployees ? c.MinEmployees : null,
                MaxEmployees = c.HasMaxEmployees ? c.MaxEmployees : null,
                Segment = c.HasSegment && c.Segment != Proto.Segment.Unspecified
                    ? EnumMapping.ToDomain(c.Segment, Segment.MidMarket, errors, path + ".criteria.segment")
                    : null,
            },
            Priority = t.Priority,
            MemberRepIds = [.. t.MemberRepIds],
            Strategy = EnumMapping.ToDomain(t.Strategy, DistributionStrategy.RoundRobin, errors, path + ".strategy"),
            BackupRepId = ValueMapping.Text(t.HasBackupRepId, t.BackupRepId),
            NamedAccountExceptionIds = [.. t.NamedAccountExceptionIds],
            IsDefaultPool = t.IsDefaultPool,
            IsEscalationQueue = t.IsEscalationQueue,
            QueueName = ValueMapping.Text(t.HasQueueName, t.QueueName),
        };
    }

    public static Proto.Territory ToProto(Territory t)
    {
        var c = t.Criteria;
        var criteria = new Proto.TerritoryCriteria();
        criteria.Countries.AddRange(c.Countries);
        criteria.Regions.AddRange(c.Regions);
        criteria.Departments.AddRange(c.Departments);
        criteria.Cities.AddRange(c.Cities);
        criteria.PostalPrefixes.AddRange(c.PostalPrefixes);
        criteria.Industries.AddRange(c.Industries);
        if (c.MinEmployees is { } min)
        {
            criteria.MinEmployees = min;
        }

        if (c.MaxEmployees is { } max)
        {
            criteria.MaxEmployees = max;
        }

        if (c.Segment is { } segment)
        {
            criteria.Segment = EnumMapping.ToProto<Segment, Proto.Segment>(segment);
        }

        var proto = new Proto.Territory
        {
            Id = t.Id,
            Name = t.Name,
            Criteria = criteria,
            Priority = t.Priority,
            Strategy = EnumMapping.ToProto<DistributionStrategy, Proto.DistributionStrategy>(t.Strategy),
            IsDefaultPool = t.IsDefaultPool,
            IsEscalationQueue = t.IsEscalationQueue,
        };
        proto.MemberRepIds.AddRange(t.MemberRepIds);
        proto.NamedAccountExceptionIds.AddRange(t.NamedAccountExceptionIds);
        if (t.ParentId is not null)
        {
            proto.ParentId = t.ParentId;
        }

        if (t.BackupRepId is not null)
        {
            proto.BackupRepId = t.BackupRepId;
        }

        if (t.QueueName is not null)
        {
            proto.QueueName = t.QueueName;
        }

        return proto;
    }
}
