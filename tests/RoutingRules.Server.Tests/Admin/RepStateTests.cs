using Google.Protobuf.WellKnownTypes;
using RoutingRules.Domain.Model;
using RoutingRules.Grpc;
using Proto = RoutingRules.V1;

namespace RoutingRules.Server.Tests.Admin;

public class RepStateTests
{
    [Fact]
    public async Task SetRepAvailability_Away_StoredAndReturned()
    {
        await using var server = await TestServer.StartWithDataAsync();

        var rep = await server.CallAsync("SetRepAvailability", new Proto.SetRepAvailabilityRequest { RepId = "bob", Status = Proto.RepStatus.Away }, Proto.Rep.Parser);

        Assert.Equal(Proto.RepStatus.Away, rep.Status);
        Assert.Equal(RepStatus.Away, server.Data.Store.GetRep("bob")!.Status);
    }

    [Fact]
    public async Task SetRepAvailability_UnspecifiedStatus_InvalidArgument()
    {
        await using var server = await TestServer.StartWithDataAsync();

        var error = await Assert.ThrowsAsync<GrpcStatusException>(() =>
            server.CallAsync("SetRepAvailability", new Proto.SetRepAvailabilityRequest { RepId = "bob" }, Proto.Rep.Parser));

        ValidationTests.AssertViolations(error, "status");
    }

    [Theory]
    [InlineData("SetRepAvailability")]
    [InlineData("SetRepAbsences")]
    [InlineData("UpdateRepWorkload")]
    public async Task RepStateCall_UnknownRep_NotFound(string method)
    {
        await using var server = await TestServer.StartWithDataAsync();
        var before = server.StoredJson();
        Google.Protobuf.IMessage request = method switch
        {
            "SetRepAvailability" => new Proto.SetRepAvailabilityRequest { RepId = "ghost", Status = Proto.RepStatus.Away },
            "SetRepAbsences" => new Proto.SetRepAbsencesRequest { RepId = "ghost" },
            _ => new Proto.UpdateRepWorkloadRequest { RepId = "ghost", Workload = new Proto.RepWorkload() },
        };

        var error = await Assert.ThrowsAsync<GrpcStatusException>(() => server.Client.UnaryAsync(
            "/routingrules.v1.RoutingAdmin/" + method, new RawMessage(request), Proto.Rep.Parser));

        Assert.Equal(StatusCode.NotFound, error.StatusCode);
        Assert.Equal(before, server.StoredJson());
    }

    [Fact]
    public async Task SetRepAbsences_ReplacesList_RepAbsentInsideOnly()
    {
        await using var server = await TestServer.StartWithDataAsync();
        var start = new DateTimeOffset(2026, 8, 1, 0, 0, 0, TimeSpan.Zero);
        var request = new Proto.SetRepAbsencesRequest { RepId = "alice" };
        request.Absences.Add(new Proto.AbsencePeriod { Start = Timestamp.FromDateTimeOffset(start), End = Timestamp.FromDateTimeOffset(start.AddDays(14)) });

        var rep = await server.CallAsync("SetRepAbsences", request, Proto.Rep.Parser);
        var stored = server.Data.Store.GetRep("alice")!;

        Assert.Single(rep.Absences);
        Assert.True(stored.IsAbsentAt(start.AddDays(3)));
        Assert.False(stored.IsAbsentAt(start.AddDays(14)));
    }

    [Fact]
    public async Task SetRepAbsences_EndBeforeStartAndMissingStart_NamesBoth()
    {
        await using var server = await TestServer.StartWithDataAsync();
        var before = server.StoredJson();
        var now = DateTimeOffset.UtcNow;
        var request = new Proto.SetRepAbsencesRequest { RepId = "alice" };
        request.Absences.Add(new Proto.AbsencePeriod { Start = Timestamp.FromDateTimeOffset(now), End = Timestamp.FromDateTimeOffset(now.AddDays(-1)) });
        request.Absences.Add(new Proto.AbsencePeriod { End = Timestamp.FromDateTimeOffset(now) });

        var error = await Assert.ThrowsAsync<GrpcStatusException>(() => server.CallAsync("SetRepAbsences", request, Proto.Rep.Parser));

        ValidationTests.AssertViolations(error, "absences[0].end", "absences[1].start");
        Assert.Equal(before, server.StoredJson());
    }

    [Fact]
    public async Task SetRepAbsences_MissingEnd_SaidOnce()
    {
        await using var server = await TestServer.StartWithDataAsync();
        var request = new Proto.SetRepAbsencesRequest { RepId = "alice" };
        request.Absences.Add(new Proto.AbsencePeriod { Start = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow) });

        var error = await Assert.ThrowsAsync<GrpcStatusException>(() => server.CallAsync("SetRepAbsences", request, Proto.Rep.Parser));

        var violation = Assert.Single(error.GetBadRequest()!.FieldViolations);
        Assert.Equal(("absences[0].end", "is required"), (violation.Field, violation.Description));
    }

    [Fact]
    public async Task UpdateRepWorkload_Counters_StoredExactly()
    {
        await using var server = await TestServer.StartWithDataAsync();
        var last = new DateTimeOffset(2026, 11, 23, 9, 30, 0, TimeSpan.Zero);
        var request = new Proto.UpdateRepWorkloadRequest
        {
            RepId = "alice",
            Workload = new Proto.RepWorkload { OpenLeads = 7, OverdueFollowUps = 1, AssignedToday = 2, ActiveOpportunities = 4, LastAssignedAt = Timestamp.FromDateTimeOffset(last) },
        };

        await server.CallAsync("UpdateRepWorkload", request, Proto.Rep.Parser);

        Assert.Equal(
            new RepWorkload { OpenLeads = 7, OverdueFollowUps = 1, AssignedToday = 2, ActiveOpportunities = 4, LastAssignedAt = last },
            server.Data.Store.GetRep("alice")!.Workload);
    }

    /// <summary>Sends any message under a method path without a typed request class.</summary>
    private sealed class RawMessage(Google.Protobuf.IMessage inner) : Google.Protobuf.IMessage<RawMessage>
    {
        public Google.Protobuf.Reflection.MessageDescriptor Descriptor => inner.Descriptor;

        public int CalculateSize() => inner.CalculateSize();

        public RawMessage Clone() => this;

        public bool Equals(RawMessage? other) => other is not null && inner.Equals(other);

        public void MergeFrom(RawMessage message) => throw new NotSupportedException();

        public void MergeFrom(Google.Protobuf.CodedInputStream input) => throw new NotSupportedException();

        public void WriteTo(Google.Protobuf.CodedOutputStream output) => inner.WriteTo(output);
    }
}
