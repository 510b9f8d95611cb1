namespace RoutingRules.Domain.Model;

public enum AccountStatus
{
    Prospect,
    Customer,
    Churned,
}
