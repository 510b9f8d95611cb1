using RoutingRules.Server.Hosting;

namespace RoutingRules.Server.Tests.Cli;

/// <summary>Runs the CLI in-process with the console captured; for tests in <see cref="ConsoleCollection"/> only.</summary>
internal static class CliRunner
{
    public static async Task<(int Code, string Output, string Errors)> RunAsync(params string[] args)
    {
        var (previousOut, previousError) = (Console.Out, Console.Error);
        var (output, errors) = (new StringWriter(), new StringWriter());
        Console.SetOut(output);
        Console.SetError(errors);
        try
        {
            var code = await ServerCli.RunAsync(args);
            return (code, output.ToString(), errors.ToString());
        }
        finally
        {
            Console.SetOut(previousOut);
            Console.SetError(previousError);
        }
    }
}
