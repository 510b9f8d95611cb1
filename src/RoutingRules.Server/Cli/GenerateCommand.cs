using System.CommandLine;
using RoutingRules.Domain.Generation;
using RoutingRules.Domain.Serialization;

namespace RoutingRules.Server.Cli;

/// <summary><c>generate --accounts N --reps N --territories N --seed S [--out FILE]</c>: a realistic dataset for benchmarks.</summary>
internal static class GenerateCommand
{
    public static Command Create()
    {
        var accounts = Count("--accounts", "Number of accounts.", 1000);
        var reps = Count("--reps", "Number of reps.", 50);
        var territories = Count("--territories", "Number of territories.", 100);
        var seed = CliOptions.WholeNumber("--seed", "Random seed; the same seed gives the same dataset.", 1);
        var output = new Option<FileInfo?>("--out") { Description = "Output JSON file (default: standard output)." };
        var command = new Command("generate", "Write a generated dataset (JSON) for load tests and benchmarks.") { accounts, reps, territories, seed, output };
        command.SetAction(result =>
        {
            if (result.GetValue(output) is { } target && !OutputFolder.Exists(target.FullName))
            {
                return CliErrors.BadInput;
            }

            var dataset = DatasetGenerator.Generate(result.GetValue(accounts), result.GetValue(reps), result.GetValue(territories), result.GetValue(seed));
            if (result.GetValue(output) is { } file)
            {
                DatasetJson.Save(dataset, file.FullName);
                Console.Error.WriteLine($"wrote {dataset.Accounts.Count} accounts, {dataset.Reps.Count} reps, {dataset.Territories.Count} territories to {file.FullName}");
            }
            else
            {
                Console.Out.Write(DatasetJson.Serialize(dataset));
            }

            return 0;
        });
        return command;
    }

    private static Option<int> Count(string name, string description, int fallback) =>
        CliOptions.WholeNumber(name, description, fallback, new(0, int.MaxValue, $"{name} must not be negative."));
}
