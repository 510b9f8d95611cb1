using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using RoutingRules.Bench.GrpcHost;
using RoutingRules.Grpc;

// Usage: RoutingRules.Bench.GrpcHost --port PORT (h2c on 127.0.0.1). Both endpoints share one
// Kestrel so that only the layer differs between them.
var port = args is ["--port", var value] ? int.Parse(value, CultureInfo.InvariantCulture) : 50052;

var builder = WebApplication.CreateSlimBuilder();
builder.Logging.ClearProviders();
builder.Services.AddGrpcLayer();
builder.WebHost.ConfigureKestrel(kestrel =>
    kestrel.Listen(IPAddress.Loopback, port, listen => listen.Protocols = HttpProtocols.Http2));

var app = builder.Build();
app.MapGrpcService(EchoService.Create());
app.MapPost(BareGrpcEndpoint.Path, BareGrpcEndpoint.HandleAsync);
// Read before and after a load to get bytes allocated per request, the usual cost of a layer.
app.MapGet("/stats/allocated-bytes", () => GC.GetTotalAllocatedBytes(precise: true).ToString(CultureInfo.InvariantCulture));
app.Run();
