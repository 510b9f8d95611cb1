using RoutingRules.Server.Hosting;

return await ServerCli.RunAsync(args).ConfigureAwait(false);
