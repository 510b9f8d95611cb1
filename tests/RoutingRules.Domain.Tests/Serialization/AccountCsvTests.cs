using RoutingRules.Domain.Model;
using RoutingRules.Domain.Serialization;

namespace RoutingRules.Domain.Tests.Serialization;

public class AccountCsvTests
{
    [Fact]
    public void Read_CrmExport_ParsesEveryColumn()
    {
        const string csv = """
            id,name,domains,aliases,status,churnedOn,ownerId,strategic,strategicOwnerId,namedAccountOwnerId,competitor,partnerManagerId,partnerSourcing,contractValue,accountManagerId,parentAccountId,employeeCount,industry,country,ipRanges,extra
            a1,"Acme, ""The"" Corp",acme.com;acmecorp.net,Acme,Churned,2026-06-01,r1,yes,r2,r3,false,r4,Direct,75000.50,r5,a0,1200,manufacturing,fr,203.0.113.0/24; 2001:db8::/48,ignored
            """;
        var result = AccountCsv.Read(new StringReader(csv));
        Assert.Empty(result.Errors);
        var a = Assert.Single(result.Accounts);
        Assert.Equal("Acme, \"The\" Corp", a.Name);
        Assert.Equal(["acme.com", "acmecorp.net"], a.Domains);
        Assert.Equal((AccountStatus.Churned, new DateOnly(2026, 6, 1)), (a.Status, a.ChurnedOn));
        Assert.Equal(("r1", true, "r2", "r3", false, "r4"), (a.OwnerId, a.Strategic, a.StrategicOwnerId, a.NamedAccountOwnerId, a.Competitor, a.PartnerManagerId));
        Assert.Equal(PartnerSourcing.Direct, a.PartnerSourcing);
        Assert.Equal((75000.50m, "r5", "a0", 1200, "manufacturing", "FR"), (a.ContractValue, a.AccountManagerId, a.ParentAccountId, a.EmployeeCount, a.Industry, a.Country));
        Assert.Equal(["203.0.113.0/24", "2001:db8::/48"], a.IpRanges);
    }

    [Fact]
    public void Read_ColumnsInAnyOrderAndMultiLineField_Parsed()
    {
        var csv = "NAME,Id\r\n\"Multi\nLine\",x1\r\nSimple,x2\r\n";
        var result = AccountCsv.Read(new StringReader(csv));
        Assert.Equal(["x1", "x2"], result.Accounts.Select(a => a.Id));
        Assert.Equal("Multi\nLine", result.Accounts[0].Name);
    }

    [Fact]
    public void Read_BadValues_ErrorsNameLineAndColumn()
    {
        var csv = "id,name,employeeCount,status\na1,A,12,Customer\na2,B,lots,Customer\n,C,1,Prospect\na4,D,1,Lapsed\n";
        var result = AccountCsv.Read(new StringReader(csv));
        Assert.Equal(["a1"], result.Accounts.Select(a => a.Id));
        Assert.Equal(["line 3:employeeCount", "line 4:id", "line 5:status"], result.Errors.Select(e => $"{e.RecordId}:{e.Field}"));
    }

    [Theory]
    [InlineData("\"1,5\"")]
    [InlineData("\"42,000.50\"")]
    [InlineData("1 500")]
    public void Read_ContractValueWithCommaOrGrouping_ErrorNotAnotherNumber(string value)
    {
        var csv = $"id,name,contractValue\na1,A,{value}\na2,B,1500.25\n";

        var result = AccountCsv.Read(new StringReader(csv));

        Assert.Equal(["a2"], result.Accounts.Select(a => a.Id));
        Assert.Equal(1500.25m, result.Accounts[0].ContractValue);
        var error = Assert.Single(result.Errors);
        Assert.Equal("line 2:contractValue", $"{error.RecordId}:{error.Field}");
    }

    [Fact]
    public void Read_PartnerSourcing_AnyCaseAndPartnerWhenEmpty()
    {
        var csv = "id,name,partnerManagerId,partnerSourcing\na1,A,pm,direct\na2,B,pm,\na3,C,pm,Partner\n";

        var result = AccountCsv.Read(new StringReader(csv));

        Assert.Empty(result.Errors);
        Assert.Equal([PartnerSourcing.Direct, PartnerSourcing.Partner, PartnerSourcing.Partner], result.Accounts.Select(a => a.PartnerSourcing));
    }

    [Fact]
    public void Read_UnknownPartnerSourcing_ErrorNamesTheColumn()
    {
        var result = AccountCsv.Read(new StringReader("id,name,partnerSourcing\na1,A,reseller\n"));

        Assert.Empty(result.Accounts);
        Assert.Equal(("line 2", "partnerSourcing"), (Assert.Single(result.Errors).RecordId, result.Errors[0].Field));
    }

    [Fact]
    public void Read_HeaderWithoutName_Error()
    {
        var result = AccountCsv.Read(new StringReader("id,domains\na1,acme.com\n"));
        Assert.Empty(result.Accounts);
        Assert.Equal("name", Assert.Single(result.Errors).Field);
    }
}
