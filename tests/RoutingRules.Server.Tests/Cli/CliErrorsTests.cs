using RoutingRules.Grpc;
using RoutingRules.Server.Cli;
using RoutingRules.Server.Routing;

namespace RoutingRules.Server.Tests.Cli;

/// <summary>How <see cref="CliErrors.Report"/> prints a refused call.</summary>
public sealed class CliErrorsTests
{
    [Fact]
    public void Report_MessageQuotingTheFields_PrintsEachFieldOnceUnderACount()
    {
        var error = LeadRequestValidator.Invalid([("lead.id", "is required"), ("lead.score", "120 is outside 0..100")]);

        var printed = Print(error, out var code);

        Assert.Equal(CliErrors.BadInput, code);
        Assert.Equal(["error: InvalidArgument: 2 invalid fields", "  lead.id: is required", "  lead.score: 120 is outside 0..100"], printed);
    }

    [Fact]
    public void Report_MessageSayingMore_KeptAboveTheFields()
    {
        var error = GrpcStatusException.InvalidArgument("1 validation error(s). Nothing was written.", ("accounts[x].owner_id", "'ghost' is not a rep"));

        var printed = Print(error, out _);

        Assert.Equal(["error: InvalidArgument: 1 validation error(s). Nothing was written.", "  accounts[x].owner_id: 'ghost' is not a rep"], printed);
    }

    [Fact]
    public void Report_NoFields_TheMessageAlone()
    {
        var printed = Print(new GrpcStatusException(StatusCode.NotFound, "No decision for lead_id 'x'."), out _);

        Assert.Equal(["error: NotFound: No decision for lead_id 'x'."], printed);
    }

    [Theory]
    [InlineData(StatusCode.InvalidArgument, CliErrors.BadInput)]
    [InlineData(StatusCode.NotFound, CliErrors.CallFailed)]
    [InlineData(StatusCode.FailedPrecondition, CliErrors.CallFailed)]
    [InlineData(StatusCode.Unauthenticated, CliErrors.CallFailed)]
    [InlineData(StatusCode.PermissionDenied, CliErrors.CallFailed)]
    [InlineData(StatusCode.Unavailable, CliErrors.CallFailed)]
    [InlineData(StatusCode.Internal, CliErrors.CallFailed)]
    public void Report_Status_ExitsTwoForInvalidArgumentOnlyAsAUsageError(StatusCode status, int expected)
    {
        // The user's input was wrong whether the parser or the server found it; anything else is the call failing.
        Print(new GrpcStatusException(status, "refused"), out var code);

        Assert.Equal(expected, code);
    }

    private static string[] Print(GrpcStatusException error, out int code)
    {
        var output = new StringWriter();
        code = CliErrors.Report(error, output);
        return output.ToString().TrimEnd().Split(Environment.NewLine);
    }
}
