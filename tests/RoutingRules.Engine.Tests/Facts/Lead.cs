namespace RoutingRules.Engine.Tests.Facts;

public sealed class Lead(int id, string domain, int score)
{
    public int Id { get; } = id;
    public string Domain { get; set; } = domain;
    public int Score { get; set; } = score;

    public override string ToString() => $"Lead {Id}";
}
