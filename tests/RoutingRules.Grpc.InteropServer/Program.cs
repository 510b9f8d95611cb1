using RoutingRules.Grpc.InteropServer;

return await InteropHost.RunAsync(args).ConfigureAwait(false);
