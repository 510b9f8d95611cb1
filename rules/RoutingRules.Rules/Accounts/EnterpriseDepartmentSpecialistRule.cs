namespace RoutingRules.Rules.Accounts;

[Name("Accounts.EnterpriseDepartmentSpecialist")]
[Description("A contact of an enterprise account from a department with a specialist goes to that specialist; the account owner is told.")]
[Tag("accounts")]
[Priority(RuleBands.Claims)]
public sealed class EnterpriseDepartmentSpecialistRule : Rule
{
    public override void Define()
    {
        RoutingPolicy policy = null!;
        LeadProfile lead = null!;
        OwningAccount account = null!;
        RepProfile specialist = null!;

        When()
            .Match(() => policy)
            .Match(() => lead, l => l.Lead.ContactDepartment != null)
            .Match(() => account, a => !a.Account.Competitor && a.MainOwnerId != null && a.IsEnterprise(policy.Accounts, lead.Lead))
            .Match(() => specialist, r => r.Specialises(lead.Lead.ContactDepartment) && !r.Rep.Departed);

        Then()
            .Do(ctx => ctx.Insert(OwnerClaim.ForRep(RoutingLevel.Specialist, ClaimRank.DepartmentSpecialist, specialist, account,
                $"{lead.Lead.ContactDepartment} specialist for enterprise account {account.Account.Name}", 0).Flagged(RoutingFlags.OwnerNotified)));
    }
}
