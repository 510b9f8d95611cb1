using Microsoft.Extensions.Primitives;

namespace RoutingRules.Grpc.Tests;

public class GrpcProtocolTests
{
    [Theory]
    [InlineData("application/grpc", true)]
    [InlineData("application/grpc+proto", true)]
    [InlineData("application/grpc;charset=utf-8", true)]
    [InlineData("application/grpc+proto; x=y", true)]
    [InlineData("Application/GRPC", true)]
    [InlineData("application/grpcx", false)]
    [InlineData("application/json", false)]
    [InlineData("application/grpc-web", false)]
    [InlineData(null, false)]
    public void IsGrpcContentType_Variants_AcceptsOnlyGrpc(string? contentType, bool expected)
    {
        Assert.Equal(expected, GrpcProtocol.IsGrpcContentType(contentType));
    }

    [Theory]
    [InlineData("identity,deflate,gzip", true)]
    [InlineData("gzip", true)]
    [InlineData("identity, GZIP", true)]
    [InlineData("identity,deflate", false)]
    [InlineData("gzipx", false)]
    public void AcceptsGzip_ListVariants_FindsGzip(string value, bool expected)
    {
        Assert.Equal(expected, GrpcProtocol.AcceptsGzip(new StringValues(value)));
    }

    [Theory]
    [InlineData(400, StatusCode.Internal)]
    [InlineData(401, StatusCode.Unauthenticated)]
    [InlineData(403, StatusCode.PermissionDenied)]
    [InlineData(404, StatusCode.Unimplemented)]
    [InlineData(429, StatusCode.Unavailable)]
    [InlineData(502, StatusCode.Unavailable)]
    [InlineData(503, StatusCode.Unavailable)]
    [InlineData(504, StatusCode.Unavailable)]
    [InlineData(200, StatusCode.Unknown)]
    [InlineData(500, StatusCode.Unknown)]
    public void ToStatusCode_HttpStatusWithoutGrpcStatus_FollowsPublishedMapping(int http, StatusCode expected)
    {
        Assert.Equal(expected, HttpStatusMapping.ToStatusCode((System.Net.HttpStatusCode)http));
    }

    [Fact]
    public void InvalidArgument_WithViolations_PacksBadRequestWithMatchingCode()
    {
        var exception = GrpcStatusException.InvalidArgument("bad lead", ("lead.email", "is required"), ("lead.country", "unknown code"));

        Assert.Equal(StatusCode.InvalidArgument, exception.StatusCode);
        Assert.Equal((int)StatusCode.InvalidArgument, exception.Details!.Code);
        var badRequest = exception.GetBadRequest();
        Assert.NotNull(badRequest);
        Assert.Equal(["lead.email", "lead.country"], badRequest.FieldViolations.Select(v => v.Field));
    }
}
