using RoutingRules.Domain.Generation;
using RoutingRules.Domain.Serialization;
using RoutingRules.Server.Hosting;

namespace RoutingRules.Server.Tests.Cli;

[Collection(ConsoleCollection.Name)]
public class CliTests
{
    [Fact]
    public async Task ImportThenExport_JsonDataset_RoundTripsThroughTheServer()
    {
        await using var server = await TestServer.StartWithDataAsync();
        var input = Path.Combine(server.Directory, "in.json");
        var output = Path.Combine(server.Directory, "out.json");
        var dataset = DatasetGenerator.Generate(accounts: 2500, reps: 20, territories: 30, seed: 9);
        DatasetJson.Save(dataset, input);

        var (importCode, importOut, _) = await RunAsync("import", input, "--server", server.Address.ToString());
        var (exportCode, _, _) = await RunAsync("export", "--server", server.Address.ToString(), "--out", output);

        Assert.Equal(0, importCode);
        Assert.Contains("2500 accounts", importOut);
        Assert.Equal(0, exportCode);
        Assert.Equal(DatasetJson.Serialize(dataset), DatasetJson.Serialize(DatasetJson.Load(output)));
    }

    [Fact]
    public async Task Import_InvalidDataset_ExitTwoListingFieldsAndNothingWritten()
    {
        await using var server = await TestServer.StartWithDataAsync();
        var before = server.StoredJson();
        var input = Path.Combine(server.Directory, "bad.json");
        DatasetJson.Save(AdminTestData.Dataset with { Accounts = [.. AdminTestData.Dataset.Accounts, new Domain.Model.Account { Id = "x", Name = "X", OwnerId = "ghost" }] }, input);

        var (code, _, errors) = await RunAsync("import", input, "--server", server.Address.ToString());

        Assert.Equal(2, code);
        Assert.Contains("InvalidArgument", errors);
        Assert.Contains("accounts[x].owner_id", errors);
        Assert.Equal(before, server.StoredJson());
    }

    [Fact]
    public async Task Import_CsvAccounts_MergedWithToken()
    {
        await using var server = await TestServer.StartWithDataAsync("cli-token");
        var input = Path.Combine(server.Directory, "accounts.csv");
        await File.WriteAllTextAsync(input, "id,name,domains,ownerId\nhooli,Hooli,hooli.com,alice\npiper,\"Pied Piper\",piedpiper.com,bob\n");

        var (code, _, _) = await RunAsync("import", input, "--server", server.Address.ToString(), "--token", "cli-token");

        Assert.Equal(0, code);
        Assert.Equal("alice", server.Data.Store.GetAccount("hooli")!.OwnerId);
        Assert.NotNull(server.Data.Store.GetAccount("acme"));
    }

    [Theory]
    [InlineData(false, 12)]
    [InlineData(true, 7)]
    public async Task Import_MergeJson_ChangesThePolicyOnlyWhenTheFileHasOne(bool fileHasPolicy, int expectedCap)
    {
        await using var server = await TestServer.StartWithDataAsync();
        var stored = server.Data.Store.GetPolicy();
        server.Data.Store.SetPolicy(stored with { Capacity = stored.Capacity with { OpenLeadsCap = 12 } });
        var input = Path.Combine(server.Directory, "reps.json");
        var policy = fileHasPolicy ? """, "policy": { "capacity": { "openLeadsCap": 7 } }""" : string.Empty;
        // With a byte order mark, as editors on some systems save JSON.
        await File.WriteAllTextAsync(input, """{ "reps": [ { "id": "zoe", "name": "Zoe Blanc" } ]""" + policy + " }", new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        var (code, _, errors) = await RunAsync("import", input, "--merge", "--server", server.Address.ToString());

        Assert.True(code == 0, errors);
        Assert.NotNull(server.Data.Store.GetRep("zoe"));
        Assert.Equal(expectedCap, server.Data.Store.GetPolicy().Capacity.OpenLeadsCap);
    }

    [Theory]
    [InlineData("""{ "reps": [ { "id": "zoe" } ] }""", "missing required properties including: 'name'", "$.reps[0]")]
    [InlineData("""{ "reps": [ { "id": "zoe", "name": "Zoe", "status": "Sleeping" } ] }""", "RepStatus", "$.reps[0].status")]
    public async Task Import_JsonRecordThatCannotBeRead_SaysWhereInTheDatasetsWords(string json, string what, string where)
    {
        var input = Path.Combine(Path.GetTempPath(), $"routingrules-bad-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(input, json);
        try
        {
            var (code, _, errors) = await RunAsync("import", input, "--server", "http://127.0.0.1:1");

            Assert.Equal(2, code);
            Assert.Contains(what, errors, StringComparison.Ordinal);
            Assert.Contains("Path: " + where, errors, StringComparison.Ordinal);
            Assert.DoesNotContain("RoutingRules.Domain", errors, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(input);
        }
    }

    [Fact]
    public async Task Export_WrongToken_ExitOneWithStatus()
    {
        await using var server = await TestServer.StartWithDataAsync("cli-token");

        var (code, output, errors) = await RunAsync("export", "--server", server.Address.ToString(), "--token", "nope");

        Assert.Equal(1, code);
        Assert.Contains("PermissionDenied", errors);
        Assert.Equal(string.Empty, output);
    }

    [Fact]
    public async Task Import_MissingFile_ExitTwo()
    {
        var (code, _, errors) = await RunAsync("import", "/nonexistent/data.json", "--server", "http://127.0.0.1:1");

        Assert.Equal(2, code);
        Assert.Contains("does not exist", errors);
    }

    [Theory]
    [InlineData("route", "--employees", "abc")]
    [InlineData("route", "--score", "8.5")]
    [InlineData("queue", "--limit", "ten")]
    [InlineData("generate", "--seed", "x")]
    [InlineData("serve", "--port", "http")]
    [InlineData("generate", "--accounts", "x")]
    [InlineData("backup", "--max-rate", "fast")]
    [InlineData("serve", "--trace-retention-days", "week")]
    [InlineData("serve", "--in-memory-days", "month")]
    public async Task WholeNumberOption_NotANumber_ExitTwoSayingSoInWords(string command, string option, string value)
    {
        string[] args = command switch
        {
            "queue" => [command, "priority", option, value],
            "backup" => [command, "--out", "copy.db", option, value],
            _ => [command, option, value],
        };

        var (code, _, errors) = await RunAsync(args);

        Assert.Equal(2, code);
        Assert.Contains($"{option} '{value}' is not a whole number.", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", errors, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--trace-retention-days", "0")]
    [InlineData("--trace-retention-days", "-3")]
    [InlineData("--trace-retention-days", "3651")]
    [InlineData("--in-memory-days", "0")]
    [InlineData("--in-memory-days", "3651")]
    public async Task Serve_DayCountOutOfRange_ExitTwoNamingTheBounds(string option, string days)
    {
        var (code, _, errors) = await RunAsync("serve", "--port", "0", option, days);

        Assert.Equal(2, code);
        Assert.Contains($"{option} must be between 1 and 3650.", errors, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("99999")]
    [InlineData("65536")]
    [InlineData("-1")]
    public async Task Serve_PortOutOfRange_ExitTwoNamingTheBounds(string port)
    {
        var (code, _, errors) = await RunAsync("serve", "--port", port, "--no-demo");

        Assert.Equal(2, code);
        Assert.Contains("--port must be between 0 and 65535 (0 picks a free port).", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", errors, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("65535")]
    public void Parse_ServePortAtTheBounds_Accepted(string port) =>
        Assert.Empty(ServerCli.Create().Parse(["serve", "--port", port]).Errors);

    [Theory]
    [InlineData("route", "--no-such-option")]
    [InlineData("no-such-command")]
    [InlineData("explain")]
    public async Task CommandLineTheParserRefuses_ExitTwo(params string[] args)
    {
        var (code, _, errors) = await RunAsync(args);

        Assert.Equal(2, code);
        Assert.NotEqual(string.Empty, errors);
    }

    [Fact]
    public async Task Help_ExitZero()
    {
        var (code, output, _) = await RunAsync("route", "--help");

        Assert.Equal(0, code);
        Assert.Contains("--server", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("export", "--server", "http://127.0.0.1:1")]
    [InlineData("generate", "--accounts", "1")]
    public async Task OutFolderMissing_ExitTwoInOneLine(params string[] args)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"routingrules-missing-{Guid.NewGuid():N}");

        var (code, output, errors) = await RunAsync([.. args, "--out", Path.Combine(folder, "out.json")]);

        Assert.Equal(2, code);
        Assert.Equal($"error: the folder {folder} does not exist; create it first or choose another file.", errors.Trim());
        Assert.Equal(string.Empty, output);
        Assert.False(Directory.Exists(folder));
    }

    [Fact]
    public async Task Generate_ToFile_WritesRequestedCounts()
    {
        var output = Path.Combine(Path.GetTempPath(), $"routingrules-generate-{Guid.NewGuid():N}.json");
        try
        {
            var (code, _, _) = await RunAsync("generate", "--accounts", "300", "--reps", "12", "--territories", "15", "--seed", "7", "--out", output);
            var dataset = DatasetJson.Load(output);

            Assert.Equal(0, code);
            Assert.Equal(300, dataset.Accounts.Count);
            Assert.Equal(12, dataset.Reps.Count);
            Assert.Equal(15, dataset.Territories.Count);
            Assert.Equal(DatasetJson.Serialize(DatasetGenerator.Generate(300, 12, 15, 7)), DatasetJson.Serialize(dataset));
        }
        finally
        {
            File.Delete(output);
        }
    }

    [Fact]
    public void Parse_GenerateNegativeCount_ReportsError()
    {
        var result = ServerCli.Create().Parse(["generate", "--accounts", "-4"]);

        Assert.NotEmpty(result.Errors);
    }

    [Fact]
    public void Parse_ImportBadServer_ReportsError()
    {
        var result = ServerCli.Create().Parse(["import", "x.json", "--server", "ftp://host"]);

        Assert.NotEmpty(result.Errors);
    }

    private static Task<(int Code, string Output, string Errors)> RunAsync(params string[] args) => CliRunner.RunAsync(args);
}
