using Grpc.Reflection.V1;

namespace RoutingRules.Grpc;

/// <summary>
/// Server reflection (<c>grpc.reflection.v1</c> and <c>v1alpha</c>). The two versions are
/// wire-identical, so both are served with the v1 message types.
/// </summary>
internal static class ReflectionService
{
    internal static IEnumerable<GrpcServiceDefinition> Create(GrpcServiceRegistry registry)
    {
        yield return GrpcServiceDefinition.Create(ReflectionReflection.Descriptor.Services[0])
            .DuplexStreaming<ServerReflectionRequest, ServerReflectionResponse>(
                "ServerReflectionInfo", ServerReflectionRequest.Parser, (requests, responses, _) => RunAsync(registry, requests, responses));
        yield return GrpcServiceDefinition.Create(
                "grpc.reflection.v1alpha.ServerReflection", global::Grpc.Reflection.V1Alpha.ReflectionReflection.Descriptor)
            .DuplexStreaming<ServerReflectionRequest, ServerReflectionResponse>(
                "ServerReflectionInfo", ServerReflectionRequest.Parser, (requests, responses, _) => RunAsync(registry, requests, responses));
    }

    private static async Task RunAsync(
        GrpcServiceRegistry registry, IAsyncEnumerable<ServerReflectionRequest> requests, IGrpcStreamWriter<ServerReflectionResponse> responses)
    {
        DescriptorIndex? index = null;
        await foreach (var request in requests.ConfigureAwait(false))
        {
            index ??= new DescriptorIndex(registry.Services);
            await responses.WriteAsync(Answer(index, request)).ConfigureAwait(false);
        }
    }

    internal static ServerReflectionResponse Answer(DescriptorIndex index, ServerReflectionRequest request)
    {
        var response = new ServerReflectionResponse { ValidHost = request.Host, OriginalRequest = request };
        switch (request.MessageRequestCase)
        {
            case ServerReflectionRequest.MessageRequestOneofCase.ListServices:
                var list = new ListServiceResponse();
                foreach (var name in index.ServiceNames)
                {
                    list.Service.Add(new ServiceResponse { Name = name });
                }

                response.ListServicesResponse = list;
                break;
            case ServerReflectionRequest.MessageRequestOneofCase.FileByFilename:
                SetFile(response, index.FindFile(request.FileByFilename), $"File not found: {request.FileByFilename}");
                break;
            case ServerReflectionRequest.MessageRequestOneofCase.FileContainingSymbol:
                SetFile(response, index.FindSymbol(request.FileContainingSymbol), $"Symbol not found: {request.FileContainingSymbol}");
                break;
            case ServerReflectionRequest.MessageRequestOneofCase.FileContainingExtension:
                SetError(response, StatusCode.NotFound, $"Extension not found: {request.FileContainingExtension.ContainingType}({request.FileContainingExtension.ExtensionNumber})");
                break;
            case ServerReflectionRequest.MessageRequestOneofCase.AllExtensionNumbersOfType:
                if (index.FindMessage(request.AllExtensionNumbersOfType) is { } message)
                {
                    // proto3 types declare no extensions, so a known type has an empty list.
                    response.AllExtensionNumbersResponse = new ExtensionNumberResponse { BaseTypeName = message.FullName };
                }
                else
                {
                    SetError(response, StatusCode.NotFound, $"Type not found: {request.AllExtensionNumbersOfType}");
                }

                break;
            default:
                SetError(response, StatusCode.InvalidArgument, "The request sets no known message_request field.");
                break;
        }

        return response;
    }

    private static void SetFile(ServerReflectionResponse response, Google.Protobuf.Reflection.FileDescriptor? file, string notFound)
    {
        if (file is null)
        {
            SetError(response, StatusCode.NotFound, notFound);
            return;
        }

        var files = new FileDescriptorResponse();
        files.FileDescriptorProto.AddRange(DescriptorIndex.WithDependencies(file));
        response.FileDescriptorResponse = files;
    }

    private static void SetError(ServerReflectionResponse response, StatusCode code, string message) =>
        response.ErrorResponse = new ErrorResponse { ErrorCode = (int)code, ErrorMessage = message };
}
