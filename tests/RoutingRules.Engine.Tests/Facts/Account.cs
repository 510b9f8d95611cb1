namespace RoutingRules.Engine.Tests.Facts;

public sealed class Account(int id, string domain)
{
    public int Id { get; } = id;
    public string Domain { get; set; } = domain;

    public override string ToString() => $"Account {Id}";
}
