namespace RoutingRules.Domain.Model;

public enum RepRole
{
    Sdr,
    AccountExecutive,
    AccountManager,
    PartnerManager,
    Manager,
    Specialist,
}
