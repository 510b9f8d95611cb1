using RoutingRules.Server.Hosting;

return await ServerCli.Create().Parse(args).InvokeAsync().ConfigureAwait(false);
