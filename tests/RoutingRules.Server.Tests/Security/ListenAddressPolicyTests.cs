using RoutingRules.Server.Hosting;
using RoutingRules.Server.Security;

namespace RoutingRules.Server.Tests.Security;

[Collection(ConsoleCollection.Name)]
public class ListenAddressPolicyTests
{
    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("::1")]
    [InlineData("localhost")]
    public void EnsureSafe_LoopbackWithoutToken_Allowed(string host)
    {
        Assert.Null(Record.Exception(() => ListenAddressPolicy.EnsureSafe(host, null)));
    }

    [Theory]
    [InlineData("0.0.0.0")]
    [InlineData("::")]
    [InlineData("192.168.1.20")]
    public void EnsureSafe_NonLoopbackWithoutToken_Refused(string host)
    {
        var error = Assert.Throws<ServerConfigurationException>(() => ListenAddressPolicy.EnsureSafe(host, null));

        Assert.Contains("admin token", error.Message);
    }

    [Fact]
    public void EnsureSafe_NonLoopbackWithToken_Allowed()
    {
        Assert.Null(Record.Exception(() => ListenAddressPolicy.EnsureSafe("0.0.0.0", "token")));
    }

    [Fact]
    public void EnsureSafe_NotAnAddress_Refused()
    {
        Assert.Throws<ServerConfigurationException>(() => ListenAddressPolicy.EnsureSafe("example.com", "token"));
    }

    [Fact]
    public async Task StartAsync_AnyAddressWithoutToken_RefusesBeforeListening()
    {
        var options = new ServerHostOptions("0.0.0.0", 0) { DataPath = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"), "never.db") };

        await Assert.ThrowsAsync<ServerConfigurationException>(() => ServerHost.StartAsync(options, CancellationToken.None));

        Assert.False(File.Exists(options.DataPath));
    }

    [Fact]
    public async Task ServeCommand_AnyAddressWithoutToken_ExitsNonZeroWithMessage()
    {
        var previous = Console.Error;
        var errors = new StringWriter();
        Console.SetError(errors);
        int exitCode;
        try
        {
            Environment.SetEnvironmentVariable("ROUTINGRULES_ADMIN_TOKEN", null);
            exitCode = await ServerCli.Create().Parse(["serve", "--host", "0.0.0.0", "--port", "0", "--no-demo"]).InvokeAsync();
        }
        finally
        {
            Console.SetError(previous);
        }

        Assert.Equal(2, exitCode);
        Assert.Contains("Refusing to listen on 0.0.0.0", errors.ToString());
    }

    [Fact]
    public async Task ServeCommand_PortAlreadyTaken_ExitsOneWithOneLineAndNoStackTrace()
    {
        await using var server = await TestServer.StartAsync();
        var port = server.Address.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var (code, output, errors) = await Cli.CliRunner.RunAsync("serve", "--port", port, "--no-demo", "--data", Path.Combine(server.Directory, "other.db"));

        Assert.Equal(1, code);
        Assert.Contains("routingrules: cannot start: Failed to bind to address", errors, StringComparison.Ordinal);
        // The host's own "Hosting failed to start" entry repeats it with Kestrel's stack trace.
        Assert.DoesNotContain("Hosting failed to start", output + errors, StringComparison.Ordinal);
        Assert.DoesNotContain(" at Microsoft.", output + errors, StringComparison.Ordinal);
    }
}
