using Google.Protobuf.Reflection;
using Grpc.Health.V1;
using Grpc.Reflection.V1;

namespace RoutingRules.Grpc.Tests;

public class ReflectionServiceTests
{
    private static readonly DescriptorIndex Index = new(
    [
        GrpcServiceDefinition.Create(HealthReflection.Descriptor.Services[0]),
        GrpcServiceDefinition.Create("test.WithStatusFile", Google.Rpc.StatusReflection.Descriptor),
        GrpcServiceDefinition.Create("test.NoDescriptor"),
    ]);

    [Fact]
    public void Answer_ListServices_ListsEveryMappedService()
    {
        var response = ReflectionService.Answer(Index, new ServerReflectionRequest { ListServices = "*" });

        Assert.Contains("grpc.health.v1.Health", response.ListServicesResponse.Service.Select(s => s.Name));
        Assert.Contains("test.NoDescriptor", response.ListServicesResponse.Service.Select(s => s.Name));
    }

    [Theory]
    [InlineData("grpc.health.v1.Health")]
    [InlineData("grpc.health.v1.Health.Watch")]
    [InlineData("grpc.health.v1.HealthCheckResponse")]
    [InlineData("grpc.health.v1.HealthCheckResponse.ServingStatus")]
    public void Answer_FileContainingSymbol_ReturnsDeclaringFile(string symbol)
    {
        var response = ReflectionService.Answer(Index, new ServerReflectionRequest { FileContainingSymbol = symbol });

        var file = FileDescriptorProto.Parser.ParseFrom(response.FileDescriptorResponse.FileDescriptorProto[0]);
        Assert.Equal("grpc/health/v1/health.proto", file.Name);
        Assert.Equal(symbol, response.OriginalRequest.FileContainingSymbol);
    }

    [Fact]
    public void Answer_FileWithImports_IncludesTransitiveDependencies()
    {
        var response = ReflectionService.Answer(Index, new ServerReflectionRequest { FileByFilename = "google/rpc/status.proto" });

        var names = response.FileDescriptorResponse.FileDescriptorProto.Select(b => FileDescriptorProto.Parser.ParseFrom(b).Name).ToList();
        Assert.Equal(["google/rpc/status.proto", "google/protobuf/any.proto"], names);
    }

    [Theory]
    [InlineData("no.such.Symbol")]
    [InlineData("")]
    public void Answer_UnknownSymbol_ErrorResponseNotFound(string symbol)
    {
        var response = ReflectionService.Answer(Index, new ServerReflectionRequest { FileContainingSymbol = symbol });

        Assert.Equal((int)StatusCode.NotFound, response.ErrorResponse.ErrorCode);
    }

    [Fact]
    public void Answer_ExtensionNumbersOfKnownType_EmptyListForProto3()
    {
        var response = ReflectionService.Answer(Index, new ServerReflectionRequest { AllExtensionNumbersOfType = "grpc.health.v1.HealthCheckRequest" });

        Assert.Equal("grpc.health.v1.HealthCheckRequest", response.AllExtensionNumbersResponse.BaseTypeName);
        Assert.Empty(response.AllExtensionNumbersResponse.ExtensionNumber);
    }
}
