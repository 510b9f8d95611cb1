using RoutingRules.Domain.Model;
using RoutingRules.Server.Mapping;
using Proto = RoutingRules.V1;

namespace RoutingRules.Server.Tests.Mapping;

/// <summary>An account's partner sourcing both ways: unset is the partner's, as before the field existed.</summary>
public sealed class AccountMappingTests
{
    [Fact]
    public void ToDomain_PartnerSourcingUnset_IsPartnerSourced()
    {
        var account = AccountMapping.ToDomain(new Proto.Account { Id = "a1", Name = "Acme", PartnerManagerId = "pm" }, new FieldErrors(), "accounts[a1]");

        Assert.Equal(PartnerSourcing.Partner, account.PartnerSourcing);
    }

    [Theory]
    [InlineData(PartnerSourcing.Partner, Proto.PartnerSourcing.Partner)]
    [InlineData(PartnerSourcing.Direct, Proto.PartnerSourcing.Direct)]
    public void RoundTrip_PartnerSourcing_IsKept(PartnerSourcing sourcing, Proto.PartnerSourcing expected)
    {
        var proto = AccountMapping.ToProto(new Account { Id = "a1", Name = "Acme", PartnerManagerId = "pm", PartnerSourcing = sourcing });
        var errors = new FieldErrors();

        Assert.Equal(expected, proto.PartnerSourcing);
        Assert.Equal(sourcing, AccountMapping.ToDomain(proto, errors, "accounts[a1]").PartnerSourcing);
        Assert.Equal(0, errors.Count);
    }

    [Fact]
    public void ToDomain_UnknownPartnerSourcing_NamesTheField()
    {
        var errors = new FieldErrors();

        AccountMapping.ToDomain(new Proto.Account { Id = "a1", Name = "Acme", PartnerSourcing = (Proto.PartnerSourcing)9 }, errors, "accounts[a1]");

        Assert.Equal("accounts[a1].partner_sourcing", Assert.Single(errors.Violations).Field);
    }
}
